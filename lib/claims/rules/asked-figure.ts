/**
 * asked-figure. Example: "FTSE 100 at 11,000?", "Can sterling get back to $1.40?": a figure that ends a question is
 * asked about, not stated; the answer, where the page gives one, carries the claim. Test pages:
 * blind119-ainvest-europe-ftse-record-10686-cac-1-39pct-dax-25260-stoxx50-6131-sterling-1-35-bund-2-81-boe-3-75-feb20.
 */
const QUESTION_AFTER_RE = /^[\s\u00a0]*\?/;

/** Whether the text right after a figure ends a question with it. */
export function endsQuestion(after: string): boolean {
  return QUESTION_AFTER_RE.test(after);
}
