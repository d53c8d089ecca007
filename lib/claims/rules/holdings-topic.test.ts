import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { namesHoldingsTopic } from './holdings-topic';

describe('holdings-topic', () => {
  it('a headline about Treasury holders gives "its holdings" the measure before any figure matched', () => {
    const ids = idsOf(
      [
        'Britain Overtakes China as Second-Biggest Holder of Treasuries',
        'Tokyo stayed on top. Its holdings grew $4.9 billion in March.',
      ],
      '2025-05-16',
    );
    expect(ids['$4.9 billion']).toBe('jp.ust_holdings');
  });
  it('without the topic, "its holdings" has no measure to be of', () => {
    expect(idsOf(['Tokyo stayed on top. Its holdings grew $4.9 billion in March.'], '2025-05-16')['$4.9 billion']).toBe(
      '-',
    );
  });
  it('reads holders, holdings and stockpiles of Treasuries, not other Treasury news', () => {
    expect(namesHoldingsTopic('Foreign holdings of U.S. Treasuries hit a record')).toBe(true);
    expect(namesHoldingsTopic('The Treasury Department sold more bills this week')).toBe(false);
  });
});

describe('treasury-pile', () => {
  it('"Japan Lifts Treasury Pile to $1.189 Trillion" names Treasury holdings as the page\'s measure', () => {
    expect(namesHoldingsTopic('Japan Lifts Treasury Pile to $1.189 Trillion')).toBe(true);
    expect(namesHoldingsTopic('Treasury yields pile up gains')).toBe(false);
  });
});

describe('treasury-stash', () => {
  it('"Japan\'s Treasury Stash Climbs" names the holdings topic', () => {
    expect(namesHoldingsTopic("Japan's Treasury Stash Climbs to $1.189 Trillion")).toBe(true);
  });
});
