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
    expect(isCalledIndication('The DAX was called ')).toBe(true);
  });
  it('"was indicated at 2.072%" stays a quote of the yield', () => {
    expect(isCalledIndication("Japan's 10-year JGB was indicated at ")).toBe(false);
  });
  it('a close stays a claim: "the DAX closed at 24,934.67", "what traders called a 2% drop"', () => {
    expect(judged('The DAX closed at 24,934.67 on Wednesday.', '24,934.67')).toBe('matches');
    expect(isCalledIndication('what traders called a ')).toBe(false);
    expect(isCalledIndication('the so-called ')).toBe(false);
  });
});
