import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { CATEGORIES, type Category } from '../../lib/dataset/schema';
import type { Verdict } from '../../lib/claims/types';
import { sendMessage, type DatasetInfo, type PageState } from '../../lib/messages';
import {
  MARK_STYLES,
  getSettings,
  isNewsSite,
  siteKey,
  updateSettings,
  watchSettings,
  type MarkStyle,
  type Settings,
  type ShowMode,
} from '../../lib/settings';
import { DatasetSummary } from './DatasetSummary';
import { Legend } from './Legend';
import { Reports } from './Reports';
import { Switch } from './Switch';
import { VerdictCounts } from './VerdictCounts';

const CATEGORY_LABELS: Record<Category, string> = {
  rates: 'Interest rates',
  fx: 'Currencies',
  indices: 'Stock indices',
  macro: 'Economy',
  tariffs: 'Tariffs',
  holdings: 'Holdings',
  commodities: 'Commodities',
  crypto: 'Crypto',
};

const STYLE_LABELS: Record<MarkStyle, string> = {
  underline: 'Dotted underline',
  highlight: 'Highlight',
  badge: 'Small dot',
};

export interface ActiveTab {
  id: number;
  url: URL | null;
}

interface Props {
  tab: ActiveTab | null;
  /** The refresh controls (owned by the refresh feature). */
  refreshSlot: ComponentChildren;
}

export function PopupApp({ tab, refreshSlot }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  const [siteError, setSiteError] = useState<string | null>(null);
  const [filter, setFilter] = useState<Verdict[]>([]);

  useEffect(() => {
    void getSettings().then(setSettings);
    void sendMessage('getDatasetInfo')
      .then(setInfo)
      .catch(() => setInfo(null));
    return watchSettings(setSettings);
  }, []);

  // Counts come from the tab's content script; they change as the page or the settings change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: polling follows the tab, not every render's tab object
  useEffect(() => {
    if (!tab) return;
    let stopped = false;
    const poll = () =>
      sendMessage('getPageState', undefined, tab.id)
        .then((s) => {
          if (stopped) return;
          setPage(s ?? null);
          if (s?.filter) setFilter(s.filter);
        })
        .catch(() => !stopped && setPage(null));
    void poll();
    const timer = setInterval(poll, 700);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [tab?.id]);

  if (!settings) return <main class="popup">Loading…</main>;

  const url = tab?.url;
  const web = url && (url.protocol === 'https:' || url.protocol === 'http:');
  const host = web ? siteKey(url.hostname) : null;
  const builtIn = web ? isNewsSite(url.hostname) : false;
  const userOn = web ? settings.userSites.includes(url.origin) : false;
  const siteOn = !!host && (builtIn || userOn) && !settings.disabledSites.includes(host);

  const filterPage = (verdicts: Verdict[]) => {
    if (!tab) return;
    setFilter(verdicts);
    void sendMessage('filterVerdicts', { verdicts }, tab.id).catch(() => setFilter([]));
  };

  const set = (change: (s: Settings) => Settings) => void updateSettings(change).then(setSettings);

  const toggleSite = (on: boolean) => {
    if (!url || !host) return;
    setSiteError(null);
    if (builtIn || (userOn && on)) {
      set((s) => ({
        ...s,
        disabledSites: on ? s.disabledSites.filter((d) => d !== host) : [...new Set([...s.disabledSites, host])],
      }));
      return;
    }
    if (on) {
      // Must be called straight from the click: the browser only shows its prompt for a user gesture.
      browser.permissions
        .request({ origins: [`${url.origin}/*`] })
        .then((granted) => {
          if (!granted) throw new Error('Permission was not granted.');
          return sendMessage('enableSite', { origin: url.origin, tabId: tab!.id });
        })
        .then((res) => {
          if (!res.ok) setSiteError(res.error ?? 'Could not switch this site on.');
        })
        .catch((err: unknown) => setSiteError(err instanceof Error ? err.message : String(err)));
    } else {
      void sendMessage('disableSite', { origin: url.origin });
    }
  };

  return (
    <main class="popup">
      <header class="head">
        <h1>ClaimLens</h1>
        <Switch
          label="Annotations"
          testId="toggle-enabled"
          checked={settings.enabled}
          onChange={(on) => set((s) => ({ ...s, enabled: on }))}
        />
      </header>

      <Section title="This page">
        {web ? (
          <Switch
            label={`On ${host}`}
            hint={builtIn ? undefined : 'Asks for access to this site'}
            testId="toggle-site"
            checked={siteOn}
            disabled={!settings.enabled}
            onChange={toggleSite}
          />
        ) : (
          <p class="muted">ClaimLens works on web pages only.</p>
        )}
        {siteError && (
          <p class="error" role="alert">
            {siteError}
          </p>
        )}
        <VerdictCounts state={page} filter={filter} onFilter={filterPage} />
      </Section>

      <details class="section fold" data-testid="settings-fold">
        <summary>Filters and mark style</summary>
        <fieldset class="choices">
          <legend class="sr-only">Which claims to mark</legend>
          {(
            [
              ['all', 'All matched claims'],
              ['issues', 'Only alarms (differs, inconsistent)'],
            ] as [ShowMode, string][]
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="show"
                value={value}
                data-testid={`show-${value}`}
                checked={settings.show === value}
                onChange={() => set((s) => ({ ...s, show: value }))}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset class="cats">
          <legend>Categories</legend>
          {CATEGORIES.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                data-testid={`cat-${c}`}
                checked={settings.categories.includes(c)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  set((s) => ({
                    ...s,
                    categories: on ? [...new Set([...s.categories, c])] : s.categories.filter((x) => x !== c),
                  }));
                }}
              />{' '}
              {CATEGORY_LABELS[c]}
            </label>
          ))}
        </fieldset>
        <label class="style-pick">
          Mark style{' '}
          <select
            data-testid="mark-style"
            value={settings.markStyle}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as MarkStyle;
              set((s) => ({ ...s, markStyle: v }));
            }}
          >
            {MARK_STYLES.map((m) => (
              <option key={m} value={m}>
                {STYLE_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
      </details>

      <Section title="Dataset">
        <DatasetSummary info={info} />
      </Section>

      {refreshSlot}

      <details class="section fold">
        <summary>What the colours mean</summary>
        <Legend />
      </details>

      <details class="section fold" data-testid="reports-fold">
        <summary>Reports of wrong matches</summary>
        <Reports />
      </details>

      <footer class="muted small">Nothing from the pages you read leaves your browser.</footer>
    </main>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
