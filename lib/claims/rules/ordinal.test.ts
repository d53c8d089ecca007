import { describe, expect, it } from 'vitest';
import type { ClaimSite } from '../site';
import type { Occurrence } from '../match';
import { tokenize } from '../tokens';
import { ordinal } from './ordinal';
import { ruleOf } from '../test-engine';

describe('ordinal: "the second-largest" is not "the largest"', () => {
  it('"the second-largest cryptocurrency" is not bitcoin', () => {
    const id = ruleOf('Ether, the second-largest cryptocurrency, rose 0.63% to $1,676.', '$1,676', '2026-06-23').id;
    expect(id).not.toBe('crypto.btc_usd');
  });
});

describe('ordinal: the predicate', () => {
  it('drops an alias right after "second", not one after "largest"', () => {
    const site = (text: string) => ({ info: { tokens: tokenize(text) } }) as unknown as ClaimSite;
    const occ = (first: number) => ({ first, last: first }) as unknown as Occurrence;
    expect(ordinal(occ(2), site('the second cryptocurrency'))).toBe(true);
    expect(ordinal(occ(2), site('the largest cryptocurrency'))).toBe(false);
    expect(ordinal(occ(0), site('cryptocurrency'))).toBe(false);
  });
});
