import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../scan/page';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';
import { createEngine } from '../engine';

const engine = createEngine(loadBundledDatasetFromDisk());
const page = (at: string, body: string) =>
  `<html><head><meta property="article:published_time" content="${at}"></head><body><article>${body}</article></body></html>`;

// jp.gdp_growth_qoq 2025-Q3 -0.4 and jp.gdp_growth_annualized 2025-Q3 -1.8, both first printed 2025-11-17 (data/facts.csv).
const table = `<table><caption>Japan real GDP, seasonally adjusted (Cabinet Office)</caption>
<thead><tr><th>Quarter</th><th>q/q</th><th>Annualized</th><th>Vintage</th></tr></thead>
<tbody><tr><td>Jul-Sep 2025</td><td>−0.4%</td><td>−1.8%</td><td>preliminary</td></tr></tbody></table>`;

describe('cell-basis', () => {
  it('a GDP table\'s "Annualized" column names the annualized rate, past a long row of headers', () => {
    const claims = scanHtml(page('2025-11-17T10:00:00+09:00', table), engine, { source: 't' }).claims;
    expect(claims.find((c) => c.text === '−1.8%')).toMatchObject({
      indicator: 'jp.gdp_growth_annualized',
      verdict: 'matches',
    });
    expect(claims.find((c) => c.text === '−0.4%')).toMatchObject({
      indicator: 'jp.gdp_growth_qoq',
      verdict: 'matches',
    });
  });
});
