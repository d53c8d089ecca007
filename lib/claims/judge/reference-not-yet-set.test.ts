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

describe('reference-hour-unknown', () => {
  // ECB EUR/USD reference: 1.1649 on 2026-03-04, 1.1618 on 2026-03-05.
  const t = "The euro's ECB reference rate firmed to $1.1649, and sterling traded at $1.3370.";
  it("a morning note dated only by its day quoting the day before's rate is a question, not red", () => {
    const c = claimsOf(t, '2026-03-05').find((x) => x.text === '$1.1649');
    expect(c?.judgement?.verdict).toBe('check');
  });
  it('a rate neither day set is still red', () => {
    const c = claimsOf(t.replace('1.1649', '1.1749'), '2026-03-05').find((x) => x.text === '$1.1749');
    expect(c?.judgement?.verdict).toBe('differs');
  });
});
