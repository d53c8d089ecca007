import { localItem } from './local-item';
import { CATEGORIES, type Category } from './dataset/schema';
import type { Verdict } from './claims/types';
import { NEWS_SITES } from './sites';
import { isAlarm } from './verdicts';

export const MARK_STYLES = ['underline', 'highlight', 'badge'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

/** 'issues' shows only the alarm verdicts: claims the source contradicts, or the article contradicts itself. */
const SHOW_MODES = ['all', 'issues'] as const;
export type ShowMode = (typeof SHOW_MODES)[number];

export interface Settings {
  /** Annotations on or off everywhere. */
  enabled: boolean;
  /** Hostnames the reader switched off (default sites and user-enabled ones alike). */
  disabledSites: string[];
  /** Origins ("https://example.com") the reader switched on beyond the default list. */
  userSites: string[];
  categories: Category[];
  show: ShowMode;
  markStyle: MarkStyle;
}

const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  userSites: [],
  categories: [...CATEGORIES],
  show: 'all',
  markStyle: 'underline',
};

/** Bump when the stored shape changes, and add a step to `migrations` below. */
const SETTINGS_VERSION = 1;

const strings = (v: unknown, ok: (s: string) => boolean): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((s): s is string => typeof s === 'string' && ok(s)))] : [];

/**
 * Reads whatever is in storage into a valid Settings: unknown fields are dropped, wrong types fall
 * back to the defaults. Storage is shared by every version of the extension ever installed, so
 * nothing read from it is trusted as-is.
 */
function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const cats = strings(r.categories, (s) => (CATEGORIES as readonly string[]).includes(s)) as Category[];
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: strings(r.disabledSites, (s) => /^[a-z0-9.-]+(?::\d+)?$/i.test(s)),
    userSites: strings(r.userSites, (s) => /^https?:\/\/[a-z0-9.-]+(?::\d+)?$/i.test(s)),
    categories: Array.isArray(r.categories) ? cats : [...DEFAULT_SETTINGS.categories],
    show: (SHOW_MODES as readonly unknown[]).includes(r.show) ? (r.show as ShowMode) : DEFAULT_SETTINGS.show,
    markStyle: (MARK_STYLES as readonly unknown[]).includes(r.markStyle)
      ? (r.markStyle as MarkStyle)
      : DEFAULT_SETTINGS.markStyle,
  };
}

const settingsItem = localItem<Settings>('settings', DEFAULT_SETTINGS, {
  version: SETTINGS_VERSION,
  // Version 1 is the first stored shape; later versions add their step here, e.g. 2: (v1) => ...
  migrations: {},
});

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Read-modify-write of the settings; returns what was stored. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(normalizeSettings(v)));
}

/** Whether a hostname is one of the built-in news sites (or a subdomain of one). */
export function isNewsSite(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return NEWS_SITES.some((site) => h === site || h.endsWith(`.${site}`));
}

/** The key a site is switched on and off by: its hostname without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether the content script should mark this page, given the settings. */
export function isActiveOn(settings: Settings, url: { hostname: string; origin: string }): boolean {
  if (!settings.enabled) return false;
  if (settings.disabledSites.includes(siteKey(url.hostname))) return false;
  return isNewsSite(url.hostname) || settings.userSites.includes(url.origin);
}

/** Whether a judged claim passes the reader's filter. */
export function isShown(settings: Settings, category: Category, verdict: Verdict): boolean {
  if (!settings.categories.includes(category)) return false;
  if (settings.show === 'issues') return isAlarm(verdict);
  return true;
}
