import { storage } from '#imports';
import type { Dataset } from './schema';

/**
 * The dataset a refresh installed, if any. Written whole in one `setItem`, so readers never see
 * half an update; cleared by "Use the bundled snapshot".
 */
export const refreshedDataset = storage.defineItem<Dataset | null>('local:refreshedDataset', {
  fallback: null,
});

/** Fetches the dataset bundled with the extension (public/dataset.json). */
export async function loadBundledDataset(url: string): Promise<Dataset> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`bundled dataset: HTTP ${res.status}`);
  return (await res.json()) as Dataset;
}
