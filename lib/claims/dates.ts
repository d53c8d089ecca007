/** Calendar arithmetic on ISO dates (YYYY-MM-DD) as UTC day numbers: no time zones involved. */

// Days from/to the civil calendar by arithmetic (after H. Hinnant's algorithms): judging walks
// many dates, and Date objects and string splits showed up in profiles.
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const dayMemo = new Map<string, number>();

export function toDay(iso: string): number {
  let d = dayMemo.get(iso);
  if (d === undefined) {
    d = toDayUncached(iso);
    if (dayMemo.size > 20_000) dayMemo.clear();
    dayMemo.set(iso, d);
  }
  return d;
}

function toDayUncached(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = iso.length >= 7 ? Number(iso.slice(5, 7)) : 1;
  const d = iso.length >= 10 ? Number(iso.slice(8, 10)) : 1;
  return daysFromCivil(y, m, d);
}

export function fromDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(iso: string, n: number): string {
  return fromDay(toDay(iso) + n);
}

/** 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(iso: string): number {
  return (((toDay(iso) + 3) % 7) + 7) % 7;
}

/** The last weekday on or before `iso` (a Saturday or Sunday goes back to the Friday; holidays not known here). */
export function lastWeekdayOnOrBefore(iso: string): string {
  let d = iso;
  while (weekday(d) > 4) d = addDays(d, -1);
  return d;
}

export function lastDayOfMonth(year: number, month: number): string {
  return fromDay(daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day covered by a period string: YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, YYYY-MM-DD. */
const boundsMemo = new Map<string, { from: string; to: string }>();

/** First and last day of a period; memoised, since the judge asks for the same periods for every claim. */
export function periodBounds(period: string): { from: string; to: string } {
  let b = boundsMemo.get(period);
  if (!b) {
    if (boundsMemo.size > 10_000) boundsMemo.clear();
    boundsMemo.set(period, (b = computeBounds(period)));
  }
  return b;
}

function computeBounds(period: string): { from: string; to: string } {
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

/** The period just after: 2025-12 → 2026-01, 2025-Q4 → 2026-Q1, 2025 → 2026 (null for a day). */
export function nextPeriod(period: string): string | null {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  if (!rest) return String(year + 1);
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1));
    return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
  }
  if (rest.startsWith('H')) return rest === 'H1' ? `${year}-H2` : `${year + 1}-H1`;
  if (rest.length === 2) {
    const m = Number(rest);
    return m === 12 ? `${year + 1}-01` : `${year}-${pad(m + 1)}`;
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

/** A session's span reaches back at most this many days: the close before it, over a long weekend. */
export const SESSION_SPAN_DAYS = 4;

/** Whether a span is one session ("on April 17": from the close before to that day's), not a stretch of time. */
export function isSessionSpan(p: { from: string; to: string }): boolean {
  return (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 <= SESSION_SPAN_DAYS;
}
