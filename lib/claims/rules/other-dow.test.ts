import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const idOf = (s: string, text: string) => claimsOf(s, '2025-10-20').find((c) => c.text === text)?.indicator?.id;

describe('other-dow', () => {
  it('the Global Dow and the Dow Jones Transportation Average are not the industrials', () => {
    expect(idOf('The Global Dow rose 1.2% on the week.', '1.2%')).toBeUndefined();
    expect(idOf('The Dow Jones Transportation Average fell 2.1%.', '2.1%')).toBeUndefined();
  });
  it('the Dow Jones Industrial Average and a bare "Dow" still are', () => {
    expect(idOf('The Dow Jones Industrial Average rose 0.5%.', '0.5%')).toBe('idx.djia');
    expect(idOf('The Dow rose 0.5% while transports fell.', '0.5%')).toBe('idx.djia');
  });
});
