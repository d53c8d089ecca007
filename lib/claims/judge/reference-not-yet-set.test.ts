import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('reference-not-yet-set: the ECB sets its reference rates at 14:15 Frankfurt time', () => {
  const t = "The single currency's ECB reference rate rose to $1.0694, its strongest fixing since early November.";
  it("a note sent at 07:30 in Frankfurt quotes the day before's rate", () => {
    const c = claimsOf(t, '2025-03-06', '2025-03-06T06:30:00.000Z').find((x) => x.text === '$1.0694');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.judgement?.explanation).toBe("The ECB's reference rate on 2025-03-05: 1.0694.");
  });
  it("a page updated after the fixing (a live blog begun at dawn) is read against the day's own rate", () => {
    const c = claimsOf(t, '2025-03-06', '2025-03-06T06:30:00.000Z', '2025-03-06T17:00:00.000Z').find(
      (x) => x.text === '$1.0694',
    );
    expect(c?.judgement?.explanation).toBe("The ECB's reference rate on 2025-03-06: 1.0796.");
  });
});
