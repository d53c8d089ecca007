import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isTradingRange } from './trading-range';

describe('trading-range', () => {
  it('"has spent two weeks trading between 1.4280 and 1.4470" is a range over sessions, not a reading', () => {
    expect(isTradingRange('USD/CAD has spent two weeks trading between ')).toBe(true);
    expect(
      idsOf(['USD/CAD has spent two weeks trading between 1.4280 and 1.4470.'], '2025-01-29')['1.4280 and 1.4470'],
    ).toBe('-');
  });
  it("a day's range is left to the judge", () => {
    expect(isTradingRange('The pair now sits at 1.1578 after swinging between ')).toBe(false);
  });
});
