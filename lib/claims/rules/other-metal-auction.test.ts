import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('other-metal-auction', () => {
  it("\"Silver's afternoon price jumped to $31.795\" is silver's auction, not gold's", () => {
    const ids = idsOf("Silver's afternoon price jumped to $31.795 on Monday.", '2024-05-20');
    expect(ids['$31.795'] ?? '-').not.toBe('cmd.gold_usd');
  });
  it('"The white metal\'s afternoon price" after silver is named is not gold\'s', () => {
    const ids = idsOf(
      ['Silver jumped to $31.795 on Monday.', "The white metal's afternoon price leapt $2.115 from Friday."],
      '2024-05-20',
    );
    expect(ids['$2.115'] ?? '-').not.toBe('cmd.gold_usd');
  });
  it("gold's own auction keeps its name", () => {
    expect(idsOf('The afternoon price of gold was set at $2,420.30 on Monday.', '2024-05-20')['$2,420.30']).toBe(
      'cmd.gold_usd',
    );
  });
});
