import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { anotherBankNamed } from './another-bank';

describe("another-bank: a generic rate phrase is not an unnamed central bank's where another Bank is named", () => {
  it('a rates-table row for a bank whose rate the alias does not name is left unmatched', () => {
    const ids = idsOf([{ context: 'Benchmark rates · Policy rate · Bank of Korea · Held', text: '2.25%' }]);
    expect(ids['2.25%']).toBe('-');
  });

  it('a named bank still matches its own rate, and "the central bank" names no other', () => {
    const ids = idsOf(
      [
        'The Bank of Japan kept its policy rate at 0.75% this week.',
        'The central bank has kept its deposit rate at 2% since June, the ECB said.',
      ],
      '2026-01-05',
    );
    expect(ids['0.75%']).toBe('jp.boj_policy_rate');
    expect(ids['2%']).toBe('ea.ecb_deposit_rate');
  });

  it('only a central bank qualifier of a short alias is tested', () => {
    expect(anotherBankNamed(['boj'], 2, new Set(), true)).toBe(true);
    expect(anotherBankNamed(['boj'], 2, new Set(['boj']), true)).toBe(false);
    expect(anotherBankNamed(['japan'], 2, new Set(), true)).toBe(false);
    expect(anotherBankNamed(['boj'], 4, new Set(), true)).toBe(false);
    expect(anotherBankNamed(['boj'], 2, new Set(), false)).toBe(false);
  });

  it("another-bank-by-initials: \"the ECB's deposit rate ..., below the central bank's 2% goal\" is not the Fed's goal", () => {
    expect(anotherBankNamed(['fed'], 2, new Set(['ecb']), false)).toBe(true);
    expect(anotherBankNamed(['fed'], 2, new Set(['japan']), false)).toBe(false);
    const page = [
      'The Federal Reserve has kept the fed funds target range at 3.50%-3.75% since December.',
      "In Frankfurt the ECB's deposit rate stands at 2.25%, and euro-area inflation came in at 1.7% in February, below the central bank's 2% goal.",
    ];
    expect(idsOf(page, '2026-03-06')['2%']).not.toBe('us.fed_inflation_target');
  });
});

describe('a noun past a separator does not shift the subject', () => {
  it('"Policy rate · Bank of Japan" is the BOJ rate, as "BOJ policy rate" would be', () => {
    const ids = idsOf(
      [{ context: 'Decisions this week · Policy rate · Bank of Japan · Raised', text: '0.75%' }],
      '2026-01-05',
    );
    expect(ids['0.75%']).toBe('jp.boj_policy_rate');
  });
});
