import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { miniDataset } from '../../tests/helpers/mini-dataset';
import { memoryDatasetStore } from './idb-store';
import { datasetInUse, migrateLegacyDataset } from './in-use';
import { legacyRefreshedDataset } from './store';
import type { Dataset } from './schema';

const NOW = new Date('2025-10-10T12:00:00Z');
const bundled = miniDataset(); // version 2025.6.1
const refreshed = (version: string, change: (d: Dataset) => void = () => {}): Dataset => {
  const d = { ...miniDataset(), version };
  change(d);
  return d;
};
const deps = (store: ReturnType<typeof memoryDatasetStore>) => ({
  store,
  loadBundled: async () => structuredClone(bundled),
  now: NOW,
});

beforeEach(() => fakeBrowser.reset());

describe('the dataset in use: the stored refresh, checked on every read, else the bundled snapshot', () => {
  it('uses a stored refresh that passes, with the engine built while checking it', async () => {
    const store = memoryDatasetStore(refreshed('2025.9.1.1'));
    const r = await datasetInUse(deps(store));
    expect([r.origin, r.data.version, !!r.engine, r.setAside]).toEqual(['refreshed', '2025.9.1.1', true, undefined]);
  });

  it('lets a newer bundled snapshot win over a stored copy with a version from the future, and deletes that copy', async () => {
    const store = memoryDatasetStore(refreshed('2099.1.1'));
    const r = await datasetInUse(deps(store));
    expect(r.origin).toBe('bundled');
    expect(r.setAside).toBe(
      'Set aside the stored dataset 2099.1.1: its version 2099.1.1 is after today (2025-10-10). Using the bundled snapshot 2025.6.1.',
    );
    expect(store.value).toBeNull();
  });

  it('sets aside a stored copy someone altered (no longer valid)', async () => {
    const store = memoryDatasetStore({ ...refreshed('2025.9.1.1'), observations: 'nothing' });
    const r = await datasetInUse(deps(store));
    expect(r.origin).toBe('bundled');
    expect(r.setAside).toMatch(/failed validation/);
  });

  it('drops, quietly, a stored copy older than an updated extension’s bundled snapshot', async () => {
    const store = memoryDatasetStore(refreshed('2025.5.1.1'));
    const r = await datasetInUse(deps(store));
    expect([r.origin, r.setAside, store.value]).toEqual(['bundled', undefined, null]);
  });

  it('marks with the bundled snapshot when the browser will not open the store, and says why', async () => {
    const broken = {
      ...memoryDatasetStore(),
      get: async () => {
        throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
      },
    };
    const r = await datasetInUse({ ...deps(memoryDatasetStore()), store: broken });
    expect(r.origin).toBe('bundled');
    expect(r.setAside).toMatch(/^Could not read the stored dataset \(The operation failed/);
  });

  it('moves a dataset an older version kept in storage.local into the store, then deletes it there', async () => {
    await legacyRefreshedDataset.setValue(refreshed('2025.9.1.1'));
    const store = memoryDatasetStore();
    await migrateLegacyDataset(store);
    expect((store.value as Dataset).version).toBe('2025.9.1.1');
    expect(await legacyRefreshedDataset.getValue()).toBeNull();
    // It is checked like any stored copy when read.
    expect((await datasetInUse(deps(store))).origin).toBe('refreshed');
  });
});
