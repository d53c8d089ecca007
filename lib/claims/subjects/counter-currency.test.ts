import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("counter-currency: a figure's pair is the sentence's currency and the one it is measured against", () => {
  it('"rose 0.1% against the U.S. dollar to $1.3381 and gained 0.2% versus the euro to 87.56 pence"', () => {
    const ids = idsOf(
      'On Thursday the pound climbed 0.1% against the U.S. dollar to $1.3381, and it firmed 0.2% versus the euro to 87.56 pence.',
      '2025-12-18',
    );
    expect(ids['$1.3381']).toBe('fx.gbpusd');
    // GBP/EUR is not in the catalogue, and EUR/USD is not what was measured.
    expect(ids['0.2%']).toBe('-');
    expect(ids['87.56 pence']).toBe('-');
  });
  it('a new currency after the counter starts a new subject', () => {
    const ids = idsOf(
      'The dollar was soft against the euro, with EUR/USD fixed at 1.1837, and the yen traded at 146.36 per dollar.',
      '2025-09-17',
    );
    expect(ids['146.36']).toBe('fx.usdjpy');
  });
});

describe('figure-currency-counter: a quote in a currency prices the subject named before it', () => {
  it('"the euro stood at ... dollars and at ... yen": the yen quote is the euro\'s, not the dollar\'s', () => {
    const ids = idsOf(
      'By late afternoon the euro stood at 1.1620 dollars, a touch below 1.1633 dollars a day earlier, and at 178.25 yen, against 176.90 yen on Wednesday.',
      '2025-10-30',
    );
    expect(ids['1.1620 dollars']).toBe('fx.eurusd');
    expect(ids['178.25 yen']).toBe('-');
    expect(ids['176.90 yen']).toBe('-');
  });
  it('the dollar named after the euro owns its own yen quote', () => {
    const ids = idsOf('The euro held at $1.1620 while the dollar bought 153.40 yen late in Tokyo.', '2025-10-30');
    expect(ids['153.40 yen']).toBe('fx.usdjpy');
  });
});

describe('other-dollar-counter', () => {
  it('"lost 7.3% against the yen and 4.6% against the Canadian dollar, respectively": the 4.6% is not USD/JPY', () => {
    const ids = idsOf(
      'Since the end of 2024, the dollar has lost 7.3% against the yen and 4.6% against the Canadian dollar, respectively.',
      '2025-06-20',
    );
    expect([ids['7.3%'], ids['4.6%'] ?? '-']).toEqual(['fx.usdjpy', '-']);
  });
});
