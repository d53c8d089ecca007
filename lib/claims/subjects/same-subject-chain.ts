import type { NumericExpression } from '../types';

/**
 * Example: "fell 274.45 points, or 4.84%", "rose 7 basis points to 3.52%": what links a figure to
 * the one before it so that both speak of the same subject (and, for a restatement, the same move).
 */

/** A clause that goes on with a verb and no subject of its own ("..., but was down 12%"). */
export const ELIDED_SUBJECT_RE =
  /^[^;:]*[,;]?[\s\u00a0]+(?:but|and|yet)[\s\u00a0]+(?:[a-z]+ly[\s\u00a0]+)?(?:was|were|is|are|has|had|ended|closed|finished|fell|rose|dropped|gained|lost|slipped|climbed|added|jumped|slid|edged|settled|traded|stood|remained|declined|advanced|eased|firmed|weakened|strengthened)\b[^,;:]{0,40}$/i;

/** ", or", " a barrel, or", "i.e.": what restates the figure before. */
// "2.3% in July-September, or 0.4%": a period phrase may stand before the restatement.
// "fell 0.6% quarter on quarter in July-September, or 2.3% at an annualized rate": a basis may stand there too.
const OR_LINK = String.raw`(?:[\s\u00a0]+(?:a|an|per)[\s\u00a0]+[a-z]+)?(?:[\s\u00a0]+(?:(?:quarter|month|year)[\s\u00a0-]+on[\s\u00a0-]+(?:quarter|month|year)|from[\s\u00a0]+the[\s\u00a0]+previous[\s\u00a0]+(?:quarter|month|year)|q\/q|m\/m|y\/y))?(?:[\s\u00a0]+(?:in|on|for|over)[\s\u00a0]+[A-Za-z0-9-]+)?[\s\u00a0]*,?[\s\u00a0]*(?:or|i\.e\.)`;
const ROUGHLY_TAIL = String.raw`[\s\u00a0]+(?:about[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|some[\s\u00a0]+)?$`;
/** "fell 274.45 points, or 4.84%", "... and 12%": a figure that goes on from the one before. */
const CHAIN_RE = new RegExp(`^(?:${OR_LINK}|[^\\d.;:]{0,30}\\band)${ROUGHLY_TAIL}`, 'i');

/** "... 3.3 per cent in the 12 months to March, the ONS said, up from 3.0 per cent": the same measure before. */
// previous-reading: ", up from the previous month's 1.7%", ", down from September's 2.4%".
const COMPARED_FROM_RE =
  /,[\s\u00a0]*(?:up|down|slowing|easing|accelerating|rising|falling)[\s\u00a0]+from[\s\u00a0]+(?:(?:the[\s\u00a0]+)?(?:previous|prior|preceding)[\s\u00a0]+(?:month|quarter|year|reading)['’]s[\s\u00a0]+|[A-Z][a-z]+['’]s[\s\u00a0]+)?$/i;
/** compared-against: "the dollar at 158.90 yen around midday, against 158.70 on Monday": the same quote earlier. */
const COMPARED_AGAINST_RE = /,[\s\u00a0]*(?:against|versus|vs\.?|compared[\s\u00a0]+(?:with|to))[\s\u00a0]+$/i;

/**
 * What stands between a move and the level it ends at or started from: "to", ", down from", "per dollar
 * from", "to close at" (chain-to-close: "lost 436.36 points, or 0.98%, to close at 44,023.29").
 */
// from-day-start: "up 71 pips, or 0.5%, from Wednesday's 1.3199": the start of the move, a day's own close.
const LEVEL_LINK_RE =
  /^[\s\u00a0]*(?:(?:a|an|per)[\s\u00a0]+[a-z]+[\s\u00a0]*)?(?:(?:in|on|at[\s\u00a0]+the[\s\u00a0]+end[\s\u00a0]+of)[\s\u00a0]+[A-Za-z]+\.?[\s\u00a0]*)?,?[\s\u00a0]*(?:(?:up|down|higher|lower)[\s\u00a0]+)?(?:to|at|from(?:[\s\u00a0]+(?:(?:mon|tues|wednes|thurs|fri)day|the[\s\u00a0]+previous[\s\u00a0]+session)['\u2019]s(?:[\s\u00a0]+(?:close|finish|level)(?:[\s\u00a0]+of)?)?)?)(?:[\s\u00a0]+(?:close|end|finish|settle)(?:[\s\u00a0]+the[\s\u00a0]+(?:day|session|week))?[\s\u00a0]+at)?[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|a[\s\u00a0]+(?:record|high|low)[\s\u00a0]+of[\s\u00a0]+)?$/i;

/** "..., standing 0.6% above its end-2024 close", "..., leaving it 3% higher": the clause goes on with the same subject. */
const PARTICIPLE_LINK_RE =
  /,[\s\u00a0]+(?:having[\s\u00a0]+(?:changed[\s\u00a0]+hands|traded|touched|hit|reached)|standing|leaving|putting|taking|bringing|trading|sitting|closing|ending|finishing)(?:[\s\u00a0]+(?:it|them|the[\s\u00a0]+\w+))?[\s\u00a0]+(?:at[\s\u00a0]+|about[\s\u00a0]+|some[\s\u00a0]+)?$/i;

/**
 * and-up: "leaving it 0.4% lower on the week so far and up 8.2% year to date": a second move of the same subject,
 * joined by "and up" after words of the first. No capitalised word between: "and the Nasdaq up 1%" names another.
 */
// Words must stand between the two ("0.5% and down 1.0%, respectively" pairs figures with subjects named before).
const AND_UP_RE = /^[\s\u00a0]*(?!and\b)[a-z][^\dA-Z;:.]{0,38}\band[\s\u00a0]+(?:up|down|higher|lower|off)[\s\u00a0]+$/;

/** ", or 0.74%": the last figure restated. */
const OR_CHAIN_RE = new RegExp(`^${OR_LINK}${ROUGHLY_TAIL}`, 'i');
const APPOSITIVE_RE = /^[\s\u00a0]*,[\s\u00a0]*(?:a|an|up|down|higher|lower|off)[\s\u00a0]+$/i;
/**
 * event-aside: "Bitcoin changed hands around $92,000 following the Fed's decision, down 1.4%": a name that
 * only dates an event ("the Fed's decision") leaves the move after it to the figure before.
 */
/** for-a-move: "54 cents, or 0.9%, above Thursday's level, for a weekly advance of 7.8%": the same subject's longer move. */
const FOR_A_MOVE_RE =
  /,[\s\u00a0]+(?:for|making[\s\u00a0]+it|marking|bringing[\s\u00a0]+(?:it|its)|taking[\s\u00a0]+(?:it|its))[\s\u00a0]+(?:a|an|its)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+){0,2}(?:gain|advance|rise|increase|climb|jump|loss|drop|decline|fall|slide)[\s\u00a0]+of[\s\u00a0]+(?:about[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+)?$/i;
/** bringing-its-gain: "to 7,490.05, ..., bringing its gain for 2026 to 77.7%": the same subject's longer move. */
const BRINGING_GAIN_RE =
  /,[\s\u00a0]+(?:bringing|taking|lifting|pushing|extending|cutting|trimming)[\s\u00a0]+(?:its|their)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?(?:gains?|advance|rise|rally|losses|loss|decline|drop|slide)[\s\u00a0]+(?:for|in|since|so[\s\u00a0]+far|this|over)\b[^,;.]{0,24}?[\s\u00a0]+to[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|some[\s\u00a0]+)?$/i;
const EVENT_ASIDE_RE =
  /^[\s\u00a0]+(?:following|after|before|ahead[\s\u00a0]+of|despite|amid)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w.&-]*[\s\u00a0]+){0,2}[A-Z][\w.&-]*['’]s[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?(?:decision|meeting|announcement|statement|move|remarks|comments|minutes|testimony|report)[\s\u00a0]*,[\s\u00a0]*(?:up|down|higher|lower|off)[\s\u00a0]+$/;
/**
 * bracketed-restatement: "a fall of 2.80 yen (−1.82%)": the move again, as a percentage in brackets right
 * after it (not "$3,723.30 (+$4.20)", a futures price and its change, left to their own words).
 */
const BRACKET_RE = /^[\s\u00a0]*\([\s\u00a0]*$/;

/** "the S&P 500 gained 3.4% and the Nasdaq 4.2%": a second subject with the first one's verb. */
const ELLIPSIS_RE =
  /^(?:[\s\u00a0]+(?:in|on|for|over|this|last)[\s\u00a0]+[A-Za-z0-9]+(?:[\s\u00a0]+[A-Za-z0-9]+)?)?[\s\u00a0]*,?[\s\u00a0]*(?:and|while|with)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w&.'’-]*[\s\u00a0]+){1,4}(?:at[\s\u00a0]+)?$/;

/**
 * Whether the words between the last matched figure and this one carry its subject on:
 * "down 50.74 points, or 0.74%", "at 50,339.48, a 26.2% gain", "to 152.93 per dollar from 154.28".
 * A currency pair's percentage move is left to its currency words (which one moved decides the sign).
 */
export function continuesSubject(
  link: string,
  previousKind: string,
  unit: NumericExpression['unit'],
  previousUnit?: NumericExpression['unit'],
): boolean {
  return (
    // pips-restated: "down 43 pips, or 0.34%": a pair's move in pips, restated in percent, is the same move.
    (previousKind === 'fx' && previousUnit === 'pips' && unit === 'percent' && OR_CHAIN_RE.test(link)) ||
    LEVEL_LINK_RE.test(link) ||
    COMPARED_FROM_RE.test(link) ||
    COMPARED_AGAINST_RE.test(link) ||
    ELIDED_SUBJECT_RE.test(link) ||
    (unit === 'percent' && AND_UP_RE.test(link)) ||
    (BRACKET_RE.test(link) && unit === 'percent') ||
    ((previousKind !== 'fx' || unit !== 'percent') &&
      (OR_CHAIN_RE.test(link) ||
        APPOSITIVE_RE.test(link) ||
        PARTICIPLE_LINK_RE.test(link) ||
        EVENT_ASIDE_RE.test(link) ||
        FOR_A_MOVE_RE.test(link) ||
        BRINGING_GAIN_RE.test(link)))
  );
}

/** elided-latter: "the former jumped 9.52%, the latter 12.16%": the second pointer takes the first one's verb. */
const ELIDED_POINTER_RE =
  /^[\s\u00a0]*,?[\s\u00a0]*(?:(?:and|while|with)[\s\u00a0]+)?the[\s\u00a0]+(?:former|latter)[\s\u00a0]+$/i;

/** Whether a figure restates or goes on from the one before ("or 4.84%", "and the Nasdaq 4.2%"), so shares its move. */
export function restatesPrevious(link: string): boolean {
  return (
    CHAIN_RE.test(link) ||
    ELIDED_POINTER_RE.test(link) ||
    ELLIPSIS_RE.test(link) ||
    RESTATED_AS_RE.test(link) ||
    BARE_LIST_RE.test(link) ||
    BRACKET_RESTATE_RE.test(link)
  );
}

/** bracket-restate: "closed up 263.16 points (0.66%)": a figure in brackets right after a move restates it. */
const BRACKET_RESTATE_RE = /^[\s\u00a0]*\([\s\u00a0]*$/;

/** bare-list: "lost 2.48%, 2.36% and 2.55%, respectively": a figure after a bare comma is the list's next move. */
const BARE_LIST_RE = /^[\s\u00a0]*,[\s\u00a0]*$/;

/** restated-as: "shrank 0.6% in July-September ..., an annualized contraction of 1.8%": the same move, annualized. */
const RESTATED_AS_RE =
  /^[^\d;:]{0,50},[\s\u00a0]+(?:an?|the)[\s\u00a0]+(?:annuali[sz]ed|annual|yearly)[\s\u00a0]+(?:contraction|expansion|decline|drop|fall|rise|gain|increase|growth|pace|rate)[\s\u00a0]+of[\s\u00a0]+$/i;

/** What leads into a data line's forecast: "3.4% y/y vs ", "3.1% y/y, expected ". */
const TO_FORECAST_RE = /(?:\bvs\.?|\bversus|\bexpected|\bforecast|\bconsensus|\best\.?)[\s\u00a0:]*$/i;
/** What follows it into the reading before: " expected, prior ", ", prior ", "; prev. ". */
const TO_PRIOR_RE =
  /^[\s\u00a0]*(?:expected|forecast|est\.?|consensus)?[\s\u00a0]*[,;][\s\u00a0]*(?:prior|previous|prev\.?)[\s\u00a0:]*$/i;

/**
 * prior-after-expected: "UK December CPI 3.4% y/y vs 3.3% expected, prior 3.2%": the reading before, past the
 * forecast between, is the first figure's measure. `toForecast` runs from the first figure to the forecast,
 * `toPrior` from the forecast to the figure.
 */
export function priorAfterExpected(toForecast: string, toPrior: string): boolean {
  return TO_FORECAST_RE.test(toForecast) && TO_PRIOR_RE.test(toPrior);
}
