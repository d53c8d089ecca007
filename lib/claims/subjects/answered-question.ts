/**
 * answered-question: "How Much Did the Nikkei Fall Today? 1,620.93 Points, or 3.22%, to 48,702.98": a sentence that
 * names nothing, right after a question without figures, answers it; its figures are of the one subject the
 * question names. Only an answer that names nothing before its figure: "It weakened, with the dollar fixed 0.62%
 * higher", "Traders watch $60" and "Only the five-year rate moved, to 3.95%" have subjects of their own. Test pages:
 * blind136-faq-*.
 */
const ANSWER_LEAD_RE =
  /^[\s\u00a0"“]*(?:(?:yes|no|about|around|roughly|nearly|almost|some|just|sharply|modestly|slightly|by|to|at|up|down|a|an|unchanged|in|over|under|more|less|than|or|points?|percent|per|cent|bps?|basis|[\d.,$€£¥%+\-−–]+)(?:[\s\u00a0,:;]+|$))*$/i;

/** Whether the words before the figure, from the answer's start, name nothing: "Sharply: to ", "1,620.93 Points, or ". */
export function answerLead(lead: string): boolean {
  return ANSWER_LEAD_RE.test(lead);
}
const QUESTION_END_RE = /\?["”’)]*[\s\u00a0]*$/;

/** Whether the sentence without figures before is a question. */
export function isQuestion(plain: { text: string; start: number; end: number }): boolean {
  return QUESTION_END_RE.test(plain.text.slice(plain.start, plain.end));
}

/**
 * worth-question: "What is half a bitcoin worth at these levels? About $30,733": the answer is what a holding is worth
 * (a conversion), not the price the question names.
 */
const WORTH_RE = /\bworth\b/i;

/** Whether the question before asks what something is worth. */
export function asksWorth(plain: { text: string; start: number; end: number }): boolean {
  return WORTH_RE.test(plain.text.slice(plain.start, plain.end));
}
