import { describe, expect, it } from 'vitest';
import { MONTH_NAMES } from '../../months';
import { MONTH_ANY, MONTH_WORD, MONTH_WORDS } from './month-patterns';

const whole = (pattern: string) => new RegExp(`^${pattern}$`, 'i');

describe('months: one list, every pattern built from it', () => {
  it('MONTH_WORD takes full names and dotted short forms, and captures them', () => {
    for (const w of ['January', 'Sept.', 'sep', 'Dec.', 'may', 'June']) expect(whole(MONTH_WORD).test(w), w).toBe(true);
    expect(whole(MONTH_WORD).exec('Sept.')?.[1]).toBe('Sept.');
    for (const w of ['Ma.', 'Mayday', 'Septembre']) expect(whole(MONTH_WORD).test(w), w).toBe(false);
  });
  it('MONTH_ANY matches every name and short form, and nothing longer', () => {
    for (const w of MONTH_WORDS) expect(whole(MONTH_ANY).test(w), w).toBe(true);
    expect(whole(MONTH_ANY).test('market')).toBe(false);
    expect(whole(MONTH_ANY).test('decline')).toBe(false);
  });
  it('the words list holds all twelve months in full', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    for (const m of MONTH_NAMES) expect(MONTH_WORDS.has(m.toLowerCase())).toBe(true);
  });
});
