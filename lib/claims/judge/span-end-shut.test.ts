import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const judged = (text: string, published: string) => claimsOf([text], published)[0]?.judgement;

describe('span-end-shut: a span whose last day was shut ends at the last close within it', () => {
  it('"ended last week at 7.1015" on a Monday is Friday\'s close (the week\'s Sunday has none)', () => {
    const j = judged('The yuan ended last week at 7.1015 per dollar.', '2024-10-21');
    expect(j?.verdict).toBe('matches');
    expect(j?.reference?.period).toBe('2024-10-18');
  });

  it('"at the end of 2024" is Tokyo\'s last session, the 30th, not the shut 31st', () => {
    expect(judged('The Nikkei 225 stood at 39,894.54 at the end of 2024.', '2025-02-10')?.verdict).toBe('matches');
    // A figure that is not that close stays unverified, not matched.
    expect(judged('The Nikkei 225 stood at 39,849.54 at the end of 2024.', '2025-02-10')?.verdict).not.toBe('matches');
  });
});
