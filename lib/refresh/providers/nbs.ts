import { RefreshError } from '../fetch';
import type { Provider } from '../types';
import { tableAfter } from './html-table';
import { pageText } from './page-text';
import { shapeSeries, type Point, type SeriesSpec } from './shape';

/**
 * National Bureau of Statistics of China, English press releases (keyless HTML, GET only; the
 * NBS data platform's queries are POSTs, so the published release is read instead):
 *   GET https://www.stats.gov.cn/english/PressRelease/            (newest releases)
 *   GET https://www.stats.gov.cn/english/PressRelease/index_1.html (then older pages, index_2.html, …)
 *   → HTML whose `<ul class="list">` links each release (`<a href="./YYYYMM/tYYYYMMDD_N.html"
 *     title="…">`, the link text sometimes numbered "24.").
 *   GET the newest release titled "Preliminary Accounting Results of GDP for the … of YYYY"
 *   → HTML with `<meta name="PubDate" content="YYYY/MM/DD HH:MM">` and, after the caption
 *     "Table 2 Year-on-Year Growth Rate of GDP", a table: a "Unit: %" row, a header row
 *     "Year | Q1 | Q2 | Q3 | Q4", then one row per year, quarters not yet published left blank.
 * Each quarter's figure is real GDP growth on the same quarter a year earlier, as the latest
 * release states it (so earlier quarters carry NBS's latest revision). Releases and list pages are
 * only followed on the bureau's own host.
 */
const NBS_HOST = 'www.stats.gov.cn';
const LIST_URL = `https://${NBS_HOST}/english/PressRelease/`;
/** The GDP release drops to the second list page about two months after it appears. */
const LIST_PAGES = [LIST_URL, `${LIST_URL}index_1.html`, `${LIST_URL}index_2.html`];
const RELEASE_PATH = /^\/english\/PressRelease\/\d{6}\/t(\d{8})_\d+\.html$/;
const GDP_TITLE = /^Preliminary Accounting Results of GDP for the .+ of \d{4}$/i;
const YOY_CAPTION = 'Year-on-Year Growth Rate of GDP';

const SPEC: Omit<SeriesSpec, 'source'> = {
  indicator: 'cn.gdp_growth_yoy',
  unit: 'percent',
  shape: 'quarterly',
  note: 'real GDP, % on the same quarter a year earlier, from the table "Year-on-Year Growth Rate of GDP" in the latest release',
};

export interface ReleaseLink {
  url: string;
  title: string;
  /** YYYYMMDD from the release's file name, the day it was published. */
  day: string;
}

/** The release links on one list page, as production https URLs on the bureau's host. */
export function parseReleaseList(html: string, pageUrl: string): ReleaseLink[] {
  const links: ReleaseLink[] = [];
  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[1]!)?.[1];
    if (!href) continue;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    const day = RELEASE_PATH.exec(url.pathname)?.[1];
    if (url.host !== NBS_HOST || !day) continue;
    const titleAttr = /\btitle\s*=\s*"([^"]*)"/i.exec(m[1]!)?.[1];
    const title = pageText(titleAttr ?? m[2]!).replace(/^\d+\.\s*/, '');
    links.push({ url: `https://${NBS_HOST}${url.pathname}`, title, day });
  }
  return links;
}

/** The newest GDP accounting release among `links`, or null. */
export function newestGdpRelease(links: ReleaseLink[]): ReleaseLink | null {
  const gdp = links.filter((l) => GDP_TITLE.test(l.title)).sort((a, b) => b.day.localeCompare(a.day));
  return gdp[0] ?? null;
}

/** [first day of the quarter, rate] for every published cell of the year-on-year table, oldest first. */
export function parseGdpYoyTable(html: string): Point[] {
  const rows = tableAfter(html, YOY_CAPTION);
  if (!rows) throw new RefreshError(`NBS GDP release: no table after the caption "${YOY_CAPTION}"`);
  if (!rows.some((r) => r.some((c) => /^Unit: ?%$/i.test(c))))
    throw new RefreshError('NBS GDP release: the year-on-year table no longer says "Unit: %"');
  const head = rows.findIndex((r) => r[0] === 'Year');
  const quarters = head < 0 ? [] : rows[head]!.slice(1).map((c) => /^Q([1-4])$/.exec(c)?.[1]);
  if (quarters.length === 0 || quarters.some((q) => q === undefined))
    throw new RefreshError('NBS GDP release: the year-on-year table has no "Year | Q1 | … | Q4" header row');
  const points: Point[] = [];
  for (const row of rows.slice(head + 1)) {
    if (!/^\d{4}$/.test(row[0] ?? '')) continue;
    row.slice(1).forEach((cell, i) => {
      if (cell === '' || i >= quarters.length) return;
      if (!/^-?\d+(?:\.\d+)?$/.test(cell))
        throw new RefreshError(`NBS GDP release: "${cell.slice(0, 20)}" for ${row[0]} Q${quarters[i]} is not a rate`);
      const month = String((Number(quarters[i]) - 1) * 3 + 1).padStart(2, '0');
      points.push([`${row[0]}-${month}-01`, Number(cell)]);
    });
  }
  if (points.length === 0) throw new RefreshError('NBS GDP release: the year-on-year table has no figures');
  return points.sort((a, b) => a[0].localeCompare(b[0]));
}

/** YYYY-MM-DD from `<meta name="PubDate" content="2026/04/16 10:00">`, or null. */
export function pubDate(html: string): string | null {
  const tag = /<meta\b[^>]*\bname\s*=\s*"PubDate"[^>]*>/i.exec(html)?.[0];
  const m = tag && /\bcontent\s*=\s*"(\d{4})\/(\d{2})\/(\d{2})\b/.exec(tag);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export const nbsProvider: Provider = {
  id: 'nbs',
  label: 'National Bureau of Statistics of China press releases (GDP growth)',
  indicators: [SPEC.indicator],
  // Older list pages and the releases are on the same host, so the first page's origin covers them.
  urls: () => [LIST_URL],
  async fetch(ctx) {
    let release: ReleaseLink | null = null;
    for (const page of LIST_PAGES) {
      const res = await ctx.get(ctx.resolve(page), 'text/html');
      if (res.status === 304) return { observations: [], unchanged: true };
      const links = parseReleaseList(res.text, page);
      if (links.length === 0) throw new RefreshError(`NBS: ${page} is not a press-release list (no release links)`);
      release = newestGdpRelease(links);
      if (release) break;
    }
    if (!release)
      throw new RefreshError(
        `NBS: no "Preliminary Accounting Results of GDP" release on the first ${LIST_PAGES.length} list pages`,
      );
    const res = await ctx.get(ctx.resolve(release.url), 'text/html');
    if (res.status === 304) return { observations: [], unchanged: true };
    const points = parseGdpYoyTable(res.text);
    const asOf = pubDate(res.text) ?? ctx.now.toISOString().slice(0, 10);
    const source = { name: `National Bureau of Statistics of China, ${release.title}`, url: release.url };
    return { observations: shapeSeries('NBS', { ...SPEC, source }, points, asOf), unchanged: false };
  },
};
