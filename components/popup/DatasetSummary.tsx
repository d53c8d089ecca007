import type { DatasetInfo } from '../../lib/messages';

export function DatasetSummary({ info }: { info: DatasetInfo | null }) {
  if (!info) return <p class="muted">Loading dataset details…</p>;
  return (
    <dl class="facts">
      <dt>Version</dt>
      <dd data-testid="dataset-version">{info.version}</dd>
      <dt>Snapshot</dt>
      <dd>{info.snapshot}</dd>
      <dt>Size</dt>
      <dd>
        {(info.bytes / 1024).toFixed(0)} kB · {info.indicators} indicators · {info.observations} figures
      </dd>
      <dt>Copy</dt>
      <dd>{info.origin === 'refreshed' ? 'Refreshed download' : 'Bundled with the extension'}</dd>
    </dl>
  );
}
