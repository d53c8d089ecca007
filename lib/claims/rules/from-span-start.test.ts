import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { fromSpanStart } from './from-span-start';

describe('from-span-start', () => {
  // 2-year Treasury yield 3.88% on Friday 2026-03-27, 3.84% on 2026-04-03 (data/series).
  it('"slipped 4 basis points on the week to 3.84% from 3.88%": the start is last Friday\'s close', () => {
    const c = claimsOf('The two-year yield slipped 4 basis points on the week to 3.84% from 3.88%.', '2026-04-03').find(
      (x) => x.text === '3.88%',
    );
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.judgement?.reference?.period).toBe('2026-03-27');
  });
  it('a session\'s own span is left to "from" as it reads', () => {
    const day = { type: 'span', from: '2026-04-02', to: '2026-04-03', label: 'Friday' } as const;
    expect(fromSpanStart(' from ', day, '2026-04-03')).toBeNull();
  });
});
