import { MONTH_ANY } from '../lexicon/month-patterns';
/**
 * past-record. Example: "traders now eye Bitcoin's previous all-time high of about $109,000", "still below its
 * record of $126,200" (recent-peak: "slid 5% from a recent peak of $98,500"): a record set some earlier day, not
 * the article's level; judged as a past level (a recent close it matches, else a neutral check), never against the
 * day's close.
 */
const PAST_RECORD_RE =
  /\b(?:(?:previous|prior|former|old|earlier|recent)[\s\u00a0]+(?:(?:record|all-time|closing|intraday)[\s\u00a0]+){0,2}|(?:its|their|[A-Z][\w&.-]*['’]s)[\s\u00a0]+(?:(?:previous|prior|former)[\s\u00a0]+)?(?:record|all-time)[\s\u00a0]+(?:(?:closing|intraday)[\s\u00a0]+)?)(?:high|peak|record|top)?[\s\u00a0]*(?:of|at|near|around)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|some[\s\u00a0]+)?[$€£¥]?$/;

/**
 * dated-record: "finally beat its Dec. 6 closing high of 6,090.27 on Thursday": a record the words date to another day.
 * month-record: "61% below its August 2025 record close of $4,830": a month's record, on a day of it not given.
 */
const DATED_RECORD_RE =
  /\b(?:its|their|[A-Z][\w&.-]*['’]s)[\s\u00a0]+[A-Z][a-z]{2,8}\.?[\s\u00a0]+(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)[\s\u00a0]+(?:(?:record|all-time)[\s\u00a0]+(?:closing[\s\u00a0]+)?close|(?:(?:record|all-time|closing|intraday)[\s\u00a0]+){0,2}(?:high|peak|record|low|trough|top))[\s\u00a0]+(?:of|at)[\s\u00a0]+[$€£¥]?$/;

/** month-name-record: "9.9% below the January record of $5,405.00": a record a month's name dates, with no day. */
const MONTH_NAME_RECORD_RE = new RegExp(
  String.raw`\b(?:its|their|the|[A-Z][\w&.-]*['’]s)[\s\u00a0]+${MONTH_ANY}\.?[\s\u00a0]+(?:(?:record|all-time|closing|intraday)[\s\u00a0]+){1,2}(?:close|high|peak|low|top|record)?[\s\u00a0]*(?:of|at)[\s\u00a0]+[$€£¥]?$`,
  'i',
);

/** How many characters before a level the record readers read (checks/figures.ts; the lead stages/emit.ts reads is as long). */
export const RECORD_LEAD_CHARS = 48;

/** Whether the words before a level date it as a record of another day ("its Dec. 6 closing high of"). */
export function datedRecordBefore(lead: string): boolean {
  return DATED_RECORD_RE.test(lead) || MONTH_NAME_RECORD_RE.test(lead);
}

/** Whether the words before a level (up to 48 characters) make it an earlier record. */
export function pastRecordBefore(lead: string): boolean {
  return PAST_RECORD_RE.test(lead);
}
