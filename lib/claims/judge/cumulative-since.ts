import { MONTH_WORD } from '../lexicon/month-patterns';
import { monthIndex } from '../periods';

/**
 * cumulative-since: "the bank has lowered its policy rate by 275 basis points since June 2024": a total counted
 * from a named month takes in every decision from that month's first day, the June cut too; a total that leaves
 * one out ("250 basis points since June 2024") is another figure, not a shorter run.
 */
// cycle-opened-in: "Counting the half-point move that opened the cycle in September 2024, the Fed has now
// removed 175 basis points in all": the month the cycle opened starts the count as "since" does.
const SINCE_MONTH_RE = new RegExp(
  String.raw`\b(?:since[\s\u00a0]+(?:(?:they|it|the[\s\u00a0]+bank|policymakers)[\s\u00a0]+(?:started|began)[\s\u00a0]+(?:cutting|easing|raising|hiking)[\s\u00a0]+in[\s\u00a0]+)?|(?:opened|started|began|kicked[\s\u00a0]+off)[\s\u00a0]+(?:the|its|this)[\s\u00a0]+(?:(?:easing|cutting|rate-cutting|hiking|tightening)[\s\u00a0]+)?cycle[\s\u00a0]+in[\s\u00a0]+)${MONTH_WORD}[\s\u00a0]+((?:19|20)\d\d)\b`,
  'i',
);

/** The first day of the month a total is counted from ("2024-06-01"), or undefined. */
export function cumulativeSince(sentence: string): string | undefined {
  const m = SINCE_MONTH_RE.exec(sentence);
  if (!m) return undefined;
  const mi = monthIndex(m[1]!);
  return mi < 0 ? undefined : `${m[2]}-${String(mi + 1).padStart(2, '0')}-01`;
}
