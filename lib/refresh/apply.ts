import type { Dataset } from '../dataset/schema';
import { RefreshError } from './fetch';
import { mergeObservations } from './merge';
import type { Provider, ProviderContext } from './types';

export interface ProviderReport {
  id: string;
  ok: boolean;
  /** New or replaced figures taken from this provider. */
  taken: number;
  detail: string;
}

/**
 * Runs providers one after another over `base` and merges what each returns, with the same
 * merge and plausibility rules as the extension's refresh. A provider that throws, or whose every
 * figure is rejected, leaves the dataset as the previous providers left it: one failure never
 * spoils the rest. Used by `npm run data -- --refresh`; the extension's run.ts does the same per
 * provider with its permission and validator bookkeeping around it.
 */
export async function applyProviders(
  base: Dataset,
  providers: Provider[],
  makeCtx: () => Omit<ProviderContext, 'now'>,
  now: Date,
): Promise<{ dataset: Dataset; reports: ProviderReport[]; taken: number }> {
  const today = now.toISOString().slice(0, 10);
  let working = base;
  let total = 0;
  const reports: ProviderReport[] = [];
  for (const p of providers) {
    try {
      const outcome = await p.fetch({ ...makeCtx(), now });
      const merged = mergeObservations(working, outcome.observations, today);
      const taken = merged.added + merged.replaced;
      const problems = [...(outcome.problems ?? []), ...merged.rejected];
      if (taken === 0 && merged.rejected.length > 0) {
        reports.push({
          id: p.id,
          ok: false,
          taken: 0,
          detail: `figures rejected: ${merged.rejected.slice(0, 2).join('; ')}`,
        });
        continue;
      }
      working = merged.dataset;
      total += taken;
      const more = problems.length ? `; ${problems.length} problem(s): ${problems[0]}` : '';
      reports.push({
        id: p.id,
        ok: problems.length === 0,
        taken,
        detail: `${outcome.observations.length} read, ${taken} new${more}`,
      });
    } catch (err) {
      const why =
        err instanceof RefreshError ? err.message : `unexpected error: ${(err as Error)?.message ?? String(err)}`;
      reports.push({ id: p.id, ok: false, taken: 0, detail: why });
    }
  }
  return { dataset: working, reports, taken: total };
}
