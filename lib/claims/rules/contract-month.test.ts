import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isContractMonth } from './contract-month';

describe("contract-month: a futures contract month is not the figure's period", () => {
  it('"Brent for March delivery added 1.0%" on 1 December is that day\'s move, not March\'s', () => {
    const c = claimsOf(
      ['By mid-morning, Brent for March delivery had added 1.0% to $62.58 a barrel.'],
      '2025-12-01',
    ).find((x) => x.text === '1.0%');
    expect(c?.indicator?.id).toBe('cmd.brent_usd');
    expect(c?.period?.type === 'point' && c.period.period).not.toBe('2025-03');
    expect(c?.judgement?.verdict).not.toBe('differs');
  });
  it('a "Delivery Month" column names contracts', () => {
    const [c] = claimsOf(
      [{ context: 'Oil futures · Delivery Month · Move · Brent · March', text: '+1.0%' }],
      '2025-12-01',
    );
    expect(c?.judgement?.verdict).not.toBe('differs');
  });
  it('the phrasings it knows, and a month that is a period', () => {
    const at = (s: string, m: string) => isContractMonth(s, s.indexOf(m), s.indexOf(m) + m.length);
    expect(at('U.S. WTI for February settled lower', 'February')).toBe(true);
    expect(at('the December gold contract slipped', 'December')).toBe(true);
    expect(at('March Brent closed at $60.75', 'March')).toBe(true);
    expect(at('In March Brent averaged $72', 'March')).toBe(false);
    expect(at('Brent fell 10% in March', 'March')).toBe(false);
  });
});

describe('expiring-in', () => {
  it('"futures expiring in December" name the contract, not the period of the move', () => {
    const c = claimsOf(['Brent futures expiring in December slipped 0.6% to $65.63 a barrel.'], '2025-10-29').find(
      (x) => x.text === '0.6%',
    )!;
    expect(c.indicator?.id).toBe('cmd.brent_usd');
    expect(c.period).toBeNull();
  });
});

describe('delivered-in', () => {
  it('"crude to be delivered in August gained 2.4%" names the August contract, not August\'s move', () => {
    const s = 'U.S. crude to be delivered in August gained 2.4% to $70.10 a barrel.';
    const at = (t: string, m: string) => isContractMonth(t, t.indexOf(m), t.indexOf(m) + m.length);
    expect(at(s, 'August')).toBe(true);
    expect(at('Oil for delivery in May slid', 'May')).toBe(true);
    expect(at('Brent fell 3% in May', 'May')).toBe(false);
    const c = claimsOf([s], '2026-06-02').find((x) => x.text === '2.4%');
    expect(c?.period?.type === 'point' && c.period.period).not.toBe('2025-08');
  });
});
