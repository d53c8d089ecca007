import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../scan/page';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';
import { createEngine } from '../engine';

const engine = createEngine(loadBundledDatasetFromDisk());
const page = (at: string, body: string) =>
  `<html><head><meta property="article:published_time" content="${at}"></head><body><article>${body}</article></body></html>`;
const verdictOf = (html: string, text: string) =>
  scanHtml(html, engine, { source: 't' }).claims.find((c) => c.text === text)?.verdict;

describe('overnight-session', () => {
  // Stored S&P 500 closes: 6,699.40 (22 Oct 2025), 6,738.44 (23 Oct, +0.58%), 6,791.69 (24 Oct, +0.79%).
  const at = '2025-10-24T18:20:00+09:00'; // 05:20 in New York: the 24 October session has not traded.
  it('"overnight in New York" in a Tokyo evening story is the session before', () => {
    expect(
      verdictOf(page(at, '<p>Overnight in New York, the S&amp;P 500 added 0.58 percent.</p>'), '0.58 percent'),
    ).toBe('matches');
    expect(
      verdictOf(page(at, '<p>Overnight in New York, the S&amp;P 500 added 0.85 percent.</p>'), '0.85 percent'),
    ).toBe('differs');
  });
});

describe('first-release-named', () => {
  // UK holdings for October 2025: first printed 877.9bn (18 Dec 2025), later revised to 875.4bn.
  it('a table of first releases is judged against the first print', () => {
    const html = page(
      '2026-01-15T16:30:00-05:00',
      '<table><caption>Foreign holders of U.S. Treasuries (TIC, first release)</caption><tr><th>Holder</th><th>Oct 2025</th></tr><tr><th>United Kingdom</th><td>$877.9bn</td></tr></table>',
    );
    expect(verdictOf(html, '$877.9bn')).toBe('matches');
  });
});
