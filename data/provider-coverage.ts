import type { Dataset } from '../lib/dataset/schema';
import { indicatorAges } from '../lib/refresh/age';
import { PROVIDERS } from '../lib/refresh/providers';
import { PROVIDER_IDS } from '../lib/refresh/types';

/** Provider ids that refresh each indicator, from the providers' own `indicators` lists. */
function refreshersByIndicator(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of PROVIDER_IDS) {
    for (const ind of PROVIDERS[id].indicators) out.set(ind, [...(out.get(ind) ?? []), id]);
  }
  return out;
}

/**
 * `npm run data -- --coverage`: per indicator its latest figure, the figure's age and which
 * providers refresh it; the last line counts the indicators some provider refreshes.
 */
export function formatProviderCoverage(ds: Dataset, today: string): string {
  const by = refreshersByIndicator();
  const lines = [`dataset ${ds.version} (snapshot ${ds.snapshot}); ages as of ${today}`, ''];
  lines.push(
    `${'indicator'.padEnd(28)} ${'latest'.padEnd(22)} ${'period'.padEnd(10)} ${'age'.padStart(6)}  refreshed by`,
  );
  let refreshed = 0;
  for (const a of indicatorAges(ds, today)) {
    const who = by.get(a.id) ?? [];
    if (who.length) refreshed++;
    const value = a.latest ? String(a.latest.value) : '-';
    const age = a.ageDays === null ? '-' : `${a.ageDays}d`;
    lines.push(
      `${a.id.padEnd(28)} ${value.padEnd(22)} ${(a.latest?.period ?? '-').padEnd(10)} ${age.padStart(6)}  ${who.join(', ') || '(none)'}`,
    );
  }
  const unrefreshed = ds.indicators.filter((i) => !(by.get(i.id) ?? []).length).map((i) => i.id);
  if (unrefreshed.length) lines.push('', `not refreshed by any provider: ${unrefreshed.join(', ')}`);
  lines.push(`refreshed by a provider: ${refreshed} of ${ds.indicators.length} indicators`);
  return lines.join('\n');
}
