import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('needs-a-move', () => {
  it('"the Kospi needs a gain of about 0.23% to reach it" is a move still needed', () => {
    expect(
      idsOf("From Thursday's close, the Kospi needs a gain of about 0.23% to reach it.", '2026-05-15')['0.23%'] ?? '-',
    ).toBe('-');
  });
});
