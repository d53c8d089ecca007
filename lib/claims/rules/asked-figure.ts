/**
 * asked-figure. Example: "FTSE 100 at 11,000?", "Can sterling get back to $1.40?": a figure that ends a question is
 * asked about, not stated; the answer, where the page gives one, carries the claim. Test pages:
 * blind119-ainvest-europe-ftse-record-10686-cac-1-39pct-dax-25260-stoxx50-6131-sterling-1-35-bund-2-81-boe-3-75-feb20.
 */
const QUESTION_AFTER_RE = /^[\s\u00a0]*\?/;

/**
 * headed-question: "Nikkei 40,000: what would it take?", "Euro at $1.10: the bear case ... ?": a level heading a
 * question after a colon is the question's topic. Not a move told before it ("Dow sinks 1,100 points: what spooked
 * investors?" states the fall): the words before the figure say nothing moved or reached it.
 */
const HEADED_QUESTION_AFTER_RE = /^[\s\u00a0]*:(?:[^.!?]|\.(?=\d))*\?["”’)]*[\s\u00a0]*$/;
const STATED_BEFORE_RE =
  /\b(?:hits?|tops?|reach(?:es|ed)?|clos(?:es|ed)|ends?|ended|finish(?:es|ed)|settl(?:es|ed)|rose|fell|sinks?|sank|jumps?|jumped|drops?|dropped|gains?|gained|slips?|slipped|climbs?|climbed|surges?|surged|slides?|slid|soars?|soared|plunges?|plunged|tumbles?|tumbled|rall(?:y|ies|ied)|falls?|rises?|adds?|added|loses?|lost|breaks?|broke)\b/i;

export function headsQuestion(before: string, after: string): boolean {
  return HEADED_QUESTION_AFTER_RE.test(after) && !STATED_BEFORE_RE.test(before);
}

/** Whether the text right after a figure ends a question with it. */
export function endsQuestion(after: string): boolean {
  return QUESTION_AFTER_RE.test(after);
}
