import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isKeyLevelCell } from './key-level-cell';

describe('key-level-cell: figures in a pivot or support/resistance table are levels to watch', () => {
  it('reads the headers of a pivot table', () => {
    expect(isKeyLevelCell('Pivot levels for Friday · S2 · USD/JPY')).toBe(true);
    expect(isKeyLevelCell('Levels · R1 · EUR/USD')).toBe(true);
    expect(isKeyLevelCell('Closing levels · Close · USD/JPY')).toBe(false);
    expect(isKeyLevelCell(undefined)).toBe(false);
  });

  it('a pivot cell is not marked; the same pair in a table of closes is', () => {
    const cell = (context: string) => idsOf([{ text: '157.40', context }], '2026-03-06')['157.40'];
    expect(cell('Pivot levels for Friday · Pivot · USD/JPY')).not.toBe('fx.usdjpy');
    expect(cell('Closing levels · Thursday close · USD/JPY')).toBe('fx.usdjpy');
  });
});
