import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isRecordGapColumn } from './record-gap-column';

describe('record-gap-column', () => {
  it('a cell under "Friday vs. record" is a distance from a peak, never judged as one session\'s move', () => {
    const [c] = claimsOf(
      [
        {
          context: 'Distance from the peaks · Friday vs. record · Ether (Coinbase close) · Aug. 24, 2025',
          text: '−44.1%',
        },
      ],
      '2026-04-10',
    );
    expect(c?.judgement?.verdict ?? 'none').not.toBe('inconsistent');
    expect(c?.judgement?.verdict ?? 'none').not.toBe('differs');
    expect(isRecordGapColumn('Closes · Day change · Ether')).toBe(false);
  });
});
