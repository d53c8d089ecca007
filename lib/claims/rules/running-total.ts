/**
 * running-total: "rose 32.4 points, leaving it up 15.3% this year through that close, and the DAX added 0.29%": a
 * running total told in a result clause keeps its span to itself; a move named after it is not of that span
 * (parallel-period does not carry it).
 */
const RUNNING_TOTAL_RE =
  /,[\s\u00a0]+(?:leaving|putting|taking|bringing|pushing|lifting|dragging)[\s\u00a0]+(?:it|them|the[\s\u00a0]+[a-z]+)[\s\u00a0]+(?:up|down|higher|lower|ahead|behind)\b(?:[^,;:]|,(?=\d)){0,25}$/i;
/** How far back from the previous figure's end its result clause may open. */
const RUNNING_TOTAL_REACH = 80;

/** Whether the figure ending at `prevEnd` is a running total told in a result clause. */
export function isRunningTotal(text: string, sentenceStart: number, prevEnd: number): boolean {
  return RUNNING_TOTAL_RE.test(text.slice(Math.max(sentenceStart, prevEnd - RUNNING_TOTAL_REACH), prevEnd));
}
