import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../scan/page';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';
import { createEngine } from '../engine';

const engine = createEngine(loadBundledDatasetFromDisk());
const verdictOf = (column: string, cell: string) =>
  scanHtml(
    `<html><head><meta property="article:published_time" content="2026-07-31T18:00:00-04:00"></head><body><article><table><caption>July in numbers</caption><tr><th></th><th>${column}</th></tr><tr><th>Brent spot</th><td>${cell}</td></tr></table></article></body></html>`,
    engine,
    { source: 't' },
  ).claims.find((c) => c.text === cell)?.verdict;

// Stored Brent spot: +5.48% on 2026-07-31 over the day, +37.6% over July.
describe('day-column', () => {
  it('"July in numbers · Day · Brent spot · +5.48%" is the last session\'s move, not July\'s', () => {
    expect(verdictOf('Day', '+5.48%')).toBe('matches');
  });
  it('a "Month" column keeps the caption\'s month', () => {
    expect(verdictOf('Month', '+5.48%')).toBe('differs');
  });
});
