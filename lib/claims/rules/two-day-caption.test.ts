import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../scan/page';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';
import { createEngine } from '../engine';

const engine = createEngine(loadBundledDatasetFromDisk());
const page = (body: string) =>
  `<html><head><meta property="article:published_time" content="2024-08-05T06:30:00-04:00"></head><body><article>${body}</article></body></html>`;
const verdictOf = (caption: string, cell: string) =>
  scanHtml(
    page(
      `<table><caption>${caption}</caption><tr><th></th><th>Close</th></tr><tr><th>Nikkei 225</th><td>${cell}</td></tr></table>`,
    ),
    engine,
    { source: 't' },
  ).claims.find((c) => c.text === cell)?.verdict;

// Stored Nikkei 225: 35,909.70 on Friday 2024-08-02, 31,458.42 on Monday 2024-08-05.
describe('two-day-caption', () => {
  it('"Latest closes (Asia Monday, U.S. and commodities Friday)": the caption dates no cell', () => {
    expect(verdictOf('Latest closes (Asia Monday, U.S. and commodities Friday)', '31,458.42')).toBe('matches');
    expect(verdictOf('Latest closes (Asia: Monday; U.S. and commodities: Friday)', '31,458.42')).toBe('matches');
  });
  it('a caption with one day still dates its cells', () => {
    expect(verdictOf('Closes on Friday', '31,458.42')).toBe('differs');
  });
  it('a comparison ("Friday vs. Monday") keeps its days', () => {
    expect(verdictOf('Closes, Monday vs. Friday: Friday', '31,458.42')).toBe('differs');
  });
});
