import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';
import { tenorList } from './tenor';

describe('tenor-list: "the 2- and 10-year yields ... respectively" pairs each figure with its tenor', () => {
  it('reads the tenors of a list sharing one "year"', () => {
    expect(tenorList('The 2- and 10-year yields stood at')).toEqual([2, 10]);
    expect(tenorList('the 2-year and 10-year notes')).toEqual([2, 10]);
    expect(tenorList('the 2-, 10- and 30-year yields')).toEqual([2, 10, 30]);
    expect(tenorList('the 10-year yield and the dollar')).toBeNull();
  });
  it('"the 2- and 10-year Treasury yields were at 3.53% and 4.16%, respectively"', () => {
    const s = 'On Wednesday the 2- and 10-year Treasury yields closed at 3.53% and 4.16%, respectively.';
    expect(ruleOf(s, '3.53%', '2025-12-24')).toEqual({ id: 'us.ust_2y_yield', rule: 'respectively' });
    expect(ruleOf(s, '4.16%', '2025-12-24')).toEqual({ id: 'us.ust_10y_yield', rule: 'respectively' });
  });
});

describe('tenor-list-implied: "the 2-year and 10-year yields are up 31 basis points and 12 basis points"', () => {
  it('pairs each figure with its tenor without "respectively"', () => {
    const s =
      'Compared with where they ended 2025, the 2-year and 10-year yields are up 31 basis points and 12 basis points; the former has done most of the work.';
    expect([ruleOf(s, '31 basis points', '2026-04-21').id, ruleOf(s, '12 basis points', '2026-04-21').id]).toEqual([
      'us.ust_2y_yield',
      'us.ust_10y_yield',
    ]);
  });
});
