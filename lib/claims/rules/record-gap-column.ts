/**
 * record-gap-column. Example: a cell "−38.5%" under "Friday vs. record" or "Off the high": the distance from a
 * peak set on some earlier day, which no stored move between two closes of the stated days measures.
 */
const RECORD_GAP_HEADER_RE =
  /(?:^|·)[^·]*\b(?:vs\.?|versus|from|off|below|under)[\s\u00a0]+(?:the[\s\u00a0]+|its[\s\u00a0]+|all-time[\s\u00a0]+)?(?:record|peak|high|all-time[\s\u00a0]+high|ath)s?\b[^·]*(?:·|$)/i;

/** Whether a cell's headers (its context, " · "-joined) name a column of distances from a record. */
export function isRecordGapColumn(context: string): boolean {
  return RECORD_GAP_HEADER_RE.test(context);
}
