import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { inForecastList } from './forecast-list';

describe("forecast-list: every figure in a forecaster's list is the same projection", () => {
  it('"policymakers now see core PCE at 2.6% next year, with growth of 2.1% and unemployment at 4.5%"', () => {
    const ids = idsOf(
      'Policymakers now see core PCE at 2.6% by the end of 2026, with growth of 2.1% and unemployment at 4.5% in the final quarter.',
      '2026-03-20',
    );
    expect(ids['4.5%']).toBe('-');
  });
  it('a stated fact after the list, with its own verb, is not part of it', () => {
    expect(inForecastList('Officials see two cuts, and the jobless rate was ')).toBe(false);
    expect(
      idsOf('Officials see two cuts ahead, and the jobless rate was 4.4% in February.', '2026-03-20')['4.4%'],
    ).toBe('us.unemployment_rate');
  });

  it('"strategists at <firm> see", "she looks for ..., with unemployment at 4.3%"', () => {
    expect(idsOf('Strategists at Quillon Bank see USD/JPY at 137 by mid-year.', '2025-04-21')['137']).toBe('-');
    const ids = idsOf(
      'She looks for May payrolls of about 130,000 next month, with unemployment edging up to 4.3%.',
      '2025-05-07',
    );
    expect(ids['4.3%']).toBe('-');
  });
});

describe('forecast-list: "economists polled by <agency> had forecast", "forecasts envision"', () => {
  it('the polled forecast is not marked; the release is', () => {
    const ids = idsOf('Economists polled by Newswire had forecast an annual gain of 2.9% for the index.', '2025-09-12');
    expect(ids['2.9%']).toBe('-');
  });
  it('"updated forecasts envision ... unemployment around 4.4%" is a projection', () => {
    expect(
      idsOf(
        'The new forecasts envision joblessness around 4.4% late next year, with output growing a little over 2%.',
        '2025-12-10',
      )['4.4%'],
    ).toBe('-');
  });
});

describe('forecast-lead-in', () => {
  it('short items under "The Summary of Economic Projections ... shows:" are forecasts', () => {
    const ids = idsOf(
      [
        'The Summary of Economic Projections, published with the decision, shows:',
        'Unemployment: 4.5% at the end of this year and 4.4% at the end of 2026.',
      ],
      '2025-09-17',
    );
    expect(ids['4.5%']).toBe('-');
  });
  it('items under a lead-in that names no forecast are read', () => {
    const ids = idsOf(['The figures released on Friday:', 'Unemployment: 4.3% in August.'], '2025-09-17');
    expect(ids['4.3%']).toBe('us.unemployment_rate');
  });
});

describe('projection-label', () => {
  it('"Fed projections at a glance: fed funds 3.9% at end-2025, ...; GDP growth of 1.4% this year": all projections', () => {
    const ids = idsOf(
      'Fed projections at a glance (medians): fed funds 3.9% at end-2025, 3.4% at end-2026 and 3.0% in the longer run; GDP growth of 1.4% this year.',
      '2025-06-18',
    );
    expect([ids['3.9%'] ?? '-', ids['1.4%'] ?? '-']).toEqual(['-', '-']);
  });
  it('an FX site\'s "Outlook:" headline heads facts: "Pound Dips as UK Inflation Jumps to 3.8%"', () => {
    expect(idsOf('GBP/USD Outlook: Pound Dips as UK Inflation Jumps to 3.8%', '2025-09-17')['3.8%']).toBe('uk.cpi_yoy');
  });
  it('a label without projections heads facts: "Closing levels: the S&P 500 at 6,000.36"', () => {
    expect(idsOf('Closing levels: the S&P 500 at 6,000.36.', '2025-06-06')['6,000.36']).toBe('idx.sp500');
  });
});
