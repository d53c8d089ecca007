import type { Claim } from '../types';
import { indicatorClass } from '../dataset-view';
import { addDays, SESSION_SPAN_DAYS } from '../dates';
import { blame, dayOf, judged, type CheckInput, type Figure, type Finding } from './figures';
import { agree, dataSlack, slackOf, stepOf } from './tolerances';
import { transposedDigits } from '../judge/transposition';
import { fromPastLevel } from '../context';
import { openingLevelBefore } from '../judge/opening-level';

// "The S&P 500 fell 2.71% to 6,552.51 on Friday ... By the final bell it stood at 6,525.51": one close, two values.

/** Words that put a figure at another moment of the same day: a session's high, an intraday level, the open. */
const INTRADAY_RE =
  /\b(?:as (?:much|high|low|little) as|at one point|intraday|intra-day|earlier in the (?:day|session)|midday|mid-day|morning|afternoon|at the open|opened|opening|in early trading|in late trading|session (?:high|low)|touched|hit|peak|trough|record|high of|low of)\b/i;

/**
 * time-of-day-lead: "By late morning ... the Nasdaq Composite was at 18,398.71", "was trading at 6,948.12 after lunch,
 * and the Nasdaq Composite was at 23,512.66", "... in the first minutes of trading before settling at 5,851.40": a
 * sentence that places itself at a moment of the session speaks of that moment, however far before the figure.
 */
const TIME_OF_DAY_RE =
  /\b(?:by|in|during|around|through)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:early|late|mid)[\s\u00a0-]*(?:morning|afternoon|session|day)\b|\b(?:after|at|before|around|by)[\s\u00a0]+lunch(?:time)?\b|\bfirst[\s\u00a0]+(?:minutes|hour|half[\s\u00a0-]hour)\b|\bsettling\b|\b\d{1,2}(?::\d\d)?[\s\u00a0]*[ap]\.?m\.?(?![\s\u00a0]*\w)/i;

/**
 * The same indicator, measure and period stated twice in one article with values that differ
 * beyond their rounding. Only periods the article states (or, for a daily market figure, the day
 * it speaks of) are compared, never levels a move started from, nor figures said at another
 * moment of the day.
 */
export function checkOneValue({ published, sentences }: CheckInput): Finding[] {
  const groups = new Map<string, Claim[]>();
  for (const figs of sentences) {
    for (const f of figs) {
      const key = keyOf(f, figs, published);
      if (
        !key ||
        INTRADAY_RE.test(f.claim.sentence.slice(Math.max(0, f.at - NEAR), f.end + NEAR)) ||
        TIME_OF_DAY_RE.test(f.claim.sentence.slice(0, f.at)) ||
        openingLevelBefore(f.claim.sentence.slice(0, f.at))
      )
        continue;
      const list = groups.get(key);
      if (list) list.push(f.claim);
      else groups.set(key, [f.claim]);
    }
  }
  const out: Finding[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    // Exactly two values: one figure stated twice. Three or more are the figure at several moments.
    const first = list[0]!;
    const other = list.find((c) => !agree(c.value, first.value, slackOf(c) + slackOf(first)));
    if (
      !other ||
      list.some(
        (c) =>
          !agree(c.value, first.value, slackOf(c) + slackOf(first)) &&
          !agree(c.value, other.value, slackOf(c) + slackOf(other)),
      )
    )
      continue;
    let blamed = blame(list.map((c) => ({ claim: c, agrees: judgedAtClose(c) })));
    // farther-blamed: a figure a rounding away ('close') is not the one to blame when another is farther off.
    if (blamed.length === 1 && blamed[0]!.judgement?.verdict === 'close')
      blamed = farthestFromReference(list) ?? blamed;
    if (!blamed.length || blamed.length === list.length) continue;
    const kept = list.find((c) => !blamed.includes(c))!;
    for (const b of blamed) {
      // rounding-not-blamed: "25,386" in a headline beside the table's 25,386.52 states that figure, rounded.
      if (agree(b.value, kept.value, slackOf(b) + slackOf(kept))) continue;
      if (!b.period && b.kind === 'change' && !slipOf(b.value, kept.value, stepOf(b))) continue;
      out.push({
        kind: 'one-value',
        claims: [kept, b],
        blamed: [b],
        expected: kept.value,
        stated: b.value,
        words: `${b.text} here, ${kept.text} elsewhere in the article, for the same ${b.kind === 'change' ? 'move' : 'figure'}`,
      });
    }
  }
  return out;
}

/**
 * traded-near-second: "Brent crude: $81.26 a barrel" in a snapshot and "climbed 9.8% to $81.62" in the
 * text, the close being 81.62: a level the judge let pass only as traded between two closes agrees
 * less surely than one equal to the close, so of two values for one close it is the one in doubt.
 */
function judgedAtClose(c: Claim): boolean | null {
  const agrees = judged(c);
  const ref = c.judgement?.reference;
  if (agrees !== true || c.kind === 'change' || !ref || ref.period.includes('/')) return agrees;
  return agree(c.value, ref.value, slackOf(c) + dataSlack(ref.value)) ? true : null;
}

/** How a table cell's headers are joined to it in its sentence (lib/dom/collect.ts). */
const CELL_JOIN = ' · ';

/** Characters either side of a figure read for words that move it to another moment. */
const NEAR = 40;
/** "than Monday's 7.2327", "since Friday's": a level of another day. */
const OTHER_DAY_BEFORE_RE =
  /\b(?:than|since|versus|vs\.?|against|compared with|previous|prior|last|yesterday(?:'s|’s)?|\w+day(?:'s|’s))[\s\u00a0]+(?:[A-Za-z’']+[\s\u00a0]+){0,2}[$€£¥]?$/i;
/** from-a-past-level: "up 2% from the last 2025 fix, $4,367": the level a move is measured from, given after it. */
const PAST_LEVEL_APPOSITIVE_RE =
  /\bfrom[\s\u00a0]+(?:the|its|their)[\s\u00a0]+(?:last|final|year-end|closing|(?:19|20)\d\d)\b[^.;!?\d]{0,30}(?:(?:19|20)\d\d[^.;!?\d]{0,20})?,[\s\u00a0]*[$€£¥]?$/i;
/** A span that names one session: "Friday", "on Tuesday", "today", "Oct. 10". */
const DAY_LABEL_RE =
  /^(?:on[\s\u00a0]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|[A-Z][a-z]{2,8}\.?[\s\u00a0]+\d{1,2})\b/i;
/**
 * "up 34.2% from a week earlier", "down 3% on the week", "its best month since June", "up 2% from the last
 * 2025 fix" (from-a-past-level): a move over a
 * span of its own, which the period reader may have left unread. Never the day's move. same-stretch: "gained 9.0%
 * over the same stretch" is the span the sentence before named.
 */
const OWN_SPAN_AFTER_RE =
  /^[\s\u00a0]*(?:(?:from|than|versus|vs\.?)[\s\u00a0]+(?:a|one|two|three|four|\d+)[\s\u00a0]+(?:sessions?|days?|weeks?|months?|quarters?|years?)[\s\u00a0]+(?:earlier|ago|before|back)|(?:on|over|for|in)[\s\u00a0]+the[\s\u00a0]+(?:week|month|quarter|year)|(?:over|in|during|across)[\s\u00a0]+the[\s\u00a0]+same[\s\u00a0]+(?:stretch|period|span|time|week|month|sessions?)|(?:so[\s\u00a0]+far[\s\u00a0]+)?this[\s\u00a0]+(?:week|month|quarter|year)|since\b|year[\s\u00a0-]+to[\s\u00a0-]+date|from[\s\u00a0]+(?:the|its|their)[\s\u00a0]+(?:last|final|year-end|closing|(?:19|20)\d\d)\b)/i;

/** from-dated-price: "up 5.7% from its June 30 price of $70.56": another day's level a span's move started from. */
const FROM_DATED_PRICE_RE =
  /\bfrom[\s\u00a0]+(?:its|the|their)[\s\u00a0]+[A-Z][a-z]{2,8}\.?[\s\u00a0]+\d{1,2}(?:st|nd|rd|th)?(?:'s|’s)?[\s\u00a0]+(?:price|close|closing[\s\u00a0]+level|level|settlement|fix|fixing|reading)[\s\u00a0]+of[\s\u00a0]*[$€£¥]?[\s\u00a0]*$/;

/**
 * level-ago: "14 basis points above the 4.04% of two years ago", "A year ago the 10-year stood at 3.68%": a level of a
 * time the words around it name.
 */
const AGO_BEFORE_RE =
  /\b(?:a|an|one|two|three|four|five|six|ten|\d+)[\s\u00a0]+(?:sessions?|days?|weeks?|months?|quarters?|years?)[\s\u00a0]+(?:earlier|ago|before|back)\b/i;
const AGO_AFTER_RE =
  /^[\s\u00a0]*(?:of|from)?[\s\u00a0]*(?:a|an|one|two|three|four|five|six|ten|\d+)[\s\u00a0]+(?:sessions?|days?|weeks?|months?|quarters?|years?)[\s\u00a0]+(?:earlier|ago|before|back)\b/i;

const HAD_CLOSED_BEFORE_RE =
  /\bhad[\s\u00a0]+(?:closed|ended|finished|settled|stood|been|traded)[\s\u00a0]+(?:at[\s\u00a0]+)?[$€£¥]?$/i;

/** Quotes that trade round the clock or differ by venue and time of day: one figure of the day is no fixed value. */
const MANY_QUOTES = new Set(['fx', 'crypto']);

function keyOf(f: Figure, figs: Figure[], published: string): string | null {
  const c = f.claim;
  // A past level ("the 24,580.11 it stood at on the first trading day") is another day's figure.
  if (f.from || f.approx || c.matchedAlias?.endsWith('(its level)')) return null;
  if (!c.period && (OTHER_DAY_BEFORE_RE.test(f.before) || PAST_LEVEL_APPOSITIVE_RE.test(f.before))) return null;
  // cell-column: "2025 Close · 4.16%", "Prior Week · 4.13%": a table column may name a moment the
  // period reader does not know; cells without a period read are no figure stated twice.
  if (!c.period && c.sentence.includes(CELL_JOIN)) return null;
  if (!c.period && f.measure !== 'level' && OWN_SPAN_AFTER_RE.test(c.sentence.slice(f.end, f.end + NEAR))) return null;
  // "8 basis points below where it finished on CPI day": a distance from a past level, not the day's move.
  if (f.measure !== 'level' && fromPastLevel(c.sentence.slice(f.end, f.end + 2 * NEAR))) return null;
  // had-closed-level: "tumbled 1.34% to 98.69; it had closed at 100.03": a level in the past perfect is an earlier
  // moment's figure, not the day's stated twice.
  if (!c.period && (HAD_CLOSED_BEFORE_RE.test(f.before) || FROM_DATED_PRICE_RE.test(f.before))) return null;
  if (!c.period && (AGO_AFTER_RE.test(c.sentence.slice(f.end, f.end + NEAR)) || AGO_BEFORE_RE.test(f.before)))
    return null;
  const ind = c.indicator!;
  const cls = indicatorClass(ind);
  // A policy rate or a tariff is stated at many moments (announced, in force, stacked on another).
  if (cls === 'step' || MANY_QUOTES.has(ind.kind)) return null;
  const p = c.period;
  let when: string | null;
  if (cls === 'market') {
    if (
      p &&
      p.type !== 'point' &&
      !(p.type === 'span' && p.from >= addDays(p.to, -SESSION_SPAN_DAYS) && DAY_LABEL_RE.test(p.label))
    )
      return null;
    // A move without a stated period is the day's only when its sentence reports the close (level and move together).
    if (
      !p &&
      f.measure !== 'level' &&
      !figs.some((g) => g !== f && g.claim.indicator === ind && g.measure === 'level' && !g.from)
    )
      return null;
    when = dayOf(c, published);
  } else {
    when = !p ? null : p.type === 'point' ? p.period : p.type === 'span' ? `${p.from}/${p.to}` : null;
  }
  return when ? `${ind.id}|${f.measure}|${when}${FUTURES_RE.test(c.sentence.slice(0, f.end)) ? '|futures' : ''}` : null;
}

/**
 * futures-apart: "Spot gold gained 1.1% ... U.S. gold futures for December ended 0.8% higher": a
 * futures contract's move and the spot price's are two figures, not one stated twice.
 */
const FUTURES_RE = /\bfutures\b/i;

/**
 * farther-blamed: "Japan held $1,202.6 billion" in the text and "$1,206.2bn" in a table, against a stored $1,202.7
 * billion: the first is a rounding away ("close"), the cell, which the judge left a question, is further off. With
 * one reference for every figure, the one farthest from it is the one stated wrong.
 */
function farthestFromReference(list: Claim[]): Claim[] | null {
  const ref = list[0]!.judgement?.reference?.value;
  if (ref === undefined || list.some((c) => c.judgement?.reference?.value !== ref)) return null;
  const gaps = list.map((c) => Math.abs(c.value - ref));
  const most = Math.max(...gaps);
  const far = list.filter((_, i) => gaps[i] === most);
  return far.length === 1 ? far : null;
}

/**
 * undated-move-slip: "Crude Oil Weekly: WTI slumps 8.3% to $69.78" beside "fell 2.1% on Friday to $69.78": a move
 * that states no period may be over another span ending at the same close (the week's), so it is blamed as the
 * day's move written wrong only when it looks like a slip of it: the same digits swapped, one digit changed, or
 * the same size the other way.
 */
function slipOf(stated: number, other: number, step: number): boolean {
  if (step <= 0) return false;
  if (Math.abs(stated + other) <= step / 2) return true;
  if (transposedDigits(stated, other, step)) return true;
  const a = String(Math.round(Math.abs(stated) / step));
  const b = String(Math.round(Math.abs(other) / step));
  if (Math.sign(stated) !== Math.sign(other) || a.length !== b.length) return false;
  let differ = 0;
  for (let k = 0; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) differ++;
  return differ === 1;
}
