import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf, ruleOf } from '../test-engine';
import { carriesTenor, fromLastTenor, namedTenor } from './tenor';

describe('tenor: a tenor named since the figure before moves the match to that tenor', () => {
  it('"and the two-year to 3.6%" is the 2-year yield', () => {
    const ids = idsOf('The 10-year Treasury yield climbed to 4.21% and the two-year to 3.61%.');
    expect(ids['4.21%']).toBe('us.ust_10y_yield');
    expect(ids['3.61%']).toBe('us.ust_2y_yield');
  });

  it('with an aside between: "the two-year, the most policy-sensitive, fell to"', () => {
    const ids = idsOf(
      'The 10-year yield eased to 4.10% and the two-year, the note most sensitive to policy, fell to 3.50%.',
    );
    expect(ids['3.50%']).toBe('us.ust_2y_yield');
  });

  it('names one tenor or none', () => {
    expect(namedTenor(' and the two-year to ')).toBe(2);
    expect(namedTenor(' the 30-year bond ')).toBe(30);
    expect(namedTenor(' the two-year and 10-year ')).toBeNull();
    expect(namedTenor(' rose to ')).toBeNull();
  });
});

describe('tenor-elided: "The 30-year slipped to 4.89%" after the 10-year yield is the 30-year yield', () => {
  it('a bare tenor opening the sentence takes the last subject of that tenor', () => {
    const r = ruleOf('The 10-year Treasury yield rose to 4.21%. The 30-year slipped to 4.86%.', '4.86%', '2025-08-01');
    expect(r).toEqual({ id: 'us.ust_30y_yield', rule: 'earlier-subject' });
  });

  it('tenor-elided with any verb: "The 10-year is still 29 basis points above ... (4.18%)" after the 30-year', () => {
    const text =
      "Monday's close left the two-year note at 4.17% and the 30-year bond at 4.97%. The 10-year is still 29 basis points above where it started the year (4.18%).";
    expect(ruleOf([text], '4.18%', '2026-06-16').id).toBe('us.ust_10y_yield');
  });

  it('tenor-absent: "Japan\'s 2-year government bond yield surpassed 1%" is no 10-year JGB figure', () => {
    const ids = idsOf("Japan's 2-year government bond yield topped 1%, a first since 2008.", '2025-12-01');
    expect(ids['1%']).toBe('-');
  });
});

describe('tenor-carried', () => {
  it('keeps a tenor the catalogue lacks for a second figure of the same bond', () => {
    // The catalogue holds only Japan's 10-year yield: neither figure of the 40-year bond is it.
    const ids = idsOf(
      'Japan’s 40-year government bond yield ended at 3.95%, having set a record of 4% two sessions before.',
      '2026-01-23',
    );
    expect(ids['3.95%']).toBe('-');
    expect(ids['4%']).toBe('-');
  });

  it('gives a later figure the last tenor named before it', () => {
    const ids = idsOf('The 10-year yield dipped to 4.13% and the two-year to 3.54%, having touched 3.6% at the open.');
    expect(ids['3.54%']).toBe('us.ust_2y_yield');
    expect(ids['3.6%']).toBe('us.ust_2y_yield');
  });

  it('stops at a new bond named between the figures', () => {
    expect(carriesTenor(' after briefly touching a record ')).toBe(true);
    expect(carriesTenor(', while the benchmark yield rose to ')).toBe(false);
    expect(fromLastTenor('the 10-year fell to 4.1% and the 2-year rose to')).toBe('2-year rose to');
  });
});

describe('tenor-before-figure', () => {
  it('"The 2-year yield rose 12 basis points on the week, and the 10-year ended at 4.11%": the 10-year\'s close', () => {
    const text = 'The 2-year yield rose 12 basis points on the week, and the 10-year ended at 4.11%.';
    expect(idsOf(text, '2025-10-31')['4.11%']).toBe('us.ust_10y_yield');
  });
});

describe('tenor-short', () => {
  // 2-year Treasury yield 3.55 and 10-year 4.10 on 2025-11-20 (data/series).
  it('"10y 4.10% (-3 bp), 2y 3.55%": the 2y figure is the 2-year yield', () => {
    const c = claimsOf('Rates told the growth-scare story: 10y 4.10% (-3 bp), 2y 3.55%.', '2025-11-20').find(
      (x) => x.text === '3.55%',
    );
    expect(c?.indicator?.id).toBe('us.ust_2y_yield');
    expect(namedTenor(' 2y ')).toBe(2);
  });
});
