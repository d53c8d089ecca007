import { describe, expect, it } from 'vitest';
import { FORECAST_VERBS } from './forecast-verbs';

const verb = new RegExp(`^(?:${FORECAST_VERBS})$`);

describe('lexicon: forecast verbs', () => {
  it('covers the tenses a forecast is written in', () => {
    for (const w of ['expects', 'expected', 'forecast', 'projected', 'predicts', 'anticipates', 'sees']) {
      expect(verb.test(w), w).toBe(true);
    }
  });
  it('holds no word that reports an outcome', () => {
    for (const w of ['rose', 'reported', 'beat', 'estimate']) expect(verb.test(w), w).toBe(false);
  });
});
