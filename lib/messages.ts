import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Verdict } from './claims/types';
import type { RefreshStatus } from './refresh/settings';

export const VERDICTS: readonly Verdict[] = ['matches', 'close', 'differs', 'outdated', 'unverifiable'];

export type VerdictCounts = Record<Verdict, number>;

export function emptyCounts(): VerdictCounts {
  return { matches: 0, close: 0, differs: 0, outdated: 0, unverifiable: 0 };
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
}

/**
 * Every message the extension's parts exchange. Content scripts only ever send `getDatasetText` and
 * `reportCounts`; the background checks the sender of each (see entrypoints/background.ts).
 */
export interface ProtocolMap {
  /**
   * content → background: the dataset in use (refreshed copy, else bundled) as JSON text. A string
   * crosses the message channel as one copy; the same 380 kB as an object costs a deep clone on both
   * sides (about 44 ms of the page's main thread, measured in Chromium).
   */
  getDatasetText(): string;
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
