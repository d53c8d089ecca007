import { createEngine, type BlockInput, type Engine } from './engine';
import type { Claim } from './types';
import { loadBundledDatasetFromDisk } from '../scan/load-dataset';
import { scanHtml } from '../scan/page';

/** For rule tests: the engine over the bundled dataset, built once, and the claims of some blocks. */
let engine: Engine | null = null;

export function claimsOf(
  blocks: BlockInput[] | string,
  published = '2026-01-05',
  publishedAt?: string,
  updatedAt?: string,
): Claim[] {
  engine ??= createEngine(loadBundledDatasetFromDisk());
  return engine.analyze(typeof blocks === 'string' ? [blocks] : blocks, {
    published,
    ...(publishedAt ? { publishedAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
  });
}

/** The indicator id each figure (by its text) was matched to, '-' for none. */
export function idsOf(blocks: BlockInput[] | string, published?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of claimsOf(blocks, published)) out[c.text] = c.indicator?.id ?? '-';
  return out;
}

/** The one claim whose text is `text`, with how its subject was found; fails the test if there is not exactly one. */
export function ruleOf(blocks: BlockInput[] | string, text: string, published?: string): { id: string; rule: string } {
  const hit = claimsOf(blocks, published).filter((c) => c.text === text);
  if (hit.length !== 1) throw new Error(`${text}: ${hit.length} claims with that text`);
  return { id: hit[0]!.indicator?.id ?? '-', rule: hit[0]!.match?.rule ?? '-' };
}

/** The verdict of the one figure `text` (the first with that text), or undefined when it is not marked. */
export function verdictOf(blocks: BlockInput[] | string, text: string, published?: string): string | undefined {
  return claimsOf(blocks, published).find((c) => c.text === text)?.judgement?.verdict;
}

/**
 * For table rules: the verdict of `cell` in a one-row table (caption, one column header, one row header) on a page
 * published at `publishedAt`, read as the page reader reads it (scanHtml).
 */
export function cellVerdictOf(
  table: { caption: string; column: string; row: string; cell: string },
  publishedAt: string,
): string | undefined {
  engine ??= createEngine(loadBundledDatasetFromDisk());
  const { caption, column, row, cell } = table;
  const html = `<html><head><meta property="article:published_time" content="${publishedAt}"></head><body><article><table><caption>${caption}</caption><tr><th></th><th>${column}</th></tr><tr><th>${row}</th><td>${cell}</td></tr></table></article></body></html>`;
  return scanHtml(html, engine, { source: 'table' }).claims.find((c) => c.text === cell)?.verdict;
}
