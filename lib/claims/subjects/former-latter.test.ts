import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('former-latter', () => {
  it('"the former" is the first of the two subjects named before it, "the latter" the second', () => {
    const ids = idsOf(
      'Both the Nikkei 225 and the broader TOPIX fell on Wednesday; the former lost 1.23% to 59,804.41 and the latter gave up 1.53%.',
      '2026-05-20',
    );
    expect(ids['1.23%']).toBe('idx.nikkei225');
    expect(ids['59,804.41']).toBe('idx.nikkei225');
    expect(ids['1.53%']).toBe('idx.topix');
  });
  it('"the former Fed chair" qualifies a noun; three subjects before it leave it unresolved', () => {
    const ids = idsOf(
      'The Nikkei 225, the TOPIX and the KOSPI all fell; the former lost 1.23% on the day.',
      '2026-05-20',
    );
    expect(ids['1.23%']).not.toBe('idx.nikkei225');
  });
});
