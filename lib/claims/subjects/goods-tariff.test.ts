import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf, ruleOf } from '../test-engine';
import { isTariffRate } from './goods-tariff';

describe("goods-tariff: a duty's rate with one country's goods named is the U.S. tariff on them", () => {
  it('"Chinese imports still face an extra 30% tariff", "European goods pay a 15% U.S. tariff"', () => {
    expect(ruleOf('Chinese imports still face an extra 30% tariff at the border.', '30%')).toEqual({
      id: 'us.tariff_china',
      rule: 'goods-tariff',
    });
    const ids = idsOf('Most European goods now pay a 15% U.S. tariff under the summer deal.');
    expect(ids['15%']).toBe('us.tariff_eu');
  });

  it("the product decides between a country's tariffs: cars from Japan", () => {
    const claims = claimsOf([
      'Japanese goods shipped to the United States paid a 15% tariff last month.',
      'Cars from Japan paid a 15% tariff as well once the deal took effect.',
    ]);
    expect(claims.map((c) => c.indicator?.id)).toEqual(['us.tariff_japan_reciprocal', 'us.tariff_autos_japan']);
  });

  it('not another duty, nor a sentence naming several countries', () => {
    expect(isTariffRate('or 27.5% counting the standard ', ' levy')).toBe(false);
    // tariff-scheduled: a rate in force later is left unmarked, its period unknown.
    expect(isTariffRate('The order sets a ', ' duty on most goods from the European Union starting Aug. 7.')).toBe(
      false,
    );
    const ids = idsOf('Goods from China and Japan pay a 20% tariff on average, a trade group said.');
    expect(ids['20%']).toBe('-');
  });
});

describe('clause-country and alias-across-clause', () => {
  it('two countries in one sentence: each rate is the tariff of the goods named in its own clause', () => {
    const ids = idsOf(
      'Japanese goods now reach the U.S. at a 15% tariff under the deal, while Chinese goods face a 20% duty.',
      '2026-01-15',
    );
    expect(ids['15%']).toBe('us.tariff_japan_reciprocal');
    expect(ids['20%']).toBe('us.tariff_china');
  });
  it('prior-duty: "plus the 2.5% duty that applied before" is the old duty, not a new tariff', () => {
    const ids = idsOf(
      'Japanese cars still pay 27.5%: the 25% auto tariff plus the 2.5% duty that applied before.',
      '2025-08-01',
    );
    expect(ids['2.5%']).toBe('-');
  });
});

describe('tariff-table and previous-undated', () => {
  const caption = 'U.S. import duties by trading partner, as of January 16, 2026';
  it('a "Rate now" cell in a table of tariffs is the row\'s tariff, never a policy rate', () => {
    const [c] = claimsOf(
      [{ context: `${caption} · Rate now · European Union · Aug. 7, 2025`, text: '15%' }],
      '2026-01-16',
    );
    expect(c?.indicator?.id).toBe('us.tariff_eu');
  });
  it('a "Previous rate" cell in a row that names no date is not marked, and never red', () => {
    const [c] = claimsOf(
      [{ context: 'U.S. import duties by trading partner · Previous rate · European Union', text: '10%' }],
      '2026-01-16',
    );
    expect(c?.indicator ?? null).toBeNull();
    const [d] = claimsOf([{ context: `${caption} · Previous rate · European Union`, text: '10%' }], '2026-01-16');
    expect(d?.judgement?.verdict).not.toBe('differs');
  });
  it('a column of changes is not read as the rate in force', () => {
    const [c] = claimsOf(
      [
        {
          context: 'Additional tariffs on Chinese goods, 2025 · What changed · 10 Apr · Reciprocal rate raised',
          text: '125%',
        },
      ],
      '2025-12-01',
    );
    expect(c?.indicator?.id ?? null).not.toBe('us.fed_funds_target_upper');
  });
});

describe('section-qualifier', () => {
  it('"the 25% Section 232 duty": the law a duty was set under stands between the rate and its noun', () => {
    expect(idsOf(['Japanese cars still face the 25% Section 232 duty.'], '2025-08-07')['25%']).toBe(
      'us.tariff_autos_japan',
    );
    expect(isTariffRate('face the ', ' Section 232 duty.')).toBe(true);
  });
});

describe('rate-in-force column, row-names-partner', () => {
  const ledger = (row: string) => ({ text: '15%', context: `Tariff ledger at a glance · Rate in force · ${row}` });
  it('"Rate in force" is a column of rates in force; the row\'s goods pick the tariff', () => {
    const ids = idsOf([ledger('Japanese autos · Section 232')], '2025-11-10');
    expect(ids['15%']).toBe('us.tariff_autos_japan');
  });
  it('on a page about Japan, "Rate in force" in a tariff table is no BOJ rate, and a row naming no partner is no Japan tariff', () => {
    const page = [
      'The yen weakened to 153.99 per dollar at the New York noon fixing.',
      "Japan's 10-year JGB yield rose to 1.70%.",
      ledger('Japan (most goods) · IEEPA, all-in'),
      { text: '10%', context: 'Tariff ledger at a glance · Rate in force · Baseline (most others) · IEEPA' },
    ];
    const ids = idsOf(page, '2025-11-10');
    expect(ids['15%']).toBe('us.tariff_japan_reciprocal');
    expect(ids['10%']).not.toBe('us.tariff_japan_reciprocal');
  });
});
