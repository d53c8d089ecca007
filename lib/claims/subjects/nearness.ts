import type { Token } from '../tokens';
import {
  QUALIFIER_GROUP_OF as GROUPS,
  QUALIFYING_WORD,
  institutionOf,
  wordQualifiers,
  type Occurrence,
} from '../match';
import { STOP, WORDLESS } from '../lexicon/function-words';
import type { SentenceInfo } from '../sentence-info';
import { BANK_NAMES } from '../lexicon/institutions';
import { closesOpeningLabel } from './label-clause';
import { AFTER_FIGURE_CLAUSE_OPENERS } from '../lexicon/clause-openers';
import { MONTH_WORDS } from '../lexicon/month-patterns';
import { ANAPHORA_OF, NEUTRAL_MODIFIERS } from '../lexicon/anaphora';

/**
 * Example: "duties of 34% for China, 20% for the EU": how near a qualifier, a name or another figure
 * stands to a claim, in words and clauses. Shared by the subject rules that score by nearness.
 */

/** Words of a release's label that may stand between a country and its measure: months, quarters, editions. */
const RELEASE_LABEL: ReadonlySet<string> = new Set([
  ...MONTH_WORDS,
  'q1',
  'q2',
  'q3',
  'q4',
  'headline',
  'annual',
  'national',
  'nationwide',
  'flash',
  'final',
  'preliminary',
]);
const RELEASE_LABEL_MAX = 2;

/** A qualifier word (country, central bank) within three words after the number, or just before it. */
export function adjacentQualifier(o: Occurrence, tokens: Token[]): boolean {
  if (!o.entry.qualifierGroups.length || o.first === 0) return false;
  let at = o.first - 1;
  // release-label-between: "UK December CPI", "Japan July national core CPI": the release's month or edition
  // stands between the country and its measure without parting them.
  for (let k = 0; k < RELEASE_LABEL_MAX && at > 0 && RELEASE_LABEL.has(tokens[at]!.norm); k++) at--;
  let prev = tokens[at]!.norm;
  // "China, whose holdings slipped": "whose" stands for the name before it.
  if (prev === 'whose' && o.first >= 2) prev = tokens[o.first - 2]!.norm;
  // "Federal Reserve": "federal" alone is only American, but before "Reserve" it names the Fed.
  return (
    o.entry.qualifierGroups.includes(qualifierOf(prev)) || o.entry.qualifierGroups.includes(institutionOf(prev) ?? '')
  );
}

/**
 * Whether a central bank the alias is qualified by ("BOJ rate") is named earlier in the alias's
 * own clause, within a few words: "The Bank of Japan lifts rates", "the Fed cut its rate".
 */
export function institutionActs(info: SentenceInfo, o: Occurrence): boolean {
  const { tokens } = info;
  const groups = o.entry.qualifierGroups;
  for (let i = o.first - 1; i >= Math.max(0, o.first - 6); i--) {
    if (info.punctBetween(i, i + 1, true)) return false;
    const w = tokens[i]!.norm;
    const inst = institutionOf(w);
    if (inst && w !== 'federal' && w !== 'reserve' && groups.includes(inst)) return true;
    // "Bank of Japan", "Bank of England", "Federal Reserve", "European Central Bank".
    for (const [group, words] of BANK_NAMES) if (groups.includes(group) && nameEndsAt(tokens, i, words)) return true;
  }
  return false;
}

function qualifierOf(word: string): string {
  return wordQualifiers(word)[0] ?? '';
}

/** Words that open a clause of its own: a qualifier after one names that clause's subject. */

/** Whether token i opens another clause after a figure: "while", "as" (not "as of", "as well"). */
function opensClauseAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  if (!AFTER_FIGURE_CLAUSE_OPENERS.has(w)) return false;
  const next = tokens[i + 1]?.norm;
  return w !== 'as' || (next !== 'of' && next !== 'well');
}

export function qualifierNear(
  info: SentenceInfo,
  cs: number,
  ce: number,
  numberIdx: number[],
  groups: string[],
): boolean {
  const { tokens } = info;
  const hit = (i: number) => {
    const t = tokens[i];
    // Only qualifying words (countries, central banks) can qualify.
    if (!t || !(t.lex.flags & QUALIFYING_WORD)) return false;
    return groups.includes(GROUPS.get(t.norm) ?? '') || wordQualifiers(t.norm).some((g) => groups.includes(g));
  };
  for (let i = ce + 1, words = 0; i < tokens.length && words < 3; i++) {
    // qualifier-past-clause: "crosses $1.2 trillion while China's slides": a new clause's subject.
    // as-clause-qualifier: "Japan's Pile Reaches $1.2 Trillion as China Slips": "as", "after", "when" open one too
    // ("as of October" does not).
    if (numberIdx.includes(i) || info.punctBetween(i - 1, i, true) || opensClauseAt(tokens, i)) break;
    if (hit(i)) return true;
    if (!(tokens[i]!.lex.flags & STOP)) words++;
  }
  // Before the number only the word right beside it counts: "Japan's 24%".
  const prev = cs - 1;
  return prev >= 0 && !numberIdx.includes(prev) && !info.punctBetween(prev, cs, true) && hit(prev);
}

/** Whether a word of the claim's clause (up to punctuation either side) names one of `countries`. */
export function clauseNames(info: SentenceInfo, cs: number, ce: number, countries: ReadonlySet<string>): boolean {
  const { tokens } = info;
  for (let i = cs - 1; i >= 0 && (!info.punctBetween(i, i + 1, true) || closesOpeningLabel(info, i)); i--) {
    const g = tokens[i]!.lex.flags & QUALIFYING_WORD ? GROUPS.get(tokens[i]!.norm) : undefined;
    if (g && countries.has(g)) return true;
  }
  for (let i = ce + 1; i < tokens.length && !info.punctBetween(i - 1, i, true); i++) {
    const g = tokens[i]!.lex.flags & QUALIFYING_WORD ? GROUPS.get(tokens[i]!.norm) : undefined;
    if (g && countries.has(g)) return true;
  }
  return false;
}

/** Whether some index lies in [lo, hi]. */
export function anyBetween(indices: readonly number[], lo: number, hi: number): boolean {
  for (const i of indices) if (i >= lo && i <= hi) return true;
  return false;
}

/** Whether some of `items` is in `set`. */
export function anyIn(items: readonly string[], set: ReadonlySet<string>): boolean {
  for (const g of items) if (set.has(g)) return true;
  return false;
}

/** Whether only articles stand between token a and token b: "24% tariff", "3.4% the index" but not "3.4% and the Nasdaq". */
export function onlyArticlesBetween(tokens: Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) {
    const w = tokens[i]!.norm;
    if (w !== 'a' && w !== 'an' && w !== 'the') return false;
  }
  return true;
}

/** Where a label's separator (":" or a dash) after text[..end) ends; `end` if there is none. */
export function labelEnd(text: string, end: number): number {
  // label-bracket: "Gold (LBMA PM): $4,169.60": a bracketed note of the label's own before its colon.
  const m = /^[\s\u00a0]*(?:\([^()]{1,24}\)[\s\u00a0]*)?(?::|[–—])/.exec(text.slice(end, end + 32));
  return m ? end + m[0].length : end;
}

/** Words of a ", which ..., " aside between token `from` and token `to`. */
export function asideWords(info: SentenceInfo, text: string, from: number, to: number): number {
  const { tokens } = info;
  const start = tokens[from]!.end;
  const m = ASIDE_RE.exec(text.slice(start, tokens[to]!.start));
  if (!m) return 0;
  const a = start + m.index;
  const b = a + m[0].length;
  let n = 0;
  for (let i = from + 1; i < to && tokens[i]!.start < b; i++)
    if (tokens[i]!.start >= a && !(tokens[i]!.lex.flags & WORDLESS)) n++;
  return n;
}
const ASIDE_RE = /,[\s\u00a0]*(?:which|who|whose|where)\b[^,;:.!?]*,/i;

/**
 * appositive: "Gold, the year's standout trade, is up 1,447%": words of a ", the ...," phrase right
 * after the name (token `from`) rename it; they do not set the name apart from its figure.
 */
export function appositiveWords(info: SentenceInfo, text: string, from: number, to: number): number {
  const { tokens } = info;
  const start = tokens[from]!.end;
  const m = APPOSITIVE_RE.exec(text.slice(start, tokens[to]!.start));
  if (!m) return 0;
  const b = start + m[0].length;
  let n = 0;
  for (let i = from + 1; i < to && tokens[i]!.start < b; i++) if (!(tokens[i]!.lex.flags & WORDLESS)) n++;
  return n;
}
const APPOSITIVE_RE = /^,[\s\u00a0]+(?:the|a|an|its|their)[\s\u00a0][^,;:.!?\d]{1,60},(?=[\s\u00a0])/i;

/** Modifiers that set another market against the one named ("the broader index" is the TOPIX beside the Nikkei). */
const CONTRAST_MODIFIERS: ReadonlySet<string> = new Set(['broader', 'broad', 'wider']);
/** Modifiers an anaphor may carry before its noun: "the blue-chip gauge" (blue, chip). */
const ANAPHOR_MODIFIERS_MAX = 3;

/**
 * anaphor-ahead: "The Dow's run of records ended as the blue-chip gauge gave up 507.12 points": a phrase that points
 * back to a subject of the name's kind, between the name and its figure, names it again; its words do not set the
 * name apart from the figure. Returns those words.
 */
export function anaphorWords(info: SentenceInfo, from: number, to: number, kind: string): number {
  const { tokens } = info;
  for (let i = from + 1; i < to - 1; i++) {
    if (tokens[i]!.norm !== 'the') continue;
    let j = i + 1;
    let mods = 0;
    while (j < to && mods < ANAPHOR_MODIFIERS_MAX && NEUTRAL_MODIFIERS.has(tokens[j]!.norm)) {
      if (CONTRAST_MODIFIERS.has(tokens[j]!.norm)) return 0;
      j++;
      mods++;
    }
    if (j < to && ANAPHORA_OF.get(tokens[j]!.norm)?.includes(kind)) return mods + 1;
  }
  return 0;
}

/** Whether tokens ending at token `end` spell `words`. */
/** Whether the words of a name end at token `end`: "Bank of Canada" ending at "canada". */
export function nameEndsAt(tokens: readonly { norm: string }[], end: number, words: readonly string[]): boolean {
  if (end + 1 < words.length) return false;
  for (let j = 0; j < words.length; j++) if (tokens[end - words.length + 1 + j]!.norm !== words[j]) return false;
  return true;
}
