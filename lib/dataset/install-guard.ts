import { createEngine, type Engine } from '../claims/engine';
import type { Dataset } from './schema';
import { validateDataset } from './validate';
import { compareVersions } from './version';
import { aliasIndexProblem, withoutAliasIndex } from './guard/alias-index';
import { canaryProblem } from './guard/canary';
import { futureProblem } from './guard/future';
import { implausibleProblem } from './guard/plausible';

/**
 * The one gate between a dataset from outside the extension (a refresh download, or the copy kept
 * in storage) and the engine: a dataset is installed, or used after a restart, only if it passes
 * every rule here. Each refusal is one readable sentence for the popup.
 */
export type GuardResult = { ok: true; dataset: Dataset; engine: Engine } | { ok: false; reason: string };

export interface GuardContext {
  now: Date;
  /** The dataset in use, which a new one must be newer than and plausible next to. */
  held: Dataset | null;
}

/** Checks a candidate for installation: everything in checkDataset, plus newer than and plausible next to `held`. */
export function guardInstall(candidate: unknown, ctx: GuardContext): GuardResult {
  return checkDataset(candidate, ctx.now, ctx.held);
}

/** Checks a stored copy on read: the same rules except the comparison with a held dataset. */
export function guardStored(stored: unknown, now: Date): GuardResult {
  return checkDataset(stored, now, null);
}

function checkDataset(raw: unknown, now: Date, held: Dataset | null): GuardResult {
  const refuse = (reason: string): GuardResult => ({ ok: false, reason });
  const checked = validateDataset(raw);
  if (!checked.ok) return refuse(`it failed validation (${checked.errors.slice(0, 2).join('; ')})`);
  const ds = checked.dataset;
  const index = aliasIndexProblem(ds);
  if (index) return refuse(index);
  const future = futureProblem(ds, now);
  if (future) return refuse(future);
  if (held && compareVersions(ds.version, held.version) <= 0) {
    return refuse(`its version ${ds.version} is not newer than ${held.version}`);
  }
  const implausible = implausibleProblem(ds, held);
  if (implausible) return refuse(implausible);
  // Only an index built here is ever parsed: the engine below builds its own.
  const local = withoutAliasIndex(ds);
  let engine: Engine;
  try {
    engine = createEngine(local);
  } catch (err) {
    return refuse(`a test engine could not be built from it (${String((err as Error)?.message ?? err).slice(0, 120)})`);
  }
  const canary = canaryProblem(local, engine);
  if (canary) return refuse(canary);
  return { ok: true, dataset: local, engine };
}
