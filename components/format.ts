import type { ClaimPeriod, Verdict } from '../lib/claims/types';

/** Words (and a symbol) for each verdict: the card never relies on colour alone. */
export const VERDICT_TEXT: Record<Verdict, { symbol: string; short: string; long: string }> = {
  matches: { symbol: '✓', short: 'Matches', long: 'Matches the official figure' },
  close: { symbol: '≈', short: 'Close', long: 'Close to the official figure, outside its rounding' },
  differs: { symbol: '✗', short: 'Differs', long: 'Differs from the official figure' },
  'since-changed': { symbol: '↻', short: 'Since changed', long: 'Right then, but the figure has since changed' },
  'no-figure-yet': { symbol: '…', short: 'No figure yet', long: 'Nothing published for that period on that date' },
  check: { symbol: '?', short: 'Check', long: 'Subject or period uncertain' },
  unverifiable: { symbol: '?', short: 'Unverifiable', long: 'No comparable figure in the dataset' },
  inconsistent: { symbol: '≠', short: 'Inconsistent', long: 'The article’s own figures contradict each other' },
};

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function num(v: number, maxDecimals = 2): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: maxDecimals });
}

/** A value in a dataset unit as a reader would write it: "$1.13 trillion", "4.5%", "145.62 yen per dollar". */
export function formatValue(value: number, unit: string, signed = false): string {
  const sign = signed && value > 0 ? '+' : value < 0 ? '−' : '';
  const abs = Math.abs(value);
  switch (unit) {
    case 'USD': {
      for (const [scale, word] of SCALES) {
        if (abs >= scale) return `${sign}$${num(abs / scale, 3)} ${word}`;
      }
      return `${sign}$${num(abs)}`;
    }
    case 'percent':
      return `${sign}${num(abs, 3)}%`;
    case 'points':
      return `${sign}${num(abs)} points`;
    case 'pp':
      return `${sign}${num(abs, 3)} percentage points`;
    case 'bp':
      return `${sign}${num(abs, 1)} bp`;
    case 'USD per troy ounce':
      return `${sign}$${num(abs)} per troy ounce`;
    case 'USD per barrel':
      return `${sign}$${num(abs)} per barrel`;
    default:
      // FX quotes ("JPY per USD") keep four decimals: that is how they are quoted.
      return `${sign}${num(abs, 4)} ${unit}`;
  }
}

export function formatPeriod(period: ClaimPeriod | null): string {
  if (!period) return 'no period stated';
  return period.label;
}

/** "2025-02" → "Feb 2025"; days and quarters read as written elsewhere. */
export function formatPeriodCode(p: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return d.toLocaleString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  }
  const q = /^(\d{4})-([QH]\d)$/.exec(p);
  if (q) return `${q[2]} ${q[1]}`;
  return p;
}

/** Only well-formed https links are ever shown. */
export function safeHttpsUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
