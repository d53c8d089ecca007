import type { Candidate } from '../candidate';
import type { Token } from '../tokens';

/**
 * Example: "The yield on the two-year Treasury, which moves closely with expectations for Fed policy,
 * sank 25 basis points": the Fed is named inside the aside, not as what sank.
 *
 * A name inside a ", which ... ," (or who, whose) aside that closes before the figure describes the
 * subject; it is not the figure's subject. So is the owner that opens an appositive: "the core PCE
 * index, the Fed's preferred gauge, rose 2.8%".
 */
const ASIDE_OPEN_RE = /,[\s\u00a0]+(?:which|who|whose)\b[^,;:.!?]*$/i;
const ASIDE_CLOSE_RE = /^[^;:.!?]*,/;
/** possessive-aside: ", the Fed's preferred gauge, rose 2.8%": a name that opens an appositive as its owner. */
const POSSESSIVE_OPEN_RE = /,[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
const POSSESSIVE_CLOSE_RE = /^(?:'s|’s)?[\s\u00a0]+[^,;:.!?]{1,40},/i;
/**
 * gauge-the-bank-prefers: "the core PCE gauge the Fed prefers stood at 3.3%": a name in a clause that
 * describes a gauge (with or without "that") is whose gauge it is, not what stood at 3.3%.
 */
const GAUGE_NOUNS = 'gauge|measure|yardstick|metric|indicator|barometer';
const GAUGE_VERBS = 'prefers|favou?rs|watches|uses|tracks|follows|targets|cites|relies[\\s\\u00a0]+on';
const GAUGE_OPEN_RE = new RegExp(
  String.raw`\b(?:${GAUGE_NOUNS})(?:[\s\u00a0]+that)?[\s\u00a0]+(?:the[\s\u00a0]+)?$`,
  'i',
);
const GAUGE_CLOSE_RE = new RegExp(
  String.raw`^[\s\u00a0]+(?:most[\s\u00a0]+|closely[\s\u00a0]+)?(?:${GAUGE_VERBS})\b`,
  'i',
);
/**
 * appositive-aside: "The VIX, a measure of expected swings in the S&P 500, rose 1.14 points": a name
 * inside an appositive that opens with an article describes the subject before it.
 */
const APPOSITIVE_OPEN_RE = /,[\s\u00a0]+(?:a|an)[\s\u00a0]+[^,;:.!?]{0,50}$/i;
const APPOSITIVE_CLOSE_RE = /^[^,;:.!?\d]{0,20},/;
/** The name's own token may hold the possessive ("Fed's"), or the text right after it does. */
const POSSESSIVE_RE = /(?:'s|’s)$/i;

/** Whether the name ending at `nameEnd` sits in an aside that opens after `from` and closes before `figureStart`. */
export function insideAside(
  text: string,
  from: number,
  nameStart: number,
  nameEnd: number,
  figureStart: number,
): boolean {
  const open = text.slice(from, nameStart);
  const close = text.slice(nameEnd, figureStart);
  // The closing test first: it is anchored at the start of the short text after the name, where
  // the opening one is anchored at the end of the sentence so far and tried at every place in it.
  return (
    (GAUGE_CLOSE_RE.test(close) && GAUGE_OPEN_RE.test(open)) ||
    (APPOSITIVE_CLOSE_RE.test(close) && APPOSITIVE_OPEN_RE.test(open)) ||
    (ASIDE_CLOSE_RE.test(close) && ASIDE_OPEN_RE.test(open)) ||
    (POSSESSIVE_CLOSE_RE.test(close) &&
      POSSESSIVE_OPEN_RE.test(open) &&
      (POSSESSIVE_RE.test(text.slice(nameStart, nameEnd)) || POSSESSIVE_RE.test(close.slice(0, 2))))
  );
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
