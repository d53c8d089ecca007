/**
 * Rule never-revised: "consumer prices rose 2.6% in the year to November" against a stored 2.7 for
 * November. The CPI-U index before seasonal adjustment is never revised once published, so its
 * twelve-month change as stored is the figure as first printed: a gap is an error, not a question.
 */
const NEVER_REVISED: ReadonlySet<string> = new Set(['us.cpi_yoy']);

export const neverRevised = (id: string): boolean => NEVER_REVISED.has(id);
