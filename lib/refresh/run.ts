import { browser } from 'wxt/browser';
import type { Dataset } from '../dataset/schema';
import { refreshedDataset } from '../dataset/store';
import { validateDataset } from '../dataset/validate';
import { compareVersions } from '../dataset/version';
import { fetchWithLimits, RefreshError, type FetchLimits, type FetchResult, type Validators } from './fetch';
import { mergeObservations, nextVersion } from './merge';
import { PROVIDERS } from './providers';
import { readPublishedDataset } from './providers/dataset-url';
import {
  normalizeSettings,
  refreshSettings,
  refreshStatus,
  refreshValidators,
  type RefreshStatus,
  type SourceReport,
} from './settings';
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
}

export type Trigger = RefreshStatus['trigger'];

/**
 * One refresh attempt: fetch every enabled source, validate, and swap the result into
 * `refreshedDataset` with a single write. Whatever fails, the dataset already held stays in
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
      reason: `Refresh failed: ${(err as Error)?.message ?? String(err)}`,
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

  const held = await heldDataset(deps);
  const stored = await refreshValidators.getValue();
  const reports: SourceReport[] = [];
  const pendingValidators: Record<string, Validators> = {};
  const finish = (result: RefreshStatus['result'], reason: string, version: string | null): RefreshStatus => ({
    at: new Date().toISOString(),
    trigger,
    result,
    reason,
    version,
    sources: reports,
  });

  const providers = enabledProviders(settings);
  if (!settings.datasetUrl && providers.length === 0) {
    return finish('failed', 'No source is switched on.', held.version);
  }

  /** Validators fetched by one source, committed only if that source's data is kept. */
  const makeGet = (bucket: Record<string, Validators>) => async (url: string, accept?: string): Promise<FetchResult> => {
    const origin = originPattern(url);
    if (!(await hasPermission([origin]))) {
      throw new RefreshError(`no permission for ${origin.replace('/*', '')}; switch refreshing off and on again to grant it`);
    }
    const res = await fetchWithLimits(url, {
      ...deps.limits,
      validators: stored[url],
      accept,
      allowHttpLoopback,
      fetchImpl: deps.fetchImpl,
    });
    if (res.status === 200) bucket[url] = res.validators;
    return res;
  };

  let working = held;
  let fromUrl = false;
  if (settings.datasetUrl) {
    const bucket: Record<string, Validators> = {};
    try {
      const url = datasetFetchUrl(settings.datasetUrl, base);
      const res = await makeGet(bucket)(url, 'application/json');
      // The published file must match its manifest's SHA-256 (lib/refresh/manifest.ts).
      await checkPublishedManifest(res, url, makeGet({}));
      const out = readPublishedDataset(res, held);
      if (out.kind === 'newer') {
        working = out.dataset;
        fromUrl = true;
        reports.push({ id: 'dataset-url', ok: true, detail: `version ${out.dataset.version}` });
      } else {
        reports.push({ id: 'dataset-url', ok: true, detail: 'no newer version' });
      }
      Object.assign(pendingValidators, bucket);
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
    const bucket: Record<string, Validators> = {};
    try {
      const outcome = await provider.fetch({
        now,
        get: makeGet(bucket),
        resolve: (u) => resolveSourceUrl(u, base),
        fredApiKey: settings.fredApiKey || undefined,
      });
      if (outcome.unchanged) {
        reports.push({ id, ok: true, detail: 'not modified since the last refresh' });
        Object.assign(pendingValidators, bucket);
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
      // A source with rejected figures keeps no validators, so the next attempt reads it in full again.
      if (clean) Object.assign(pendingValidators, bucket);
    } catch (err) {
      reports.push({ id, ok: false, detail: reasonOf(err) });
    }
  }

  const failures = reports.filter((r) => !r.ok);
  const allFailed = failures.length === reports.length;
  const failText = failures.map((r) => `${r.id}: ${r.detail}`).join(' · ');

  if (working === held) {
    await saveValidators(stored, pendingValidators);
    if (allFailed) return finish('failed', `Kept version ${held.version}. ${failText}`, held.version);
    if (failures.length) return finish('partial', `No new figures; kept version ${held.version}. ${failText}`, held.version);
    return finish('unchanged', `No new figures; version ${held.version} is current.`, held.version);
  }

  // Providers changed a dataset that came from the URL or from storage: give it its own version.
  let candidate = working;
  if (figures > 0) candidate = { ...working, version: nextVersion(today, baseVersion) };

  const checked = validateDataset(candidate);
  if (!checked.ok) {
    return finish('failed', `Kept version ${held.version}: the refreshed dataset failed validation (${checked.errors.slice(0, 2).join('; ')}).`, held.version);
  }
  if (compareVersions(checked.dataset.version, held.version) <= 0) {
    return finish('failed', `Kept version ${held.version}: the refreshed version ${checked.dataset.version} is not newer.`, held.version);
  }

  // The swap: one storage write of the whole dataset, so a reader sees the old one or the new one.
  await refreshedDataset.setValue(checked.dataset);
  await saveValidators(stored, pendingValidators);

  const what = [fromUrl ? 'new dataset from the dataset URL' : '', figures ? `${figures} new figure${figures === 1 ? '' : 's'} (${perProvider.join(', ')})` : '']
    .filter(Boolean)
    .join(' and ');
  const reason = `Updated to version ${checked.dataset.version}: ${what}.${failures.length ? ` ${failText}` : ''}`;
  return finish(failures.length ? 'partial' : 'updated', reason, checked.dataset.version);
}

/** The newer of the stored refresh and the bundled snapshot (an extension update may ship a newer one). */
async function heldDataset(deps: RunDeps): Promise<Dataset> {
  const stored = await refreshedDataset.getValue();
  let bundled: Dataset | null = null;
  try {
    bundled = await deps.loadBundled();
  } catch (err) {
    if (!stored) throw err;
  }
  if (!stored) return bundled!;
  if (!bundled) return stored;
  return compareVersions(stored.version, bundled.version) >= 0 ? stored : bundled;
}

async function saveValidators(stored: Record<string, Validators>, pending: Record<string, Validators>): Promise<void> {
  if (Object.keys(pending).length === 0) return;
  await refreshValidators.setValue({ ...stored, ...pending });
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
