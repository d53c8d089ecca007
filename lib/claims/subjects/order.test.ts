import { describe, expect, it } from 'vitest';
import { SUBJECT_STEPS } from './order';

describe('order: the ways a subject is found, in their order', () => {
  it('names in the sentence first, narrowing next, grammar after, fall-backs and "core" last', () => {
    expect(SUBJECT_STEPS.map((s) => s.name)).toEqual([
      'inSentence',
      'cellHeaders',
      'rowOwner',
      'bankRate',
      'tenor',
      'tenorCountry',
      'broader',
      'holder',
      'respectively',
      'sameSubjectChain',
      'itsLevel',
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
