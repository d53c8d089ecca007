import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("combined-holders: the sum of several holders is no one country's holdings", () => {
  it('"together with China, the two Asian creditors held roughly $1.88 trillion" is not Japan\'s', () => {
    const ids = idsOf(
      "Japan's holdings reached $1,151.4 billion, and together with China the two Asian creditors held roughly $1.88 trillion.",
      '2025-09-19',
    );
    expect(ids['$1,151.4 billion']).toBe('jp.ust_holdings');
    expect(ids['$1.88 trillion']).toBe('-');
  });
});
