import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('now-distance', () => {
  // Stored 10-year yield: 3.70% on 2024-09-18, 4.39% on 2026-03-20.
  const s =
    'On September 18, 2024, when the Fed began its cutting cycle, the 10-year stood at 3.70%, so it is now 69 basis points higher.';
  it('"so it is now 69 basis points higher" runs from the named day to the article', () => {
    const c = claimsOf([s], '2026-03-20').find((x) => x.text === '69 basis points');
    expect(c?.period).toMatchObject({ type: 'span', from: '2024-09-18', to: '2026-03-20' });
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('without "now" the move is the named day\'s', () => {
    const c = claimsOf([s.replace('is now', 'was')], '2026-03-20').find((x) => x.text === '69 basis points');
    expect(c?.period).toMatchObject({ type: 'span', to: '2024-09-18' });
  });
});
