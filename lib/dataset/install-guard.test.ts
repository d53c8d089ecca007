import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { miniDataset } from '../../tests/helpers/mini-dataset';
import { ALIAS_KEYS, aliasRecords } from './aliases';
import { guardInstall, guardStored } from './install-guard';
import type { Dataset } from './schema';

const NOW = new Date('2025-10-10T12:00:00Z');
const held = miniDataset(); // version 2025.6.1
const newer = (change: (d: Dataset) => void = () => {}): Dataset => {
  const d = miniDataset();
  d.version = '2025.10.1';
  d.snapshot = '2025-10-01';
  change(d);
  return d;
};

describe('the install guard: one gate for every dataset from outside the extension', () => {
  it('accepts a newer, working dataset and returns it with an engine that marks', () => {
    const r = guardInstall(newer(), { now: NOW, held });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.engine.analyze(['The S&P 500 index stood at 5,100.'], { published: null })[0]?.indicator?.id).toBe(
      'idx.sp500',
    );
  });

  it('never keeps a downloaded alias index: a consistent one is dropped, the engine builds its own', () => {
    const d = newer((x) => (x.aliasIndex = Fuse.createIndex([...ALIAS_KEYS], aliasRecords(x.indicators)).toJSON()));
    const r = guardInstall(d, { now: NOW, held });
    expect(r.ok && 'aliasIndex' in r.dataset).toBe(false);
  });

  it.each([
    [
      'schema',
      (d: Dataset) => ((d.sources[0]!.url as string) = 'http://example.com/'),
      /^it failed validation \(sources\.0\.url/,
    ],
    [
      'alias index',
      (d: Dataset) => (d.aliasIndex = { keys: [], records: [] }),
      /^its alias index does not match its aliases/,
    ],
    ['future', (d: Dataset) => (d.version = '2099.1.1'), /^its version 2099\.1\.1 is after today/],
    ['not newer', (d: Dataset) => (d.version = '2025.6.1'), /^its version 2025\.6\.1 is not newer than 2025\.6\.1/],
    ['implausible', (d: Dataset) => (d.observations[0]!.value = 1e300), /^implausible figures: /],
    [
      'canary',
      (d: Dataset) => (d.indicators = d.indicators.map((i) => ({ ...i, name: '—', aliases: [] }))),
      /^a test engine built from it found no claim/,
    ],
  ])('refuses with a readable reason: %s', (_name, change, reason) => {
    const r = guardInstall(newer(change), { now: NOW, held });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('checks a stored copy without a held dataset: same rules, no version or plausibility comparison', () => {
    expect(guardStored(miniDataset(), NOW).ok).toBe(true);
    const r = guardStored(
      newer((d) => (d.snapshot = '2099-12-31')),
      NOW,
    );
    expect(r.ok ? '' : r.reason).toMatch(/snapshot date 2099-12-31 is after today/);
    expect(guardStored({ hello: 'world' }, NOW).ok).toBe(false);
  });
});

describe('the bundled snapshot', () => {
  it('passes every rule a refresh built on it must pass (else every refresh would be refused)', () => {
    const bundled: Dataset = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../public/dataset.json', import.meta.url)), 'utf8'),
    );
    const dayAfter = new Date(`${bundled.snapshot}T12:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    const r = guardStored(bundled, dayAfter);
    expect(r.ok ? 'ok' : r.reason).toBe('ok');
  });
});
