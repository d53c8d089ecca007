import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isCallLabelled } from './call-label';

describe('call-label', () => {
  it('"My call: SPX 5,600 by Labor Day" is a prediction: no verdict, no flag', () => {
    const cs = claimsOf(['The S&P 500 closed at 5,186.33.', 'My call: S&P 500 5,600 by Labor Day.'], '2024-08-05');
    expect(cs.find((c) => c.text === '5,600')?.judgement ?? null).toBeNull();
    expect(isCallLabelled('My take: ')).toBe(true);
  });
  it('a line that opens with a figure is not a call: "Call volumes rose" is no label', () => {
    expect(isCallLabelled('Call volumes rose to ')).toBe(false);
  });
});
