import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js';
import { miniDataset } from '../../../tests/helpers/mini-dataset';
import { ALIAS_KEYS, aliasRecords } from '../aliases';
import { aliasIndexProblem, withoutAliasIndex } from './alias-index';

const built = () => {
  const d = miniDataset();
  d.aliasIndex = Fuse.createIndex([...ALIAS_KEYS], aliasRecords(d.indicators)).toJSON();
  return d;
};

describe("rule: a downloaded dataset's alias index must describe its own aliases, and is never used", () => {
  it('passes a dataset without an index, or with the index `npm run data` builds', () => {
    expect(aliasIndexProblem(miniDataset())).toBeNull();
    expect(aliasIndexProblem(built())).toBeNull();
  });

  it('refuses an index that is not a Fuse.js index', () => {
    const d = miniDataset();
    d.aliasIndex = {};
    expect(aliasIndexProblem(d)).toBe('its alias index does not match its aliases (not a Fuse.js index)');
  });

  it('refuses an index with missing or reordered records', () => {
    const short = built();
    (short.aliasIndex as { records: unknown[] }).records.pop();
    expect(aliasIndexProblem(short)).toMatch(/records for \d+ aliases/);

    const swapped = built();
    const recs = (swapped.aliasIndex as { records: { $: Record<string, { v: string }> }[] }).records;
    [recs[1]!.$['0']!.v, recs[2]!.$['0']!.v] = [recs[2]!.$['0']!.v, recs[1]!.$['0']!.v];
    expect(aliasIndexProblem(swapped)).toMatch(/record 1 reads/);
  });

  it('drops the index so the engine builds its own', () => {
    const d = withoutAliasIndex(built());
    expect('aliasIndex' in d).toBe(false);
    expect(d.indicators).toEqual(miniDataset().indicators);
  });
});
