import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

const before = 'The DAX gained 4.1% over four sessions and the Euro Stoxx 50 rose 3.1% on the week.';

describe('unnamed-row: a row naming something outside the catalogue takes no subject from the text before the table', () => {
  it('the row "Harbourline Europe Leaders (house index)" under a paragraph on the DAX and the Euro Stoxx 50 is neither', () => {
    const ids = idsOf(
      [
        { text: '4,935.34', context: `${before} · Close, Thursday · Euro Stoxx 50` },
        { text: '1,412.60', context: `${before} · Close, Thursday · Harbourline Europe Leaders (house index)` },
      ],
      '2025-04-17',
    );
    expect(ids['4,935.34']).toBe('idx.stoxx50');
    expect(ids['1,412.60']).toBe('-');
  });

  it('a country row ("United Kingdom", "European Union") still picks its own measure', () => {
    const ids = idsOf(
      [{ text: '15%', context: 'U.S. tariff rates on major trading partners · In force now · European Union' }],
      '2025-08-08',
    );
    expect(ids['15%']).toBe('us.tariff_eu');
  });
});
