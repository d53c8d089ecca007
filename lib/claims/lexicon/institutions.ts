/**
 * Example: "the Fed", "the Bank of Japan", "the People's Bank of China": central banks by the words
 * that name them. Central banks qualify an alias more narrowly than their country: "BOJ rate" needs
 * the BOJ (or the Bank of Japan) in the sentence, not just the word Japan.
 */

/** A word that names a central bank on its own, or as part of its name ("federal" of Federal Reserve). */
export const INSTITUTION_OF: ReadonlyMap<string, string> = new Map([
  ['boj', 'boj'],
  ['fed', 'fed'],
  ['federal', 'fed'],
  ['reserve', 'fed'],
  ['fomc', 'fed'],
  ['ecb', 'ecb'],
  ['boe', 'boe'],
  ['pboc', 'pboc'],
  ['rba', 'rba'],
  ['boc', 'boc'],
  ['snb', 'snb'],
]);

/** "the bank", "The central bank": a bank named generically, lower-case "bank" (not "the Bank of Korea"). */
export const THE_BANK = String.raw`[Tt]he[\s\u00a0]+(?:central[\s\u00a0]+)?bank\b`;

/** Every central bank's group. */
export const BANK_GROUPS: ReadonlySet<string> = new Set(INSTITUTION_OF.values());

/**
 * Names in several words, each of which alone names something else: all the parts in one sentence
 * name the group ("Bank of Japan" is the BOJ; "United States" the U.S.).
 */
export const NAMES_IN_PARTS: readonly (readonly [group: string, parts: readonly string[]])[] = [
  ['fed', ['federal', 'reserve']],
  ['us', ['united', 'state']],
  ['boj', ['bank', 'japan']],
  ['boe', ['bank', 'england']],
  ['ecb', ['european', 'central']],
  ['pboc', ['people', 'china', 'bank']],
  ['rba', ['reserve', 'australia']],
  ['boc', ['bank', 'canada']],
  ['snb', ['swiss', 'national']],
  // statistics-office: "the Office for National Statistics said" names the U.K.
  ['uk', ['office', 'national', 'statistics']],
];

/**
 * Names whose parts are common words, which name the group only side by side (parts-together): "the first major
 * central bank ... other European currencies" is not the ECB. The others ("Japan ... the central bank") name
 * theirs wherever the words stand.
 */
export const NAMES_TOGETHER: ReadonlySet<string> = new Set(['ecb', 'us', 'uk']);

/** Every word that is part of such a name. */
export const NAME_PART_WORDS: ReadonlySet<string> = new Set(NAMES_IN_PARTS.flatMap(([, parts]) => parts));

/** Central banks' names word by word, as a clause's subject names them: "the Bank of Japan lifts rates". */
export const BANK_NAMES: readonly (readonly [group: string, words: readonly string[]])[] = [
  ['boj', ['bank', 'of', 'japan']],
  ['boe', ['bank', 'of', 'england']],
  ['fed', ['federal', 'reserve']],
  ['ecb', ['european', 'central', 'bank']],
  ['rba', ['reserve', 'bank', 'of', 'australia']],
  ['boc', ['bank', 'of', 'canada']],
  ['snb', ['swiss', 'national', 'bank']],
];
