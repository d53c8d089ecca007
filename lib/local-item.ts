import { browser } from 'wxt/browser';

/**
 * One typed value in storage.local, e.g. localItem('hiddenMarks', {}) → getValue() is {} until set.
 *
 * It stores exactly what WXT's storage.defineItem('local:<key>') stores (the value under <key>, the
 * version under "<key>$" as { v }), so data written by earlier builds reads the same. It exists
 * because WXT's module and its lock library were an eighth of the content script's bundle.
 */
export interface LocalItem<T> {
  readonly key: string;
  /** The stored value, or the fallback when nothing (or null) is stored. */
  getValue(): Promise<T>;
  /** Stores a value; null or undefined removes it. */
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back on every real change of the stored value (new, old; the fallback for none); returns the unwatch. */
  watch(cb: (now: T, before: T) => void): () => void;
}

export interface Versioning {
  /** The stored shape's version, from 1. */
  version: number;
  /** migrations[n] turns a version n-1 value into version n; run on the first read of an older value. */
  migrations: Record<number, (old: unknown) => unknown>;
}

type Meta = { v?: unknown } | null | undefined;

const metaKey = (key: string) => `${key}$`;

/** Runs the steps from the stored version up to the current one; a value newer than this build is returned as-is. */
function migrate(value: unknown, meta: Meta, versioning: Versioning): { value: unknown; changed: boolean } {
  const from = typeof meta?.v === 'number' ? meta.v : 1;
  let out = value;
  for (let v = from + 1; v <= versioning.version; v++) out = versioning.migrations[v]?.(out) ?? out;
  return { value: out, changed: from < versioning.version };
}

export function localItem<T>(key: string, fallback: T, versioning?: Versioning): LocalItem<T> {
  const area = () => browser.storage.local;
  const meta = versioning ? { [metaKey(key)]: { v: versioning.version } } : {};
  const read = async (): Promise<unknown> => {
    if (!versioning) return (await area().get(key))[key];
    const got = await area().get([key, metaKey(key)]);
    if (got[key] == null) return got[key];
    const m = migrate(got[key], got[metaKey(key)] as Meta, versioning);
    if (m.changed) await area().set({ [key]: m.value, ...meta });
    return m.value;
  };
  return {
    key,
    getValue: async () => ((await read()) ?? fallback) as T,
    setValue: async (value) => {
      if (value == null) await area().remove(key);
      else await area().set({ [key]: value, ...meta });
    },
    removeValue: () => area().remove(key),
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const c = changes[key];
        // Storage reports a write of the same value as a change; only real changes call back.
        if (!c || JSON.stringify(c.newValue) === JSON.stringify(c.oldValue)) return;
        cb((c.newValue ?? fallback) as T, (c.oldValue ?? fallback) as T);
      };
      area().onChanged.addListener(listener);
      return () => area().onChanged.removeListener(listener);
    },
  };
}
