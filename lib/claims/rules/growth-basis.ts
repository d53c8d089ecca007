import type { Indicator } from '../../dataset/schema';

/**
 * Example: "shrank at an annualised 2.3%, or 0.4% from the previous quarter": 0.4% is the plain
 * quarter-on-quarter rate, not the annualised one named before it.
 *
 * What a growth rate is measured against: a year, a quarter (plain or annualised), a month earlier.
 * The words right after a figure are its own ("0.4% from the previous quarter") and outrank the
 * words around it; a figure whose basis differs from its match's moves to the sibling (same country
 * and kind) measured on that basis.
 */
export type Basis = 'yoy' | 'qoq' | 'ann' | 'mom';

const basisMemo = new Map<Indicator, Basis | null>();
/** An indicator's basis, from its name and id. */
export function basisOfIndicator(ind: Indicator): Basis | null {
  let b = basisMemo.get(ind);
  if (b === undefined) {
    const name = `${ind.name} ${ind.id}`;
    b = /year over year|year on year|\byoy\b|_yoy\b/i.test(name)
      ? 'yoy'
      : /annuali[sz]ed|annual rate|\bsaar\b|_saar\b/i.test(name)
        ? 'ann'
        : /quarter on quarter|\bqoq\b|_qoq\b/i.test(name)
          ? 'qoq'
          : /month over month|\bmom\b|_mom\b/i.test(name)
            ? 'mom'
            : null;
    basisMemo.set(ind, b);
  }
  return b;
}

/**
 * monthly-gauge: "monthly British CPI printed at -0.4%": a price gauge called monthly (or annual) before
 * the figure measures it on the month (or the year); the nearest such name decides.
 */
const GAUGE_BASIS_RE =
  /\b(monthly|annual|yearly)[\s\u00a0]+(?:(?:U\.?K\.?|U\.?S\.?|British|American|euro[- ]area|eurozone|Japanese|headline|core)[\s\u00a0]+)*(?:CPI|HICP|PCE|inflation|consumer prices?|price index)\b/gi;

/** The basis the last gauge named in `lead` gives, 'none' without one. */
function gaugeBasis(lead: string): Basis | 'none' {
  let last: string | null = null;
  GAUGE_BASIS_RE.lastIndex = 0;
  for (let m = GAUGE_BASIS_RE.exec(lead); m; m = GAUGE_BASIS_RE.exec(lead)) last = m[1]!.toLowerCase();
  return last === null ? 'none' : last === 'monthly' ? 'mom' : 'yoy';
}

const BASIS_RES: [Basis, RegExp][] = [
  [
    'yoy',
    /\bfrom a year (?:earlier|ago|before)\b|\bthan a year (?:earlier|ago)\b|\byear[- ]on[- ]year\b|\byear[- ]over[- ]year\b|\by\/y\b|\byoy\b|\bfrom the same (?:period|quarter|month) (?:a|last) year\b/i,
  ],
  ['ann', /\bannuali[sz]ed\b|\bat an annual (?:rate|pace)\b|\bsaar\b/i],
  // previous-reading-not-basis: "up from the previous quarter's 0.3%" names the last reading, not a basis.
  // three-months-before: "rose 1.2 percent from the previous three months" (Kyodo's wording for quarter on quarter).
  [
    'qoq',
    /\bquarter[- ]on[- ]quarter\b|\bq\/q\b|\bqoq\b|\bfrom the (?:previous|prior|preceding) (?:quarter\b(?!['’]s)|three months\b)/i,
  ],
  [
    'mom',
    /\bmonth[- ]on[- ]month\b|\bmonth[- ]over[- ]month\b|\bm\/m\b|\bmom\b|\bfrom the (?:previous|prior|preceding) month\b(?!['’]s)|\bmonthly (?:rise|gain|increase|advance|jump|drop|decline|fall|loss|slide)\b/i,
  ],
];

/** The one basis some words name, 'none' when they name none or several. */
function basisIn(w: string): Basis | 'none' {
  let found: Basis | 'none' = 'none';
  for (const [b, re] of BASIS_RES) {
    if (!re.test(w)) continue;
    if (found !== 'none') return 'none';
    found = b;
  }
  return found;
}

/**
 * for-the-month: "prices rose 0.3% for the month and 2.7% year on year": right after a figure only, since
 * the sentence's other figure ("2.7% over the past year") is measured otherwise.
 */
const FOR_THE_MONTH_RE =
  /^[\s\u00a0]+(?:(?:for|on|in)[\s\u00a0]+the[\s\u00a0]+month|on[\s\u00a0]+a[\s\u00a0]+monthly[\s\u00a0]+basis)\b/i;

/** How many characters right after a figure are its own words. */
const OWN_WORDS = 32;

/**
 * The basis of the figure at [start, end): the words right after it if they name one, else the
 * words around it (within `from`..`to`). A gauge called monthly or annual counts from `gaugeFrom` (the
 * sentence's start): "the monthly UK CPI ticked up to 0.3% in August from 0.1% in July" is monthly throughout.
 */
export function basisNear(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  gaugeFrom = from,
): Basis | 'none' {
  const ownWords = text.slice(end, Math.min(to, end + OWN_WORDS));
  if (FOR_THE_MONTH_RE.test(ownWords)) return 'mom';
  const own = basisIn(ownWords);
  if (own !== 'none') return own;
  const gauge = gaugeBasis(text.slice(gaugeFrom, Math.max(gaugeFrom, start)));
  return gauge !== 'none' ? gauge : basisIn(text.slice(from, to));
}

/** The indicator of the same country and kind measured on `basis`, if exactly one. */
export function basisSibling(ind: Indicator, basis: Basis, indicators: readonly Indicator[]): Indicator | null {
  const prefix = ind.id.slice(0, ind.id.indexOf('.') + 1);
  let found: Indicator | null = null;
  for (const other of indicators) {
    if (other === ind || other.kind !== ind.kind || !other.id.startsWith(prefix) || basisOfIndicator(other) !== basis)
      continue;
    if (found) return null;
    found = other;
  }
  return found;
}

/** opening-basis: "Month-on-month, the harmonized index of consumer prices gained 0.3 percent". */
const OPENING_BASIS_CHARS = 32;

/** on-a-basis-lead: "On a quarter-on-quarter basis the economy expanded 1.3%": the basis as an opening phrase. */
const ON_A_BASIS_RE =
  /^[\s\u00a0"“]*(?:On|In)[\s\u00a0]+an?[\s\u00a0]+([\w/-]+(?:[\s\u00a0-]+[\w/-]+){0,3})[\s\u00a0]+basis\b/i;

/** on-a-monthly-basis: "On a monthly basis, euro-area HICP rose 0.3%": the adjective names the basis by itself. */
const PERIOD_ADJECTIVE_BASIS: Readonly<Record<string, Basis>> = {
  monthly: 'mom',
  quarterly: 'qoq',
  annual: 'yoy',
  yearly: 'yoy',
  annualized: 'ann',
  annualised: 'ann',
};

/** The basis a sentence opens with ("Month-on-month, ..."), 'none' when it opens with none. */
export function openingBasis(text: string, sentenceStart: number): Basis | 'none' {
  const lead = ON_A_BASIS_RE.exec(text.slice(sentenceStart, sentenceStart + 2 * OPENING_BASIS_CHARS));
  if (lead) {
    const named = basisIn(lead[1]!);
    return named !== 'none' ? named : (PERIOD_ADJECTIVE_BASIS[lead[1]!.toLowerCase()] ?? 'none');
  }
  const head = text.slice(sentenceStart, sentenceStart + OPENING_BASIS_CHARS);
  const comma = head.indexOf(',');
  return comma > 0 ? basisIn(head.slice(0, comma)) : 'none';
}

/**
 * annual-rate-prices: "Consumer prices climbed at an annual rate of 4.2%": of prices, an annual rate is the change over
 * the year, not a quarter's annualized pace (which "annualized" still names).
 */
const ANNUALIZED_RE = /\bannuali[sz]ed\b|\bsaar\b/i;

/** Whether the annualized basis `basis` read for a year-over-year price gauge is its year's change after all. */
export function isAnnualRateOfPrices(ind: Indicator, basis: Basis, sentence: string): boolean {
  return (
    basis === 'ann' && basisOfIndicator(ind) === 'yoy' && ind.kind === 'inflation' && !ANNUALIZED_RE.test(sentence)
  );
}
