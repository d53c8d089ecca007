import type { Judgement } from '../types';
import type { JudgeInput } from './input';

/**
 * Words that point a sentence at a time other than the article's date. Month names are matched
 * with their capital so that "may" the verb does not count.
 */
// back-then: "Back then the Fed's target range was 4.50%-4.75%": the time a passage before named.
// that-event: "That crash left the index at 19,828.30": an event named before, on its own day.
// day-of-event: "On the day of the Fed decision the S&P 500 sank 2.95%", written two days later: an event's day.
const OTHER_TIME_WORDS_RE =
  /\b(?:since|when|earlier|ago|previously|prior|before|back in|back then|in those days|at the time|at that point|on the day of|that (?:crash|rout|sell-?off|plunge|slump|tumble|collapse|rally|surge|spike))\b/i;
const MONTH_RE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** The sentence names another time than the article's date ("since early April, when ..."). */
export function pointsToOtherTime(sentence: string): boolean {
  return OTHER_TIME_WORDS_RE.test(sentence) || MONTH_RE.test(sentence);
}

/**
 * year-boundary-distance: "28% above where it ended 2025" is measured from a certain day, the year's
 * last close (beside-year-boundary in periods.ts), so it is judged like any move over its span.
 */
const YEAR_BOUNDARY_LABEL_RE = /\b(?:ended|started|began|finished|closed|end of)\b/i;
function atYearBoundary(input: JudgeInput): boolean {
  const p = input.period;
  return p?.type === 'span' && /-12-(?:2\d|3[01])$/.test(p.from) && YEAR_BOUNDARY_LABEL_RE.test(p.label);
}

/**
 * Rule other-time: "10-year yields have climbed since early April, when the benchmark dipped to about 1.1%".
 * No period was read, and the sentence points to another time, so the article's date is only a
 * guess: a gap is reported as "check", never as a red "differs".
 * Rule past-distance: "27% below its early-October level" is a distance from a level on a day the
 * engine does not pin down, not the move over October: a gap is "check".
 */
export function otherTime(input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || j.settledBy === 'stale-as-latest') return j;
  if (input.pastDistance && !atYearBoundary(input)) {
    return {
      ...j,
      verdict: 'check',
      explanation: `${j.explanation} Not called wrong: the figure is a distance from an earlier level whose day is not certain.`,
    };
  }
  // "which cut rates three times last year, holds its range at 3.75%-4.00%": the present tense right
  // before the figure dates it to the article, whatever other time the sentence names.
  // fixing-pins-day: "was fixed at 1.3750 at noon in New York, its weakest since April": a named
  // fixing of the day is the article's, whatever else the sentence names.
  const fixing = input.atNoonFixing || input.ecbReference || input.atAuction;
  // A total counted "since June 2024" names its own start (cumulative-since.ts).
  // swapped-stands: the last close or move with two digits swapped is a slip of it, whatever other time is named.
  if (
    j.settledBy !== 'digits-swapped' &&
    !input.period &&
    input.otherTime &&
    input.presentLevel !== 'verb' &&
    input.presentLevel !== 'snapshot' &&
    !fixing &&
    !input.cumulativeSince
  ) {
    return {
      ...j,
      verdict: 'check',
      explanation: `${j.explanation} Not called wrong: no date was stated and the sentence speaks of another time.`,
    };
  }
  return j;
}
