import { wordFlag } from '../tokens';

/**
 * Example: "The index rose 1.2%" after a sentence naming the Nikkei: words that point back to an
 * indicator named earlier, by the indicator kinds they can stand for.
 */

/** Words between "the" and an anaphor that keep it pointing back: "the broader index", "the blue-chip index". */
export const NEUTRAL_MODIFIERS = new Set([
  'broader',
  'broad',
  'wider',
  'blue',
  'chip',
  'benchmark',
  'main',
  'key',
  'tech',
  'heavy',
  'headline',
  'same',
  'yellow',
  'precious',
  // price-weighted: "the price-weighted average" is the Nikkei's or the Dow's own weighting (see earlier-subject.ts).
  'weighted',
  // global-benchmark: "Brent. The global benchmark dropped $1.65"; ice-gauge: "The ICE gauge ended at 101.18".
  'global',
  'ice',
]);
/**
 * heavyweight-after-anaphor: "The market bellwether Samsung Electronics soared 6.07 percent", "index
 * heavyweight SoftBank": a noun after the anaphor makes it a company's description, not a pointer back
 * (tokens as folded: singular).
 */
export const COMPANY_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'bellwether',
  'heavyweight',
  'leader',
  'giant',
  'darling',
  'component',
  'constituent',
  'member',
  'stock',
  'share',
  // index-parts: "the index's 11 sectors, real estate lost 4.6%": the figure is a part's.
  'sector',
  'industry',
]);
/** Words that point back to an indicator named in an earlier sentence, by indicator kind. */
const ANAPHORA: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, {
  index: ['index'],
  benchmark: ['index', 'yield', 'commodity'],
  gauge: ['index', 'inflation'],
  average: ['index'],
  // composite-anaphor: "The composite gained 1.3% on the week" after the Nasdaq Composite named.
  composite: ['index'],
  market: ['index'],
  currency: ['fx'],
  pair: ['fx'],
  yield: ['yield'],
  rate: ['rate', 'yield'],
  economy: ['growth'],
  price: ['commodity', 'crypto'],
  metal: ['commodity'],
  contract: ['commodity'],
  token: ['crypto'],
  coin: ['crypto'],
});

/**
 * scoped-benchmark: "Oil ended the week split: the global benchmark finished 31 cents higher": "the global
 * benchmark" of oil is Brent, so it points back to Brent only, never to WTI named last.
 */
export const SCOPED_BENCHMARKS: ReadonlyMap<string, string> = new Map([['global', 'cmd.brent_usd']]);

export const ANAPHORA_OF: ReadonlyMap<string, string[]> = new Map(Object.entries(ANAPHORA));
export const ANAPHOR = wordFlag(ANAPHORA_OF.keys());

/** move-noun-of: "The drop of $47.7 billion" after Japan's holdings: a move noun that names no subject of its own. */
export const MOVE_NOUNS: ReadonlySet<string> = new Set([
  'drop',
  'decline',
  'fall',
  'rise',
  'gain',
  'increase',
  'decrease',
  'reduction',
  'jump',
  'slide',
  'climb',
]);
