import { describe, expect, it } from 'vitest';
import { FORECAST_VERBS } from './forecast-verbs';
import { claimsOf } from '../test-engine';

const verb = new RegExp(`^(?:${FORECAST_VERBS})$`);

describe('lexicon: forecast verbs', () => {
  it('covers the tenses a forecast is written in', () => {
    for (const w of [
      'expects',
      'expected',
      'forecast',
      'projected',
      'predicts',
      'anticipates',
      'anticipated',
      'sees',
      // "with J.P. Morgan projecting 0.3% annual GDP growth from the agreement"
      'projecting',
    ]) {
      expect(verb.test(w), w).toBe(true);
    }
  });
  it('holds no word that reports an outcome', () => {
    for (const w of ['rose', 'reported', 'beat', 'estimate']) expect(verb.test(w), w).toBe(false);
  });
  it('anticipated: "markets widely anticipated a 0.25% interest rate cut" is no decision', () => {
    const [c] = claimsOf(['Traders had anticipated a 0.25% rate cut from the Federal Reserve.'], '2025-10-29');
    expect(c?.indicator ?? null).toBeNull();
  });
});
