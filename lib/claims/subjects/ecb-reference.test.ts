import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('ecb-reference', () => {
  const text =
    'The European Central Bank set its reference rate at 1.0694 dollars, up from 1.0557 on Tuesday, a gain of 1.3%.';
  it("the ECB's reference rate is the euro's dollar fixing, not the bank's policy rate", () => {
    const cs = claimsOf([text], '2025-03-05');
    const of = (t: string) => cs.find((c) => c.text.startsWith(t))!;
    expect(of('1.0694').indicator?.id).toBe('fx.eurusd');
    expect(of('1.0694').match?.rule).toBe('ecb-reference');
    expect(of('1.3%').indicator?.id).toBe('fx.eurusd');
    expect(of('1.3%').judgement?.verdict).toBe('matches');
  });
  it('another currency named makes it another of its reference rates: left alone', () => {
    const cs = claimsOf(['The European Central Bank set its reference rate for the yen at 161.5 yen.'], '2025-03-05');
    expect(cs.find((c) => c.text.startsWith('161.5'))?.indicator?.id).not.toBe('fx.eurusd');
  });
});
