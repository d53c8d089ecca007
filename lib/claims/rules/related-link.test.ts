import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isRelatedLink } from './related-link';

describe('related-link: a dated link to another story is not a claim of this page', () => {
  it('"Silver above $60: four charts (12 Dec 2025)" in a list of related reading', () => {
    const ids = idsOf(['Silver above $60: four charts (12 Dec 2025)', 'Brent near $61.50 again | December 3, 2025']);
    expect(ids.$60).toBe('-');
    expect(ids['$61.50']).toBe('-');
  });

  it('a sentence that ends with a dated source is still read', () => {
    expect(isRelatedLink('Gold closed at $4,120 an ounce. (LBMA, 2 Jan 2026)')).toBe(false);
    const ids = idsOf('Gold closed at $4,120 an ounce on Friday, 2 January 2026.');
    expect(ids['$4,120']).toBe('cmd.gold_usd');
  });

  it('related-link-bare-date: "Topix Ends the Year Above 3,400 Dec 30, 2025", the date in its own box', () => {
    const ids = idsOf('Topix Ends the Year Above 3,400 Dec 30, 2025');
    expect(ids['3,400']).toBe('-');
    expect(isRelatedLink('The Topix closed at 3,408.97 on Dec 30, 2025')).toBe(false);
  });
});
