import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('company-name', () => {
  it('"Kestrel Silver rose 8.4%", "Orrin Gold Corp. added 4.9%": companies, not the metals', () => {
    const ids = idsOf('Miners rallied: Kestrel Silver rose 8.4% and Orrin Gold Corp. added 4.9%.', '2025-12-24');
    expect([ids['8.4%'], ids['4.9%']]).toEqual(['-', '-']);
  });
  it('the metal itself, and a title-case headline, keep it', () => {
    expect(idsOf('Kestrel Silver rose 8.4% while silver itself rose 2.1%.', '2025-12-24')['2.1%']).toBe(
      'cmd.silver_usd',
    );
    expect(idsOf('Traders Cheer As Gold Jumps 2%', '2025-12-24')['2%']).toBe('cmd.gold_usd');
  });
});
