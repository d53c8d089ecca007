import { localItem } from '../local-item';
import { pageAddress } from './reports';

/**
 * Marks the reader hid, kept per page (address without fragment) so they stay hidden on reload;
 * each hide can be undone. A claim is known by its indicator, its text and its sentence:
 * hiddenKey('jp.ust_holdings', '$1.13 trillion', 'Japan held …') → "jp.ust_holdings|$1.13 trillion|Japan held …".
 */

/** Pages remembered: the least recently changed go first beyond this. */
const MAX_HIDDEN_PAGES = 500;
/** Hidden marks per page. */
const MAX_HIDDEN_PER_PAGE = 500;
const MAX_KEY = 1_400;

type HiddenStore = Record<string, string[]>;

const hiddenItem = localItem<HiddenStore>('hiddenMarks', {});

export function hiddenKey(indicatorId: string | null | undefined, text: string, sentence: string): string {
  return `${indicatorId ?? ''}|${text}|${sentence}`.slice(0, MAX_KEY);
}

async function read(): Promise<HiddenStore> {
  const raw = await hiddenItem.getValue();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: HiddenStore = {};
  for (const [page, keys] of Object.entries(raw)) {
    if (Array.isArray(keys)) out[page] = keys.filter((k): k is string => typeof k === 'string');
  }
  return out;
}

/** The keys hidden on a page. */
export async function hiddenOn(href: string): Promise<Set<string>> {
  return new Set((await read())[pageAddress(href)] ?? []);
}

/** Hides a mark on a page for good (until undone). */
export async function hideMark(href: string, key: string): Promise<void> {
  const store = await read();
  const page = pageAddress(href);
  const keys = [...new Set([...(store[page] ?? []), key.slice(0, MAX_KEY)])].slice(-MAX_HIDDEN_PER_PAGE);
  delete store[page];
  store[page] = keys; // re-inserted last: object order keeps the most recently changed page at the end
  const pages = Object.keys(store);
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_HIDDEN_PAGES))) delete store[old];
  await hiddenItem.setValue(store);
}

/** Undoes hideMark. */
export async function unhideMark(href: string, key: string): Promise<void> {
  const store = await read();
  const page = pageAddress(href);
  const keys = (store[page] ?? []).filter((k) => k !== key);
  if (keys.length) store[page] = keys;
  else delete store[page];
  await hiddenItem.setValue(store);
}
