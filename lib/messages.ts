import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Verdict } from './claims/types';
import type { PackedClaims } from './claims/pack';
import type { Series } from './dataset/schema';
import type { RefreshStatus } from './refresh/settings';

export const VERDICTS: readonly Verdict[] = ['matches', 'close', 'differs', 'since-changed', 'no-figure-yet', 'check', 'unverifiable', 'inconsistent'];

export type VerdictCounts = Record<Verdict, number>;

export function emptyCounts(): VerdictCounts {
  return { matches: 0, close: 0, differs: 0, 'since-changed': 0, 'no-figure-yet': 0, check: 0, unverifiable: 0, inconsistent: 0 };
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
}

export interface AnalyzeResult {
  /** Matched claims, packed (lib/claims/pack.ts): every byte of the answer is parsed on the page's main thread. */
  claims: PackedClaims;
  /** A short recent stretch of each matched indicator's series, for the card's sparkline. */
  series: Record<string, Series>;
}

/** Limits on what a content script may ask the background to read: a big page, not a flood. */
const MAX_BLOCKS = 50_000;
const MAX_BLOCK_CHARS = 25_000;
const MAX_TOTAL_CHARS = 8_000_000;

/** Shape check for analyzeBlocks: content scripts run beside untrusted pages. */
export function isAnalyzeRequest(v: unknown): v is AnalyzeRequest {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  if (r.published !== null && !(typeof r.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.published))) return false;
  if (!Array.isArray(r.blocks) || r.blocks.length > MAX_BLOCKS) return false;
  let total = 0;
  for (const b of r.blocks as unknown[]) {
    if (!b || typeof b !== 'object') return false;
    const { text, context } = b as Record<string, unknown>;
    if (typeof text !== 'string' || text.length > MAX_BLOCK_CHARS) return false;
    if (context !== undefined && (typeof context !== 'string' || context.length > 2_000)) return false;
    total += text.length;
  }
  return total <= MAX_TOTAL_CHARS;
}

export interface ProtocolMap {
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
  /** popup → background: run one dataset refresh now (lib/refresh/schedule.ts; extension pages only). */
  refreshNow(): RefreshStatus;
  /** popup → content (tabs.sendMessage) */
  getPageState(): PageState;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

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
