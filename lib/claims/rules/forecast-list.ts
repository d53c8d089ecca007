import { FORECASTERS } from '../lexicon/forecasters';

/**
 * Example: "officials now see PCE inflation at 2.7% at the end of 2026, with growth of 2.4% and
 * unemployment at 4.4%", "Strategists at Tollbridge see USD/JPY at 137", "She looks for May payrolls
 * of about 130,000 ..., with unemployment edging up to 4.3%": every figure of the list after
 * "<forecasters> see" is the same projection, however far it runs, until a verb of its own starts a
 * new statement.
 */
/** "Updated forecasts envision 2026 growth near 2.3%, ... and unemployment around 4.4%". */
const PROJECTION_CUE_RE =
  /\b(?:forecasts?|projections?|the[\s\u00a0]+dot[\s\u00a0]+plot|the[\s\u00a0]+dots)[\s\u00a0]+(?:now[\s\u00a0]+)?(?:envision|envisage|see|show|put|point[\s\u00a0]+to|imply)\b((?:[^.;!?]|\.(?=\d)){0,160})$/i;

const CUE_RE = new RegExp(
  String.raw`\b(?<!\bwhat[\s\u00a0]+)(?:${FORECASTERS}|the[\s\u00a0]+fed|the[\s\u00a0]+committee|the[\s\u00a0]+bank|she|he|they)(?:[\s\u00a0]+(?:at|from|with)(?:[\s\u00a0]+[A-Z][\w&'’.-]*){1,3}|[\s\u00a0]+(?:polled|surveyed)[\s\u00a0]+by(?:[\s\u00a0]+[A-Z][\w&'’.-]*){1,2})?[\s\u00a0]+(?:now[\s\u00a0]+|also[\s\u00a0]+|still[\s\u00a0]+|had[\s\u00a0]+|have[\s\u00a0]+)?(?:see|sees|saw|project|projects|projected|pencil(?:s|l?ed)?[\s\u00a0]+in|looks?[\s\u00a0]+for|expects?|expected|forecasts?|predicted)\b((?:[^.;!?]|\.(?=\d)){0,160})$`,
  'i',
);
// what-was-expected: "did what markets expected on Thursday, taking the deposit rate to 2.00%": done, not a list.
/** A verb of a stated fact after the cue ends the projection: "..., and the jobless rate was 4.4%". */
const OWN_VERB_RE =
  /\b(?:rose|fell|was|were|is|are|stood|stands|closed|ended|held|holds|jumped|slipped|climbed|dropped|gained|lost|added|hit|reached|came|printed|ticked|eased|cooled|accelerated|slowed)\b/i;

/** Whether the words before a figure (from its sentence's start) put it in a forecaster's list. */
/** The cue words, tested first: most leads have none, and the patterns above are costly to fail. */
const CUE_WORD_RE =
  /\b(?:see|sees|saw|project|projects|projected|pencil|looks?|expects?|expected|forecasts?|predicted|envision|envisage|show|put|point|imply)\b/i;

/**
 * projection-label: "Fed projections at a glance (medians): fed funds 5.1% at end-2024, ...; GDP growth of 2.1% this
 * year": a sentence opened by a label naming projections is a list of them, past a semicolon too. Not an FX site's
 * genre label ("GBP/USD Outlook: Pound Slips ... to 3.3%"), whose figures are facts.
 */
const PROJECTION_LABEL_RE =
  /^[^:.;!?]{0,80}?\b(?:projections?|forecasts|dot[\s\u00a0]+plot|consensus)\b[^:.;!?]{0,40}:((?:[^.!?]|\.(?=\d)){0,240})$/i;

export function inForecastList(lead: string): boolean {
  if (lead.includes(':')) {
    const label = PROJECTION_LABEL_RE.exec(lead);
    if (label && !OWN_VERB_RE.test(label[1]!)) return true;
  }
  if (!CUE_WORD_RE.test(lead)) return false;
  const m = CUE_RE.exec(lead) ?? PROJECTION_CUE_RE.exec(lead);
  return !!m && !OWN_VERB_RE.test(m[1]!);
}

/**
 * forecast-lead-in: "The quarterly Summary of Economic Projections, released with the statement, shows:", "What
 * economists expect:": a line without figures that ends in a colon and names a forecast heads a list of them.
 */
const FORECAST_LEAD_IN_RE =
  /\b(?:projections?|projected|forecasts?|forecasters|outlook|expects?|expected|expectations|estimates|consensus|scenarios?|dot[\s\u00a0]+plot|dots|sees?)\b[^:]*:[\s\u00a0]*$/i;

export function isForecastLeadIn(line: string): boolean {
  return FORECAST_LEAD_IN_RE.test(line);
}
