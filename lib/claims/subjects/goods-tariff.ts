import type { Indicator } from '../../dataset/schema';
import {
  OTHER_DUTY_WORDS,
  SCHEDULED_WORDS,
  TARIFF_NOUNS,
  TARIFF_PRODUCTS,
  TARIFF_QUALIFIERS,
} from '../lexicon/tariff-words';
import { COUNTRY_GROUPS } from '../lexicon/countries';

/**
 * Example: "Goods from China still carry an extra 30% tariff", "most European goods pay a 15% U.S.
 * tariff": a rate right before a duty noun, in a sentence naming one country besides the U.S., is
 * the U.S. tariff on that country's goods (its car tariff when the sentence speaks of cars).
 */
const RATE_THEN_TARIFF_RE = new RegExp(
  String.raw`^[\s\u00a0-]+(?:(?:${TARIFF_QUALIFIERS})[\s\u00a0]+){0,2}(?:${TARIFF_NOUNS})\b`,
  'i',
);

/** tariff-of-rate: "Chinese exporters still face a tariff of 30%": the duty noun before the rate. */
const TARIFF_OF_RE = new RegExp(
  String.raw`\b(?:an?|the)[\s\u00a0]+(?:(?:${TARIFF_QUALIFIERS})[\s\u00a0]+){0,2}(?:${TARIFF_NOUNS})(?:[\s\u00a0]+rate)?[\s\u00a0]+of[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$`,
  'i',
);

/** The country that imposes the tariffs the catalogue holds: named beside the goods, it is not their origin. */
const IMPOSER = 'us';

const SCHEDULED_AFTER_RE = new RegExp(String.raw`\b(?:${SCHEDULED_WORDS})\b`, 'i');
const OTHER_DUTY_BEFORE_RE = new RegExp(String.raw`\b(?:${OTHER_DUTY_WORDS})[\s\u00a0]+$`, 'i');
/** prior-duty: "plus the 2.5% duty that applied before": the duty the new tariff was added to. */
const PRIOR_DUTY_AFTER_RE = new RegExp(
  String.raw`^[\s\u00a0]+(?:${TARIFF_NOUNS})[\s\u00a0]+(?:that[\s\u00a0]+|which[\s\u00a0]+)?(?:had[\s\u00a0]+)?(?:applied|existed|was[\s\u00a0]+in[\s\u00a0]+place)[\s\u00a0]+(?:before|earlier|previously|already)`,
  'i',
);

/**
 * Whether the words around a percentage make it the rate of a new U.S. duty: "% tariff", "% U.S.
 * tariff", but not "the standard 2.5% levy" (the duty that applied before).
 */
export function isTariffRate(before: string, after: string): boolean {
  return (
    (RATE_THEN_TARIFF_RE.test(after.slice(0, 40)) || TARIFF_OF_RE.test(before.slice(-40))) &&
    !OTHER_DUTY_BEFORE_RE.test(before.slice(-30)) &&
    !PRIOR_DUTY_AFTER_RE.test(after.slice(0, 60)) &&
    // "sets a 15% duty on most goods from the EU starting Aug. 7": a rate in force later, whose period the rule cannot tell.
    !SCHEDULED_AFTER_RE.test(after.slice(0, 90))
  );
}

/** The product the sentence's words name, if any ("cars" → "autos"). */
function productOf(words: ReadonlySet<string>): string | null {
  for (const [product, list] of Object.entries(TARIFF_PRODUCTS)) if (list.some((w) => words.has(w))) return product;
  return null;
}

/**
 * The one tariff indicator of the one country (other than the U.S.) the sentence names, for the
 * product it names or, if none, the country's general tariff; null when that is not one indicator.
 */
export function tariffOfGoods(
  groups: ReadonlySet<string>,
  words: ReadonlySet<string>,
  indicators: readonly Indicator[],
  countriesOf: (id: string) => ReadonlySet<string> | undefined,
): Indicator | null {
  let country: string | null = null;
  for (const g of groups) {
    if (!COUNTRY_GROUPS.has(g) || g === IMPOSER) continue;
    if (country) return null;
    country = g;
  }
  if (!country) return null;
  const product = productOf(words);
  const products = Object.keys(TARIFF_PRODUCTS);
  const fits = indicators.filter(
    (ind) =>
      ind.kind === 'tariff' &&
      !!countriesOf(ind.id)?.has(country) &&
      (product ? ind.id.includes(product) : !products.some((p) => ind.id.includes(p))),
  );
  return fits.length === 1 ? fits[0]! : null;
}
