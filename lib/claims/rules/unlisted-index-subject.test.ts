import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const idOf = (s: string, text: string) => claimsOf(s, '2025-09-17').find((c) => c.text === text)?.indicator?.id;

describe('unlisted-index-subject', () => {
  it("a figure right after the ASX 200 is not the Hang Seng's, named next", () => {
    const s = "Sydney's ASX 200 added 0.4%, Hong Kong's Hang Seng gave up 0.2% and Seoul was shut.";
    expect(idOf(s, '0.4%')).toBeUndefined();
    expect(idOf(s, '0.2%')).toBe('idx.hang_seng');
  });
  it("nor one after the Euro Stoxx (without its 50) the DAX's", () => {
    expect(idOf('The Euro Stoxx shed 3.5% on the week, the German DAX 2%.', '3.5%')).toBeUndefined();
  });
});
