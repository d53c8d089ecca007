import { browser } from 'wxt/browser';
import type { Dataset } from '../dataset/schema';
import { loadBundledDataset } from '../dataset/store';
import { idbDatasetStore } from '../dataset/idb-store';
import { datasetInUse, migrateLegacyDataset } from '../dataset/in-use';
import { onMessage } from '../messages';
import { runRefresh, type RunDeps } from './run';
import { normalizeSettings, PERIOD_MINUTES, refreshSettings, refreshStatus, reportSetAside } from './settings';

export const REFRESH_ALARM = 'claimlens-refresh';

/** An alarm this soon after a finished attempt is skipped ("Refresh now" just ran). */
const MIN_GAP_MS = 30 * 60_000;

/**
 * Wires the opt-in refresh into the background. Call synchronously at the top of the background's
 * main so the listeners exist whenever the service worker wakes. Holds no state in globals: the
 * schedule is a browser alarm (re-created on install and on browser start, since Chrome may drop
 * alarms across restarts) and everything else is in extension storage.
 */
export function registerRefresh(deps: RunDeps = { loadBundled: loadBundledFromExtension }): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void onRefreshAlarm(deps);
  });
  browser.runtime.onInstalled.addListener(() => {
    void dropOutdatedRefresh(deps).finally(() => syncRefreshAlarm());
  });
  browser.runtime.onStartup.addListener(() => void syncRefreshAlarm());
  // The popup changes settings; the background follows (enable, disable, frequency).
  refreshSettings.watch(() => void syncRefreshAlarm());

  onMessage('refreshNow', ({ sender }) => {
    if (!isExtensionPage(sender)) throw new Error('refreshNow is only accepted from extension pages');
    return runRefresh('manual', deps);
  });

  void syncRefreshAlarm();
}

/** Creates, re-times or clears the alarm to match the settings. Idempotent. */
export async function syncRefreshAlarm(now = Date.now()): Promise<void> {
  const settings = normalizeSettings(await refreshSettings.getValue());
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (!settings.enabled) {
    if (existing) await browser.alarms.clear(REFRESH_ALARM);
    return;
  }
  const period = PERIOD_MINUTES[settings.frequency];
  if (existing && existing.periodInMinutes === period) return;
  const last = await refreshStatus.getValue();
  const lastAt = last ? Date.parse(last.at) : NaN;
  // Keep the rhythm of the last attempt; if that is overdue (or never happened), run in a minute.
  const due = Number.isFinite(lastAt) ? lastAt + period * 60_000 : now;
  await browser.alarms.create(REFRESH_ALARM, { when: Math.max(due, now + 60_000), periodInMinutes: period });
}

export async function onRefreshAlarm(deps: RunDeps): Promise<void> {
  const settings = normalizeSettings(await refreshSettings.getValue());
  if (!settings.enabled) {
    await browser.alarms.clear(REFRESH_ALARM);
    return;
  }
  const last = await refreshStatus.getValue();
  const lastAt = last ? Date.parse(last.at) : NaN;
  const now = deps.now?.().getTime() ?? Date.now();
  if (Number.isFinite(lastAt) && now - lastAt < MIN_GAP_MS && last?.result !== 'failed') return;
  await runRefresh('alarm', deps);
}

/**
 * On install and update: moves a dataset an older version kept in storage.local into IndexedDB,
 * forgets the ETags older versions kept, and drops a stored copy the (possibly newer) bundled
 * snapshot replaces or that no longer passes its checks.
 */
async function dropOutdatedRefresh(deps: RunDeps): Promise<void> {
  const store = deps.store ?? idbDatasetStore();
  await migrateLegacyDataset(store);
  await browser.storage.local.remove('refreshValidators');
  const inUse = await datasetInUse({ store, loadBundled: deps.loadBundled, now: deps.now?.() ?? new Date() });
  if (inUse.setAside) await reportSetAside(inUse.setAside, inUse.data.version);
}

function isExtensionPage(sender: { id?: string; url?: string; tab?: unknown } | undefined): boolean {
  if (!sender || sender.id !== browser.runtime.id) return false;
  // Content scripts share the extension id but report the page's URL; extension pages report ours.
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

async function loadBundledFromExtension(): Promise<Dataset> {
  return loadBundledDataset(browser.runtime.getURL('/dataset.json' as '/'));
}
