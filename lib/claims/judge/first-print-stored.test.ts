import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const judged = (text: string, published: string, figure: string) =>
  claimsOf(text, published).find((c) => c.text === figure)?.judgement;

describe("first-print-stored: a jobs report put off by the 2025 shutdown was not out on the usual calendar's day", () => {
  it('"the jobless rate is 4.3%" on 2025-10-05 is August\'s, the latest out: September\'s report came only on 2025-11-20', () => {
    const j = judged('The jobless rate is 4.3%, the last official reading showed.', '2025-10-05', '4.3%');
    expect(j?.verdict).not.toBe('check');
    expect(j?.reference?.period).toBe('2025-08');
  });

  it("after 2025-11-20 the same sentence is stale: September's 4.4% was out", () => {
    expect(judged('The jobless rate is 4.3%.', '2025-11-21', '4.3%')?.verdict).toBe('differs');
  });
});
