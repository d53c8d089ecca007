import { staleCategories } from '../lib/refresh/age';
import type { Dataset, Series } from '../lib/dataset/schema';
import { createEngine, type Engine } from '../lib/claims/engine';
import { packClaims } from '../lib/claims/pack';
import { datasetNotice, loadBundledDataset } from '../lib/dataset/store';
import { idbDatasetStore } from '../lib/dataset/idb-store';
import { datasetInUse, migrateLegacyDataset } from '../lib/dataset/in-use';
import { reportSetAside } from '../lib/refresh/settings';
import { isAnalyzeRequest, isOrigin, isVerdictCounts, onMessage, type DatasetInfo } from '../lib/messages';
import { getSettings, updateSettings, watchSettings } from '../lib/settings';
import { registerRefresh } from '../lib/refresh/schedule';
import { ALARM_VERDICTS } from '../lib/claims/verdicts';

/** One registration covers every origin the reader switched on; it runs the same built file. */
interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

const USER_SCRIPT_ID = 'claimlens-user-sites';
const CONTENT_JS = 'content-scripts/content.js';

export default defineBackground(() => {
  let dataset: { data: Dataset; bytes: number; origin: DatasetInfo['origin'] } | null = null;
  // A cache, not state: rebuilt from the dataset whenever the worker wakes without it.
  let engine: Engine | null = null;
  const store = idbDatasetStore();

  /** The dataset in use, read from IndexedDB and checked on every read (lib/dataset/in-use.ts). */
  async function currentDataset() {
    if (dataset) return dataset;
    await migrateLegacyDataset(store);
    const inUse = await datasetInUse({
      store,
      loadBundled: () => loadBundledDataset(browser.runtime.getURL('/dataset.json')),
      now: new Date(),
    });
    if (inUse.setAside) await reportSetAside(inUse.setAside, inUse.data.version);
    dataset = { data: inUse.data, bytes: JSON.stringify(inUse.data).length, origin: inUse.origin };
    engine = inUse.engine ?? null;
    return dataset;
  }

  async function currentEngine(): Promise<Engine> {
    const d = await currentDataset();
    engine ??= createEngine(d.data);
    return engine;
  }

  // Only a signal to read the store again: the store itself is checked on that read.
  datasetNotice.watch(() => {
    dataset = null;
    engine = null;
  });

  // Built as soon as the worker starts, so a page that asks soon after does not wait for the
  // dataset's download and parse; a failure here is met again, and reported, on the first request.
  currentEngine().catch(() => {
    engine = null;
  });

  /** The last SPARK_POINTS points of each claimed indicator's series (daily first), for the card. */
  const SPARK_POINTS = 250;
  function sparkSeries(data: Dataset, ids: Set<string>): Record<string, Series> {
    const out: Record<string, Series> = {};
    for (const s of data.series) {
      if (!ids.has(s.indicator)) continue;
      const held = out[s.indicator];
      if (held && held.frequency === 'daily') continue;
      out[s.indicator] = { ...s, points: s.points.slice(-SPARK_POINTS) };
    }
    return out;
  }

  /** A message from one of our own extension pages (the popup), not from a content script. */
  const fromExtensionPage = (sender: Sender) =>
    sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
  /** A message from our content script in a tab's top frame (its url is the page's, never ours). */
  const fromContentScript = (sender: Sender) =>
    sender.id === browser.runtime.id &&
    sender.tab?.id !== undefined &&
    sender.frameId === 0 &&
    !sender.url?.startsWith(browser.runtime.getURL('/'));

  onMessage('analyzeBlocks', async ({ data, sender }) => {
    if (!fromContentScript(sender)) throw new Error('unexpected sender');
    if (!isAnalyzeRequest(data)) throw new Error('malformed request');
    const eng = await currentEngine();
    const claims = eng
      .analyze(data.blocks, {
        published: data.published,
        ...(data.publishedAt ? { publishedAt: data.publishedAt } : {}),
        ...(data.updatedAt ? { updatedAt: data.updatedAt } : {}),
      })
      .filter((c) => c.indicator);
    return {
      claims: packClaims(claims),
      series: sparkSeries(eng.dataset, new Set(claims.map((c) => c.indicator!.id))),
    };
  });

  onMessage('getDatasetInfo', async ({ sender }) => {
    if (!fromExtensionPage(sender)) throw new Error('unexpected sender');
    const d = await currentDataset();
    return {
      version: d.data.version,
      snapshot: d.data.snapshot,
      indicators: d.data.indicators.length,
      observations: d.data.observations.length,
      bytes: d.bytes,
      origin: d.origin,
      stale: staleCategories(d.data, new Date().toISOString().slice(0, 10)),
    } satisfies DatasetInfo;
  });

  onMessage('useBundledDataset', async ({ sender }) => {
    if (!fromExtensionPage(sender)) throw new Error('unexpected sender');
    await store.clear();
    dataset = null;
    engine = null;
    const bundled = await currentDataset();
    await datasetNotice.setValue({ origin: 'bundled', version: bundled.data.version, at: new Date().toISOString() });
    return { version: bundled.data.version };
  });

  onMessage('reportCounts', async ({ sender, data }) => {
    if (!fromContentScript(sender)) return;
    if (!data || typeof data !== 'object' || !isVerdictCounts(data.counts)) return;
    const shown = Number.isInteger(data.shown) && data.shown >= 0 ? data.shown : 0;
    const tabId = sender.tab!.id!;
    const issues = [...ALARM_VERDICTS].reduce((n, v) => n + data.counts[v], 0);
    await browser.action.setBadgeText({ tabId, text: shown ? String(Math.min(shown, 999)) : '' });
    // Red when something on the page differs or contradicts itself, grey otherwise.
    await browser.action.setBadgeBackgroundColor({ tabId, color: issues ? '#cf222e' : '#57606a' });
  });

  async function syncRegistration(origins: string[]) {
    const granted: string[] = [];
    for (const o of origins) {
      if (await browser.permissions.contains({ origins: [`${o}/*`] })) granted.push(o);
    }
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SCRIPT_ID] });
    if (!granted.length) {
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [USER_SCRIPT_ID] });
      return;
    }
    const script = {
      id: USER_SCRIPT_ID,
      matches: granted.map((o) => `${o}/*`),
      js: [CONTENT_JS],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    if (existing.length) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
  }

  onMessage('enableSite', async ({ sender, data }) => {
    if (!fromExtensionPage(sender) || !isOrigin(data?.origin)) return { ok: false, error: 'bad request' };
    const origin = data.origin;
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) {
      return { ok: false, error: 'permission not granted' };
    }
    const host = new URL(origin).hostname.replace(/^www\./, '');
    const next = await updateSettings((s) => ({
      ...s,
      userSites: s.userSites.includes(origin) ? s.userSites : [...s.userSites, origin],
      disabledSites: s.disabledSites.filter((d) => d !== host),
    }));
    await syncRegistration(next.userSites);
    // The open tab gets the script now rather than on its next load.
    if (typeof data.tabId === 'number') {
      try {
        const tab = await browser.tabs.get(data.tabId);
        if (tab.url && new URL(tab.url).origin === origin) {
          await browser.scripting.executeScript({
            target: { tabId: data.tabId },
            files: ['/content-scripts/content.js'],
          });
        }
      } catch (err) {
        return { ok: true, error: `registered; could not inject into the open tab: ${String(err)}` };
      }
    }
    return { ok: true };
  });

  onMessage('disableSite', async ({ sender, data }) => {
    if (!fromExtensionPage(sender) || !isOrigin(data?.origin)) return { ok: false };
    const next = await updateSettings((s) => ({ ...s, userSites: s.userSites.filter((o) => o !== data.origin) }));
    await syncRegistration(next.userSites);
    await browser.permissions.remove({ origins: [`${data.origin}/*`] }).catch(() => false);
    return { ok: true };
  });

  // A permission withdrawn in the browser's own settings switches the site off here too.
  browser.permissions.onRemoved.addListener(async ({ origins }) => {
    if (!origins?.length) return;
    const gone = new Set(origins.map((o) => o.replace(/\/\*$/, '')));
    const next = await updateSettings((s) => ({ ...s, userSites: s.userSites.filter((o) => !gone.has(o)) }));
    await syncRegistration(next.userSites);
  });

  watchSettings((s) => void syncRegistration(s.userSites).catch(() => {}));
  void getSettings()
    .then((s) => syncRegistration(s.userSites))
    .catch(() => {});

  registerRefresh();
});
