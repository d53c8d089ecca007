import { describe, expect, it } from 'vitest';
import { SUBJECT_STEPS } from './order';
import { readFileSync } from 'node:fs';
import { scanHtml } from '../../scan/page';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';
import { claimsOf } from '../test-engine';

describe('order: the ways a subject is found, in their order', () => {
  it('names in the sentence first, narrowing next, grammar after, fall-backs and "core" last', () => {
    expect(SUBJECT_STEPS.map((s) => s.name)).toEqual([
      'inSentence',
      'itsOwnMeasure',
      'ecbReferenceRate',
      'sentenceCountryKept',
      'cellHeaders',
      'rowNamesOther',
      'namedCountrySibling',
      'gappedCountry',
      'rowOwner',
      'tenorRow',
      'bankRate',
      'tenor',
      'tenorCountry',
      'broader',
      'holder',
      'respectively',
      'formerLatter',
      'withCounterpart',
      'sameSubjectChain',
      'itsLevel',
      'listHeading',
      'tariffTable',
      'goodsTariff',
      'tariffLabel',
      'tenorElided',
      'bareTenor',
      'answeredQuestion',
      'earlier',
      'crossingReading',
      'fuzzy',
      'compared',
      'aside',
      'counterCurrency',
      'tiedRates',
      'core',
      'otherBondYields',
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

describe('it-after-clause-break', () => {
  it('"... as traders priced slower Fed cuts; even so, it is down 9.6%" is the dollar index', () => {
    const text =
      'The dollar index rose 0.23 to 98.08 as traders priced a slower path of Fed cuts; even so, it is down 9.6% since the end of 2024.';
    expect(claimsOf([text], '2025-07-14').find((c) => c.text === '9.6%')?.indicator?.id).toBe('fx.dxy');
  });
  it('"it" as an object ("certain to trim it to 3.75%") opens no clause', () => {
    const text =
      'In Frankfurt, the European Central Bank, whose deposit rate is 4%, is all but certain to trim it to 3.75% on Thursday.';
    expect(claimsOf([text], '2024-06-05').find((c) => c.text === '3.75%')?.indicator ?? null).toBeNull();
  });
});
