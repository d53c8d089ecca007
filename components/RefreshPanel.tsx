import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { datasetNotice } from '../lib/dataset/store';
import type { DatasetInfo } from '../lib/messages';
import { DatasetAge } from './DatasetAge';
import { sendMessage } from '../lib/messages';
import { getSettings } from '../lib/settings';
import { PROVIDERS } from '../lib/refresh/providers';
import { checkFetchUrl } from '../lib/refresh/fetch';
import { REFRESH_BASE } from '../lib/refresh/config';
import {
  ALL_PROVIDERS,
  DEFAULT_REFRESH_SETTINGS,
  normalizeSettings,
  refreshSettings,
  refreshStatus,
  type RefreshSettings,
  type RefreshStatus,
} from '../lib/refresh/settings';
import { requiredOrigins } from '../lib/refresh/sources';
import { PROVIDER_IDS, type ProviderId } from '../lib/refresh/types';

const RESULT_TEXT: Record<RefreshStatus['result'], string> = {
  updated: 'Updated',
  unchanged: 'No change',
  partial: 'Partly updated',
  failed: 'Failed',
};

/**
 * "Keep the dataset up to date": the opt-in refresh controls for the popup. Permission requests
 * happen synchronously inside the click/change handlers (Chrome only shows the prompt during a
 * user gesture), for exactly the hosts the chosen sources need.
 */
export function RefreshPanel() {
  const [settings, setSettings] = useState<RefreshSettings | null>(null);
  const [status, setStatus] = useState<RefreshStatus | null>(null);
  const [hasRefreshed, setHasRefreshed] = useState(false);
  const [urlDraft, setUrlDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [inUse, setInUse] = useState<DatasetInfo | null>(null);

  useEffect(() => {
    void refreshSettings.getValue().then((s) => {
      const n = normalizeSettings(s);
      setSettings(n);
      setUrlDraft(n.datasetUrl);
    });
    void refreshStatus.getValue().then(setStatus);
    // The dataset in use, asked of the background (the only reader of the stored copy).
    const showInUse = () =>
      void sendMessage('getDatasetInfo', undefined)
        .then((d) => {
          setHasRefreshed(d.origin === 'refreshed');
          setInUse(d);
        })
        .catch(() => setInUse(null));
    showInUse();
    const offs = [
      refreshSettings.watch((s) => setSettings(normalizeSettings(s))),
      refreshStatus.watch(setStatus),
      datasetNotice.watch(() => showInUse()),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, []);

  if (!settings) return <p class="muted">Loading…</p>;
  const s = settings;

  const save = async (next: RefreshSettings) => {
    setSettings(next);
    await refreshSettings.setValue(next);
  };
  const fail = (text: string) => setMessage({ text, error: true });

  /** Asks for the hosts `next` needs (call from an event handler, before any await), then saves. */
  const grantThenSave = (next: RefreshSettings, after?: () => Promise<void>) => {
    const origins = requiredOrigins(next);
    const asked = origins.length ? browser.permissions.request({ origins }) : Promise.resolve(true);
    void asked
      .then(async (ok) => {
        if (!ok) {
          fail('Permission was not granted, so nothing changed.');
          setSettings({ ...s }); // re-render the controls back to the saved state
          return;
        }
        setMessage(null);
        await save(next);
        await after?.();
      })
      .catch((err: Error) => fail(`Could not ask for permission: ${err.message}`));
  };

  const refreshNow = async () => {
    setBusy(true);
    setMessage(null);
    try {
      setStatus(await sendMessage('refreshNow', undefined));
    } catch (err) {
      fail(`Refresh could not start: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const onToggle = (on: boolean) => {
    if (on) {
      grantThenSave({ ...s, enabled: true }, refreshNow);
    } else {
      void save({ ...s, enabled: false }).then(releaseHosts);
    }
  };

  const onProvider = (id: ProviderId, on: boolean) => {
    const next = { ...s, providers: { ...s.providers, [id]: on } };
    if (on && s.enabled) grantThenSave(next);
    else void save(next);
  };

  const onSaveUrl = () => {
    const url = urlDraft.trim();
    if (url) {
      try {
        checkFetchUrl(url, REFRESH_BASE !== '');
      } catch (err) {
        fail(`Dataset URL: ${(err as Error).message}`);
        return;
      }
    }
    const next = { ...s, datasetUrl: url };
    if (url && s.enabled) grantThenSave(next);
    else void save(next).then(() => setMessage({ text: 'Saved.', error: false }));
  };

  const switchToBundled = async () => {
    try {
      // The background owns the stored dataset (IndexedDB on the extension's origin).
      const { version } = await sendMessage('useBundledDataset', undefined);
      setMessage({ text: `Now using the bundled snapshot ${version}.`, error: false });
    } catch (err) {
      fail(`Could not go back to the bundled snapshot: ${(err as Error).message}`);
    }
  };

  return (
    <section class="section refresh" aria-label="Dataset updates">
      <h2>Dataset updates</h2>
      <label class="switch">
        <input
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox reports its own checked state; aria-checked would duplicate it
          role="switch"
          checked={s.enabled}
          data-testid="refresh-toggle"
          onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
        />
        <span class="switch-label">
          Keep the dataset up to date
          <span class="hint">Downloads official figures; sends nothing about you or the pages you read.</span>
        </span>
      </label>

      {s.enabled && (
        <div class="refresh-options">
          <label>
            How often{' '}
            <select
              data-testid="refresh-frequency"
              value={s.frequency}
              onChange={(e) =>
                void save({
                  ...s,
                  frequency: (e.currentTarget as HTMLSelectElement).value === 'weekly' ? 'weekly' : 'daily',
                })
              }
            >
              <option value="daily">Daily</option>
              <option value="weekly">Weekly</option>
            </select>
          </label>
          <fieldset class="choices">
            <legend>Sources</legend>
            {PROVIDER_IDS.map((id) => (
              <label key={id}>
                <input
                  type="checkbox"
                  checked={s.providers[id]}
                  data-testid={`refresh-provider-${id}`}
                  onChange={(e) => onProvider(id, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                {PROVIDERS[id].label}
              </label>
            ))}
          </fieldset>
          <label class="refresh-url">
            FRED API key (optional; tried only when FRED's keyless download fails)
            <input
              type="password"
              autocomplete="off"
              value={s.fredApiKey}
              data-testid="refresh-fred-key"
              onChange={(e) => {
                const next = normalizeSettings({ ...s, fredApiKey: (e.currentTarget as HTMLInputElement).value });
                if (next.fredApiKey && s.enabled) grantThenSave(next);
                else void save(next);
              }}
            />
          </label>
          <label class="refresh-url">
            Dataset URL (optional)
            <input
              type="url"
              placeholder="https://…/dataset.json"
              value={urlDraft}
              data-testid="refresh-url"
              onInput={(e) => setUrlDraft((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="button" data-testid="refresh-url-save" onClick={onSaveUrl}>
            Save URL
          </button>
        </div>
      )}

      <div class="refresh-actions">
        <button type="button" data-testid="refresh-now" disabled={!s.enabled || busy} onClick={() => void refreshNow()}>
          {busy ? 'Refreshing…' : 'Refresh now'}
        </button>
        <button
          type="button"
          data-testid="refresh-bundled"
          disabled={!hasRefreshed}
          onClick={() => void switchToBundled()}
        >
          Use the bundled snapshot
        </button>
      </div>

      {message && (
        <p class={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <DatasetAge info={inUse} today={new Date().toISOString().slice(0, 10)} />
      <LastAttempt status={status} />
    </section>
  );
}

function LastAttempt({ status }: { status: RefreshStatus | null }) {
  if (!status)
    return (
      <p class="muted small" data-testid="refresh-status">
        No refresh has run yet.
      </p>
    );
  const when = new Date(status.at);
  return (
    <div class="refresh-last" data-testid="refresh-status" data-result={status.result}>
      <p class="small">
        Last attempt: <time dateTime={status.at}>{when.toLocaleString()}</time> —{' '}
        <strong data-testid="refresh-result">{RESULT_TEXT[status.result]}</strong>
      </p>
      <p class="small" data-testid="refresh-reason">
        {status.reason}
      </p>
      {status.sources.length > 0 && (
        <details>
          <summary class="small">Sources</summary>
          <ul class="small">
            {status.sources.map((r) => (
              <li key={r.id}>
                {r.ok ? '✓' : '✗'} {r.id}: {r.detail}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * Gives back the provider hosts when refreshing is switched off, except hosts the reader enabled
 * as sites. A dataset URL's host is kept: it may be a site the reader reads.
 */
async function releaseHosts(): Promise<void> {
  const all = requiredOrigins({ ...DEFAULT_REFRESH_SETTINGS, datasetUrl: '', providers: ALL_PROVIDERS });
  const sites = new Set((await getSettings().catch(() => null))?.userSites ?? []);
  const release = all.filter((o) => !sites.has(o.replace(/\/\*$/, '')));
  for (const origin of release) {
    // Required hosts (test builds) cannot be removed; that is fine.
    await browser.permissions.remove({ origins: [origin] }).catch(() => false);
  }
}
