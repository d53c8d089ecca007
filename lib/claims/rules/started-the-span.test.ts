import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { startedTheSpan } from './started-the-span';

describe('started-the-span', () => {
  // Stored bitcoin: 108,269.84 on Sunday 2025-07-06, 119,863.71 on Sunday 2025-07-13.
  it('"started the week at" is the close before the week, not the article\'s day', () => {
    const cs = claimsOf(['Bitcoin hit records this week. The coin started the week at $108,269.84.'], '2025-07-13');
    const c = cs.find((x) => x.text === '$108,269.84');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.judgement?.reference?.period).toBe('2025-07-06');
  });
  it('a year begun is the last close of the year before', () => {
    expect(startedTheSpan('The index began the year at ', '2025-05-23')).toMatchObject({ to: '2024-12-31' });
    expect(startedTheSpan('The index rose to ', '2025-05-23')).toBeNull();
  });
});
