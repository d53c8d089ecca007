import type { Indicator } from '../../dataset/schema';
import type { Token } from '../tokens';
import type { SiblingIndex } from './row-owner';
import { DOWN_SET, UP_SET } from '../lexicon/move-verbs';

/**
 * Example: "China's pile dropped to $652bn", "Japan, the largest creditor, cut its position by $48bn",
 * "Beijing kept selling. Its stockpile shrank by $41bn", "Britain stayed in second place with $927bn":
 * the holder is named by a possessive, by the clause's opening subject, or by the sentence before.
 *
 * The rule only says whose holdings a figure is; which holdings is left to what the page has already
 * named (the engine passes the measures it has matched), so a gold hoard is not read as Treasuries.
 */

/** Nouns for what a holder holds (tokens normalise "holdings", "stockpile", "holders" to "holding"). */
const HOLDING_NOUNS = new Set(['holding', 'position', 'stake', 'pile', 'portfolio']);
/** Verbs of holding right before the figure: "China held $784.3 billion". */
const HOLDING_VERBS = new Set(['held', 'holds', 'hold', 'owned', 'owns']);
/**
 * holder-move-verb: "Japan, the largest holder, added $12.6 billion": a holder's buying or selling. The tokenizer
 * folds a present tense to its stem ("Adds" → "add", "Trims" → "trim").
 */
const HOLDING_MOVE_VERBS = new Set([
  'added',
  'add',
  'bought',
  'buy',
  'sold',
  'sell',
  'shed',
  'trimmed',
  'trim',
  'cut',
  'raised',
  'raise',
  'reduced',
  'reduce',
  'boosted',
  'boost',
]);
/** Verbs of arriving at a level: "as China reaches $700 billion", "Japan Tops $1.2 Trillion". */
const REACH_VERBS = new Set(['reaches', 'reached', 'hits', 'hit', 'tops', 'topped', 'crosses', 'crossed']);
/** Words that may stand between such a verb and its figure. */
const HOLDING_FILLERS = new Set(['about', 'around', 'roughly', 'nearly', 'some', 'almost', 'just']);
/** Nouns for the holder itself ("the largest foreign owner"; "holders" normalise to "holding"). */
const HOLDER_NOUNS = new Set(['owner', 'creditor']);
/** Nouns of a holder's rank: "in second place with", "the No. 2 spot at". */
const RANK_NOUNS = new Set(['place', 'spot', 'rank']);
const POSSESSIVE_RE = /['’]s?$/;
/**
 * How many tokens before the figure the holding noun may stand ("its holdings had stood at"; with a
 * time phrase between, "trimmed its stake for a third straight month, to").
 */
const NOUN_REACH = 8;
/** How many words may stand between a country and the "its" of its verb ("China again cut its stake"). */
const ITS_VERB_REACH = 2;
/** How many tokens into the sentence its opening subject may stand ("The United Kingdom"). */
const OPENER_REACH = 3;

/**
 * The country that opens a sentence ("Japan, ...", "The United Kingdom, which ...", "Beijing kept
 * trimming"), as a qualifier group; `groupOf` maps a word to its country group. `from`: the sentence's
 * first token past a cell's headers.
 */
export function openingCountry(
  tokens: readonly Token[],
  groupOf: (w: string) => string | undefined,
  from = 0,
): string | null {
  for (let i = from; i < Math.min(tokens.length, from + OPENER_REACH); i++) {
    const w = tokens[i]!.norm;
    if (w === 'the' || w === 'united') continue;
    return groupOf(w) ?? null;
  }
  return null;
}

/** The countries opening a sentence and joined by "and" ("Japan and the U.K., ..."): the first alone otherwise. */
function openingCountries(tokens: readonly Token[], groupOf: (w: string) => string | undefined): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length && out.length < OPENER_REACH) {
    while (tokens[i]?.norm === 'the' || tokens[i]?.norm === 'united') i++;
    const g = tokens[i] ? groupOf(tokens[i]!.norm) : undefined;
    if (!g) break;
    out.push(g);
    // "the U.K." and "United Kingdom" may take two tokens of one country.
    while (tokens[i + 1] && groupOf(tokens[i + 1]!.norm) === g) i++;
    if (tokens[i + 1]?.norm !== 'and') break;
    i += 2;
  }
  return out;
}

/**
 * The holders whose holdings the figure at token `cs` speaks of, in the order named, and the token
 * of the noun they hold by, or null.
 * `opener` is the country opening this sentence; `previousOpener` the one that opened the sentence before.
 */
function holdersOf(
  text: string,
  tokens: readonly Token[],
  cs: number,
  opener: string | null,
  previousOpener: string | null,
  groupOf: (w: string) => string | undefined,
): { owners: string[]; noun: number; clause?: true } | null {
  // holder-verb: "China held $784.3 billion", "Japan, still the largest holder, owned about $1.2 trillion".
  let v = cs - 1;
  while (v > 0 && HOLDING_FILLERS.has(tokens[v]!.norm)) v--;
  if (v > 0 && HOLDING_VERBS.has(tokens[v]!.norm)) {
    // pronoun-holder: "Japan was still the largest foreign creditor in March. It held $1,191.6 billion".
    const pronoun = v === 1 && (tokens[0]!.norm === 'it' || tokens[0]!.norm === 'they');
    // holders-held-respectively: "Britain and Japan held $926.9 billion and $1,191.6 billion, respectively".
    const named: string[] = [];
    for (let i = v - 1; i >= 0; i -= 2) {
      const g = groupOf(tokens[i]!.norm);
      if (!g) break;
      named.unshift(g);
      if (tokens[i - 1]?.norm !== 'and') break;
    }
    // clause-holder-verb: "Japan's pile climbed to $1.19 trillion as China held $700.5 billion": a holder opening
    // a later clause outranks the alias of the clause before, as a clause's mover does (holder-clause-move).
    if (named.length)
      return v - 2 * named.length + 1 > 0 ? { owners: named, noun: v, clause: true } : { owners: named, noun: v };
    const owner = pronoun ? previousOpener : opener;
    return owner ? { owners: [owner], noun: v } : null;
  }
  // holder-label: "United Kingdom: down to $856.0 billion from $904.3 billion" in a list of holders: the
  // country that labels the line holds what the page has named.
  const label = opener ? labelEnd(text, tokens) : -1;
  if (label >= 0 && label < cs) return { owners: [opener!], noun: label };
  // holder-move-verb: only the sentence's opening country buys or sells ("Japan, ..., added $12.6 billion"),
  // or the country right before the verb (clause-holder-move: "...; China shed $11.8 billion").
  if (v > 0 && HOLDING_MOVE_VERBS.has(tokens[v]!.norm)) {
    const owner = groupOf(tokens[v - 1]!.norm);
    if (owner) return v - 1 > 0 ? { owners: [owner], noun: v, clause: true } : { owners: [owner], noun: v };
    // opening-holders: "Japan and the U.K., the two largest holders, added $10.7 billion and $12.9 billion".
    const openers = opener ? openingCountries(tokens, groupOf) : [];
    if (openers.length) return { owners: openers, noun: v };
  }
  // holder-reaches: "Japan Tops $1.2 Trillion, China Slips to ...": a country right before a verb of arriving.
  if (v >= 1 && REACH_VERBS.has(text.slice(tokens[v]!.start, tokens[v]!.end).toLowerCase())) {
    const owner = groupOf(tokens[v - 1]!.norm);
    if (owner) return { owners: [owner], noun: v, clause: true };
  }
  // holder-clause-move: "Japan's Pile Reaches $1.2 Trillion as China Slips to $688.7 Billion": a country right
  // before a move verb and "to" is the holder whose holdings moved there.
  if (v >= 2 && (tokens[v]!.norm === 'to' || tokens[v]!.norm === 'by')) {
    const verb = text.slice(tokens[v - 1]!.start, tokens[v - 1]!.end).toLowerCase();
    const owner =
      UP_SET.has(verb) || DOWN_SET.has(verb) || REACH_VERBS.has(verb) ? groupOf(tokens[v - 2]!.norm) : undefined;
    if (owner) return { owners: [owner], noun: v - 1, clause: true };
  }
  for (let h = cs - 1; h >= Math.max(0, cs - NOUN_REACH); h--) {
    const noun = tokens[h]!.norm;
    const rank = RANK_NOUNS.has(noun);
    if (!rank && !HOLDING_NOUNS.has(noun)) continue;
    // "its stockpile of gold" is some other holding than the one the page has named.
    if (tokens[h + 1]?.norm === 'of') return null;
    if (rank) return opener ? { owners: [opener], noun: h } : null;
    const before = tokens[h - 1];
    if (!before) return null;
    if (before.norm === 'its' || before.norm === 'their') {
      // clause-its-holder: "The U.K. added $12.9 billion and China cut its stake to $688.7 billion": "its" is
      // the country that does the verb right before it, not the sentence's opening one; not the last of a list
      // ("Japan and China lifted their holdings by 4.3% and 3.1%, respectively").
      for (let i = h - 3; i >= Math.max(0, h - 2 - ITS_VERB_REACH); i--) {
        const g = groupOf(tokens[i]!.norm);
        if (g && tokens[i - 1]?.norm === 'and' && i >= 2 && groupOf(tokens[i - 2]!.norm)) break;
        if (g) return i > 0 ? { owners: [g], noun: h, clause: true } : { owners: [g], noun: h };
        if (tokens[i]!.norm === 'and' || /[,;]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) break;
      }
      const owner = h - 1 === 0 ? previousOpener : opener;
      return owner ? { owners: [owner], noun: h } : null;
    }
    // "China's pile", "Beijing's and Tokyo's piles".
    const owners: string[] = [];
    for (let i = h - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (t.norm === 'and') continue;
      const g = POSSESSIVE_RE.test(text.slice(t.start, t.end)) ? groupOf(t.norm) : undefined;
      if (!g) break;
      owners.unshift(g);
    }
    return owners.length ? { owners, noun: h } : null;
  }
  return null;
}

/** The token that ends a country label opening the sentence ("United Kingdom:", "China —"), or -1. */
function labelEnd(text: string, tokens: readonly Token[]): number {
  for (let i = 0; i < Math.min(tokens.length - 1, OPENER_REACH); i++) {
    if (LABEL_SEPARATOR_RE.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return i;
  }
  return -1;
}
// "United Kingdom: $779.3 billion": the figure's sign may follow the separator.
// "China (mainland): $688.7 billion": a bracket may close the label.
const LABEL_SEPARATOR_RE = /^\)?[\s\u00a0]*[:—–][\s\u00a0]*[$€£¥]?$/;

/** What may stand between two listed figures: "$926.9 billion and $1,191.6 billion". */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'billion', 'trillion', 'million', 'bn', 'tn']);

/** Outranks a far or unqualified alias, not one named beside the figure. */
const HOLDER_SCORE = 3;
/** holder-clause-move: the clause's own subject outranks a holder's alias named in the clause before. */
const HOLDER_CLAUSE_SCORE = 5;

/**
 * The indicator of the figure's holder: with several holders ("Beijing's and Tokyo's piles ... $41bn
 * and $48bn"), the figure's place among the figures after the noun picks one, when the counts agree.
 * `measures` are the measures of several countries the page has matched so far.
 */
function holderIndicator(
  owners: readonly string[],
  position: number,
  figures: number,
  measures: ReadonlySet<string>,
  siblings: SiblingIndex,
): Indicator | null {
  if (owners.length > 1 && owners.length !== figures) return null;
  const owner = owners[owners.length > 1 ? position : 0];
  if (!owner) return null;
  let found: Indicator | null = null;
  for (const m of measures) {
    const ind = siblings.get(m)?.get(owner);
    if (ind?.kind !== 'level') continue;
    if (found && found !== ind) return null;
    found = ind;
  }
  return found;
}

/** Whether a sentence has a noun this rule reads: without one, it cannot name a holder. */
export function mayNameHolder(tokens: readonly Token[]): boolean {
  for (const t of tokens)
    if (
      HOLDING_NOUNS.has(t.norm) ||
      HOLDER_NOUNS.has(t.norm) ||
      RANK_NOUNS.has(t.norm) ||
      HOLDING_VERBS.has(t.norm) ||
      HOLDING_MOVE_VERBS.has(t.norm)
    )
      return true;
  return false;
}

/**
 * "Japan's pile is $519bn ahead of China's": a gap between two holders, not a holding. "Over the
 * month" is the span of a change ("cut its stake by $17.2 billion over the month"), not a gap.
 */
const GAP_AFTER_RE =
  /^[\s\u00a0]+(?:ahead[\s\u00a0]+of|behind|more[\s\u00a0]+than|less[\s\u00a0]+than|short[\s\u00a0]+of|above|below|bigger|larger|smaller|over(?![\s\u00a0]+(?:the|a|this|last)[\s\u00a0]+(?:month|week|year|quarter|period|past|previous)\b))\b/i;

export function isGapFigure(after: string): boolean {
  return GAP_AFTER_RE.test(after);
}

/** The holder rule as the engine asks it: a candidate for the figure at token `cs`, or null. */
export function holderCandidate(
  text: string,
  tokens: readonly Token[],
  cs: number,
  figureTokens: readonly number[],
  opener: string | null,
  previousOpener: string | null,
  groupOf: (w: string) => string | undefined,
  measures: ReadonlySet<string>,
  siblings: SiblingIndex,
): { indicator: Indicator; alias: string; score: number } | null {
  let held = holdersOf(text, tokens, cs, opener, previousOpener, groupOf);
  // listed-holdings: "held $926.9 billion and $1,191.6 billion": the second figure is held by the same verb.
  if (!held) {
    const prev = figureTokens.filter((i) => i < cs).pop();
    if (prev !== undefined && tokens.slice(prev + 1, cs).every((t) => LIST_JOINERS.has(t.norm)))
      held = holdersOf(text, tokens, prev, opener, previousOpener, groupOf);
  }
  if (!held) return null;
  const after = figureTokens.filter((i) => i > held.noun);
  const ind = holderIndicator(held.owners, after.indexOf(cs), after.length, measures, siblings);
  return ind
    ? { indicator: ind, alias: `${ind.id} (holder named)`, score: held.clause ? HOLDER_CLAUSE_SCORE : HOLDER_SCORE }
    : null;
}
