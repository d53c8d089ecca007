import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('own-since', () => {
  it('"a gain of 1.6% on the week and 3.2% since the Election Day close": 3.2% is not the week\'s move, not red', () => {
    const c = claimsOf(
      'The dollar index closed at 106.69, a gain of 1.6% on the week and 3.2% since the Election Day close.',
      '2024-11-15',
    ).find((x) => x.text === '3.2%');
    expect(c?.period).toBeNull();
    expect(c?.judgement?.verdict).not.toBe('differs');
  });
});
