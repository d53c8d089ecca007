import { isPrimaryHost } from './source-hosts';

/**
 * Rule primary-source: a facts row's `source_url` must be on a publisher's host (source-hosts.ts);
 * the card links it. `cmd.gold_usd 2026-01-26` citing deccanherald.com is refused: cite the market's
 * publisher and keep the news page in `via`. Returns the reason, or null when the page is a publisher's.
 */
export function nonPrimarySource(indicator: string, period: string, url: string): string | null {
  if (isPrimaryHost(url)) return null;
  return (
    `${indicator} ${period}: source url "${url}" is not a publisher's page (no host in PRIMARY_HOSTS of ` +
    `data/source-hosts.ts); cite the publisher's page and put this one in "via"`
  );
}
