/**
 * odds-of-move. Example: "traders put the likelihood of the BoE lowering rates by 25 basis points
 * to 3.5% next month at 70%": a move whose chance is priced, not one made; the rate it would reach is not judged.
 *
 * `before` is the sentence's text up to the figure.
 */
const ODDS_OF_MOVE_RE =
  /\b(?:probabilit(?:y|ies)|likelihood|chances?|odds|bets?|wagers?)[\s\u00a0]+(?:of|on|for|that)[\s\u00a0]+(?:(?:the|a|an)[\s\u00a0]+)?(?:[\w.&'’-]+[\s\u00a0]+){0,3}?(?:cutting|hiking|raising|lowering|lifting|reducing|trimming|easing|tightening|holding|keeping)\b[^.;:!?]{0,70}$/i;

export function isOddsOfMove(before: string): boolean {
  return ODDS_OF_MOVE_RE.test(before.slice(-160));
}
