import type { Engine } from '../claims/engine';
import type { Dataset } from './schema';
import type { DatasetStore } from './idb-store';
import { guardStored } from './install-guard';
import { legacyRefreshedDataset } from './store';
import { compareVersions } from './version';

export interface InUse {
  data: Dataset;
  origin: 'bundled' | 'refreshed';
  /** Built while checking a stored copy; absent for the bundled snapshot. */
  engine?: Engine;
  /** Why a stored copy was set aside, for the popup; absent when nothing was. */
  setAside?: string;
}

export interface InUseDeps {
  store: DatasetStore;
  loadBundled(): Promise<Dataset>;
  now: Date;
}

/**
 * The dataset to judge with: the stored refresh if it passes the stored-copy checks and is not
 * older than the bundled snapshot, else the bundled snapshot. A stored copy that fails (altered,
 * dated in the future, older than an updated extension's snapshot) is deleted, so it can neither
 * keep marking wrong nor hold back later datasets.
 */
export async function datasetInUse(deps: InUseDeps): Promise<InUse> {
  let raw: unknown = null;
  let unreadable: string | null = null;
  try {
    raw = await deps.store.get();
  } catch (err) {
    // Storage the browser will not open (a private profile, a damaged database): the bundled
    // snapshot marks, and the popup says why the refreshed figures are not in use.
    unreadable = String((err as Error)?.message ?? err).slice(0, 160);
  }
  let bundled: Dataset | null = null;
  let bundledError: unknown = null;
  try {
    bundled = await deps.loadBundled();
  } catch (err) {
    bundledError = err;
  }
  if (!raw) {
    if (!bundled) throw bundledError;
    if (unreadable) {
      return {
        data: bundled,
        origin: 'bundled',
        setAside: `Could not read the stored dataset (${unreadable}). Using the bundled snapshot ${bundled.version}.`,
      };
    }
    return { data: bundled, origin: 'bundled' };
  }
  const checked = guardStored(raw, deps.now);
  if (checked.ok && (!bundled || compareVersions(checked.dataset.version, bundled.version) >= 0)) {
    return { data: checked.dataset, origin: 'refreshed', engine: checked.engine };
  }
  if (!bundled) throw bundledError;
  await deps.store.clear();
  if (checked.ok) return { data: bundled, origin: 'bundled' }; // an extension update shipped a newer snapshot
  const version = (raw as { version?: unknown }).version;
  const named = typeof version === 'string' ? ` ${version.slice(0, 40)}` : '';
  return {
    data: bundled,
    origin: 'bundled',
    setAside: `Set aside the stored dataset${named}: ${checked.reason}. Using the bundled snapshot ${bundled.version}.`,
  };
}

/** Moves a dataset kept by an older version in storage.local into `store` (checked on its next read), then deletes it. */
export async function migrateLegacyDataset(store: DatasetStore): Promise<void> {
  const old = await legacyRefreshedDataset.getValue();
  if (old === null || old === undefined) return;
  if (!(await store.get())) await store.put(old);
  await legacyRefreshedDataset.removeValue();
}
