import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
describe('generic-rate-core for an alias without a qualifier: "overnight rate" is not Canada\'s by default', () => {
  it('"the Federal Reserve ... holding its benchmark overnight rate in the 4.25%-4.50% range" is the Fed\'s', () => {
    const s =
      'The Federal Reserve left rates unchanged on Wednesday, holding its benchmark overnight rate in the 4.25%-4.50% range.';
    expect(idsOf(s, '2025-06-18')['4.25%-4.50%']).toBe('us.fed_funds_target_upper');
    expect(idsOf('The Bank of Canada held its overnight rate at 2.75%.', '2025-07-30')['2.75%']).toBe(
      'ca.boc_policy_rate',
    );
  });
});

describe('nearest-evidence', () => {
  it("the bank named in the sentence before outranks the page's country", () => {
    const blocks = [
      'U.S. consumer prices rose 2.7% in the year to November, and the 10-year Treasury yield fell to 4.12%.',
      'The S&P 500 gained 0.8% to 6,774.76 as U.S. bond yields eased.',
      "In Tokyo, the Nikkei 225 lost 1.0% ahead of the BoJ decision. The central bank's policy rate sits at 0.5%.",
    ];
    expect(idsOf(blocks, '2025-12-18')['0.5%']).toBe('jp.boj_policy_rate');
  });
});

describe('boc-country-word', () => {
  it('"the BoC left its benchmark rate" names Canada, so a Fed named in the paragraph before does not own the rate', () => {
    const blocks = [
      'The loonie firmed, with USD/CAD near 1.3600 and traders looking ahead to the Federal Reserve (Fed) decision.',
      'The BoC kept its benchmark interest rate at 2.25% for a third straight meeting.',
    ];
    expect(idsOf(blocks, '2026-01-28')['2.25%']).toBe('ca.boc_policy_rate');
  });
});
