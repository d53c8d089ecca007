import { PROVIDERS } from './providers';
import { PROVIDER_IDS, type ProviderId } from './types';
import type { RefreshSettings } from './settings';
import { originPattern, resolveSourceUrl, REFRESH_BASE } from './config';
import { datasetFetchUrl, PUBLISHED_DATASET_URL } from './published';

/** FRED's keyed API, asked for only when the reader has given a key. */
const FRED_API_ORIGIN = 'https://api.stlouisfed.org/*';

/** The URLs a refresh with these settings fetches at `now`, after the test-build rewrite. */
function sourceUrls(settings: RefreshSettings, now: Date, base: string = REFRESH_BASE): string[] {
  const urls: string[] = [];
  if (settings.datasetUrl) urls.push(datasetFetchUrl(settings.datasetUrl, base));
  for (const id of enabledProviders(settings)) {
    for (const u of PROVIDERS[id].urls(now)) urls.push(resolveSourceUrl(u, base));
  }
  if (settings.fredApiKey && settings.providers.fred)
    urls.push(resolveSourceUrl(FRED_API_ORIGIN.replace('*', ''), base));
  return urls;
}

export function enabledProviders(settings: RefreshSettings): ProviderId[] {
  return PROVIDER_IDS.filter((id) => settings.providers[id]);
}

/**
 * Host permissions these settings need: one pattern per host, nothing broader. Computed without
 * any await so the popup can pass it straight to permissions.request inside the click.
 */
export function requiredOrigins(
  settings: RefreshSettings,
  now: Date = new Date(),
  base: string = REFRESH_BASE,
): string[] {
  const out = new Set<string>();
  for (const u of sourceUrls(settings, now, base)) {
    try {
      out.add(originPattern(u));
    } catch {
      // An unparsable dataset URL asks for nothing; the refresh reports it.
    }
  }
  return [...out];
}

/**
 * Hosts of every provider and of the published dataset in production, listed in the manifest's
 * optional_host_permissions only: none is granted until the reader switches refreshing on.
 */
export const PROVIDER_ORIGINS: string[] = [
  ...new Set([
    originPattern(PUBLISHED_DATASET_URL),
    ...PROVIDER_IDS.flatMap((id) => PROVIDERS[id].urls(new Date()).map(originPattern)),
    FRED_API_ORIGIN,
  ]),
];
