import { describe, expect, it } from 'vitest';
import { isReaderNote, publisherLink } from './source';

describe('publisherLink: https publisher pages only', () => {
  it('keeps an https publisher page with its name', () => {
    expect(
      publisherLink({
        name: 'U.S. Treasury',
        url: 'https://ticdata.treasury.gov/resource-center/data-chart-center/tic/Documents/slt_table5.html',
      }),
    ).toEqual({
      name: 'U.S. Treasury',
      href: 'https://ticdata.treasury.gov/resource-center/data-chart-center/tic/Documents/slt_table5.html',
    });
  });
  it('drops http, code hosts, wikis and blogs', () => {
    for (const url of [
      'http://www.federalreserve.gov/x',
      'https://github.com/someone/repo/blob/main/data.csv',
      'https://ralphhightower.github.io/fomc',
      'https://raw.githubusercontent.com/a/b/c.csv',
      'https://en.wikipedia.org/wiki/Nikkei_225',
      'https://climateerinvest.blogspot.com/2025/05/x.html',
      'https://blinkfeed.blog/post',
      'https://example.com/blog/2025/rates',
      'not a url',
    ])
      expect(publisherLink({ name: 'X', url }), url).toBeNull();
  });
});

describe('isReaderNote: curation notes never reach the reader', () => {
  it('keeps notes about the figure', () => {
    for (const n of [
      'first preliminary',
      'close; record',
      'cut 25bp; range 4.00%-4.25%',
      'euro area, seasonally adjusted',
    ])
      expect(isReaderNote(n), n).toBe(true);
  });
  it('drops repository paths, commit hashes and remarks about the copy', () => {
    for (const n of [
      'rows after 2025-07-11 from wygong-0525/ERP-Journal-Risk-Analytics data/raw/DEXJPUS.csv @ e6ecb47d; see data/series/SOURCES.md',
      "first release of the February figure (the page misprints it as '$1,125.9 trillion')",
      'branch automation/public-data',
      'one row per calendar day; rows after 2026-06-05 from data/fred/fred_cache.json @ f6b08eb2',
      '',
    ])
      expect(isReaderNote(n), n).toBe(false);
  });
});
