import type { AliasDrop } from '../site';

/**
 * appositive-owner. Example: "The core inflation rate, the more important number to the Federal Reserve,
 * accelerated to 3.3%": a name inside an aside that describes the subject ("the ... number to the Fed",
 * "a gauge watched by the ECB") says whose gauge it is, not what moved.
 */
const ASIDE_LEAD_RE =
  /,[\s\u00a0]*(?:[Tt]he|[Aa]n?)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+){0,4}?(?:to|for|of|watched[\s\u00a0]+by|favou?red[\s\u00a0]+by|preferred[\s\u00a0]+by)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w.'’-]*[\s\u00a0]+){0,2}$/;
// aside-noun-after: "Two-year notes, the most sensitive to Federal Reserve expectations, yielded 4.09%": a noun or two
// after the name may close the aside.
const ASIDE_END_RE = /^(?:[\s\u00a0]+[a-z][a-z-]*){0,2}[\s\u00a0]*,/;

export const appositiveOwner: AliasDrop = (o, { text, info, cs }) => {
  if (o.last >= cs) return false;
  const { tokens } = info;
  const start = tokens[o.first]!.start;
  const end = tokens[o.last]!.end;
  // "'s" after the name belongs to it ("the Fed's").
  const after = text.slice(end, end + 40).replace(/^['’]s/, '');
  return ASIDE_END_RE.test(after) && ASIDE_LEAD_RE.test(text.slice(Math.max(0, start - 60), start));
};
