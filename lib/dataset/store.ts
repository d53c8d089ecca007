import { localItem } from '../local-item';
import type { Dataset } from './schema';

/**
 * A note that the dataset in use changed (a refresh installed one, or the reader went back to the
 * bundled snapshot). Only a signal: open tabs rescan and the background drops its cached engine
 * when it changes. The dataset itself is in IndexedDB (idb-store.ts), where pages cannot reach it,
 * and is checked every time it is read, so a forged note changes nothing but a rescan.
 */
export interface DatasetNotice {
  origin: 'bundled' | 'refreshed';
  version: string;
  /** ISO time of the change. */
  at: string;
}

export const datasetNotice = localItem<DatasetNotice | null>('datasetNotice', null);

/**
 * Where versions before IndexedDB kept a refreshed dataset. Content scripts can write
 * storage.local, so its content is moved to IndexedDB through the same checks as any stored copy,
 * then deleted.
 */
export const legacyRefreshedDataset = localItem<unknown>('refreshedDataset', null);

/** Fetches the dataset bundled with the extension (public/dataset.json). */
export async function loadBundledDataset(url: string): Promise<Dataset> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`bundled dataset: HTTP ${res.status}`);
  return (await res.json()) as Dataset;
}
