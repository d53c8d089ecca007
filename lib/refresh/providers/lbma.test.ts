import { describe, expect, it } from 'vitest';
import { parseLbmaJson } from './lbma';

describe('parseLbmaJson', () => {
  it('reads the USD column and drops days without a USD price (null, or 0 as in the early years)', () => {
    const text =
      '[{"is_cms_locked":0,"d":"2026-01-26","v":[5096.6,null,null]},{"is_cms_locked":0,"d":"2026-01-02","v":[4398.5,null,null]},{"is_cms_locked":0,"d":"2026-01-05","v":[null,null,null]},{"is_cms_locked":0,"d":"2026-01-06","v":[0,null,null]}]';
    expect(parseLbmaJson(text, 'gold_pm.json')).toEqual([
      ['2026-01-02', 4398.5],
      ['2026-01-26', 5096.6],
    ]);
  });
  it('refuses a price written as text and a reply that is not a list', () => {
    expect(() => parseLbmaJson('[{"d":"2026-01-02","v":["4398.5"]}]', 'gold_pm.json')).toThrow(
      /USD price of 2026-01-02 in gold_pm\.json is not a number/,
    );
    expect(() => parseLbmaJson('{"d":"2026-01-02"}', 'silver.json')).toThrow(/not a list of prices/);
  });
});
