import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("monthly-move: a small U.S. price move with no year-over-year words is the month's change", () => {
  it('"consumer prices rising by 0.4% in August" is not judged against the 2.9% annual rate', () => {
    const ids = idsOf('The BLS data showed U.S. consumer prices rising by 0.4% in August.', '2025-09-12');
    expect(ids['0.4%']).toBe('-');
  });
  it('the annual rate, and a move with year-over-year words, are still read', () => {
    const ids = idsOf('U.S. consumer prices rose 2.9% in August from a year earlier.', '2025-09-12');
    expect(ids['2.9%']).toBe('us.cpi_yoy');
    expect(idsOf('U.S. CPI inflation rose to 2.9% in August.', '2025-09-12')['2.9%']).toBe('us.cpi_yoy');
  });
});

describe('monthly-move, the month before', () => {
  it('"rose by 0.4% in December, up from 0.3% in November": neither is the annual rate', () => {
    const ids = idsOf('The Consumer Price Index rose by 0.4% in December, up from 0.3% in November.', '2025-01-15');
    expect(ids['0.3%']).toBe('-');
    expect(ids['0.4%']).toBe('-');
  });
});
