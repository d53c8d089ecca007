/**
 * Example: "who sees gold at $5,000 by the end of 2026 and silver at $85": the second figure is
 * joined to the first by "and <subject> at", with no verb of its own, so it is the same forecast.
 *
 * `gap` runs from the end of the previous figure (a forecast) to this figure.
 */
// forecast-conjunct-long: "... to be at 0.6275% and the one maturing in December at 0.725%": up to four words.
const FORECAST_CONJUNCT_RE =
  /\band[\s\u00a0]+(?:the[\s\u00a0]+|for[\s\u00a0]+)?[\w'’&.-]+(?:[\s\u00a0]+[\w'’&.-]+){0,4}?[\s\u00a0]+(?:at|near|around|to)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+)?$/i;
/** A verb of its own in the conjunct makes it a new statement: "and silver closed at $74". */
const OWN_VERB_RE =
  /\band[\s\u00a0]+(?:the[\s\u00a0]+)?[\w'’&.-]+(?:[\s\u00a0]+[\w'’&.-]+){0,4}?[\s\u00a0]+(?:\w+ed|rose|fell|was|is|were|are|stood|stands|held|holds|sits|sat|hit|traded|trades)[\s\u00a0]/i;

/**
 * forecast-base-verb: "is expected to rebound toward 3.4% by Q3 and possibly reach 4.2% in Q4": a verb
 * in its base form after "and" shares the forecast's "to"; a past form ("and reached") would not.
 */
const BASE_VERB_CONJUNCT_RE =
  /\band[\s\u00a0]+(?:(?:possibly|perhaps|maybe|potentially|even|eventually|then|later)[\s\u00a0]+[a-z]+|reach|rise|fall|climb|drop|ease|peak|end|finish|touch|test|slow|accelerate)\b[^\d]*$/i;

/**
 * forecast-with: "expect employers to have added about 185,000 jobs, with the jobless rate holding at
 * 3.9%": a "with" clause hung on the forecast, its participle no verb of its own, is the same forecast.
 */
const WITH_CONJUNCT_RE =
  /,?[\s\u00a0]+with[\s\u00a0]+(?:the[\s\u00a0]+)?[\w'’&.-]+(?:[\s\u00a0]+[\w'’&.-]+){0,3}?[\s\u00a0]+(?:(?:[a-z]+ing|seen|expected|forecast)[\s\u00a0]+)?(?:at|near|around|to)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+)?$/i;

/**
 * forecast-verb-conjunct: "Economists expect a gain of 106,000 and see the jobless rate edging up to 4.3%": a second
 * verb of expecting, joined by "and" to the forecast, makes a second forecast by the same forecasters.
 */
const FORECAST_VERB_CONJUNCT_RE =
  /\band[\s\u00a0]+(?:see|expect|forecast|project|predict|pencil[\s\u00a0]+in)\b[^.;!?\d]*$/i;

/** forecast-list-item: "a universal tariff of 10% to 20% and 60% on Chinese goods": a bare "and" joins the next item of the same list. */
const BARE_LIST_RE = /^[\s\u00a0]*,?[\s\u00a0]*(?:and|or|from)[\s\u00a0]+[$€£¥]?$/i;

/**
 * forecast-down-from: "swaps now price about 30 basis points of easing, down from about 45 basis points last week":
 * the same priced quantity as it stood earlier, no figure out.
 */
// Words of the priced quantity come first ("of cuts from the Fed this year"): "toward 4.6%, up from 4.48%" is a level's start.
const DOWN_FROM_RE =
  /^(?=[^,]*[a-z]{3})[^.;!?\d,]{0,50},[\s\u00a0]*(?:down|up)[\s\u00a0]+from[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|some[\s\u00a0]+)?[$€£¥]?$/i;

/** forecast-versus: "lowered to 3.0% vs. 3.1% from September": the earlier forecast it is set against. */
const VERSUS_RE = /^[\s\u00a0]*(?:,[\s\u00a0]*)?(?:vs\.?|versus|compared[\s\u00a0]+with)[\s\u00a0]*$/i;

/** forecast-bracket: "pushed the market-implied trough below 3% (currently at 2.94%)": the bracket restates that forecast. */
const BRACKET_RE =
  /^[\s\u00a0]*\([\s\u00a0]*(?:(?:currently|now)[\s\u00a0]+)?(?:at|around|near|about|roughly)?[\s\u00a0]*$/i;

/** forecast-for-elided: "Its year-end target for the Hang Seng is 26,500; for the KOSPI, 3,400": the verb left out. */
const ELIDED_FOR_RE =
  /^[\s\u00a0]*[;,][\s\u00a0]*(?:and[\s\u00a0]+)?for[\s\u00a0]+(?:the[\s\u00a0]+)?[^,;.!?\d]{1,30},[\s\u00a0]*$/i;

/** forecast-appositive: "Her year-end target for the Hang Seng is 25,500, about 8% above Tuesday's close": the same forecast, told as a distance. */
const APPOSITIVE_RE = /^[\s\u00a0]*,[\s\u00a0]*(?:(?:about|around|roughly|nearly|some|or)[\s\u00a0]+)?[$€£¥]?$/i;

export function continuesForecast(gap: string): boolean {
  if (
    VERSUS_RE.test(gap) ||
    APPOSITIVE_RE.test(gap) ||
    BRACKET_RE.test(gap) ||
    ELIDED_FOR_RE.test(gap) ||
    BARE_LIST_RE.test(gap) ||
    DOWN_FROM_RE.test(gap)
  )
    return true;
  if (gap.length > 80 || /[.;!?]/.test(gap)) return false;
  return (
    (FORECAST_CONJUNCT_RE.test(gap) && !OWN_VERB_RE.test(gap)) ||
    BASE_VERB_CONJUNCT_RE.test(gap) ||
    FORECAST_VERB_CONJUNCT_RE.test(gap) ||
    WITH_CONJUNCT_RE.test(gap)
  );
}
