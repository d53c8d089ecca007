import type { Indicator } from '../dataset/schema';
import type { AliasEntry } from './match';
import type { SubjectRule } from './match-record';
import { aliasCurrency } from './lexicon/currencies';

/** Example: "the Nikkei 225 rose 1.2%": a subject the rules found for a figure, with its score. */

export interface Candidate extends Mention {
  score: number;
  /** Words between the subject and the figure. */
  distance: number;
  /** Token index of the subject's last word, when it is in this text. */
  at?: number;
  /** The country was taken from the page, not the sentence. */
  impliedByPage?: boolean;
}

export interface Mention {
  indicator: Indicator;
  /** Shown on the card as "why it matched": the catalogue alias, with how it was carried. */
  alias: string;
  /** The catalogue's own alias (or the currency pair) that named the subject. */
  catalogueAlias: string;
  /** The alias speaks of a share ("Japan's share of foreign-held Treasuries"). */
  namesShare: boolean;
  rule: SubjectRule;
  /** The currency whose move a pair's alias speaks of ("the yen fell 0.4%"): it decides the sign. */
  subjectCurrency: string | undefined;
}

/** A subject found by one of the rules in subjects/ (indicator, alias, score) as a full candidate. */
export function asCandidate(
  s: { indicator: Indicator; alias: string; score: number },
  rule: SubjectRule,
  from?: Candidate,
): Candidate {
  if ('rule' in s) return s as Candidate;
  return {
    ...s,
    distance: from?.distance ?? 0,
    catalogueAlias: from?.catalogueAlias ?? s.indicator.name,
    namesShare: from?.namesShare ?? false,
    rule,
    subjectCurrency: from?.subjectCurrency,
  };
}

/** A candidate's subject, as later figures may carry it. */
export const mentionOf = (c: Candidate): Mention => ({
  indicator: c.indicator,
  alias: c.alias,
  catalogueAlias: c.catalogueAlias,
  namesShare: c.namesShare,
  rule: c.rule,
  subjectCurrency: c.subjectCurrency,
});

/** What a catalogue entry tells of its subject, read once when a candidate is made. */
export function fromEntry(entry: AliasEntry): EntryFacts {
  let facts = entryFacts.get(entry);
  if (!facts) {
    facts = {
      catalogueAlias: entry.alias,
      namesShare: !!entry.shareOnly || SHARE_RE.test(entry.alias),
      subjectCurrency: aliasCurrency(entry.alias),
    };
    entryFacts.set(entry, facts);
  }
  return facts;
}

type EntryFacts = Readonly<Pick<Mention, 'catalogueAlias' | 'namesShare' | 'subjectCurrency'>>;
// Asked for every candidate an alias makes; a catalogue has a few hundred entries.
const entryFacts = new WeakMap<AliasEntry, EntryFacts>();
const SHARE_RE = /share/i;

/** Sorts candidates best first, in place and stably (as Array#sort would, without its scratch space). */
export function byScore(list: Candidate[]): void {
  for (let i = 1; i < list.length; i++) {
    const c = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]!.score < c.score) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = c;
  }
}

/**
 * A subject carried from an earlier figure or sentence, as a candidate: written out rather than
 * spread, so every candidate has one shape whichever rule made it.
 */
export function carried(m: Mention, alias: string, rule: SubjectRule, score: number): Candidate {
  return {
    indicator: m.indicator,
    alias,
    catalogueAlias: m.catalogueAlias,
    namesShare: m.namesShare,
    subjectCurrency: m.subjectCurrency,
    score,
    rule,
    distance: 0,
  };
}
