import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('bracket-restated-move', () => {
  it('"lowered the federal funds rate by 25 basis points (0.25%)": the bracket is the same cut, not a 0.25% rate', () => {
    const ids = idsOf(
      'Policymakers lowered the federal funds rate by 25 basis points (0.25%) to a range of 3.50% – 3.75%.',
      '2025-12-11',
    );
    expect([ids['25 basis points'], ids['0.25%'] ?? '-']).toEqual(['us.fed_funds_target_upper', '-']);
  });
});
