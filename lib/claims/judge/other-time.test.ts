import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('that-event', () => {
  it('"That crash left the index at ..." is the level on the crash\'s day: a gap is a check, not red', () => {
    const blocks = ['The Hang Seng closed at 21,562.32 on Tuesday.', 'That crash left the index at 19,900.00.'];
    const c = claimsOf(blocks, '2025-04-22').find((x) => x.text === '19,900.00');
    expect(c?.indicator?.id).toBe('idx.hang_seng');
    expect(c?.judgement?.verdict).toBe('check');
  });
});

describe('back-then', () => {
  it('"Back then the Fed\'s target range was 4.50%-4.75%" speaks of another time: not red', () => {
    const [c] = claimsOf("Back then the Fed's target range was 4.50%-4.75%.", '2024-03-08');
    expect(c?.indicator?.id).toBe('us.fed_funds_target_upper');
    expect(c?.judgement?.verdict).toBe('check');
  });
});

describe('day-of-event', () => {
  it('"On the day of the Fed decision ... the VIX leapt to 27.62", written two days later, is a question, not red', () => {
    const t = 'On the day of the Fed decision the S&P 500 sank 2.95% and the Cboe Volatility Index leapt to 27.62.';
    expect(claimsOf(t, '2024-12-20').find((c) => c.text === '27.62')?.judgement?.verdict).toBe('check');
  });
});
