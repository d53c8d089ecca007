import { describe, expect, it } from 'vitest';
import { describeGap, formatValue } from './value';

describe('formatValue: each kind of figure written one way', () => {
  it('money: scale words with up to three decimals, "$1.126 trillion"', () => {
    expect(formatValue(1.126e12, 'USD')).toBe('$1.126 trillion');
    expect(formatValue(1.13e12, 'USD')).toBe('$1.13 trillion');
    expect(formatValue(1.1916e12, 'USD')).toBe('$1.192 trillion');
    expect(formatValue(862.5e9, 'USD')).toBe('$862.5 billion');
    expect(formatValue(-88.4e9, 'USD', { signed: true })).toBe('−$88.4 billion');
    expect(formatValue(3312.4, 'USD per troy ounce')).toBe('$3,312.4 per troy ounce');
  });
  it('percent: at most two decimals, no float noise, "3.2%"', () => {
    expect(formatValue(3.2, 'percent')).toBe('3.2%');
    expect(formatValue(3.1506, 'percent', { signed: true })).toBe('+3.15%');
    expect(formatValue(0.1 + 0.2, 'percent')).toBe('0.3%');
    expect(formatValue(-0.2, 'percent')).toBe('−0.2%');
  });
  it('points: grouped digits, "56,083.14 points"', () => {
    expect(formatValue(56083.14, 'points')).toBe('56,083.14 points');
  });
  it('percentage points as "pt" and basis points as "bp", "−25 bp"', () => {
    expect(formatValue(0.4, 'pp')).toBe('0.4 pt');
    expect(formatValue(-25, 'bp', { signed: true })).toBe('−25 bp');
    expect(formatValue(25, 'bp', { signed: true })).toBe('+25 bp');
  });
  it('FX: the quote in words at market decimals, "145.48 yen per dollar"', () => {
    expect(formatValue(145.4812, 'JPY per USD')).toBe('145.48 yen per dollar');
    expect(formatValue(1.08234, 'USD per EUR')).toBe('1.0823 dollars per euro');
    expect(formatValue(1380.5, 'KRW per USD')).toBe('1,380.5 won per dollar');
  });
  it('counts: whole jobs, "+143,000 jobs"', () => {
    expect(formatValue(143000, 'jobs', { signed: true })).toBe('+143,000 jobs');
  });
  it('bare: the number without unit words, for chart labels', () => {
    expect(formatValue(7.22731, 'CNY per USD', { bare: true })).toBe('7.2273');
    expect(formatValue(56083.14, 'points', { bare: true })).toBe('56,083.14');
    expect(formatValue(3.2, 'percent', { bare: true })).toBe('3.2%');
  });
  it('a value that rounds to zero carries no sign, and NaN is a dash', () => {
    expect(formatValue(-0.0001, 'percent', { signed: true })).toBe('0%');
    expect(formatValue(Number.NaN, 'percent')).toBe('—');
  });
});

describe('describeGap: the comparison in words', () => {
  it('percent levels differ in points: "0.4 pt higher"', () => {
    expect(describeGap(3.6, 3.2, 'percent')).toBe('0.4 pt higher');
    expect(describeGap(3.0, 3.2, 'percent')).toBe('0.2 pt lower');
  });
  it('money gaps keep the scale word', () => {
    expect(describeGap(1.13e12, 1.126e12, 'USD')).toBe('$4 billion higher');
  });
  it('no gap once rounded gives null', () => {
    expect(describeGap(3.2, 3.2000001, 'percent')).toBeNull();
  });
});
