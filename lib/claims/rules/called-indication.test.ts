import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isCalledIndication } from './called-indication';

const judged = (text: string, figure: string) =>
  claimsOf(text, '2026-06-18', '2026-06-18T10:55:00.000Z').find((c) => c.text === figure)?.judgement?.verdict;

describe('called-indication', () => {
  it('"with the DAX called around 17,450" is where the index may open, not judged', () => {
    expect(
      judged('Early indications pointed to a bounce, with the DAX called around 17,450.', '17,450'),
    ).toBeUndefined();
    expect(isCalledIndication('The DAX was called ', 'The DAX was called ')).toBe(true);
  });
  it('"was indicated at 2.072%" stays a quote of the yield', () => {
    expect(isCalledIndication("Japan's 10-year JGB was indicated at ", "Japan's 10-year JGB was indicated at ")).toBe(
      false,
    );
  });
  it('a close stays a claim: "the DAX closed at 24,934.67", "what traders called a 2% drop"', () => {
    expect(judged('The DAX closed at 24,934.67 on Wednesday.', '24,934.67')).toBe('matches');
    expect(isCalledIndication('what traders called a ', 'what traders called a ')).toBe(false);
    expect(isCalledIndication('the so-called ', 'the so-called ')).toBe(false);
  });
});

describe('indicated-open', () => {
  it('"Calloway Spreads indicates the FTSE 100 opening 18 points lower at around 8,311, the DAX ... near 18,957": calls, not closes', () => {
    const s =
      'Calloway Spreads indicates the FTSE 100 opening 18 points lower at around 8,311, the DAX 45 points down near 18,957 and the CAC 40 about 20 points softer.';
    const cs = claimsOf(s, '2024-09-20');
    for (const t of ['18 points', '8,311', '45 points', '18,957', '20 points'])
      expect(cs.find((c) => c.text === t)?.indicator ?? null, t).toBeNull();
  });
  it('a close after "indicates" with no opening stays a claim', () => {
    expect(isCalledIndication('the survey indicates the ', 'Data showed the survey indicates the ')).toBe(false);
    expect(judged('The DAX closed at 24,934.67 on Wednesday, which indicates the market is calm.', '24,934.67')).toBe(
      'matches',
    );
  });
});
