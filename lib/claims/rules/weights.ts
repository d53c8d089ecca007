/**
 * Example: "S&P 500 slipped 0.1%, while the 10-year Treasury yield edged up": nearness outweighs
 * length, so the S&P (next to the figure) beats the longer alias further on.
 *
 * Every weight by which a subject found in the sentence is scored, by name. A candidate under
 * MIN_SCORE is not taken.
 */

/** The lowest score a candidate may have and still be taken. */
export const MIN_SCORE = 0.5;

// The alias itself.
/** An alias of several words (or one without qualifier). */
export const ALIAS_BASE = 3;
/** A one-word core that needs a qualifier ("rate" of "BOJ rate"): less sure on its own. */
export const ALIAS_BASE_SINGLE = 2.5;
/** Per core word beyond the first, up to ALIAS_LENGTH_MAX: longer aliases are surer. */
export const ALIAS_PER_WORD = 0.5;
export const ALIAS_LENGTH_MAX = 2;
/** Per stray word inside the alias ("tariff on certain Japanese exports"). */
export const ALIAS_GAP = 0.6;
/** A misspelling found by the fuzzy pass. */
export const ALIAS_FUZZY = 1;

// How far the alias stands from the figure, in words (stop words not counted).
/** Before the figure, beyond this the alias must be near its qualifier or carried by "it". */
export const BEFORE_MAX = 14;
/** Before the figure, the farthest an alias is read at all. */
export const BEFORE_MAX_CARRIED = 25;
/** After the figure, the farthest an alias is read. */
export const AFTER_MAX = 10;
/** Beyond this, a ", which ..., " aside between alias and figure is not counted. */
export const ASIDE_FROM = 8;
/** Per word before the figure, when the alias's qualifier is beside the figure. */
export const BEFORE_PER_WORD_NEAR = 0.1;
/** Per word before the figure otherwise. */
export const BEFORE_PER_WORD = 0.3;
/** A clause break between the alias and the figure, without a pronoun carrying it. */
export const CLAUSE_BREAK = 2;
/** A qualifier right before the alias: "China's Treasury holdings". */
export const ADJACENT_QUALIFIER = 1.5;
/** Per word after the figure. */
export const AFTER_PER_WORD = 0.4;
/** Any alias after the figure: a subject usually comes first. */
export const AFTER = 0.5;
/** owner-around-figure: "the Bank of England's 3.75% Bank Rate": the alias's own country or bank right before the figure. */
export const OWNER_AROUND_FIGURE = 2;
/** A clause break between the figure and the alias after it. */
export const AFTER_BREAK = 2;
/** A comma between the figure and the alias after it: "The Dow fell 1.91%, the S&P 500 lost 1.61%". */
export const AFTER_COMMA = 1;
/** The alias contains the figure: "the BOJ's 2% target", "a 10% tariff". */
export const WITHIN = 1;

// Other figures and names between.
/** Per figure between, when another subject stands between too. */
export const OTHER_SUBJECT_BETWEEN = 2.5;
/** Another figure right before the alias (only articles between): "a 24% tariff ... and a 25% duty". */
export const OTHER_FIGURE_OWNS = 3;
/** Another figure right after the alias: "the DAX was at 24,564.14, London's FTSE 100 at 9,546.05". */
export const NEXT_FIGURES = 2.5;
/** "a 0.39 percent decrease in the Dollar Index": the name the move is "in" outranks one far before. */
export const MOVE_IN = 3;
/** Another figure between the claim and an alias after it. */
export const FIGURE_BETWEEN = 2.5;

// Qualifiers (countries, central banks).
/** The sentence names the alias's qualifier. */
export const QUALIFIER_NAMED = 1;
/** The page's leading country is the alias's qualifier. */
export const QUALIFIER_OF_PAGE = 0.5;
/** The qualifier is named nowhere. */
export const QUALIFIER_MISSING = -1;
/** The qualifier stands beside the figure: "duties of 34% for China". */
export const QUALIFIER_NEAR = 2;

// Currency pairs named by their currencies.
/** A pair named by both currencies (or a sign and a word): "the yen weakened to 145.62 per dollar". */
export const PAIR_BASE = 3;
/** A pair's percentage move named by the currency that moved. */
export const PAIR_MOVE_BASE = 2.8;
/** Per token between the currency words and the figure. */
export const PAIR_PER_TOKEN = 0.15;
/** The farthest a currency word may stand from a pair's level. */
export const PAIR_MAX = 14;
/** The farthest the moving currency may stand before a pair's percentage move. */
export const PAIR_MOVE_MAX = 12;

// Subjects carried from earlier figures and sentences.
/** "fell 274.45 points, or 4.84%": the figure before's subject. */
export const SAME_SUBJECT_CHAIN = 3.5;
/** "first closed above 4,500 on Jan. 6, at 4,525.48": the reading of a crossing keeps its subject. */
export const CROSSING_READING = 3.5;
/** "Japanese government bonds sold off: the 10-year yield rose": only when no other yield was found. */
export const TENOR_COUNTRY = 3;
/** "the 10-year jumps 13 bp to 4.30%": a bare maturity before the figure, when no yield was found. */
export const BARE_TENOR = 3;
/** "How Much Did the Nikkei Fall Today? 1,620.93 Points": only when the answer names nothing. */
export const ANSWERED_QUESTION = 3;
/** A "2-year" row under a "Treasury yields" caption: only when the cell's headers name no alias. */
export const TENOR_ROW = 3;
/** "Goods from China carry an extra 30% tariff": only when the sentence names no alias. */
export const GOODS_TARIFF = 2;
/** "17.3% above its April 8 close of 4,982.77": a past level of the subject named last. */
export const ITS_LEVEL = 3.5;
/** tenor-before-figure: "..., and the 10-year ended at 4.11%": a sibling tenor named right before the figure. */
export const TENOR_BEFORE_FIGURE = 1.0;
/** "The index rose": the subject named in an earlier sentence. */
export const EARLIER_SUBJECT = 1.5;
/** "It's down 16.6%": the subject named last, by pronoun. */
export const PRONOUN_IT = 1.2;
