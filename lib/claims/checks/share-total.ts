import type { Claim } from '../types';
import type { DatasetView } from '../dataset-view';
import { blame, judged, type CheckInput, type Figure, type Finding } from './figures';
import { agree, dataSlack, shareSlack, slackOf, stepOf } from './tolerances';
import { stated } from './words';

// "Japan's $1,202.7 billion, 14.8% of the $9,360 billion held abroad": 1,202.7 / 9,360 = 12.85%, not 14.8%.

/** Each share indicator, with the indicators of its part and its whole (the catalogue does not say). */
const SHARE_OF: ReadonlyMap<string, { part: string; total: string }> = new Map([
  ['jp.ust_share_of_foreign', { part: 'jp.ust_holdings', total: 'us.ust_foreign_total' }],
]);

/**
 * A share must be its part over its total, within their rounding. The part must be in the same
 * sentence; the total is the sentence's, else the dataset's figure for the part's period.
 */
export function checkShareTotal({ view, published, sentences }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const figs of sentences) {
    for (const share of figs) {
      const rel = SHARE_OF.get(share.claim.indicator!.id);
      if (!rel || share.measure !== 'level') continue;
      const part = only(figs, rel.part);
      if (!part) continue;
      const total = only(figs, rel.total);
      const f = checkOne(share.claim, part, total, rel.total, view, published);
      if (f) out.push(f);
    }
  }
  return out;
}

function only(figs: Figure[], id: string): Claim | null {
  const hits = figs.filter((f) => f.claim.indicator!.id === id && f.measure === 'level' && !f.from);
  return hits.length === 1 ? hits[0]!.claim : null;
}

function checkOne(
  share: Claim,
  part: Claim,
  total: Claim | null,
  totalId: string,
  view: DatasetView,
  published: string,
): Finding | null {
  const period = part.period?.type === 'point' ? part.period.period : null;
  const dataTotal = period ? (view.vintages(totalId, period, published).known?.value ?? null) : null;
  const whole = total?.value ?? dataTotal;
  if (whole === null || whole === 0) return null;
  const wholeSlack = total ? slackOf(total) : dataSlack(whole);
  const expected = (100 * part.value) / whole;
  const slack = shareSlack(part.value, whole, slackOf(part), wholeSlack) + slackOf(share);
  if (agree(share.value, expected, slack)) return null;
  // Which figure is wrong: the part and the total by the judge; the share by the dataset's part over its total.
  const dataPart = period ? (view.vintages(part.indicator!.id, period, published).known?.value ?? null) : null;
  const shareAgrees =
    dataPart !== null && dataTotal
      ? agree(
          share.value,
          (100 * dataPart) / dataTotal,
          slackOf(share) + shareSlack(dataPart, dataTotal, dataSlack(dataPart), dataSlack(dataTotal)),
        )
      : null;
  const involved = [part, share, ...(total ? [total] : [])];
  const blamed = blame([
    { claim: part, agrees: judged(part) },
    { claim: share, agrees: shareAgrees },
    ...(total ? [{ claim: total, agrees: judged(total) }] : []),
  ]);
  if (!blamed.length) return null;
  const decimals = Math.max(0, Math.round(-Math.log10(stepOf(share)))) + 1;
  return {
    kind: 'share-total',
    claims: involved,
    blamed,
    expected,
    stated: share.value,
    words: `${stated(part)} / ${total ? stated(total) : `${stated({ ...part, value: whole })} (the dataset's total)`} = ${expected.toFixed(decimals)}%, not ${stated(share)}%`,
  };
}
