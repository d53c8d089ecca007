import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('prior-sentence-country: a measure without its economy, after a sentence about another country', () => {
  it('"Canadian retail sales rose ... Retail sales excluding autos fell 0.7%" is not the U.S. figure', () => {
    const ids = idsOf(
      'Canadian retail sales rose 0.8% in March, beating forecasts. Retail sales excluding autos fell 0.7% on the month.',
      '2025-05-23',
    );
    expect(ids['0.7%']).toBe('-');
  });
  it('after a sentence naming no country, the bare measure is still the U.S. one', () => {
    const ids = idsOf(
      'Stocks were mixed on Friday. Retail sales excluding autos fell 0.7% on the month.',
      '2025-05-23',
    );
    expect(ids['0.7%']).toBe('us.retail_sales_mom');
  });
});

describe('last-named-country', () => {
  it('a bare consumer price index after paragraphs about Australia is not the U.S. index', () => {
    const blocks = [
      'The Reserve Bank of Australia kept its cash rate on hold and warned that prices were still rising too fast.',
      'Its governor said the board would watch the next numbers closely before moving.',
      'The consumer price index climbed 3.2 per cent over the year to September.',
    ];
    expect(idsOf(blocks, '2025-11-04')['3.2 per cent']).toBe('-');
  });

  it('on a page that has named the U.S., the bare index stays the U.S. one', () => {
    const blocks = [
      'The S&P 500 rose 1.1% as U.S. Treasury yields eased.',
      'In Sydney, the Reserve Bank of Australia kept its cash rate on hold.',
      'The consumer price index climbed 3.0% over the year to September.',
    ];
    expect(idsOf(blocks, '2025-11-04')['3.0%']).toBe('us.cpi_yoy');
  });
});

describe('statistics-office', () => {
  it('"the Office for National Statistics said" names the U.K.', () => {
    const text =
      'The consumer prices index slowed to 3.0 per cent in January, figures from the Office for National Statistics showed.';
    expect(idsOf(text, '2026-02-18')['3.0 per cent']).toBe('uk.cpi_yoy');
  });
});
