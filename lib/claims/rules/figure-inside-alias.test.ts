import { describe, expect, it } from 'vitest';
import type { ClaimSite } from '../site';
import type { Occurrence } from '../match';
import { figureInsideAlias } from './figure-inside-alias';
import { ruleOf } from '../test-engine';

describe('figure-inside-alias: an alias holding a figure names only that figure', () => {
  it('"the Fed\'s 2% target" does not name the 2.6% before it', () => {
    const text = "Core CPI, which strips out food and energy, rose 2.6%, still above the Fed's 2% target.";
    expect(ruleOf(text, '2.6%').id).toBe('us.core_cpi_yoy');
    expect(ruleOf(text, '2%').id).toBe('us.fed_inflation_target');
  });
});

describe('figure-inside-alias: the predicate', () => {
  it('drops an alias spanning another figure, not one spanning the claim itself', () => {
    // Tokens: the(0) Fed(1) 's 2%(2) target(3); the claim at token 5.
    const site = { cs: 5, ce: 5, numberIdx: [2, 5] } as unknown as ClaimSite;
    const occ = (first: number, last: number) => ({ first, last }) as unknown as Occurrence;
    expect(figureInsideAlias(occ(1, 3), site)).toBe(true);
    expect(figureInsideAlias(occ(4, 6), site)).toBe(false);
    expect(figureInsideAlias(occ(6, 7), site)).toBe(false);
  });
});
