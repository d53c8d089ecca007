import { MILESTONE_NOUNS, THRESHOLD_PREPOSITIONS } from '../lexicon/threshold-words';

/**
 * Example: "climbed to 5.18%, back above the 5% mark" and "first closed above 4,500 on Jan. 6, at
 * 4,525.48": the round level is a milestone the market crossed or neared, not its reading; the
 * reading, where the sentence gives it, is the claim.
 *
 * Two forms: a figure named as a milestone ("the 10,000 mark", "within reach of the 10,000 mark"),
 * and a first crossing ("first closed above 4,500", "below 7 for the first time") whose exact level
 * follows in the same clause ("..., at 6.9866"). A bare bound ("Brent jumped above $95") is left to
 * the judge, which reads it as a bound.
 */
// "the 10,000 mark", "the stratospheric 50,000 level", "the key psychological 160 line".
// point-milestone: 'the so-called "dream" 5,000-point level': a quoted word and "-point" may stand around it.
const NAMED_MILESTONE_BEFORE_RE = /\bthe(?:[\s\u00a0]+["“”'‘’]?[a-z-]+["“”'‘’]?){0,2}[\s\u00a0]+$/i;
const NAMED_MILESTONE_AFTER_RE = new RegExp(
  String.raw`^[\s\u00a0-]+(?:points?[\s\u00a0]+)?(?:${MILESTONE_NOUNS})\b`,
  'i',
);

/** band-level: "KOSPI Closes at 3440 Level": a whole figure ending in zero before "level" names the band it closed in. */
const BAND_BEFORE_RE = /\b(?:at|around|near|in)[\s\u00a0]+$/i;
const ROUND_WHOLE_RE = /^[\d,]*0$/;

/** Whether the figure is named as a milestone: "the 5% mark". `before` ends at the figure, `after` starts there. */
export function isNamedMilestone(before: string, after: string, figureText = ''): boolean {
  if (!NAMED_MILESTONE_AFTER_RE.test(after.slice(0, 16))) return false;
  return (
    NAMED_MILESTONE_BEFORE_RE.test(before.slice(-48)) ||
    (ROUND_WHOLE_RE.test(figureText) && BAND_BEFORE_RE.test(before.slice(-12)))
  );
}

const FIRST_CROSSING_BEFORE_RE = new RegExp(
  String.raw`\bfirst(?:[\s\u00a0]+[a-z]+){0,2}[\s\u00a0]+(?:${THRESHOLD_PREPOSITIONS})[\s\u00a0]+$`,
  'i',
);
const FIRST_TIME_AFTER_RE = /^[^.;!?]{0,20}?\bfor[\s\u00a0]+the[\s\u00a0]+first[\s\u00a0]+time\b/i;
const THRESHOLD_BEFORE_RE = new RegExp(String.raw`\b(?:${THRESHOLD_PREPOSITIONS})[\s\u00a0]+$`, 'i');
/** The exact level after the crossing, in the same clause: "..., at 4,525.48", "finishing that day at". */
const EXACT_LEVEL_NEXT_RE = /^[^;:!?]{0,60}\bat[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$/i;

/**
 * Whether the figure is a first crossing of a round level whose exact level the sentence gives next.
 * `before` ends at the figure; `between` runs from the figure's end to the next figure of the
 * sentence (empty when there is none).
 */
export function isFirstCrossing(before: string, between: string): boolean {
  if (!between || !EXACT_LEVEL_NEXT_RE.test(between)) return false;
  const near = before.slice(-40);
  return FIRST_CROSSING_BEFORE_RE.test(near) || (THRESHOLD_BEFORE_RE.test(near) && FIRST_TIME_AFTER_RE.test(between));
}

/**
 * near-level: "KOSPI Sets Record a Step From 5,000", "within reach of 60,000": a level still to be
 * reached, named by its distance, is no reading of the market ("a record just shy of $110,000" is
 * one: the record's level, roughly).
 */
// nearing-level: "Bitcoin Nears $80K Cliff", "the pair approaches 160": a level being neared.
// run-at: "a run at Dow 50,000", "a shot at 5,000": a level aimed at.
const NEAR_LEVEL_BEFORE_RE =
  /\b(?:nears|neared|nearing|approach(?:es|ed|ing)?|clos(?:es|ed|ing)[\s\u00a0]+in[\s\u00a0]+on)[\s\u00a0]+(?:the[\s\u00a0]+)?[$€£¥]?$|\ba[\s\u00a0]+(?:run|shot|tilt|crack)[\s\u00a0]+at[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w&.-]*[\s\u00a0]+){0,2}[$€£¥]?$|\b(?:a[\s\u00a0]+(?:step|whisker|stone's[\s\u00a0]+throw)|steps|inches|within[\s\u00a0]+(?:reach|sight|striking[\s\u00a0]+distance)|away)[\s\u00a0]+(?:of|from)[\s\u00a0]+(?:the[\s\u00a0]+)?[$€£¥]?$/i;

export function isNearLevel(before: string): boolean {
  return NEAR_LEVEL_BEFORE_RE.test(before.slice(-40));
}

/**
 * returned-to-round: "closed up 0.97%, returning to 4,000 points, at 4,007.76": a round level the market
 * got back to is a milestone, not its reading (the reading, where given, follows).
 */
const RETURN_TO_BEFORE_RE =
  /\b(?:return(?:s|ed|ing)?[\s\u00a0]+to|(?:back|bounced|rebounded)[\s\u00a0]+(?:to|above|over|below)|reclaim(?:s|ed|ing)?|regain(?:s|ed|ing)?|recaptur(?:es|ed|ing))[\s\u00a0]+(?:the[\s\u00a0]+)?[$€£¥]?$/i;
export function isReturnToRound(before: string, figureText: string): boolean {
  // A whole level with at least two trailing zeros: 4,000, $150, 60,000 (not 4,007.76 nor 4.00%).
  const digits = figureText.replace(/^[$€£¥]|[\s\u00a0]*(?:points?|pts)$/gi, '').replace(/[,\u2009\u202f]/g, '');
  // "reclaims 150.00": a whole figure written with zero decimals is a round level too.
  return (
    (/^\d*[1-9]\d*00$/.test(digits) || /^\d*[1-9]\d*0\.0+$/.test(digits)) && RETURN_TO_BEFORE_RE.test(before.slice(-40))
  );
}

/**
 * crossing-noun: "giving back its Tuesday push above 100", "a brief foray below 1.08", "Gold's Push To
 * $4,000": a move across or toward a level named as a noun is about that level, not a reading.
 */
const CROSSING_NOUN_BEFORE_RE =
  /\b(?:its|a|the|their|this|that|[\w-]+['’]s)[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+){0,2}?(?:(?:push|move|break|climb|foray|spike|jump|dip|drop|slide|fall|slip|trip|run|surge|plunge)[\s\u00a0]+(?:above|below|beyond|past|through|under|over)|(?:push|march|race|road|path|drive|run)[\s\u00a0]+(?:to|toward|towards))[\s\u00a0]+(?:the[\s\u00a0]+)?[$€£¥]?$/i;

export function isCrossingNoun(before: string): boolean {
  return CROSSING_NOUN_BEFORE_RE.test(before.slice(-60));
}

/** straddled-level: "after trading on both sides of $100,000", "swinging either side of 160": a round level crossed back and forth. */
const STRADDLED_BEFORE_RE = /\b(?:both|either)[\s\u00a0]+sides?[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?[$€£¥]?$/i;
export function isStraddledLevel(before: string): boolean {
  return STRADDLED_BEFORE_RE.test(before.slice(-40));
}

/**
 * as-milestone: "Dealers flagged 55,000 as the next Nikkei milestone and 160 yen as a line that could draw
 * intervention": a level named as a milestone or line to watch, not a reading.
 */
const AS_MILESTONE_AFTER_RE = new RegExp(
  String.raw`^[\s\u00a0]+as[\s\u00a0]+(?:the|a|an)[\s\u00a0]+(?:(?:next|key|new|big|first)[\s\u00a0]+)?(?:[A-Z][\w&.-]*[\s\u00a0]+)?(?:${MILESTONE_NOUNS})\b`,
);
/** dash-milestone: a "by the numbers" bullet "4% — the line the 10-year yield slipped below": a line, not a reading. */
const DASH_MILESTONE_AFTER_RE = new RegExp(
  String.raw`^[\s\u00a0]*[—–:][\s\u00a0]*the[\s\u00a0]+(?:(?:key|psychological|round|big|next)[\s\u00a0]+)?(?:${MILESTONE_NOUNS})\b`,
  'i',
);
export function isAsMilestone(after: string): boolean {
  const head = after.slice(0, 60);
  return AS_MILESTONE_AFTER_RE.test(head) || DASH_MILESTONE_AFTER_RE.test(head);
}
