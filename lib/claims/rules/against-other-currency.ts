import type { AliasDrop } from '../site';
import { CURRENCY_OF } from '../lexicon/currencies';

/**
 * against-other-currency. Example: "Versus the single currency the yen gave up 0.6 percent to 161.90": a
 * currency quoted against another than its catalogue pair's (the euro, not the dollar) is a cross the
 * catalogue lacks, so dollar-yen is not the figure's subject.
 */
export const againstOtherCurrency: AliasDrop = (o, { text, info, expr }) => {
  const id = o.entry.indicator.id;
  if (o.entry.indicator.kind !== 'fx' || !/^fx\.[a-z]{6}$/.test(id)) return false;
  const own = [id.slice(3, 6).toUpperCase(), id.slice(6, 9).toUpperCase()];
  const { tokens } = info;
  const aliasStart = tokens[o.first]?.start ?? 0;
  const aliasEnd = tokens[o.last]?.end ?? aliasStart;
  if (aliasEnd > expr.start) return false;
  const from = tokens[0]?.start ?? 0;
  const part = text.slice(from, expr.start);
  let other = false;
  AGAINST_RE.lastIndex = 0;
  for (let m = AGAINST_RE.exec(part); m; m = AGAINST_RE.exec(part)) {
    const code = CURRENCY_OF.get(m[1]!.toLowerCase());
    if (!code) continue;
    // "against the dollar and the euro": a quote against the pair's own side keeps the pair.
    if (own.includes(code)) return false;
    const at = from + m.index;
    // Before the alias, only when no clause break stands between ("the dollar fell against the euro, while
    // the yen rose to 150.2" is another clause's cross).
    if (at < aliasStart && CLAUSE_BREAK_RE.test(text.slice(at + m[0].length, aliasStart))) continue;
    other = true;
  }
  return other;
};

const AGAINST_RE = /\b(?:against|versus|vs\.?)[\s\u00a0]+the[\s\u00a0]+([a-z]+)\b/gi;
const CLAUSE_BREAK_RE = /;|\b(?:while|whereas|but|and)\b/i;
