import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('scenario-label', () => {
  it('"Yen slide (15%): A dovish hike sends USD/JPY through 158": neither the odds nor the level is a claim', () => {
    const ids = idsOf('Yen slide (15%): A dovish hike sends USD/JPY through 158, and officials step in.', '2025-12-18');
    expect(ids['15%'] ?? '-').toBe('-');
    expect(ids['158'] ?? '-').toBe('-');
  });
  it('"Base case (55%): ... bitcoin chops between $66,000 and $76,000" is a scenario', () => {
    const s = 'Base case (55%): Metals stabilize and bitcoin chops between $66,000 and $76,000 while traders wait.';
    expect(Object.values(idsOf(s, '2026-03-21')).filter((id) => id !== '-')).toEqual([]);
  });
  it('a plain line with a bracketed move is still read: "Bitcoin (−0.4%): ended the week at $70,561"', () => {
    expect(idsOf('Bitcoin ended the week at $70,561 (−0.4%).', '2026-03-21')['$70,561']).toBe('crypto.btc_usd');
  });
});
