import { useEffect, useState } from 'preact/hooks';
import {
  clearReports,
  listReports,
  removeReport,
  reportsAsText,
  watchReports,
  type WrongMatchReport,
} from '../../lib/recourse';
import { formatDay } from '../../lib/format';
import { VERDICT_WORDS } from '../../lib/verdicts';

/** Puts text on the clipboard; the older selection route where the async API is refused. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}

function hostOf(page: string): string {
  try {
    return new URL(page).hostname.replace(/^www\./, '');
  } catch {
    return page;
  }
}

/** The reader's wrong-match reports, kept in this browser: listed, copied as text, removed. */
export function Reports() {
  const [reports, setReports] = useState<WrongMatchReport[] | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void listReports().then(setReports);
    return watchReports(setReports);
  }, []);

  if (!reports) return <p class="muted">Loading…</p>;
  if (!reports.length) {
    return (
      <p class="muted small" data-testid="reports-empty">
        No reports. “Report a wrong match” on a card keeps one here; nothing is sent.
      </p>
    );
  }
  const copy = () =>
    copyText(reportsAsText(reports)).then(
      () => setStatus(`Copied ${reports.length} ${reports.length === 1 ? 'report' : 'reports'} as text.`),
      () => setStatus('Could not copy.'),
    );
  return (
    <div>
      <ul class="reports" data-testid="reports">
        {reports.map((r) => (
          <li key={r.id} data-testid="report">
            <span class="what">
              “{r.claim.text}” → {r.claim.indicator?.name ?? 'no indicator'}
            </span>
            <span class="muted small">
              {VERDICT_WORDS[r.verdict].word} · {hostOf(r.page)} · {formatDay(r.at.slice(0, 10)) ?? r.at.slice(0, 10)}
            </span>
            <button
              type="button"
              class="linkish small"
              aria-label={`Remove the report on “${r.claim.text}”`}
              onClick={() => void removeReport(r.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div class="row-actions">
        <button type="button" onClick={() => void copy()} data-testid="reports-copy">
          Copy as text
        </button>
        <button type="button" onClick={() => void clearReports()}>
          Remove all
        </button>
      </div>
      <p class="muted small" role="status" data-testid="reports-status">
        {status}
      </p>
    </div>
  );
}
