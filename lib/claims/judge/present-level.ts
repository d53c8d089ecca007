import { lastWordBeforeSpace } from '../chars';

/**
 * "the cash rate stands at 4.1%", "Bank Rate sits at 4.25%", "inflation is running at 2.7%", "with the
 * policy rate still at 0.5%", "holds its target range at 3.75%-4.00%": a level
 * stated in the present tense, right before the figure, is the one in force (or latest out) on the article's date.
 */
const PRESENT_LEVEL_RE = new RegExp(
  [
    String.raw`\b(?:now[\s\u00a0]+)?(?:stands|sits|remains|rests|stays|is running|runs|is)[\s\u00a0]+(?:(?:now|currently|still)[\s\u00a0]+)?at[\s\u00a0]+$`,
    // "With the ECB's deposit rate at 2.25% and ...", "with the policy rate still at 0.5%": the state of things as written.
    String.raw`\bwith[\s\u00a0]+(?:the[\s\u00a0]+|its[\s\u00a0]+)?[^,;.:!?\d]{2,40}?[\s\u00a0]+(?:(?:still|now|currently)[\s\u00a0]+)?at[\s\u00a0]+$`,
    // present-range: "it now sits in a range of 4.25% to 4.50%".
    String.raw`\b(?:stands|sits|remains|is)[\s\u00a0]+(?:(?:now|currently|still)[\s\u00a0]+)?in[\s\u00a0]+(?:a|the|its)[\s\u00a0]+(?:target[\s\u00a0]+)?range[\s\u00a0]+of[\s\u00a0]+$`,
    // range-after: "The Fed's benchmark rate sits in a 4.75%-5.00% range": the range's noun after the figure.
    String.raw`\b(?:stands|sits|remains|is)[\s\u00a0]+(?:(?:now|currently|still)[\s\u00a0]+)?in[\s\u00a0]+(?:a|the|its)[\s\u00a0]+$`,
    // remains-as-is: "the Fed's target range remains 4.50%-4.75%", "the rate stays 0.5%".
    String.raw`\b(?:remains|stays)[\s\u00a0]+(?:(?:now|currently|still)[\s\u00a0]+)?$`,
    // present-perfect-hold: "the Bank of England has kept Bank Rate at 3.5%".
    String.raw`\b(?:has|have)[\s\u00a0]+(?:kept|held|left|maintained)[\s\u00a0]+(?:its|the|their)?[\s\u00a0]*[^,;.:!?\d]{2,40}?[\s\u00a0]+(?:(?:unchanged|steady)[\s\u00a0]+)?at[\s\u00a0]+$`,
    // still-pays: "Goods from China still carry an extra 30% tariff".
    String.raw`\bstill[\s\u00a0]+(?:carry|carries|face|faces|pay|pays|attract|attracts|bear|bears)[\s\u00a0]+(?:(?:a|an)[\s\u00a0]+)?(?:(?:extra|additional|added)[\s\u00a0]+)?(?:(?:tariff|duty|levy)[\s\u00a0]+(?:rate[\s\u00a0]+)?of[\s\u00a0]+)?$`,
    // present-copula: "The target range is 4.00%–4.25%.", "its policy rate is currently 0.5%".
    String.raw`\b(?:rate|range|target|tariff|duty|levy|LPR)[\s\u00a0]+(?:is|are)[\s\u00a0]+(?:(?:now|currently|still)[\s\u00a0]+)?$`,
    // "holds its policy rate in a 4.25%-4.50% range".
    String.raw`\b(?:holds|keeps|maintains)[\s\u00a0]+(?:its|the|their)[\s\u00a0]+[^,;.:!?\d]{2,40}?[\s\u00a0]+in[\s\u00a0]+(?:a|the)[\s\u00a0]+$`,
    // "the Fed, which cut three times last year, holds its target range at 3.75%-4.00%": present tense.
    String.raw`\b(?:holds|keeps|maintains)[\s\u00a0]+(?:its|the|their)[\s\u00a0]+[^,;.:!?\d]{2,40}?[\s\u00a0]+at[\s\u00a0]+$`,
    // holds-name: "the Bank of England, which holds Bank Rate at 4.00 percent": a rate's proper name, no article.
    String.raw`\b(?:holds|keeps|maintains)[\s\u00a0]+(?:[A-Z][\w-]*[\s\u00a0]+){1,3}at[\s\u00a0]+$`,
  ].join('|'),
  'i',
);

/** The words every reading of PRESENT_LEVEL_RE ends on, before the space at its end: keep the two in step. */
const PRESENT_LEVEL_LAST_WORDS: ReadonlySet<string> = new Set([
  'at',
  'is',
  'are',
  'now',
  'currently',
  'still',
  'the',
  'of',
  'carry',
  'carries',
  'face',
  'faces',
  'pay',
  'pays',
  'attract',
  'attracts',
  'bear',
  'bears',
  'a',
  'an',
  'extra',
  'additional',
  'added',
  'remains',
  'stays',
]);

/** "BOJ rate: 0.25%", "Fed funds target: 3.75%-4.00%": a facts box's row, a label and its value, with no date. */
const LABEL_ROW_RE = /^[^.;:!?\d%]{2,60}:[\s\u00a0]*$/;

/**
 * How the words before a figure state it as the present level: a verb ("stands at") or a facts
 * row's label ("BOJ rate: 0.25%"). A label is only taken as present for a policy level (step-level.ts):
 * tables of released figures often date their rows in a header the engine may not read.
 */
export function presentLevelBefore(lead: string, after = ''): 'verb' | 'label' | 'possessive' | undefined {
  // The last word first: the pattern, anchored at the end, would be tried at every place of the lead.
  if (PRESENT_LEVEL_LAST_WORDS.has(lastWordBeforeSpace(lead) ?? '') && PRESENT_LEVEL_RE.test(lead)) return 'verb';
  if (LABEL_ROW_RE.test(lead)) return 'label';
  return POSSESSIVE_LEAD_RE.test(lead) &&
    POLICY_NOUN_AFTER_RE.test(after) &&
    !PAST_STATE_RE.test(after) &&
    !PAST_LEAD_RE.test(lead)
    ? 'possessive'
    : undefined;
}

/**
 * possessive-rate: "the Bank of Canada's 3% overnight rate", "the BoJ's 0.5% policy rate", "Washington's 15% tariff on
 * most Japanese goods": a setter's rate named with its figure, in no tense, is the one it has now. Only for a policy
 * level (step-level.ts); "its 5.25% peak of last summer" names no rate, and a rate "of last year" is history.
 */
const POSSESSIVE_LEAD_RE = /[A-Za-z][\w.]*['\u2019]s[\s\u00a0]+$/;
const POLICY_NOUN_AFTER_RE =
  /^[\s\u00a0]+(?:(?:key|benchmark|main|policy|overnight|deposit|cash|official|bank|short-term|target|reciprocal|across-the-board|baseline|blanket)[\s\u00a0]+){0,2}(?:rate|range|tariff|duty|levy)\b/i;
/** past-lead: "Before the hike, the BoJ's 0.5% policy rate ...", "when the Fed's 5.25% rate was": the sentence speaks of then. */
const PAST_LEAD_RE = /\b(?:before|until|prior|previously|earlier|formerly|once|back|then|when|was|were|had)\b/i;
const PAST_STATE_RE =
  /^[^.;]{0,40}\b(?:of|in|from|until|before)[\s\u00a0]+(?:last|the[\s\u00a0]+(?:previous|prior|past))\b/i;
