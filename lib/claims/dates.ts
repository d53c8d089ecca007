/** Calendar arithmetic on ISO dates (YYYY-MM-DD) as UTC day numbers: no time zones involved. */

const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  return fromDay(toDay(iso) + n);
}

/** 0 = Monday ... 6 = Sunday */
export function weekday(iso: string): number {
  return (new Date(toDay(iso) * DAY_MS).getUTCDay() + 6) % 7;
}

export function lastDayOfMonth(year: number, month: number): string {
  return fromDay(Math.floor(Date.UTC(year, month, 0) / DAY_MS));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day covered by a period string: YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, YYYY-MM-DD. */
export function periodBounds(period: string): { from: string; to: string } {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  if (!rest) return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1));
    return { from: `${year}-${pad(q * 3 - 2)}-01`, to: lastDayOfMonth(year, q * 3) };
  }
  if (rest.startsWith('H')) {
    const h = Number(rest.slice(1));
    return { from: `${year}-${pad(h * 6 - 5)}-01`, to: lastDayOfMonth(year, h * 6) };
  }
  if (rest.length === 2) return { from: `${period}-01`, to: lastDayOfMonth(year, Number(rest)) };
  return { from: period, to: period };
}

/** The period just before: 2025-02 → 2025-01, 2025-Q1 → 2024-Q4, 2024 → 2023. */
export function previousPeriod(period: string): string | null {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  if (!rest) return String(year - 1);
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1));
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  if (rest.startsWith('H')) return rest === 'H1' ? `${year - 1}-H2` : `${year}-H1`;
  if (rest.length === 2) {
    const m = Number(rest);
    return m === 1 ? `${year - 1}-12` : `${year}-${pad(m - 1)}`;
  }
  return null;
}

/** A valid calendar date string, or null for "2025-02-30", "0000-00-00" and other junk. */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const y = Number(m[1]);
  if (y < 1990 || y > 2100) return null;
  return fromDay(toDay(iso)) === iso ? iso : null;
}
