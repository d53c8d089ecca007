import type { Candidate } from '../candidate';
import type { Token } from '../tokens';

/**
 * Example: "The yield on the two-year Treasury, which moves closely with expectations for Fed policy,
 * sank 25 basis points": the Fed is named inside the aside, not as what sank.
 *
 * A name inside a ", which ... ," (or who, whose) aside that closes before the figure describes the
 * subject; it is not the figure's subject.
 */
const ASIDE_OPEN_RE = /,[\s\u00a0]+(?:which|who|whose)\b[^,;:.!?]*$/i;
const ASIDE_CLOSE_RE = /^[^;:.!?]*,/;

/** Whether the name ending at `nameEnd` sits in an aside that opens after `from` and closes before `figureStart`. */
export function insideAside(
  text: string,
  from: number,
  nameStart: number,
  nameEnd: number,
  figureStart: number,
): boolean {
  return ASIDE_OPEN_RE.test(text.slice(from, nameStart)) && ASIDE_CLOSE_RE.test(text.slice(nameEnd, figureStart));
}

/** The candidates without the names found inside such an aside before the figure. */
export function withoutAsideNames(
  cands: Candidate[],
  text: string,
  tokens: readonly Token[],
  sentenceStart: number,
  cs: number,
  figureStart: number,
): Candidate[] {
  return cands.filter(
    (c) =>
      c.at === undefined ||
      c.at >= cs ||
      (c.rule !== 'alias-in-sentence' && c.rule !== 'fuzzy-alias') ||
      !insideAside(text, sentenceStart, tokens[c.at]!.start, tokens[c.at]!.end, figureStart),
  );
}
