/**
 * scenario-label. Example: "Base case (55%): Metals stabilize and bitcoin chops between $66,000 and $76,000",
 * "Yen slide (15%): A dovish hike sends USD/JPY through 158": a line that opens with a named outcome and the odds
 * given to it describes a scenario; none of its figures is a claim about the article's day.
 */
const SCENARIO_LABEL_RE =
  /^[\s\u00a0"“•*–—-]*[A-Z][\w’'/&-]*(?:[\s\u00a0]+[\w’'/&-]+){0,4}[\s\u00a0]*\((?:p[\s\u00a0]*=[\s\u00a0]*)?\d{1,3}(?:\.\d+)?[\s\u00a0]?%(?:[\s\u00a0]+(?:probability|odds|chance|likelihood|weight))?\)[\s\u00a0]*[:—–-]/;

/** Whether a sentence (read from its start to just past a figure) opens with a scenario's name and odds. */
export function isScenarioLabelled(lead: string): boolean {
  return lead.includes('%)') && SCENARIO_LABEL_RE.test(lead);
}
