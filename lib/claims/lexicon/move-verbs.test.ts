import { claimsOf } from '../test-engine';
import { describe, expect, it } from 'vitest';
import { DOWN_SET, UP_SET } from './move-verbs';
import { wordDirection } from '../context';

describe('lexicon: move verbs', () => {
  it('no word gives both directions', () => {
    expect([...DOWN_SET].filter((w) => UP_SET.has(w))).toEqual([]);
  });
  it('the direction reader reads both lists: "withered" is down, "popped" is up', () => {
    expect(wordDirection('withered')).toBe('down');
    expect(wordDirection('popped')).toBe('up');
  });
  it('slowed-to: "payroll growth slowed to 73,000 from 147,000" is a move down, never flagged as a rise', () => {
    const [c] = claimsOf('Payroll growth slowed to 73,000 in July from 147,000 in June.', '2025-08-04');
    expect(c?.checks ?? []).toEqual([]);
    expect(wordDirection('slowed')).toBe('down');
  });
  it('headline-present-tense: "The Fed Trims by a Quarter Point" and "slashes" are down', () => {
    for (const w of ['trims', 'trim', 'slashes', 'lowers', 'reduces', 'shaves']) expect(wordDirection(w)).toBe('down');
  });
  it('recovered-move: "has recovered 32.2% from its April 7 close" is a rise', () => {
    expect(wordDirection('recovered')).toBe('up');
    // rockets-move: "Dow Rockets 2,963 Points".
    expect(wordDirection('rockets')).toBe('up');
  });
  it('collapsed-move: "yields collapsed 25 basis points to 3.69%" is a fall, never flagged as a rise', () => {
    expect(wordDirection('collapsed')).toBe('down');
    const c = claimsOf('Two-year Treasury yields collapsed 25 basis points to 3.69%.', '2025-08-01').find(
      (x) => x.text === '25 basis points',
    );
    expect(c?.value).toBe(-0.25);
  });
  it('vaults-move: "Nikkei Vaults 3.1% to a Record" is a rise', () => {
    expect(wordDirection('vaults')).toBe('up');
    expect(wordDirection('vaulted')).toBe('up');
  });
  it('bounced-move: "the dollar index bounced 0.64 to 98.92" is a rise of 0.64, not a level', () => {
    expect(wordDirection('bounced')).toBe('up');
    // Stored dollar index: 98.28 on 2025-04-21, 98.92 on 2025-04-22.
    const c = claimsOf('The dollar index bounced 0.64 to 98.92 on Tuesday.', '2025-04-22').find(
      (x) => x.text === '0.64',
    );
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.checks ?? []).toEqual([]);
  });
  it('words are lower-case single words, as the direction reader compares them', () => {
    for (const w of [...DOWN_SET, ...UP_SET]) expect(w).toMatch(/^[a-z-]+$/);
  });
});

describe('fallen', () => {
  it('"has fallen 3.1%" is a fall, like "fell"', () => {
    const c = claimsOf(['The S&P 500 has fallen 3.1% this week.'], '2025-03-07').find((x) => x.text === '3.1%')!;
    expect(c.direction).toBe('down');
  });
});
