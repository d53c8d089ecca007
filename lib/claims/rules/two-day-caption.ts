import type { Found } from '../periods';
import { isSessionSpan } from '../dates';

/**
 * two-day-caption. Example: "Latest closes (Asia Monday, U.S. and commodities Friday) · Close · Nikkei 225 · 31,458.42":
 * a caption that gives two sessions, one per group of rows, does not say which row closed when; its days date no
 * cell (an undated close is then read as of the market's last session, by market-day). Not "Thursday vs. Wednesday",
 * a comparison whose columns name their own day.
 */
const COMPARED_GAP_RE = /\b(?:vs\.?|versus|against|from|compared)\b/i;
/** Words that join two days without naming a group of rows between them: "Monday and Friday", "Monday to Friday". */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through', 'until', 'till', 'then']);
/** Whether the words between two days name a group of rows ("Asia: Monday; U.S. and commodities: Friday"). */
function namesAGroup(gap: string): boolean {
  return (gap.match(/[A-Za-z][\w.&]*/g) ?? []).some((w) => !JOINING_WORDS.has(w.toLowerCase()));
}

const isDay = (f: Found) => !f.barrier && !f.forward && f.period.type === 'span' && isSessionSpan(f.period);

/** `headers` is the cell's caption and headers, in which the phrases were read. */
export function withoutTwoDayCaption(phrases: Found[], headers: string): Found[] {
  const days = phrases.filter(isDay);
  for (let i = 1; i < days.length; i++) {
    const a = days[i - 1]!;
    const b = days[i]!;
    if (a.period.type !== 'span' || b.period.type !== 'span' || a.period.to === b.period.to) continue;
    const gap = headers.slice(a.end, b.start);
    if (namesAGroup(gap) && !COMPARED_GAP_RE.test(gap) && !gap.includes('·'))
      return phrases.filter((f) => f !== a && f !== b);
  }
  return phrases;
}
