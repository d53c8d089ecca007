import { readContext } from '../../lib/claims/context';
import { extractNumbers } from '../../lib/claims/extract';
import type { ClaimContext } from '../../lib/claims/types';

/** readContext for the number written `numberText` in a one-sentence text; throws if it is not read. */
export function contextOf(text: string, numberText: string, published: string): ClaimContext {
  const exprs = extractNumbers(text);
  const k = exprs.findIndex((e) => e.text === numberText);
  if (k < 0) throw new Error(`${numberText} not extracted from "${text}": ${exprs.map((e) => e.text).join(', ')}`);
  return readContext({
    text,
    sentenceStart: 0,
    sentenceEnd: text.length,
    expr: exprs[k]!,
    prevEnd: k > 0 ? exprs[k - 1]!.end : 0,
    nextStart: exprs[k + 1]?.start ?? text.length,
    published,
  });
}
