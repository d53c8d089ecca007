import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';
import {
  COUNTRY_GROUPS,
  COUNTRY_OF_WORD,
  COUNTRY_PREFIX,
  ID_COUNTRY,
  namesUkOnlyAsBullionPlace,
  placedInOtherCountry,
} from './countries';
import { tokenize } from '../tokens';
import { ALIAS_STOP_WORDS, NOT_COUNTED, STOP_AFTER_FIGURE } from './stop-words';

describe('countries: one list of country words, ids and groups', () => {
  it('folds a city, a bank or a currency into its country', () => {
    expect(COUNTRY_OF_WORD.get('tokyo')).toBe('japan');
    expect(COUNTRY_OF_WORD.get('ecb')).toBe('eu');
    expect(COUNTRY_OF_WORD.get('sterling')).toBe('uk');
  });

  it("derives the id prefixes and the groups from the same table: every prefix's country is a group", () => {
    expect(COUNTRY_PREFIX.test('jp.cpi_core_yoy')).toBe(true);
    expect(COUNTRY_PREFIX.test('idx.nikkei225')).toBe(false);
    for (const c of Object.values(ID_COUNTRY)) expect(COUNTRY_GROUPS.has(c)).toBe(true);
  });
});

describe('stop-words: three nested lists', () => {
  it('each list holds the one before', () => {
    for (const w of STOP_AFTER_FIGURE) expect(NOT_COUNTED).toContain(w);
    for (const w of NOT_COUNTED) expect(ALIAS_STOP_WORDS).toContain(w);
  });
});

describe('other-countries-named', () => {
  it('"South Korea agreed a $350 billion investment package" is not Japan\'s pledge', () => {
    expect(COUNTRY_OF_WORD.get('korea')).toBe('korea');
    expect(COUNTRY_OF_WORD.get('won')).toBeUndefined();
    const ids = idsOf('South Korea agreed a $350 billion investment package with Washington.', '2025-09-05');
    expect(ids['$350 billion']).toBe('-');
    expect(idsOf('Tokyo agreed to a $550 billion package of investment.', '2025-09-05')['$550 billion']).toBe(
      'jp.us_investment_pledge',
    );
  });
});

describe('statistics-office', () => {
  it('"the Office for National Statistics said" names the U.K.: a bare CPI figure is Britain\'s, not the U.S. one', () => {
    const ids = idsOf(
      'Annual CPI inflation fell to 3.0% in January from 3.4% in December, the Office for National Statistics said.',
      '2026-02-18',
    );
    expect(ids['3.0%']).toBe('uk.cpi_yoy');
  });
});

describe('us-market-words', () => {
  it('a bare consumer price index on a page naming the Nikkei and the yen, and the Dow and the Nasdaq, is the U.S. one', () => {
    const blocks = [
      'Tokyo stocks stormed ahead: the Nikkei jumped 2.1% on Friday.',
      'The yen slid past 150 per dollar as the Nikkei extended its run.',
      'The Dow fell 0.4% and the Nasdaq lost 1.3% over the week.',
      'The consumer price index rose 3.1% in January from a year earlier.',
    ];
    expect(idsOf(blocks, '2024-02-16')['3.1%']).toBe('us.cpi_yoy');
  });
});

describe('other-country-after', () => {
  it('"against 5.25%-5.50% in the U.S." after the BOJ rate is not the BOJ rate', () => {
    expect(placedInOtherCountry(' in the U.S.', 'jp.boj_policy_rate')).toBe(true);
    expect(placedInOtherCountry(' in Japan', 'jp.boj_policy_rate')).toBe(false);
    expect(placedInOtherCountry(', a record', 'jp.boj_policy_rate')).toBe(false);
    const c = claimsOf(
      ["The Bank of Japan's policy rate sits at 0% to 0.1%, against 5.25%-5.50% in the U.S."],
      '2024-07-10',
    ).find((x) => x.text === '5.25%-5.50%');
    expect(c?.indicator?.id).not.toBe('jp.boj_policy_rate');
  });
});

describe('other-country-after: a country word used as an adjective', () => {
  it('"$1.13 trillion in U.S. Treasury holdings" and "$550 billion in U.S. investment" are not placed in the U.S.', () => {
    expect(placedInOtherCountry(' in U.S. Treasury holdings as a card', 'jp.ust_holdings')).toBe(false);
    expect(placedInOtherCountry(' in U.S. investment as part of the deal', 'jp.us_investment_pledge')).toBe(false);
    expect(placedInOtherCountry(' in the U.S. and 2% in the euro area', 'jp.boj_policy_rate')).toBe(true);
  });
});

describe('london-bullion', () => {
  it('a bullion page\'s "at noon in London" does not make a later bare consumer price reading the U.K.\'s', () => {
    const blocks = [
      'At the 15:00 London auction the gold benchmark cleared at $4,169.60.',
      'The LBMA Silver Price was set at $49.945 at noon in London, down $1.855 on the day.',
      "With the government shutdown still delaying data, the most recent consumer price reading remains August's 2.9% annual rise.",
    ];
    const c = claimsOf(blocks, '2025-10-21').find((x) => x.text === '2.9%');
    expect(c?.indicator?.id).toBe('us.cpi_yoy');
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('"In London, the Monetary Policy Committee" still names the U.K.', () => {
    expect(namesUkOnlyAsBullionPlace(tokenize('In London, the Monetary Policy Committee holds Bank Rate.'))).toBe(
      false,
    );
    expect(namesUkOnlyAsBullionPlace(tokenize('Gold was fixed at $2,400 in London.'))).toBe(true);
  });
});
