import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAnalyzeRequest, MAX_REQUEST_CHARS, MAX_REQUEST_CONTEXT_CHARS } from './messages';

const source = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
/** A numeric constant as written in a source file ("const REQUEST_CHARS = 250_000;"). */
const constant = (text: string, name: string) =>
  Number(new RegExp(`const ${name} = ([\\d_]+)`).exec(text)![1]!.replace(/_/g, ''));
const blocks = (n: number, size: number) => Array.from({ length: n }, () => ({ text: 'x'.repeat(size) }));

describe('rule: the background refuses requests larger than the content script sends', () => {
  it('takes what the content script sends at most', () => {
    const annotator = source('../entrypoints/content/annotator.ts');
    const perRequest = Math.max(constant(annotator, 'REQUEST_CHARS'), constant(annotator, 'FIRST_REQUEST_CHARS'));
    const perBlock = constant(source('./dom/collect.ts'), 'MAX_BLOCK_CHARS');
    // The content script adds blocks while they fit, and no block is longer than the request.
    expect(perBlock).toBeLessThanOrEqual(perRequest);
    expect(perRequest).toBeLessThanOrEqual(MAX_REQUEST_CHARS);
    // "Near": within a few percent, not the 32 times it used to allow.
    expect(MAX_REQUEST_CHARS / perRequest).toBeLessThan(1.05);
    expect(isAnalyzeRequest({ published: null, blocks: blocks(perRequest / perBlock, perBlock) })).toBe(true);
  });

  it('refuses more text in one message, however it is split', () => {
    expect(isAnalyzeRequest({ published: null, blocks: blocks(13, 20_000) })).toBe(false);
    expect(isAnalyzeRequest({ published: null, blocks: blocks(1_000, 300) })).toBe(false);
    expect(isAnalyzeRequest({ published: null, blocks: [{ text: 'x'.repeat(8_000_000) }] })).toBe(false);
  });

  it('refuses table headers beyond their own budget', () => {
    const many = Array.from({ length: 600 }, () => ({ text: '1%', context: 'h'.repeat(2_000) }));
    expect(600 * 2_000).toBeGreaterThan(MAX_REQUEST_CONTEXT_CHARS);
    expect(isAnalyzeRequest({ published: null, blocks: many })).toBe(false);
    expect(isAnalyzeRequest({ published: null, blocks: many.slice(0, 400) })).toBe(true);
  });
});

describe('rule: the publication instant is an ISO UTC stamp or absent', () => {
  it('takes findPublishedTime’s shape and refuses anything else', () => {
    const one = [{ text: 'x' }];
    expect(isAnalyzeRequest({ published: '2025-08-01', publishedAt: '2025-08-01T20:45:00.000Z', blocks: one })).toBe(
      true,
    );
    expect(isAnalyzeRequest({ published: '2025-08-01', publishedAt: null, blocks: one })).toBe(true);
    expect(isAnalyzeRequest({ published: '2025-08-01', blocks: one })).toBe(true);
    expect(isAnalyzeRequest({ published: '2025-08-01', publishedAt: '4:45 PM', blocks: one })).toBe(false);
    expect(isAnalyzeRequest({ published: '2025-08-01', publishedAt: 20250801, blocks: one })).toBe(false);
    // The last-update instant is held to the same shape.
    expect(isAnalyzeRequest({ published: '2025-08-01', updatedAt: '2025-08-01T22:00:00.000Z', blocks: one })).toBe(
      true,
    );
    expect(isAnalyzeRequest({ published: '2025-08-01', updatedAt: 'yesterday', blocks: one })).toBe(false);
  });
});
