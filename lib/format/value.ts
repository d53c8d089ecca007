/**
 * One way to write a figure, used by the card, the popup and the scanner's table:
 * "$1.126 trillion", "3.2%", "−25 bp", "0.4 pt", "5,612.45 points", "145.48 yen per dollar".
 * Never a raw float: every kind has its decimals, thousands are grouped, the minus is a real minus.
 */

/** Unicode minus: a hyphen reads as a dash and breaks lines. */
const MINUS = '−';

/** Scale words for money, largest first: $1.126e12 → "$1.126 trillion". */
const MONEY_SCALES: readonly [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Decimals kept per kind of figure: enough for a published figure, never float noise. */
const DECIMALS = {
  moneyScaled: 3, // $1.126 trillion
  money: 2, // $3,312.40 per troy ounce
  percent: 2, // 3.25%
  pp: 2, // 0.25 pt
  bp: 1, // 12.5 bp
  points: 2, // 5,612.45 points
  count: 0, // 143,000 jobs
} as const;

/** FX quotes: words for each dataset unit and the decimals the market quotes it to. */
const FX: Record<string, { words: string; decimals: number }> = {
  'JPY per USD': { words: 'yen per dollar', decimals: 2 }, // 145.48 yen per dollar
  'KRW per USD': { words: 'won per dollar', decimals: 2 }, // 1,380.5 won per dollar
  'CNY per USD': { words: 'yuan per dollar', decimals: 4 }, // 7.1795 yuan per dollar
  'CAD per USD': { words: 'Canadian dollars per US dollar', decimals: 4 },
  'USD per EUR': { words: 'dollars per euro', decimals: 4 }, // 1.0823 dollars per euro
  'USD per GBP': { words: 'dollars per pound', decimals: 4 },
};

/** Dollar prices of a quantity: "$3,312.40 per troy ounce". */
const PER_QUANTITY: Record<string, string> = {
  'USD per troy ounce': 'per troy ounce',
  'USD per barrel': 'per barrel',
};

export interface ValueOptions {
  /** Show "+" on positive values: changes are signed, levels are not. */
  signed?: boolean;
  /** Just the number with its sign, %, $ or bp, without words ("7.2273" for 7.2273 yuan per dollar): for a chart's labels. */
  bare?: boolean;
}

// One formatter per number of places: toLocaleString builds a new one on every call, and a page with
// many marks formats thousands of values while marking (68 ms of one task on a giant page).
const FORMATTERS = new Map<number, Intl.NumberFormat>();

/** Grouped digits with at most `decimals` places: 56083.14 → "56,083.14"; 0.30000000000000004 → "0.3". */
function digits(abs: number, decimals: number): string {
  let f = FORMATTERS.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    FORMATTERS.set(decimals, f);
  }
  return f.format(abs);
}

function signOf(value: number, signed: boolean, shown: string): string {
  // A value that rounds to zero carries no sign: "−0%" would be a false direction.
  if (/^[0.,]*$/.test(shown)) return '';
  if (value < 0) return MINUS;
  return signed && value > 0 ? '+' : '';
}

/**
 * A value in a dataset or claim unit as a reader writes it.
 * formatValue(1.126e12, 'USD') → "$1.126 trillion"; formatValue(-25, 'bp', { signed: true }) → "−25 bp".
 */
export function formatValue(value: number, unit: string, opts: ValueOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const signed = opts.signed ?? false;
  const abs = Math.abs(value);
  const withSign = (body: string, shown: string) => `${signOf(value, signed, shown)}${body}`;
  const words = (d: string, w: string) => (opts.bare ? d : `${d} ${w}`);
  if (unit === 'USD') {
    for (const [scale, word] of MONEY_SCALES) {
      if (abs >= scale * 0.9995) {
        const d = digits(abs / scale, DECIMALS.moneyScaled);
        return withSign(`$${d} ${word}`, d);
      }
    }
    const d = digits(abs, DECIMALS.money);
    return withSign(`$${d}`, d);
  }
  if (PER_QUANTITY[unit]) {
    const d = digits(abs, DECIMALS.money);
    return withSign(`$${opts.bare ? d : `${d} ${PER_QUANTITY[unit]}`}`, d);
  }
  const fx = FX[unit];
  if (fx) {
    const d = digits(abs, fx.decimals);
    return withSign(words(d, fx.words), d);
  }
  switch (unit) {
    case 'percent': {
      const d = digits(abs, DECIMALS.percent);
      return withSign(`${d}%`, d);
    }
    case 'pp': {
      const d = digits(abs, DECIMALS.pp);
      return withSign(`${d} pt`, d);
    }
    case 'bp': {
      const d = digits(abs, DECIMALS.bp);
      return withSign(`${d} bp`, d);
    }
    case 'points': {
      const d = digits(abs, DECIMALS.points);
      return withSign(words(d, 'points'), d);
    }
    case 'jobs': {
      const d = digits(abs, DECIMALS.count);
      return withSign(words(d, 'jobs'), d);
    }
    default: {
      // A unit this formatter does not know yet still gets grouped digits and its own name.
      const d = digits(abs, DECIMALS.points);
      return withSign(unit ? `${d} ${unit}` : d, d);
    }
  }
}

/** The unit a gap between two figures in `unit` is written in: percent levels differ by points (pt). */
function gapUnit(unit: string): string {
  return unit === 'percent' ? 'pp' : unit;
}

/**
 * The gap between what an article says and the official figure, in words.
 * describeGap(3.6, 3.2, 'percent') → "0.4 pt higher"; equal figures → null.
 */
export function describeGap(article: number, official: number, unit: string): string | null {
  const gap = article - official;
  const shown = formatValue(Math.abs(gap), gapUnit(unit));
  if (!Number.isFinite(gap) || /^[$]?[0.,]*(\s|%|$)/.test(shown)) return null;
  return `${shown} ${gap > 0 ? 'higher' : 'lower'}`;
}
