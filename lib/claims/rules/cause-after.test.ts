import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('cause-after', () => {
  it('"exporter Kanda Precision gained 2.0% on the weak yen": the yen is the cause, not what moved', () => {
    const ids = idsOf('Exporter Kanda Precision gained 2.0% on the weak yen.', '2025-12-19');
    expect(ids['2.0%'] ?? '-').toBe('-');
  });
});
