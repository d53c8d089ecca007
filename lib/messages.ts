import type { StaleCategory } from './refresh/age';
import { defineMessaging } from './messaging';
import type { Verdict } from './claims/types';
import type { PackedClaims } from './claims/pack';
import type { Series } from './dataset/schema';
import type { RefreshStatus } from './refresh/settings';

import { VERDICTS, isVerdict } from './verdicts';

export { VERDICTS };

export type VerdictCounts = Record<Verdict, number>;

export function emptyCounts(): VerdictCounts {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
}

/** What the popup shows about the dataset in use. */
export interface DatasetInfo {
  version: string;
  snapshot: string;
  indicators: number;
  observations: number;
  /** Size of the JSON in bytes. */
  bytes: number;
  origin: 'bundled' | 'refreshed';
  /** Categories holding figures older than their usual release cycle, as of today. */
  stale: StaleCategory[];
}

/** What a tab's content script reports about the page it runs on. */
export interface PageState {
  /** Marking is on for this page (settings allow it). */
  active: boolean;
  /** The page holds numbers worth checking (the dataset was loaded). */
  candidates: boolean;
  counts: VerdictCounts;
  /** Marks shown after the reader's filters. */
  shown: number;
  /** The verdicts the popup filtered the page to (filterVerdicts); absent or empty: all. */
  filter?: Verdict[];
  /**
   * When this content script started (document_idle), on the page's performance.now() clock: the
   * bench measures "document idle to last mark" from it.
   */
  startedAt: number;
}

/**
 * Every message the extension's parts exchange. Content scripts only ever send `analyzeBlocks` and
 * `reportCounts`; the background checks the sender of each (see entrypoints/background.ts).
 */
/** A page's text blocks, in order; `context` carries a table cell's headers. */
export interface AnalyzeRequest {
  blocks: { text: string; context?: string }[];
  published: string | null;
  /** The publication instant (ISO, UTC) when the page gives a time and zone: the judge's after-close rule. */
  publishedAt?: string | null;
  /** The last-update instant (ISO, UTC) when the page gives one: a live blog's entries may be that late. */
  updatedAt?: string | null;
}

export interface AnalyzeResult {
  /** Matched claims, packed (lib/claims/pack.ts): every byte of the answer is parsed on the page's main thread. */
  claims: PackedClaims;
  /** A short recent stretch of each matched indicator's series, for the card's sparkline. */
  series: Record<string, Series>;
}

/**
 * Limits on what a content script may ask the background to read in one message. The content
 * script sends at most 250,000 characters of text a message (REQUEST_CHARS in
 * entrypoints/content/annotator.ts; blocks are cut at 20,000 by lib/dom/collect.ts), so these sit
 * just above what it sends: anything larger did not come from it.
 */
export const MAX_REQUEST_CHARS = 256_000;
/** Table headers sent beside cells: at most 2,000 characters each, this much a message. */
export const MAX_REQUEST_CONTEXT_CHARS = 1_000_000;
const MAX_BLOCKS = 50_000;
const MAX_BLOCK_CHARS = 25_000;
const MAX_CONTEXT_CHARS = 2_000;

/** What findPublishedTime sends: Date#toISOString's shape. */
const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Shape check for analyzeBlocks: content scripts run beside untrusted pages. */
export function isAnalyzeRequest(v: unknown): v is AnalyzeRequest {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  if (r.published !== null && !(typeof r.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.published)))
    return false;
  if (r.publishedAt != null && !(typeof r.publishedAt === 'string' && ISO_INSTANT_RE.test(r.publishedAt))) return false;
  if (r.updatedAt != null && !(typeof r.updatedAt === 'string' && ISO_INSTANT_RE.test(r.updatedAt))) return false;
  if (!Array.isArray(r.blocks) || r.blocks.length > MAX_BLOCKS) return false;
  let total = 0;
  let contextTotal = 0;
  for (const b of r.blocks as unknown[]) {
    if (!b || typeof b !== 'object') return false;
    const { text, context } = b as Record<string, unknown>;
    if (typeof text !== 'string' || text.length > MAX_BLOCK_CHARS) return false;
    if (context !== undefined && (typeof context !== 'string' || context.length > MAX_CONTEXT_CHARS)) return false;
    total += text.length;
    contextTotal += context?.length ?? 0;
    if (total > MAX_REQUEST_CHARS || contextTotal > MAX_REQUEST_CONTEXT_CHARS) return false;
  }
  return true;
}

interface ProtocolMap {
  /**
   * content → background: find and judge the claims in a page's blocks. The engine runs in the
   * background, once loaded there for every tab, and off the page's main thread; the page's text
   * goes no further than the extension's own background.
   */
  analyzeBlocks(data: AnalyzeRequest): AnalyzeResult;
  /** content → background: the counts for the toolbar badge. */
  reportCounts(data: { shown: number; counts: VerdictCounts }): void;
  /** popup → background */
  getDatasetInfo(): DatasetInfo;
  /** popup → background: register the content script for an origin the popup was granted. */
  enableSite(data: { origin: string; tabId: number | null }): { ok: boolean; error?: string };
  /** popup → background: undo enableSite. */
  disableSite(data: { origin: string }): { ok: boolean };
  /** popup → background: drop the refreshed dataset and judge with the bundled snapshot (extension pages only). */
  useBundledDataset(): { version: string };
  /** popup → background: run one dataset refresh now (lib/refresh/schedule.ts; extension pages only). */
  refreshNow(): RefreshStatus;
  /** popup → content (tabs.sendMessage) */
  getPageState(): PageState;
  /**
   * popup → content: show only the marks of these verdicts on the page (an empty list shows all
   * again). It lasts until the page reloads; the reader's settings are untouched.
   */
  filterVerdicts(data: VerdictFilter): { ok: boolean };
}

export const { sendMessage, onMessage } = defineMessaging<ProtocolMap>();

/** Which verdicts a page shows while the popup's filter is on; empty: every verdict. */
export interface VerdictFilter {
  verdicts: Verdict[];
}

/** Shape check for filterVerdicts: a short list of known verdicts and nothing else. */
export function isVerdictFilter(v: unknown): v is VerdictFilter {
  if (!v || typeof v !== 'object') return false;
  const list = (v as Record<string, unknown>).verdicts;
  return Array.isArray(list) && list.length <= VERDICTS.length && list.every(isVerdict);
}

/** Shape checks for data arriving from content scripts, which run beside untrusted pages. */
export function isVerdictCounts(v: unknown): v is VerdictCounts {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return VERDICTS.every((k) => Number.isInteger(r[k]) && (r[k] as number) >= 0 && (r[k] as number) < 1e7);
}

/** An origin the popup may ask to switch on: http(s), a host, an optional port, nothing else. */
export function isOrigin(v: unknown): v is string {
  return typeof v === 'string' && /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i.test(v) && v.length < 300;
}
