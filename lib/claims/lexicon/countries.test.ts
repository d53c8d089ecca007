import { describe, expect, it } from 'vitest';
import { COUNTRY_GROUPS, COUNTRY_OF_WORD, COUNTRY_PREFIX, ID_COUNTRY } from './countries';
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
