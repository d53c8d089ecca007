import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';
import { continuesForecast } from './forecast-conjunct';

describe('forecast-conjunct: "sees gold at $5,000 ... and silver at $85" is one forecast', () => {
  it('reads the gap between a forecast and the next figure', () => {
    expect(continuesForecast(' by the end of 2026 and silver at ')).toBe(true);
    expect(continuesForecast(' and the 30-year bond at ')).toBe(true);
    expect(continuesForecast(', while silver closed at ')).toBe(false);
    expect(continuesForecast(' and silver closed at ')).toBe(false);
  });

  it('the second figure of the forecast is not judged as a fact', () => {
    const text =
      'Anders Kwame, head of metals strategy at a bank, sees gold at $5,000 by the end of 2026 and silver at $85.';
    const silver = claimsOf([text], '2026-01-02').find((c) => c.text === '$85');
    expect(silver?.judgement?.verdict ?? 'none').not.toBe('differs');
    expect(silver?.indicator ?? null).toBeNull();
  });
});

describe('forecast-base-verb', () => {
  it('a base-form verb after "and" shares the forecast', () => {
    expect(continuesForecast(' by the third quarter and possibly reach ')).toBe(true);
    expect(continuesForecast(' by spring and then ease back to ')).toBe(true);
    expect(continuesForecast(' and reached ')).toBe(false);
  });

  it('the second figure of the forecast is not marked', () => {
    const text = 'Core inflation is projected to climb toward 3.2% by the autumn and perhaps reach 3.6% by winter.';
    expect(claimsOf([text], '2025-07-16').find((c) => c.text === '3.6%')?.indicator ?? null).toBeNull();
  });
});

describe('forecast-versus', () => {
  it('"lowered to 3.0% vs. 3.1% from September" sets one forecast against the last', () => {
    expect(continuesForecast(' vs. ')).toBe(true);
    const text = 'Officials see core PCE inflation for 2025 at 3.0% vs. 3.1% in September.';
    expect(claimsOf([text], '2025-12-11').find((c) => c.text === '3.1%')?.indicator ?? null).toBeNull();
  });
});

describe('forecast-with', () => {
  it('"expect ... about 190,000 jobs, with the jobless rate holding at 4.0%": the rate is the same forecast', () => {
    expect(continuesForecast(' jobs in June, with the jobless rate holding at ')).toBe(true);
    const text =
      'Forecasters expect U.S. employers to have added about 190,000 jobs in June, with the jobless rate holding at 4.0%.';
    expect(claimsOf([text], '2024-07-03').find((c) => c.text === '4.0%')?.indicator ?? null).toBeNull();
  });
});

describe('forecast-for-elided', () => {
  it('"Its year-end target for the Hang Seng is 26,500; for the KOSPI, 3,400": both are targets', () => {
    const ids = idsOf(
      "The KOSPI closed at 3,210.81. The bank's year-end target for the Hang Seng is 26,800; for the KOSPI, 3,450.",
      '2025-07-21',
    );
    expect(ids['3,450'] ?? '-').toBe('-');
    expect(ids['3,210.81']).toBe('idx.kospi');
  });
});

describe('forecast-list-item', () => {
  it('"a universal tariff of 10% to 20% and 60% on Chinese goods" in campaign proposals: both items are proposals', () => {
    const ids = idsOf(
      'Campaign proposals included a universal tariff of 10% to 20% and 60% on Chinese goods.',
      '2024-11-07',
    );
    expect([ids['10% to 20%'] ?? '-', ids['60%'] ?? '-']).toEqual(['-', '-']);
  });
});

describe('forecast-from-end', () => {
  it('"lowered her year-end forecast for the S&P 500 to 6,600 from 7,400": the old forecast is one too', () => {
    const ids = idsOf(
      'Venables on Friday lowered her year-end forecast for the S&P 500 to 6,600 from 7,400.',
      '2026-03-27',
    );
    expect([ids['6,600'] ?? '-', ids['7,400'] ?? '-']).toEqual(['-', '-']);
  });
});

describe('forecast-down-from', () => {
  it('"pricing about 40 basis points of cuts, down from about 50 basis points" is the same priced quantity', () => {
    const s = 'Swaps price about 40 basis points of Fed cuts this year, down from about 50 basis points a week ago.';
    expect(idsOf(s, '2026-03-06')['50 basis points']).toBe('-');
    expect(continuesForecast(' of Fed cuts this year, down from about ')).toBe(true);
    // A level's own start is no forecast: "toward 4.6%, up from 4.48%".
    expect(continuesForecast(', up from ')).toBe(false);
  });
});

describe('forecast-verb-conjunct', () => {
  it('"expect a gain of 106,000 and see the jobless rate edging up to 4.3%": both are forecasts', () => {
    const ids = idsOf(
      'Economists in our survey expect a gain of 106,000 and see the jobless rate edging up to 4.3%.',
      '2025-07-03',
    );
    expect(ids['4.3%'] ?? '-').toBe('-');
  });
});

describe('forecast-appositive', () => {
  it('"target for the Hang Seng is 25,500, about 8% above Tuesday\'s close": the 8% is the forecast\'s distance', () => {
    const ids = idsOf("Her year-end target for the Hang Seng is 25,500, about 8% above Tuesday's close.", '2025-05-20');
    expect(ids['8%'] ?? '-').toBe('-');
    expect(continuesForecast(', about ')).toBe(true);
    expect(continuesForecast(', and the Hang Seng rose ')).toBe(false);
  });
});
