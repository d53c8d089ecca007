import { lastWordBeforeSpace } from '../chars';

/**
 * Example: "17.3% above its April 8 close of 4,982.77", "the $760.8bn it held in January": a past
 * level of the subject named last.
 */

/**
 * "its April 8 close of ", "its Jan. 27 record close of ", "its February high of ", "its record closing
 * high by just three points at " (the record, not the day's level); day-record: "one session after
 * Thursday's record finish at "; previous-record-close: "past the previous record close of ".
 */
const ITS_LEVEL_BEFORE_RE =
  /\b(?:its|their|the(?=[\s\u00a0]+(?:previous|prior)[\s\u00a0]+(?:closing[\s\u00a0]+|all-time[\s\u00a0]+)?(?:record|high|peak)\b)|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri)day['’]s|[Yy]esterday['’]s|the[\s\u00a0]+previous[\s\u00a0]+session['’]s)[\s\u00a0]+(?:[A-Z][a-z]+\.?[\s\u00a0]+(?:\d{1,2}[\s\u00a0]+)?|\d{4}[\s\u00a0]+|(?:year|month|week)-end[\s\u00a0]+)?(?:(?:record|all-time|previous|closing|intraday|own|recent|latest|prior)[\s\u00a0]+){0,3}(?:close|closing level|high|low|peak|trough|level|finish|record)(?:[\s\u00a0]+by[\s\u00a0]+(?:just[\s\u00a0]+|only[\s\u00a0]+)?[\w.,]+[\s\u00a0]+points?)?[\s\u00a0]+(?:of|at|above|near|around)[\s\u00a0]+$/;
/** "the 24,580.11 it stood at", "the $760.8bn it held in January 2025". */
const IT_HELD_AFTER_RE =
  /^[\s\u00a0]+(?:that[\s\u00a0]+)?(?:it|they)[\s\u00a0]+(?:had[\s\u00a0]+|was[\s\u00a0]+|were[\s\u00a0]+)?(?:stood|held|traded|trading|quoted|closed|ended|finished|reached|hit|touched|fetched|sat)\b/i;

/** Whether the words before (`before`, up to 60 chars) or after (`after`, up to 40) a figure make it a past level of the subject named last. */
/** its-record-verb: "two sessions after it notched a record close of 6,144.15": the subject's own past level. */
const IT_NOTCHED_RE =
  /\b(?:it|they)[\s\u00a0]+(?:notched|set|hit|reached|posted|marked|logged)[\s\u00a0]+(?:a[\s\u00a0]+|its[\s\u00a0]+)?(?:(?:record|all-time|closing)[\s\u00a0]+){1,2}(?:close|closing high|high|finish)?[\s\u00a0]*(?:of|at)[\s\u00a0]+$/i;

/** previous-record-was: "Its previous closing high was 3,486.19": the record before, told with "was". */
const PREVIOUS_RECORD_WAS_RE =
  /\b(?:its|their|the)[\s\u00a0]+(?:previous|prior)[\s\u00a0]+(?:(?:record|all-time|closing)[\s\u00a0]+){0,2}(?:close|high|peak|record|finish)[\s\u00a0]+was[\s\u00a0]+$/i;

export function isItsLevel(before: string, after: string): boolean {
  if (IT_NOTCHED_RE.test(before) || PREVIOUS_RECORD_WAS_RE.test(before)) return true;
  // Both patterns on `before` are anchored at its end: its last word tells first whether either can match.
  const last = lastWordBeforeSpace(before) ?? '';
  return (
    (ITS_LEVEL_LAST_WORDS.has(last) && ITS_LEVEL_BEFORE_RE.test(before)) ||
    IT_HELD_AFTER_RE.test(after) ||
    (WHEN_IT_STOOD_LAST_WORDS.has(last) && WHEN_IT_STOOD_RE.test(before))
  );
}

/** The words ITS_LEVEL_BEFORE_RE and WHEN_IT_STOOD_RE end on, before the space at their end: keep them in step. */
const ITS_LEVEL_LAST_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'above', 'near', 'around']);
const WHEN_IT_STOOD_LAST_WORDS: ReadonlySet<string> = new Set([
  'stood',
  'was',
  'were',
  'traded',
  'closed',
  'ended',
  'finished',
  'sat',
  'fell',
  'dropped',
  'sank',
  'bottomed',
  'at',
  'to',
]);

/** when-it-stood: "since its lowest point on April 7, when it stood at 30,793 points": the level then. */
const WHEN_IT_STOOD_RE =
  /\bwhen[\s\u00a0]+(?:it|they|the[\s\u00a0]+index)[\s\u00a0]+(?:stood|was|were|traded|closed|ended|finished|sat|fell|dropped|sank|bottomed)[\s\u00a0]+(?:at[\s\u00a0]+|to[\s\u00a0]+|out[\s\u00a0]+at[\s\u00a0]+)?$/i;
