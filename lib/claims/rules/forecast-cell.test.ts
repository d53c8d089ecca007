import { describe, expect, it } from 'vitest';
import { isForecastCell } from './forecast-cell';
import { idsOf } from '../test-engine';

describe('forecast-cell: a cell under a column of expectations is a forecast', () => {
  it('reads "Consensus", "Reuters poll", "Median est." among the headers', () => {
    expect(isForecastCell('CPI y/y · Consensus')).toBe(true);
    expect(isForecastCell('Reuters poll · Q3')).toBe(true);
    expect(isForecastCell('Median est. · GDP')).toBe(true);
  });

  it('not "Previous", "Actual", nor a cell without headers', () => {
    expect(isForecastCell('CPI y/y · Previous')).toBe(false);
    expect(isForecastCell('Actual')).toBe(false);
    expect(isForecastCell(undefined)).toBe(false);
  });

  it('threat-column: "Announced / threatened" or "Proposed" holds rates set out, not in force', () => {
    expect(isForecastCell('U.S. tariffs on partners · Announced / threatened · Japan (most goods)')).toBe(true);
    expect(isForecastCell('Proposed rate · EU')).toBe(true);
    expect(isForecastCell('In force · EU')).toBe(false);
  });
});

describe('desk-call', () => {
  it('a "Desk call" or "Our call" column holds the desk\'s expectation, not a rate in force', () => {
    expect(isForecastCell('Central bank rates · Desk call · Bank of Canada')).toBe(true);
    expect(isForecastCell('Our call · ECB')).toBe(true);
    expect(isForecastCell('Call for June · ECB')).toBe(true);
    expect(isForecastCell('Policy rate · ECB')).toBe(false);
  });
});

describe('named-for-date: a column of rates set out for a day to come', () => {
  it('"Named for Aug. 1", "Due Aug. 1", "Scheduled" are columns of rates not yet in force', () => {
    expect(isForecastCell('U.S. tariff rates on July 14, 2025 · Named for Aug. 1 · European Union')).toBe(true);
    expect(isForecastCell('Tariffs · Due Aug. 1 · Japan')).toBe(true);
    expect(isForecastCell('Tariffs · Scheduled · Japan')).toBe(true);
    expect(isForecastCell('U.S. tariff rates on July 14, 2025 · In force · European Union')).toBe(false);
  });
});

describe('projections-caption', () => {
  it('a cell of a table captioned "ECB staff projections" is a projection, whatever its row', () => {
    const ids = idsOf(
      [
        {
          text: '2.6%',
          context: 'ECB staff projections, March 2026 (December 2025 in brackets) · 2026 · HICP inflation',
        },
      ],
      '2026-03-19',
    );
    expect(ids['2.6%'] ?? '-').toBe('-');
  });
});
