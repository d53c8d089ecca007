import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from '#imports';
import { localItem } from './local-item';

beforeEach(() => fakeBrowser.reset());

describe('localItem: a typed value in storage.local, stored as WXT storage stores it', () => {
  it('reads the fallback until a value is set, then the value; null or remove goes back to the fallback', async () => {
    const item = localItem<string[]>('things', []);
    expect(await item.getValue()).toEqual([]);
    await item.setValue(['a']);
    expect(await item.getValue()).toEqual(['a']);
    expect(await fakeBrowser.storage.local.get('things')).toEqual({ things: ['a'] });
    await item.setValue(null as unknown as string[]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await item.setValue(['b']);
    await item.removeValue();
    expect(await item.getValue()).toEqual([]);
  });

  it('reads and writes the same keys as storage.defineItem (earlier builds wrote with it)', async () => {
    const wxt = storage.defineItem<{ n: number }>('local:shared', { fallback: { n: 0 }, version: 1, migrations: {} });
    await wxt.setValue({ n: 1 });
    const ours = localItem('shared', { n: 0 }, { version: 1, migrations: {} });
    expect(await ours.getValue()).toEqual({ n: 1 });
    await ours.setValue({ n: 2 });
    expect(await wxt.getValue()).toEqual({ n: 2 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ shared: { n: 2 }, shared$: { v: 1 } });
  });

  it('migrates an older stored version once, on its first read, and stores the result', async () => {
    await fakeBrowser.storage.local.set({ shape: { old: 3 }, shape$: { v: 1 } });
    let runs = 0;
    const item = localItem(
      'shape',
      { now: 0 },
      {
        version: 2,
        migrations: {
          2: (v) => {
            runs++;
            return { now: (v as { old: number }).old };
          },
        },
      },
    );
    expect(await item.getValue()).toEqual({ now: 3 });
    expect(await item.getValue()).toEqual({ now: 3 });
    expect(runs).toBe(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ shape: { now: 3 }, shape$: { v: 2 } });
  });

  it('treats a value stored without a version as version 1', async () => {
    await fakeBrowser.storage.local.set({ shape: { old: 5 } });
    const item = localItem(
      'shape',
      { now: 0 },
      { version: 2, migrations: { 2: (v) => ({ now: (v as { old: number }).old }) } },
    );
    expect(await item.getValue()).toEqual({ now: 5 });
  });

  it('watch calls back on real changes only, with the fallback for a removed value, until unwatched', async () => {
    const item = localItem<number | null>('count', null);
    const seen: [number | null, number | null][] = [];
    const stop = item.watch((now, before) => seen.push([now, before]));
    await item.setValue(1);
    await item.setValue(1);
    await fakeBrowser.storage.local.set({ other: 1 });
    await item.removeValue();
    stop();
    await item.setValue(2);
    expect(seen).toEqual([
      [1, null],
      [null, 1],
    ]);
  });
});
