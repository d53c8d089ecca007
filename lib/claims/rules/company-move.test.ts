import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { companyMoveAt } from './company-move';

describe('company-move', () => {
  it('"lifted by a 3.2% jump in Norvale Systems": the company\'s move, not the index\'s', () => {
    expect(
      idsOf(['The Nasdaq Composite rose 0.35%, lifted by a 3.2% jump in Norvale Systems.'], '2025-08-07')['3.2%'],
    ).toBe('-');
  });
  it('a catalogue name or a month after "in" is no company', () => {
    expect(idsOf(['Energy stocks fell, led by a 3% drop in Brent.'], '2025-08-07')['3%']).toBe('cmd.brent_usd');
    expect(companyMoveAt('showing a ', ' increase in September')).toBe(-1);
    expect(companyMoveAt('helped by a ', ' jump in Norvale Systems')).toBe(9);
  });
});
