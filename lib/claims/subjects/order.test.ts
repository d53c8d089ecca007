import { describe, expect, it } from 'vitest';
import { SUBJECT_STEPS } from './order';
import { readFileSync } from 'node:fs';
import { scanHtml } from '../../scan/page';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';

describe('order: the ways a subject is found, in their order', () => {
  it('names in the sentence first, narrowing next, grammar after, fall-backs and "core" last', () => {
    expect(SUBJECT_STEPS.map((s) => s.name)).toEqual([
      'inSentence',
      'itsOwnMeasure',
      'ecbReferenceRate',
      'sentenceCountryKept',
      'cellHeaders',
      'rowOwner',
      'tenorRow',
      'bankRate',
      'tenor',
      'tenorCountry',
      'broader',
      'holder',
      'respectively',
      'formerLatter',
      'sameSubjectChain',
      'itsLevel',
      'tariffTable',
      'goodsTariff',
      'tenorElided',
      'earlier',
      'crossingReading',
      'fuzzy',
      'compared',
      'aside',
      'counterCurrency',
      'tiedRates',
      'core',
    ]);
  });
});

describe('sentence-country-kept', () => {
  it("a sibling measure later in a sentence about one country's release stays that country's", () => {
    // A page about the yen on U.S. CPI day (round 20): Japan leads the page, the sentence is the U.S. release.
    const html = readFileSync(
      new URL('../../../tests/fixtures/holdout/blind20-fx-yen-159-cpi-day-january.html', import.meta.url),
      'utf8',
    );
    const claims = scanHtml(html, loadBundledDatasetFromDisk(), { source: 'fx' }).claims;
    const core = claims.find((c) => c.text === '2.6%' && c.sentence.startsWith('Headline consumer prices'));
    expect(core?.indicator).toBe('us.core_cpi_yoy');
  });
});
