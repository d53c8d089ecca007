import { browser } from 'wxt/browser';
import type { Dataset } from '../dataset/schema';
import { datasetNotice } from '../dataset/store';
import { idbDatasetStore, isQuotaError, type DatasetStore } from '../dataset/idb-store';
import { datasetInUse } from '../dataset/in-use';
import { guardInstall } from '../dataset/install-guard';
import {
  fetchWithLimits,
  formatBytes,
  RefreshError,
  type BodyEncoding,
  type FetchLimits,
  type FetchResult,
} from './fetch';
import { mergeObservations, nextVersion } from './merge';
import { PROVIDERS } from './providers';
import { readPublishedDataset } from './providers/dataset-url';
import { normalizeSettings, refreshSettings, refreshStatus, type RefreshStatus, type SourceReport } from './settings';
import { enabledProviders } from './sources';
import { originPattern, REFRESH_BASE, resolveSourceUrl } from './config';
import { datasetFetchUrl } from './published';
import { checkPublishedManifest } from './manifest-check';

export interface RunDeps {
  /** The dataset shipped in the extension (public/dataset.json). */
  loadBundled(): Promise<Dataset>;
  now?: () => Date;
  limits?: Partial<FetchLimits>;
  /** Test-build base URL; defaults to the build's REFRESH_BASE. */
  base?: string;
  /** http://127.0.0.1 allowed; defaults to true only when a base is set (test builds). */
  allowHttpLoopback?: boolean;
  /** Whether the extension holds these host permissions; defaults to browser.permissions.contains. */
  hasPermission?(origins: string[]): Promise<boolean>;
  fetchImpl?: typeof fetch;
  /** Where the refreshed dataset is kept; IndexedDB on the extension's origin by default. */
  store?: DatasetStore;
}

/** Longest reason or source detail kept for the popup: server text (status lines, errors) is cut to fit. */
export const MAX_REASON_CHARS = 400;
const MAX_DETAIL_CHARS = 200;

function bounded(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export type Trigger = RefreshStatus['trigger'];

/**
 * One refresh attempt: fetch every enabled source, check the result with the install guard, and
 * swap it into the dataset store (IndexedDB) with a single write. Whatever fails, the dataset already held stays in
 * place, and the attempt's outcome is written to `refreshStatus` with a readable reason.
 * Concurrent attempts (an alarm while "Refresh now" runs) are serialised with a Web Lock.
 */
export async function runRefresh(trigger: Trigger, deps: RunDeps): Promise<RefreshStatus> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request('claimlens-refresh', () => attempt(trigger, deps));
  return attempt(trigger, deps);
}

async function attempt(trigger: Trigger, deps: RunDeps): Promise<RefreshStatus> {
  const now = deps.now?.() ?? new Date();
  let status: RefreshStatus;
  try {
    status = await refreshFromSources(trigger, deps, now);
  } catch (err) {
    // A bug or a storage failure: still leave the held dataset alone and say what happened.
    status = {
      at: new Date().toISOString(),
      trigger,
      result: 'failed',
      reason: bounded(`Refresh failed: ${(err as Error)?.message ?? String(err)}`, MAX_REASON_CHARS),
      version: null,
      sources: [],
    };
  }
  await refreshStatus.setValue(status);
  return status;
}

async function refreshFromSources(trigger: Trigger, deps: RunDeps, now: Date): Promise<RefreshStatus> {
  const settings = normalizeSettings(await refreshSettings.getValue());
  const today = now.toISOString().slice(0, 10);
  const base = deps.base ?? REFRESH_BASE;
  const allowHttpLoopback = deps.allowHttpLoopback ?? base !== '';
  const hasPermission = deps.hasPermission ?? defaultHasPermission;

  const store = deps.store ?? idbDatasetStore();
  const inUse = await datasetInUse({ store, loadBundled: deps.loadBundled, now });
  const held = inUse.data;
  if (inUse.setAside) await datasetNotice.setValue({ origin: 'bundled', version: held.version, at: now.toISOString() });
  const reports: SourceReport[] = [];
  // A stored copy set aside on this read is said first, whatever the attempt then does.
  const aside = inUse.setAside ? `${inUse.setAside} ` : '';
  const finish = (result: RefreshStatus['result'], reason: string, version: string | null): RefreshStatus => ({
    at: new Date().toISOString(),
    trigger,
    result,
    reason: bounded(aside + reason, MAX_REASON_CHARS),
    version,
    sources: reports.map((r) => ({ ...r, detail: bounded(r.detail, MAX_DETAIL_CHARS) })),
  });

  const providers = enabledProviders(settings);
  if (!settings.datasetUrl && providers.length === 0) {
    return finish('failed', 'No source is switched on.', held.version);
  }

  // No conditional headers: an ETag or Last-Modified sent back would let a host recognise this install.
  const get = async (url: string, accept?: string, encoding?: BodyEncoding): Promise<FetchResult> => {
    const origin = originPattern(url);
    if (!(await hasPermission([origin]))) {
      throw new RefreshError(
        `no permission for ${origin.replace('/*', '')}; switch refreshing off and on again to grant it`,
      );
    }
    return fetchWithLimits(url, { ...deps.limits, accept, encoding, allowHttpLoopback, fetchImpl: deps.fetchImpl });
  };

  let working = held;
  let fromUrl = false;
  if (settings.datasetUrl) {
    try {
      const url = datasetFetchUrl(settings.datasetUrl, base);
      const res = await get(url, 'application/json');
      // The published file must match its manifest's SHA-256 (lib/refresh/manifest.ts).
      await checkPublishedManifest(res, url, get);
      const out = readPublishedDataset(res, held);
      if (out.kind === 'newer') {
        working = out.dataset;
        fromUrl = true;
        reports.push({ id: 'dataset-url', ok: true, detail: `version ${out.dataset.version}` });
      } else {
        reports.push({ id: 'dataset-url', ok: true, detail: 'no newer version' });
      }
    } catch (err) {
      reports.push({ id: 'dataset-url', ok: false, detail: reasonOf(err) });
    }
  }

  // Versions count from the dataset the providers' figures are added to.
  const baseVersion = working.version;
  let figures = 0;
  const perProvider: string[] = [];
  for (const id of providers) {
    const provider = PROVIDERS[id];
    try {
      const outcome = await provider.fetch({
        now,
        get,
        resolve: (u) => resolveSourceUrl(u, base),
        fredApiKey: settings.fredApiKey || undefined,
      });
      if (outcome.unchanged) {
        reports.push({ id, ok: true, detail: 'not modified since the last refresh' });
        continue;
      }
      if (outcome.observations.length === 0) {
        reports.push({ id, ok: true, detail: 'no figures published yet' });
        continue;
      }
      const merged = mergeObservations(working, outcome.observations, today);
      const taken = merged.added + merged.replaced;
      if (merged.rejected.length > 0 && taken === 0) {
        reports.push({ id, ok: false, detail: `figures rejected: ${merged.rejected.slice(0, 3).join('; ')}` });
        continue;
      }
      working = merged.dataset;
      figures += taken;
      if (taken > 0) perProvider.push(`${provider.label.split(' (')[0]} ${taken}`);
      const extra = merged.rejected.length ? `; ${merged.rejected.length} rejected: ${merged.rejected[0]}` : '';
      // Series a provider could not read (outcome.problems) mark it failed without losing the rest.
      const unread = outcome.problems?.length ? `; ${outcome.problems.length} not read: ${outcome.problems[0]}` : '';
      const clean = merged.rejected.length === 0 && !outcome.problems?.length;
      reports.push({ id, ok: clean, detail: `${taken} new figure${taken === 1 ? '' : 's'}${extra}${unread}` });
    } catch (err) {
      reports.push({ id, ok: false, detail: reasonOf(err) });
    }
  }

  const failures = reports.filter((r) => !r.ok);
  const allFailed = failures.length === reports.length;
  const failText = failures.map((r) => `${r.id}: ${r.detail}`).join(' · ');

  if (working === held) {
    if (allFailed) return finish('failed', `Kept version ${held.version}. ${failText}`, held.version);
    if (failures.length)
      return finish('partial', `No new figures; kept version ${held.version}. ${failText}`, held.version);
    return finish('unchanged', `No new figures; version ${held.version} is current.`, held.version);
  }

  // Providers changed a dataset that came from the URL or from storage: give it its own version.
  let candidate = working;
  if (figures > 0) candidate = { ...working, version: nextVersion(today, baseVersion) };

  // The one place a dataset is accepted: every check in lib/dataset/install-guard.ts, then the swap.
  const checked = guardInstall(candidate, { now, held });
  if (!checked.ok) {
    return finish(
      'failed',
      `Kept version ${held.version}: the refreshed dataset was refused: ${checked.reason}.`,
      held.version,
    );
  }

  // The swap: one IndexedDB write of the whole dataset, so a reader sees the old one or the new one.
  try {
    await store.put(checked.dataset);
  } catch (err) {
    const size = formatBytes(JSON.stringify(checked.dataset).length);
    const why = isQuotaError(err)
      ? `the browser has no room to store it (${size}; storage quota reached)`
      : `the browser could not store it (${String((err as Error)?.message ?? err)})`;
    return finish('failed', `Kept version ${held.version}: ${why}.`, held.version);
  }
  await datasetNotice.setValue({ origin: 'refreshed', version: checked.dataset.version, at: new Date().toISOString() });

  const what = [
    fromUrl ? 'new dataset from the dataset URL' : '',
    figures ? `${figures} new figure${figures === 1 ? '' : 's'} (${perProvider.join(', ')})` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const reason = `Updated to version ${checked.dataset.version}: ${what}.${failures.length ? ` ${failText}` : ''}`;
  return finish(failures.length ? 'partial' : 'updated', reason, checked.dataset.version);
}

async function defaultHasPermission(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

function reasonOf(err: unknown): string {
  if (err instanceof RefreshError) return err.message;
  return `unexpected error: ${(err as Error)?.message ?? String(err)}`;
}
