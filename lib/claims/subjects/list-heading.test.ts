import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { opensWithoutSubject } from './list-heading';

describe('list-heading: a short heading names the subject of the items under it', () => {
  it('tells an item that leaves its subject to the heading', () => {
    expect(opensWithoutSubject('Finished at ')).toBe(true);
    expect(opensWithoutSubject('A drop of ')).toBe(true);
    expect(opensWithoutSubject('Still ')).toBe(true);
    expect(opensWithoutSubject('Up ')).toBe(true);
    // The figure opens the item: "$71,456.55 on the exchange's reference price".
    expect(opensWithoutSubject('$')).toBe(true);
    expect(opensWithoutSubject('')).toBe(true);
    // item-label: a label before a colon, then the item.
    expect(opensWithoutSubject('Reference rate: ')).toBe(true);
    expect(opensWithoutSubject('On the day: down ')).toBe(true);
    // A label naming an earlier point is a comparison the heading's rule leaves alone.
    expect(opensWithoutSubject('Week-ago: $')).toBe(false);
    expect(opensWithoutSubject('Previous close: ')).toBe(false);
    expect(opensWithoutSubject('Analysts at a Paris bank see ')).toBe(false);
  });

  it('items under "The CAC 40 on Friday" are the CAC 40’s', () => {
    const blocks = [
      'The CAC 40 on Friday',
      'Finished at 7,743.00, down 58.37 points.',
      'A drop of 0.75% on the session.',
    ];
    const claims = claimsOf(blocks, '2025-09-05');
    expect(claims.find((c) => c.text === '7,743.00')?.indicator?.id).toBe('idx.cac40');
    expect(claims.find((c) => c.text === '0.75%')?.indicator?.id).toBe('idx.cac40');
    expect(claims.find((c) => c.text === '0.75%')?.match?.rule).toBe('list-heading');
  });

  it('a heading naming two subjects, or a long paragraph between, names none', () => {
    const two = claimsOf(['Gold and silver this week', 'Finished at $41.20.'], '2025-09-05');
    expect(two.find((c) => c.text === '$41.20')?.indicator ?? null).toBeNull();
    const long =
      'Traders spent the session weighing a crowded calendar of central-bank speakers, a soft run of factory surveys from Asia and a budget row in Paris, and few were willing to add risk before the weekend.';
    const broken = claimsOf(['The CAC 40 on Friday', long, 'Finished at 7,743.00.'], '2025-09-05');
    expect(broken.find((c) => c.text === '7,743.00')?.indicator ?? null).toBeNull();
  });
});
