import { describe, expect, it } from 'vitest';
import { AT_CLOSE_RE, CLOSE_HEADER_RE, FROM_END_RE, THREAT_RE, boundOf } from './endpoints';
import { verdictOf } from './test-engine';

describe('endpoints', () => {
  it('from-end: the starting value of a move', () => {
    expect(FROM_END_RE.test('the levy on Japanese cars fell to 15% from ')).toBe(true);
    expect(FROM_END_RE.test('replacing a combined ')).toBe(true);
    expect(FROM_END_RE.test('up from ')).toBe(true);
    expect(FROM_END_RE.test('the levy fell to ')).toBe(false);
  });
  it('at-close: a close, not a price during the day', () => {
    expect(AT_CLOSE_RE.test('The broader Topix ended at ')).toBe(true);
    expect(AT_CLOSE_RE.test("just below Tuesday's record close of ")).toBe(true);
    expect(AT_CLOSE_RE.test('The index traded at ')).toBe(false);
  });
  it('close-header: a cell under a "Close (May 15)" column is a close; one under "Week" is not', () => {
    expect(CLOSE_HEADER_RE.test('change on the week · Close (May 15) · Brent crude ($/bbl) · ')).toBe(true);
    expect(CLOSE_HEADER_RE.test('Friday close and change on the week · Week · Brent crude ($/bbl) · ')).toBe(false);
  });
  it('bound: "above", "more than" are floors; "below", "under" ceilings', () => {
    expect(boundOf('finishing above ')).toBe('above');
    expect(boundOf('The Dow sheds more than ')).toBe('above');
    expect(boundOf('the yen held below ')).toBe('below');
    // crossing verbs: "Brent clears $80", "the Nikkei tops 40,000".
    expect(boundOf('Crude rockets as Brent clears ')).toBe('above');
    expect(boundOf('the yen held at ')).toBeUndefined();
  });
});

describe('looming-threat', () => {
  it('"a 50% levy on EU imports looming" is a threatened rate, not one in force', () => {
    expect(THREAT_RE.test('a 50% levy on EU imports looming')).toBe(true);
    expect(verdictOf('Investors braced, with a 50% levy on EU imports looming.', '50%', '2025-05-27')).toBe('check');
  });
});

describe('to-end-at', () => {
  // Stored Dow: 42,305.48 on 2025-06-02, 42,519.64 on 2025-06-03.
  it('"to end at 42,400.00" is a close, not a price during the day between the two closes', () => {
    expect(verdictOf('The Dow went on to end at 42,400.00.', '42,400.00', '2025-06-03')).not.toBe('matches');
    expect(verdictOf('The Dow went on to trade at 42,400.00.', '42,400.00', '2025-06-03')).toBe('matches');
  });
});

describe('prior-label', () => {
  // Stored UK CPI: 3.2% for November 2025, 3.4% for December 2025 (out 2026-01-21).
  it('"vs 3.3% expected, prior 3.2%": the data line\'s reading before is the month before the latest', () => {
    expect(FROM_END_RE.test('UK CPI 3.4% y/y vs 3.3% expected, prior ')).toBe(true);
    expect(verdictOf('UK CPI 3.4% y/y vs 3.3% expected, prior 3.2%', '3.2%', '2026-01-21')).toBe('matches');
  });
});

describe('from-revised', () => {
  it('"eased to $9.243 trillion from a revised $9.248 trillion": the revised reading before is a starting end', () => {
    expect(FROM_END_RE.test('Overall foreign holdings eased to $9.243 trillion from a revised ')).toBe(true);
    expect(FROM_END_RE.test('the total was revised ')).toBe(false);
  });
});
