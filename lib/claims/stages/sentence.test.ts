import { describe, expect, it } from 'vitest';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';
import { buildCatalogue } from '../catalogue';
import { extractNumbers } from '../extract';
import { tokenize } from '../tokens';
import { sentenceFigures } from './sentence';
import { readBlock } from './read-block';

describe('sentence: the figures of a sentence that may be claims', () => {
  it('a number that is part of a name is not a figure: "Nikkei 225"', () => {
    const { matcher } = buildCatalogue(loadBundledDatasetFromDisk());
    const text = 'The Nikkei 225 rose 1.2% to 50,339.48.';
    const tokens = tokenize(text);
    const f = sentenceFigures(extractNumbers(text), tokens, matcher.occurrences(tokens));
    expect(f.kept.map((x) => x.text)).toEqual(['1.2%', '50,339.48']);
    expect(f.numberIdx).toEqual(f.ranges.map((r) => r[0]));
    expect(tokens[f.numberIdx[0]!]!.norm).toBe('1.2%');
  });
});

describe('read-block: a table cell is read after its headers', () => {
  it("shifts the cell's figures past its headers, and skips a block without figures", () => {
    const b = readBlock({ text: '1.2%', context: 'CPI: y/y' })!;
    expect(b.text).toBe('CPI  y/y · 1.2%');
    expect(b.exprs[0]!.start).toBe(b.shift);
    expect(readBlock('Page 2 of 14')).toBeNull();
  });
});
