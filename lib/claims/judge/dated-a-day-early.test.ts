import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('dated-a-day-early', () => {
  // Stored Nikkei 225 closes: 49,299.65 on Friday 2025-10-24, 50,512.32 on Monday 2025-10-27.
  it('"closed yesterday at" the close of the page\'s own date is a question, not red', () => {
    expect(
      verdictOf(
        "Japan's Nikkei 225 ended yesterday at 50,512.32, its first finish above 50,000.",
        '50,512.32',
        '2025-10-27',
      ),
    ).toBe('check');
  });
  it("a level that is neither day's close stays red", () => {
    expect(
      verdictOf(
        "Japan's Nikkei 225 ended yesterday at 51,512.32, its first finish above 50,000.",
        '51,512.32',
        '2025-10-27',
      ),
    ).toBe('differs');
  });
});
