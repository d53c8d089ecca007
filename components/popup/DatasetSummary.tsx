import type { DatasetInfo } from '../../lib/messages';
import { formatDatasetAge, formatDay, todayIso } from '../../lib/format';

export function DatasetSummary({ info, today = todayIso() }: { info: DatasetInfo | null; today?: string }) {
  if (!info) return <p class="muted">Loading dataset details…</p>;
  const age = formatDatasetAge(info.snapshot, today);
  return (
    <>
      <p class="age" data-testid="dataset-age">
        {age.charAt(0).toUpperCase() + age.slice(1)}
      </p>
      <details class="more">
        <summary>About the dataset</summary>
        <dl class="facts">
          <dt>Version</dt>
          <dd data-testid="dataset-version">{info.version}</dd>
          <dt>Snapshot</dt>
          <dd>{formatDay(info.snapshot) ?? info.snapshot}</dd>
          <dt>Size</dt>
          <dd>
            {(info.bytes / 1024).toFixed(0)} kB · {info.indicators} indicators · {info.observations} figures
          </dd>
          <dt>Copy</dt>
          <dd>{info.origin === 'refreshed' ? 'Refreshed download' : 'Bundled with the extension'}</dd>
        </dl>
      </details>
    </>
  );
}
