import { MONTH_WORD } from '../lexicon/month-patterns';

/**
 * Example: "Employers added 177,000 jobs in April. The bureau lowered March to 185,000 from an initial
 * 228,000, and February to 102,000": a month revised to a figure is that month's reading of the
 * release named last.
 */
const REVISION_VERBS = String.raw`revised|lowered|raised|cut|trimmed|pared|lifted|marked[\s\u00a0]+(?:down|up)|upgraded|downgraded|revised[\s\u00a0]+(?:down|up)|nudged[\s\u00a0]+(?:down|up)|bumped[\s\u00a0]+(?:down|up)`;
const REVISED_MONTH_RE = new RegExp(
  String.raw`\b(?:${REVISION_VERBS})[\s\u00a0]+(?:(?:its|the)[\s\u00a0]+(?:estimate|figure|reading)[\s\u00a0]+for[\s\u00a0]+)?${MONTH_WORD}(?:['’]s[\s\u00a0]+(?:figure|gain|print|reading|total|tally))?(?:[\s\u00a0]+(?:down|up|higher|lower))?[\s\u00a0]+to[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$`,
  'i',
);
/** month-as-subject: "July was nudged up to 79,000": the month revised, as the subject of a passive. */
const MONTH_SUBJECT_RE = new RegExp(
  String.raw`\b${MONTH_WORD}[\s\u00a0]+(?:was|were|has[\s\u00a0]+been|had[\s\u00a0]+been|is[\s\u00a0]+now)[\s\u00a0]+(?:${REVISION_VERBS})(?:[\s\u00a0]+(?:down|up|higher|lower))?[\s\u00a0]+to[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$`,
  'i',
);
/** ", and February to 102,000": the next month of the same revision. */
const NEXT_MONTH_RE = new RegExp(String.raw`,?[\s\u00a0]+and[\s\u00a0]+${MONTH_WORD}[\s\u00a0]+to[\s\u00a0]+$`, 'i');
const HAS_REVISION_RE = new RegExp(String.raw`\b(?:${REVISION_VERBS})\b`, 'i');

/** Kinds of release whose months are revised. */
export const REVISED_KINDS: ReadonlySet<string> = new Set(['labour', 'growth', 'inflation']);

/** Whether the sentence's words up to the figure revise a month to it. */
export function revisesMonthTo(sentenceBefore: string): boolean {
  const tail = sentenceBefore.slice(-90);
  return (
    REVISED_MONTH_RE.test(tail) ||
    MONTH_SUBJECT_RE.test(tail) ||
    (NEXT_MONTH_RE.test(tail) && HAS_REVISION_RE.test(sentenceBefore))
  );
}

/** Words (normalised) of a revision, for the cheap test of whether a sentence may revise a month. */
const REVISION_WORDS: ReadonlySet<string> = new Set([
  'revised',
  'lowered',
  'raised',
  'cut',
  'trimmed',
  'pared',
  'lifted',
  'marked',
  'upgraded',
  'downgraded',
  'nudged',
  'bumped',
]);

/** Whether any token is a revision verb (before the sentence is read in full). */
export function mayReviseMonth(tokens: readonly { norm: string }[]): boolean {
  return tokens.some((t) => REVISION_WORDS.has(t.norm));
}
