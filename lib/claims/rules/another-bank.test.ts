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
