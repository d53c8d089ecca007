import { readFileSync } from 'node:fs';
import type { Dataset } from '../lib/dataset/schema';
import { validateDataset } from '../lib/dataset/validate';
import { compareVersions } from '../lib/dataset/version';
import { applyProviders, type ProviderReport } from '../lib/refresh/apply';
import { resolveSourceUrl } from '../lib/refresh/config';
import { fetchWithLimits } from '../lib/refresh/fetch';
import { nextVersion } from '../lib/refresh/merge';
import { PROVIDERS } from '../lib/refresh/providers';
import { PROVIDER_IDS } from '../lib/refresh/types';

export interface RefreshOptions {
  /** Replays every provider URL from this server (http://127.0.0.1:PORT) instead of the publishers. */
  base?: string;
  now: Date;
  /** The dataset published last time; kept as the starting point when it is newer than data/. */
  prior?: Dataset | null;
  fredApiKey?: string;
  timeoutMs?: number;
}

/**
 * `npm run data -- --refresh`: the extension's providers, run in Node, over the newer of the
 * dataset built from data/ and the previously published one. data/ is not rewritten: the
 * hand-checked CSVs stay what people edit and review, and provider figures live only in the
 * generated public/dataset.json (an overlay rebuilt daily, which keeps accumulating because each
 * run starts from the last published file).
 */
export async function refreshBuilt(
  built: Dataset,
  opts: RefreshOptions,
): Promise<{
  dataset: Dataset;
  reports: ProviderReport[];
  errors: string[];
}> {
  const start = opts.prior && compareVersions(opts.prior.version, built.version) > 0 ? opts.prior : built;
  const providers = PROVIDER_IDS.map((id) => PROVIDERS[id]);
  const base = opts.base ?? '';
  const { dataset, reports, taken } = await applyProviders(
    start,
    providers,
    () => ({
      get: (url, accept) => fetchWithLimits(url, { accept, allowHttpLoopback: base !== '', timeoutMs: opts.timeoutMs }),
      resolve: (u) => resolveSourceUrl(u, base),
      fredApiKey: opts.fredApiKey,
    }),
    opts.now,
  );
  // Nothing new: publish the starting dataset as it is, under its own version.
  if (taken === 0) return { dataset: start, reports, errors: [] };
  const today = opts.now.toISOString().slice(0, 10);
  const checked = validateDataset({ ...dataset, version: nextVersion(today, start.version) });
  if (!checked.ok) return { dataset: start, reports, errors: checked.errors };
  return { dataset: checked.dataset, reports, errors: [] };
}

/** Reads a previously published dataset; null (with a warning) when absent or invalid. */
export function readPrior(path: string, warn: (s: string) => void): Dataset | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    warn(`prior dataset ${path} not read (${(err as Error).message.slice(0, 80)}); starting from data/`);
    return null;
  }
  const checked = validateDataset(raw);
  if (!checked.ok) {
    warn(`prior dataset ${path} failed validation (${checked.errors[0]}); starting from data/`);
    return null;
  }
  return checked.dataset;
}
