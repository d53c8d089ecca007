import type { Indicator } from '../../dataset/schema';

/**
 * Example: "The Nikkei jumped 1,200 points, while the broader index added 80 points": the broader
 * index is the Topix, not the Nikkei named just before.
 *
 * "The broader index" sets itself against the index just named: it is the index of the same country
 * that the dataset itself calls broader (an alias such as "broader Topix").
 */

const CONTRAST_RE = /\bthe[\s\u00a0]+(broader|wider|broad)[\s\u00a0]+(?:index|gauge|market|benchmark|measure)\b/gi;
const BROADER_WORDS = new Set(['broader', 'wider', 'broad']);

export type BroaderIndex = ReadonlyMap<string, Indicator>;

/** The index each country's aliases call broader, when exactly one does. */
export function broaderIndex(
  indicators: readonly Indicator[],
  countriesOf: (id: string) => ReadonlySet<string> | undefined,
): BroaderIndex {
  const found = new Map<string, Indicator | null>();
  for (const ind of indicators) {
    if (ind.kind !== 'index') continue;
    if (
      !ind.aliases.some((a) =>
        a
          .toLowerCase()
          .split(/\s+/)
          .some((w) => BROADER_WORDS.has(w)),
      )
    )
      continue;
    for (const c of countriesOf(ind.id) ?? []) found.set(c, found.has(c) ? null : ind);
  }
  const out = new Map<string, Indicator>();
  for (const [c, ind] of found) if (ind) out.set(c, ind);
  return out;
}

/**
 * Where "the broader index" last stands in `text` before `end`, after `from` (the end of the last
 * name of an index), or -1.
 */
export function contrastAt(text: string, from: number, end: number): number {
  const window = text.slice(from, end);
  let at = -1;
  CONTRAST_RE.lastIndex = 0;
  for (let m = CONTRAST_RE.exec(window); m; m = CONTRAST_RE.exec(window)) at = from + m.index;
  return at;
}

interface Scored {
  indicator: Indicator;
  alias: string;
  score: number;
}

/** As sure as a name a few words away. */
const BROADER_SCORE = 3;

/**
 * The broader index of the country of `last` (the index the sentence names last before the
 * figure), when "the broader index" stands between that name and the figure; otherwise `cands`.
 */
export function towardBroader(
  cands: Scored[],
  text: string,
  figureStart: number,
  last: { indicator: Indicator; alias: string; end: number } | null,
  broader: BroaderIndex,
  countriesOf: (id: string) => ReadonlySet<string> | undefined,
): Scored[] {
  if (last?.indicator.kind !== 'index' || contrastAt(text, last.end, figureStart) < 0) return cands;
  for (const country of countriesOf(last.indicator.id) ?? []) {
    const b = broader.get(country);
    if (b && b !== last.indicator)
      return [{ indicator: b, alias: `${last.alias} (the broader index)`, score: BROADER_SCORE }];
  }
  return cands;
}

/** The index the sentence names last before offset `before`, with where its name ends. */
export function lastNamedIndex(
  occs: readonly { entry: { indicator: Indicator; alias: string }; last: number }[],
  tokens: readonly { end: number }[],
  before: number,
): { indicator: Indicator; alias: string; end: number } | null {
  let last: { indicator: Indicator; alias: string; end: number } | null = null;
  for (const o of occs) {
    const end = tokens[o.last]!.end;
    if (o.entry.indicator.kind === 'index' && end <= before && (!last || end > last.end))
      last = { indicator: o.entry.indicator, alias: o.entry.alias, end };
  }
  return last;
}
