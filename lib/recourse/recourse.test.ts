import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SAMPLE_CLAIMS } from '../../tests/helpers/sample-claims';
import { getSettings, isActiveOn } from '../settings';
import { hideMark, hiddenKey, hiddenOn, unhideMark } from './hidden';
import { clearReports, listReports, reportWrongMatch, reportsAsText, removeReport } from './reports';
import { turnSiteOff } from './site-off';

beforeEach(() => fakeBrowser.reset());

const PAGE = 'https://www.ainvest.com/news/story-1#section-2';

describe('reportWrongMatch: reports are kept locally with the claim, verdict and page', () => {
  it('stores the claim, the verdict, the official figure and the page without its fragment', async () => {
    await reportWrongMatch(SAMPLE_CLAIMS.differs, PAGE, new Date('2026-12-03T10:00:00Z'));
    const [r] = await listReports();
    expect(r).toMatchObject({
      page: 'https://www.ainvest.com/news/story-1',
      verdict: 'differs',
      at: '2026-12-03T10:00:00.000Z',
      claim: { text: '3.6%', value: 3.6, indicator: { id: 'ex.inflation' } },
      official: { period: '2025-03', value: 3.2, source: 'Example Statistics Office' },
    });
  });
  it('copies as text with formatted figures', async () => {
    await reportWrongMatch(SAMPLE_CLAIMS.differs, PAGE);
    const text = reportsAsText(await listReports());
    expect(text).toContain('Page: https://www.ainvest.com/news/story-1');
    expect(text).toContain('Verdict: Differs');
    expect(text).toContain('Official figure: 3.2% for Mar 2025 (Example Statistics Office)');
  });
  it('removes one report or all', async () => {
    const a = await reportWrongMatch(SAMPLE_CLAIMS.differs, PAGE);
    await reportWrongMatch(SAMPLE_CLAIMS.matches, PAGE);
    await removeReport(a.id);
    expect((await listReports()).map((r) => r.verdict)).toEqual(['matches']);
    await clearReports();
    expect(await listReports()).toEqual([]);
  });
  it('drops malformed stored reports instead of failing', async () => {
    await fakeBrowser.storage.local.set({ wrongMatchReports: [{ id: 1 }, null, 'x'] });
    expect(await listReports()).toEqual([]);
  });
});

describe('hideMark: hidden marks persist per page and can be undone', () => {
  const key = hiddenKey('ex.inflation', '3.6%', 'Inflation ran at 3.6%.');
  it('hides on this page only, and survives a reload (a fresh read)', async () => {
    await hideMark(PAGE, key);
    expect((await hiddenOn('https://www.ainvest.com/news/story-1')).has(key)).toBe(true);
    expect((await hiddenOn('https://www.ainvest.com/news/story-2')).has(key)).toBe(false);
  });
  it('undo brings the mark back', async () => {
    await hideMark(PAGE, key);
    await unhideMark(PAGE, key);
    expect((await hiddenOn(PAGE)).size).toBe(0);
  });
});

describe('turnSiteOff: switches the site off, and undo switches it back', () => {
  const loc = { hostname: 'www.ainvest.com', origin: 'https://www.ainvest.com' };
  it('off, then undone', async () => {
    expect(isActiveOn(await getSettings(), loc)).toBe(true);
    const undo = await turnSiteOff('www.ainvest.com');
    expect(isActiveOn(await getSettings(), loc)).toBe(false);
    await undo();
    expect(isActiveOn(await getSettings(), loc)).toBe(true);
  });
  it('undo leaves a site off that was already off', async () => {
    const first = await turnSiteOff('www.ainvest.com');
    void first;
    const undo = await turnSiteOff('ainvest.com');
    await undo();
    expect(isActiveOn(await getSettings(), loc)).toBe(false);
  });
});
