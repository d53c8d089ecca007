import { describe, expect, it } from 'vitest';
import { analyze, verdictOf, wordsOf } from './checks.fixture';

describe('pair-subject: the way a pair moved is read from the currency the verb is said of', () => {
  it('the base currency "slipped" to a higher quote: the words are wrong', () => {
    const cs = analyze('In New York the dollar slipped to 149.20 yen from 148.22 on October 9, 2024.');
    expect(verdictOf(cs, '149.20 yen')).toBe('inconsistent');
    expect(wordsOf(cs, '149.20 yen')).toEqual([
      'the words say USD/JPY fell to 149.20 yen from 148.22, but 149.20 is above 148.22',
    ]);
  });

  it('the quote currency "weakened" as the pair rose: no finding', () => {
    const cs = analyze('The yen weakened to 149.20 per dollar from 148.22 on October 9, 2024.');
    expect(cs.flatMap((c) => c.checks ?? [])).toEqual([]);
  });

  it('the quote currency "strengthened" as the pair rose: the words are wrong', () => {
    const cs = analyze('The yen strengthened to 149.20 per dollar from 148.22 on October 9, 2024.');
    expect(verdictOf(cs, '149.20')).toBe('inconsistent');
    expect(wordsOf(cs, '149.20')).toEqual([
      'the words say USD/JPY fell to 149.20 from 148.22, but 149.20 is above 148.22',
    ]);
  });

  it('"the Canadian dollar" is not the U.S. dollar: it is USD/CAD\'s quote', () => {
    const cs = analyze('The Canadian dollar weakened to 1.3850 per U.S. dollar from 1.3790 on October 9, 2024.');
    expect(cs.flatMap((c) => c.checks ?? [])).toEqual([]);
  });

  it('no currency named before the verb: which way the pair went is not known', () => {
    const cs = analyze('USD/JPY traded at 148.22 early; later it fell to 149.20 from 148.22 on October 9, 2024.');
    expect(cs.flatMap((c) => c.checks ?? []).filter((f) => f.kind === 'direction')).toEqual([]);
  });
});
