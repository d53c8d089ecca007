import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Saturday 2026-04-25: the two-year yield closed Friday 2026-04-24 at 3.78%.
describe('span-to-date-close', () => {
  it('"climbed seven basis points on the week to 3.78%" written on a Saturday: the level is Friday\'s close', () => {
    const c = claimsOf(
      ['The two-year Treasury yield climbed seven basis points on the week to 3.78%.'],
      '2026-04-25',
    ).find((x) => x.text === '3.78%')!;
    expect(c.judgement?.verdict).toBe('matches');
  });
  it('a level off that close is not called a match', () => {
    const c = claimsOf(
      ['The two-year Treasury yield climbed seven basis points on the week to 3.95%.'],
      '2026-04-25',
    ).find((x) => x.text === '3.95%')!;
    expect(c.judgement?.verdict).not.toBe('matches');
  });
});
