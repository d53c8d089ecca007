import type { ClaimContext } from '../types';
import type { Catalogue } from '../catalogue';
import type { SubjectRule } from '../match-record';
import { asCandidate, type Candidate } from '../candidate';
import { chooseSubject, type Choice } from '../stages/choose';
import type { FigureSite } from './order';

/** How far from the indicator's typical size a level may be to be taken as its (a third either way). */
const SIZE_BAND = 1.35;

/** Rules a subject carried from before may be set aside for (never a name in the sentence). */
const CARRIED_RULES: ReadonlySet<SubjectRule> = new Set(['its-level', 'earlier-subject', 'pronoun-it']);

/**
 * level-size-recent: "The Nikkei ... and the TOPIX .... Measured from Monday's close of 31,136.58, the benchmark
 * ...": a level carried from before that cannot be the subject named last (TOPIX is near 2,500) is the one other
 * subject of its kind named lately whose size it fits, if exactly one does.
 */
export function levelSizeRecent(
  cands: readonly Candidate[],
  site: FigureSite,
  recentIds: readonly string[],
  catalogue: Catalogue,
  getCtx: () => ClaimContext,
): Choice | null {
  const top = cands[0];
  if (!top || !cands.every((c) => CARRIED_RULES.has(c.rule))) return null;
  const ctx = getCtx();
  if (ctx.kind !== 'level') return null;
  const p = ctx.period;
  // The level's day where the sentence gives one: its size then, not today's.
  const day = p?.type === 'span' ? p.to : p?.type === 'point' && p.period.length === 10 ? p.period : null;
  const fits: Choice[] = [];
  for (const id of recentIds) {
    const ind = catalogue.matcher.byId.get(id);
    if (!ind || ind.id === top.indicator.id || ind.kind !== top.indicator.kind) continue;
    // Its size, not the loose band that only rules a figure out: "125,000" is no Dow level.
    const m = day ? (catalogue.view.pointOnOrBefore(ind.id, day, 10)?.value ?? null) : catalogue.view.magnitude(ind.id);
    if (!m || site.expr.value < m / SIZE_BAND || site.expr.value > m * SIZE_BAND) continue;
    const alt = asCandidate(
      { indicator: ind, alias: `${ind.name} (named earlier; the level's size)`, score: top.score },
      top.rule,
    );
    const c = chooseSubject([alt], site, ctx);
    if (c && !c.passOnly && !c.implausible) fits.push(c);
  }
  return fits.length === 1 ? fits[0]! : null;
}
