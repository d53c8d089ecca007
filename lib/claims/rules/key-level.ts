/**
 * Example: "EUR/USD: support at 1.1800, resistance at 1.2000" and "USD/JPY to test 160" name levels
 * to watch, not where the market stood: no such figure is marked.
 *
 * Chart levels and levels a market "can reach" or is "to test" are targets of analysis; a fact is a
 * past level ("tested 160 before retreating"), which this rule leaves alone.
 */

/** Words for a level on a chart: every list of them is this one. */
export const KEY_LEVEL_NOUNS = String.raw`support|resistance|pivot|marker|line[\s\u00a0]+in[\s\u00a0]+the[\s\u00a0]+sand|stop[\s\u00a0-]?loss|key[\s\u00a0]+level|hurdle|barrier|intervention(?:[\s\u00a0]+(?:zone|level|line|point|threshold))?|trend[\s\u00a0-]?line|(?:\d{2,3}-(?:day|week)[\s\u00a0]+)?(?:sma|ema|moving[\s\u00a0]+average)|retracement`;

/**
 * Words that name a level to watch only as a list's label, before its colon: "10-year yield floor:
 * 4.15%". In running text they often name a real bound ("the floor of the Fed's range"), so they
 * count only there.
 */
const KEY_LEVEL_LABELS = 'floor|ceiling';

const KEY_LEVEL_BEFORE_RE = new RegExp(
  '(?:' +
    // "support $60,000", "resistance at 1.2000", "first support near", "the pivot is", "a stop-loss at",
    // comes-in-at: "support comes in at 1.2500".
    // support-price: "its support price of approximately $110,000".
    String.raw`\b(?:${KEY_LEVEL_NOUNS})s?(?:[\s\u00a0]+(?:level|zone|area|band|line|price))?` +
    // "support for the S&P 500 near 6,200": the market named between cue and level.
    String.raw`(?:[\s\u00a0]+for(?:[\s\u00a0]+[^\s,;.!?]+){1,3}?(?=[\s\u00a0]+(?:at|near|around)[\s\u00a0]))?(?:[\s\u00a0]+(?:is|sits|lies|seen|comes?(?:[\s\u00a0]+in)?|stands?))?` +
    // cited-by: "Technical support cited by analysts near 37,000": who names the level stands between.
    String.raw`(?:[\s\u00a0]+(?:cited|flagged|identified|eyed|watched|noted|seen)(?:[\s\u00a0]+by(?:[\s\u00a0]+[^\s,;.!?]+){1,2}?)?(?=[\s\u00a0]+(?:at|near|around)[\s\u00a0]))?(?:[\s\u00a0]+(?:at|near|around|of|in))?` +
    `|` +
    // "to test 160", "could retest", "can reach 7,500", "may hit".
    String.raw`\b(?:to|can|could|may|might|will|would|should)[\s\u00a0]+(?:re)?(?:test|reach|hit|touch|revisit|target)` +
    // testing-level: "and Brent tests $60 quickly", "gold is testing $4,000": a level being tried, not a close.
    String.raw`|\b(?:re)?test(?:s|ing)` +
    // test-noun: "faces a round-number test at 40,000", "a retest of $60": the level a test would be of.
    String.raw`|\b(?:re)?test[\s\u00a0]+(?:at|of)` +
    // path-to: "Bitcoin's Critical $90K Breakdown and Path to $70K": where a market may go (not "march to": "lowered March to 185,000").
    String.raw`|\b(?:path|road|race)[\s\u00a0]+(?:to|toward|towards)` +
    // close-opens: "a daily close above it opens $2,750": the level a break would lead to.
    String.raw`|\b(?:opens|would[\s\u00a0]+open|could[\s\u00a0]+open)(?:[\s\u00a0]+(?:the[\s\u00a0]+)?(?:way|door|path)[\s\u00a0]+(?:to|toward|towards))?` +
    // "S&P 500 support: 6,550", "10-year pivot: 4.00%": a level list's label ends in a colon.
    String.raw`):?[\s\u00a0]+(?:the[\s\u00a0]+)?(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|approximately[\s\u00a0]+)?$` +
    // key-level-label: "10-year yield floor: 4.15%".
    String.raw`|\b(?:${KEY_LEVEL_LABELS}):[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$` +
    // range-label: "USD/KRW: range 1,425 to 1,460." in a key-levels list: the range a desk expects.
    String.raw`|:[\s\u00a0]+(?:(?:trading|expected|likely)[\s\u00a0]+)?range:?[\s\u00a0]+$`,
  'i',
);

/** watching-level: "for USD/CAD, the desk is watching 1.3700", "a long position targeting 1.2350": a level someone watches or aims at. */
const WATCHING_BEFORE_RE =
  /\b(?:watching|eyeing|eyes|eye|targeting|targets)[\s\u00a0]+(?:for[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:about[\s\u00a0]+|around[\s\u00a0]+)?[$€£¥]?$/i;

/** Whether the words just before a figure make it a level to watch. `before` is the clause's text up to the figure. */
export function isKeyLevel(before: string): boolean {
  const tail = before.slice(-48);
  return KEY_LEVEL_BEFORE_RE.test(tail) || WATCHING_BEFORE_RE.test(tail);
}

/**
 * Example: "desks flag $60,000 as the key support", "the 5,800 area is the next hurdle": the level
 * named before its cue. `after` is the clause's text from the figure on.
 */
const KEY_LEVEL_AFTER_RE = new RegExp(
  String.raw`^(?:[\s\u00a0]+(?:area|level|zone|region|mark|line))?[\s\u00a0]*,?[\s\u00a0]+(?:as|is|was|remains|becomes|marks|forms)[\s\u00a0]+(?:(?:the|a|an)[\s\u00a0]+)?(?:(?:key|major|next|first|second|main|big|strong|immediate|initial|important|critical|nearest|psychological|technical|near-term|short-term)[\s\u00a0]+){0,2}(?:${KEY_LEVEL_NOUNS})s?\b` +
    // first-floor: "DAX: 23,300 is the first floor": a floor or ceiling ranked as a level to watch.
    String.raw`|^[\s\u00a0]*,?[\s\u00a0]+(?:is|remains)[\s\u00a0]+the[\s\u00a0]+(?:first|next|key|main|nearest|immediate)[\s\u00a0]+(?:${KEY_LEVEL_LABELS})\b` +
    // flagged-on-market: "Strategists flagged 6,000 on the S&P 500 as near-term support": the market named
    // between the level and its cue, the article left out after "as".
    // area-after: "bounced from the 1.2880 area", "buyers in the 150 zone": a zone on a chart, not a reading.
    // the-line: "The yen's 155 line", "the 1.18 handle": a threshold, not a reading.
    String.raw`|^[\s\u00a0]+(?:area|zone|region|line|handle)\b` +
    // flagged-as-zone: "desks flagged 155 yen as the zone where Tokyo could step in": a level named for what happens there.
    String.raw`|^[\s\u00a0]*,?[\s\u00a0]+as[\s\u00a0]+(?:the|a|an)[\s\u00a0]+(?:zone|area|level|line|point|threshold|region)[\s\u00a0]+(?:where|at[\s\u00a0]+which|beyond[\s\u00a0]+which|past[\s\u00a0]+which)\b` +
    String.raw`|^[\s\u00a0]+(?:on|for|in)[\s\u00a0]+(?:the[\s\u00a0]+)?[^\s,;.!?]+(?:[\s\u00a0]+[^\s,;.!?]+){0,3}?[\s\u00a0]+as[\s\u00a0]+(?:(?:the|a|an)[\s\u00a0]+)?(?:(?:key|major|next|first|main|strong|immediate|initial|near-term|short-term|technical|real|solid|firm|clear|obvious)[\s\u00a0]+){0,2}(?:${KEY_LEVEL_NOUNS}|(?:level|line)[\s\u00a0]+(?:that|which|to))s?\b`,
  'i',
);

/** Whether the words just after a figure make it a level to watch. */
/**
 * watched-line: "WTI: $80 is the line one desk flags for inflation risk", "$85 is the level traders watch":
 * a level someone watches or flags, not a reading.
 */
// line-that-capped: "10-year yield: 4.50% is the line that capped the spring sell-off"; round-number-named: "S&P 500:
// 6,000 is the obvious round number", "7,000 is the next round-number magnet".
// floor-to-defend: "4.15% is the floor bulls want to hold" (is-now-the-floor: "is now the floor bulls must defend"), "7,000 remains the line in the sand"; range-cap: "4.30% caps
// the range": a bound of a trading range, in the present tense of analysis.
const WATCHED_LINE_AFTER_RE =
  /^[\s\u00a0]+(?:is|remains)[\s\u00a0]+(?:(?:now|still)[\s\u00a0]+)?the[\s\u00a0]+(?:line|level|mark|threshold|number|figure|floor|ceiling|cap)[\s\u00a0]+(?:(?:that|which)[\s\u00a0]+)?[^.;!?]{0,40}?\b(?:watch(?:es|ed|ing)?|flags?|flagged|eyes?|eyed|cites?|cited|marks?[\s\u00a0]+as|to[\s\u00a0]+watch|capped|held|halted|stopped|turned|(?:must|needs?[\s\u00a0]+to|has[\s\u00a0]+to)[\s\u00a0]+(?:hold|defend|clear|break|reclaim)|to[\s\u00a0]+(?:hold|defend))\b|^[\s\u00a0]+(?:is|remains)[\s\u00a0]+the[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?(?:round[\s\u00a0-]+number(?:[\s\u00a0]+magnet)?|magnet|line[\s\u00a0]+in[\s\u00a0]+the[\s\u00a0]+sand|psychological[\s\u00a0]+(?:level|barrier|mark))\b|^[\s\u00a0]+(?:caps|limits|bounds|tops|floors)[\s\u00a0]+the[\s\u00a0]+(?:range|upside|downside|rally|bounce|move|advance|decline)\b/i;

export function isKeyLevelAfter(after: string): boolean {
  const head = after.slice(0, 80);
  return KEY_LEVEL_AFTER_RE.test(head) || LEVEL_TO_WATCH_AFTER_RE.test(head) || WATCHED_LINE_AFTER_RE.test(head);
}

/**
 * level-to-watch: "USD/JPY: 157.00, the area where officials have warned before" and "10-year JGB:
 * 2.30%, a break above which would reopen the high": a level described by what may happen there.
 * So are "Gold: $4,000 support" and "6,390, a level chart traders treat as first support", and a headline's
 * "Bitcoin's Critical $90K Breakdown" (level-breakdown). break-of-which: "Dollar index: 98.00, a break of which would
 * extend the slide"; on-a-pullback: "3,700 on a pullback", the level a dip would find.
 */
const LEVEL_TO_WATCH_AFTER_RE =
  /^[\s\u00a0]+(?:support|resistance|pivot|breakdown|breakout|on[\s\u00a0]+the[\s\u00a0]+(?:downside|upside)|on[\s\u00a0]+an?[\s\u00a0]+(?:pullback|dip|retreat|setback|pull-back))\b|^[\s\u00a0]*,[\s\u00a0]+an?[\s\u00a0]+(?:break|breach)[\s\u00a0]+of[\s\u00a0]+which\b|^[\s\u00a0]*,[\s\u00a0]+(?:an?|the)[\s\u00a0]+(?:level|line|mark|area|zone)\b[^,.;]{0,40}\b(?:support|resistance|pivot|floor|ceiling)\b|^[\s\u00a0]*,[\s\u00a0]+(?:(?:the|an?)[\s\u00a0]+(?:area|level|zone|region|line|mark)[\s\u00a0]+(?:where|at[\s\u00a0]+which|beyond[\s\u00a0]+which|above[\s\u00a0]+which|below[\s\u00a0]+which)|an?[\s\u00a0]+(?:(?:decisive|sustained|clean|daily)[\s\u00a0]+)?(?:break|move|close|push|drop|fall|rise|run|slide)[\s\u00a0]+(?:above|below|through|beyond|under|over|past)[\s\u00a0]+which)\b/i;

/**
 * levels-lead-in: "Levels we are watching: the 10-year yield at 4.40%, the S&P 500 at 5,700 and USD/JPY
 * at 145": a sentence opened by such a label lists levels to watch, every figure after it.
 */
// levels-cited: "Key levels cited by dealers:", "Chart levels traders are watching:".
// watch-label: "Watch: $120 on Brent and $4,500 on gold."
// key-levels-label: "Key levels: $4,800 and $4,650 for gold, $85 and $76 for silver".
const LEVELS_LEAD_IN_RE =
  /^[\s\u00a0]*(?:(?:what[\s\u00a0]+to[\s\u00a0]+)?watch(?:ing|list)?[\s\u00a0]*:|(?:key|chart|technical)[\s\u00a0]+(?:levels?|lines?|markers?)[\s\u00a0]*:|(?:(?:key|the|chart|technical)[\s\u00a0]+){0,2}(?:levels?|lines?|markers?)[\s\u00a0]+(?:(?:we[\s\u00a0]+are|we['’]re|to|worth|traders[\s\u00a0]+are|dealers[\s\u00a0]+are|desks[\s\u00a0]+are)[\s\u00a0]+watch(?:ing)?|cited|flagged|named|in[\s\u00a0]+focus)\b[^.;!?:]{0,20}:)/i;

const LEVELS_LEAD_IN_AT = new RegExp(LEVELS_LEAD_IN_RE.source, 'iy');

/** Whether the sentence starting at `start` opens with a levels-to-watch label (read in place, no slice). */
export function isLevelsLeadIn(text: string, start = 0): boolean {
  LEVELS_LEAD_IN_AT.lastIndex = start;
  return LEVELS_LEAD_IN_AT.test(text);
}

/**
 * levels-question: "Which levels are traders watching? $60,000 for bitcoin, 100 on the dollar index",
 * "What are the key levels to watch? 57,000 on the Nikkei": the answer to such a question lists levels.
 */
const LEVELS_QUESTION_BEFORE_RE =
  /\b(?:levels?|lines?|markers?)\b[^?.!]{0,40}\bwatch(?:ing|ed)?\b[^?.!]{0,20}\?[\s\u00a0·]*$/i;

const LEVELS_QUESTION_RE = /\b(?:levels?|lines?|markers?)\b[^?.!]{0,40}\bwatch(?:ing|ed)?\b[^?.!]{0,20}\?/i;

/**
 * Whether the figure at `figure` answers a question about levels to watch: the question just before its
 * sentence (starting at `start`), or inside that sentence before the figure (a "?" the splitter kept).
 */
export function isLevelsAnswer(text: string, start: number, figure: number): boolean {
  return (
    (start > 0 && LEVELS_QUESTION_BEFORE_RE.test(text.slice(Math.max(0, start - 100), start))) ||
    LEVELS_QUESTION_RE.test(text.slice(start, figure))
  );
}

/**
 * key-level-conjunct: "flags 9,500 as the next resistance for the FTSE 100 and $1.3550 for cable": a level
 * joined by "and" to one flagged as a chart level shares its cue. `gap` runs from the previous figure's end.
 */
export function continuesKeyLevel(gap: string): boolean {
  return gap.length <= 80 && !/[.;!?]/.test(gap) && /\band[\s\u00a0]+$/.test(gap) && isKeyLevelAfter(gap);
}
