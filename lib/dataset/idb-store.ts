/**
 * Where a refreshed dataset is kept: IndexedDB on the extension's own origin, opened only by the
 * background. Content scripts run in pages' origins and cannot open it (they can write
 * storage.local, where the dataset used to live). A write replaces the whole dataset in one
 * transaction, so a reader sees the old one or the new one, never a mix.
 */
export interface DatasetStore {
  /** The stored dataset as it was written, unchecked; null when none. */
  get(): Promise<unknown>;
  put(dataset: unknown): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'claimlens';
const DB_VERSION = 1;
const STORE = 'dataset';
const KEY = 'refreshed';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(idb: IDBFactory): Promise<IDBDatabase> {
  const req = idb.open(DB_NAME, DB_VERSION);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
  };
  return request(req);
}

/** Runs one transaction; resolves when it commits (a put is stored only then), rejects on abort. */
async function withStore<T>(
  idb: IDBFactory,
  mode: IDBTransactionMode,
  use: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open(idb);
  try {
    const tx = db.transaction(STORE, mode);
    const result = request(use(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
      tx.onerror = () => reject(tx.error);
    });
    return await result;
  } finally {
    db.close();
  }
}

export function idbDatasetStore(idb: IDBFactory = globalThis.indexedDB): DatasetStore {
  return {
    get: async () => (await withStore(idb, 'readonly', (s) => s.get(KEY))) ?? null,
    put: async (dataset) => {
      await withStore(idb, 'readwrite', (s) => s.put(dataset, KEY));
    },
    clear: async () => {
      await withStore(idb, 'readwrite', (s) => s.delete(KEY));
    },
  };
}

/** A store in memory: Node has no IndexedDB; the refresh tests hold the dataset here. */
export function memoryDatasetStore(initial: unknown = null): DatasetStore & { value: unknown } {
  const store = {
    value: initial,
    get: async () => structuredClone(store.value),
    put: async (dataset: unknown) => {
      store.value = structuredClone(dataset);
    },
    clear: async () => {
      store.value = null;
    },
  };
  return store;
}

/** Whether a failed write was the browser refusing more storage. */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
