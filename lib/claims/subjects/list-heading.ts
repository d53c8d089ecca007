import type { Catalogue } from '../catalogue';
import { fromEntry, type Mention } from '../candidate';
import { tokenize } from '../tokens';
import { plainSubject } from './plain-subject';
import { SentenceInfo } from '../sentence-info';

/**
 * list-heading. Example: "<h3>The DAX at the close</h3><li>Settled at 23,487.33, down 550.00 points.</li>
 * <li>A fall of 2.29% from Monday's close.</li>": a short heading naming one indicator is the subject of
 * the short items under it that open without one ("Settled at", "A fall of", "Still 10.1% above").
 */

/** How an item that leaves its subject to the heading opens: a verb, a move noun, a comparison. */
const ITEM_OPENER_RE =
  /^[\s\u00a0]*(?:(?:still|now|also|last|then|was|is|has|had)[\s\u00a0]+)?(?:still|now|[a-z]+ed|rose|fell|lost|shed|slid|won|gained|closed|ended|finished|settled|traded|stood|stands|sits|remains?|up|down|off|higher|lower|above|below|at|near|around|(?:an?|the)[\s\u00a0]+(?:(?:daily|weekly|monthly|one-day|single-day|further|fresh|sharp|steep|modest|slight)[\s\u00a0]+)?(?:fall|drop|rise|gain|loss|decline|slide|jump|climb|advance|retreat|move|close|level|high|low|record)[\s\u00a0]+(?:of|at|to)|(?:worst|best)[\s\u00a0]+(?:performer|showing|day|session))\b/i;

/** The one indicator a short heading without figures names, if any. */
export function headingSubject(text: string, catalogue: Catalogue): Mention | null {
  const tokens = tokenize(text, 0, text.length);
  const occs = catalogue.matcher.occurrences(tokens);
  const occ = plainSubject(occs, new SentenceInfo(text, tokens, 0, text.length).qualifiers());
  if (!occ) return null;
  // Two subjects ("Oil and gold this week") leave the items' subject open.
  const other = occs.some(
    (o) => o.entry.indicator.id !== occ.entry.indicator.id && (o.last < occ.first || o.first > occ.last),
  );
  if (other) return null;
  const ind = catalogue.matcher.byId.get(occ.entry.id);
  return ind ? { indicator: ind, alias: occ.entry.alias, ...fromEntry(occ.entry), rule: 'list-heading' } : null;
}

/** Whether a list item's sentence opens without a subject of its own. */
export function opensWithoutSubject(lead: string): boolean {
  // item-label: "Reference rate: 1.0866 dollars", "On the day: down 31 pips": a label before a colon, then
  // the item as if it opened there (a label naming a subject of its own is read by the name rules first).
  if (EARLIER_LABEL_RE.test(lead)) return false;
  const item = lead.replace(ITEM_LABEL_RE, '');
  // "$71,456.55 on the exchange's reference price": the figure opens the item.
  return /^[\s\u00a0]*[$€£¥]?$/.test(item) || ITEM_OPENER_RE.test(item);
}

const ITEM_LABEL_RE = /^[\s\u00a0]*[A-Z][^:.;!?\d]{0,30}:[\s\u00a0]*/;
/** A label naming an earlier point ("Week-ago:", "Previous close:", "Year earlier:"): a comparison, left alone. */
const EARLIER_LABEL_RE = /^[^:]*\b(?:ago|previous|prior|earlier|last|before)\b[^:]*:/i;
