import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FetchResult } from '../fetch';
import type { ProviderContext } from '../types';
import { newestGdpRelease, nbsProvider, parseGdpYoyTable, parseReleaseList, pubDate } from './nbs';

const payload = (name: string) => readFileSync(`tests/refresh/payloads/${name}`, 'utf8');
const LIST = 'https://www.stats.gov.cn/english/PressRelease/';

describe('parseReleaseList', () => {
  it('reads relative links and titles, dropping the list ordinal', () => {
    const links = parseReleaseList(payload('nbs-pressrelease-list.htm'), LIST);
    expect(links).toHaveLength(4);
    expect(links[1]).toEqual({
      url: 'https://www.stats.gov.cn/english/PressRelease/202604/t20260416_1963390.html',
      title: 'Preliminary Accounting Results of GDP for the First Quarter of 2026',
      day: '20260416',
    });
  });
  it('takes the link text when there is no title attribute', () => {
    const html = '<ul class="list"><li><a href="./202607/t20260717_1.html">24.Some release</a></li></ul>';
    expect(parseReleaseList(html, LIST)[0]?.title).toBe('Some release');
  });
  it('ignores links off the bureau host and pages that are not releases', () => {
    const html =
      '<a href="https://example.org/english/PressRelease/202604/t20260416_1.html">x</a>' +
      '<a href="https://www.stats.gov.cn/english/PressRelease/ReleaseCalendar/">y</a>' +
      '<a href="/english/PressRelease/202604/t20260416_2.html">z</a>';
    expect(parseReleaseList(html, LIST).map((l) => l.url)).toEqual([
      'https://www.stats.gov.cn/english/PressRelease/202604/t20260416_2.html',
    ]);
  });
});

describe('newestGdpRelease', () => {
  it('picks the newest GDP accounting release and nothing else', () => {
    const links = parseReleaseList(payload('nbs-pressrelease-list.htm'), LIST);
    expect(newestGdpRelease(links)?.day).toBe('20260416');
    expect(newestGdpRelease(links.slice(3))?.day).toBe('20260119');
    expect(newestGdpRelease(links.filter((l) => !l.title.startsWith('Preliminary')))).toBeNull();
  });
});

describe('parseGdpYoyTable', () => {
  it('reads every published quarter of the year-on-year table, not table 1 or table 3', () => {
    expect(parseGdpYoyTable(payload('nbs-gdp-2026q1.htm'))).toEqual([
      ['2025-10-01', 4.5],
      ['2026-01-01', 5],
    ]);
  });
  it('refuses a table without its unit or its Year | Qn header', () => {
    const page = payload('nbs-gdp-2026q1.htm');
    expect(() =>
      parseGdpYoyTable(
        page.replace(
          '<td colspan="5">Unit: %</td></tr>\n<tr><td>Year</td><td>Q1',
          '<td colspan="5"></td></tr>\n<tr><td>Year</td><td>Q1',
        ),
      ),
    ).toThrow(/Unit: %/);
    expect(() =>
      parseGdpYoyTable(page.replace('<td>Year</td><td>Q1</td><td>Q2</td>', '<td>Year</td><td>Jan-Mar</td><td>Q2</td>')),
    ).toThrow(/header row/);
  });
  it('refuses a cell that is not a rate rather than skipping it', () => {
    const page = payload('nbs-gdp-2026q1.htm').replace('<td>2026</td><td>5.0</td>', '<td>2026</td><td>5,0</td>');
    expect(() => parseGdpYoyTable(page)).toThrow(/"5,0" for 2026 Q1 is not a rate/);
  });
});

describe('pubDate', () => {
  it('reads the day of the PubDate meta tag', () => {
    expect(pubDate(payload('nbs-gdp-2026q1.htm'))).toBe('2026-04-16');
    expect(pubDate('<meta name="ArticleTitle" content="2026/04/16 10:00">')).toBeNull();
  });
});

describe('nbsProvider', () => {
  const ctx = (pages: Record<string, string>): ProviderContext & { asked: string[] } => {
    const asked: string[] = [];
    return {
      asked,
      now: new Date('2026-08-24T12:00:00Z'),
      resolve: (u) => u,
      get: async (url): Promise<FetchResult> => {
        asked.push(url);
        const text = pages[url];
        if (text === undefined) throw new Error(`unexpected ${url}`);
        return { status: 200, url, text, validators: {}, date: null };
      },
    };
  };
  const release = 'https://www.stats.gov.cn/english/PressRelease/202604/t20260416_1963390.html';

  it('reads the second list page when the first has no GDP release, and dates figures by the release', async () => {
    const c = ctx({
      [LIST]:
        '<ul class="list"><li><a href="./202608/t20260815_1.html" title="Energy Production">1.Energy</a></li></ul>',
      [`${LIST}index_1.html`]: payload('nbs-pressrelease-list.htm'),
      [release]: payload('nbs-gdp-2026q1.htm'),
    });
    const out = await nbsProvider.fetch(c);
    expect(c.asked).toEqual([LIST, `${LIST}index_1.html`, release]);
    expect(out.observations.map((o) => [o.period, o.value, o.as_of])).toEqual([
      ['2025-Q4', 4.5, '2026-04-16'],
      ['2026-Q1', 5, '2026-04-16'],
    ]);
    expect(out.observations[0]?.source).toEqual({
      name: 'National Bureau of Statistics of China, Preliminary Accounting Results of GDP for the First Quarter of 2026',
      url: release,
    });
  });

  it('names the list pages when none holds a GDP release', async () => {
    const none =
      '<ul class="list"><li><a href="./202608/t20260815_1.html" title="Energy Production">1.Energy</a></li></ul>';
    const c = ctx({ [LIST]: none, [`${LIST}index_1.html`]: none, [`${LIST}index_2.html`]: none });
    await expect(nbsProvider.fetch(c)).rejects.toThrow(
      /no "Preliminary Accounting Results of GDP" release on the first 3 list pages/,
    );
  });
});
