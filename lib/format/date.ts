/**
 * Dates and periods as a reader writes them: "Feb 2025", "3 May 2025", "Q1 2025", "H2 2025", "2024".
 * Month names are written out here, not taken from the runtime's locale, so every browser and the
 * scanner print the same thing; a string that is not a period comes back as it was, never half-cut.
 */

import { MONTH_ABBREVIATIONS as MONTHS } from '../months';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const PART_RE = /^(\d{4})-([QH][1-4])$/;
const YEAR_RE = /^\d{4}$/;

function monthName(mm: string): string | null {
  const i = Number(mm) - 1;
  return i >= 0 && i < 12 ? MONTHS[i]! : null;
}

/** "2025-05-03" → "3 May 2025"; anything else → null. */
export function formatDay(iso: string): string | null {
  const m = DAY_RE.exec(iso);
  if (!m) return null;
  const month = monthName(m[2]!);
  const day = Number(m[3]);
  return month && day >= 1 && day <= 31 ? `${day} ${month} ${m[1]}` : null;
}

/**
 * A dataset period code in words: "2025-02" → "Feb 2025", "2025-Q1" → "Q1 2025", "2025-05-03" → "3 May 2025".
 * An unknown shape is returned whole.
 */
export function formatPeriod(code: string): string {
  // A change between two dates or periods, as the judge records it: "2025-03-31/2025-04-30".
  const ends = code.split('/');
  if (ends.length === 2 && ends[0] && ends[1]) return formatRange(ends[0], ends[1]);
  const day = formatDay(code);
  if (day) return day;
  const m = MONTH_RE.exec(code);
  if (m) {
    const month = monthName(m[2]!);
    if (month) return `${month} ${m[1]}`;
  }
  const p = PART_RE.exec(code);
  if (p) return `${p[2]} ${p[1]}`;
  if (YEAR_RE.test(code)) return code;
  return code;
}

/**
 * Two ends of a change, sharing what they share: "17–18 Mar 2025", "31 Mar – 2 May 2025",
 * "30 Dec 2024 to 2 May 2025"; periods other than days: "Q1 2025 to Q2 2025".
 */
function formatRange(from: string, to: string): string {
  const a = DAY_RE.exec(from);
  const b = DAY_RE.exec(to);
  if (a && b && formatDay(from) && formatDay(to)) {
    const [da, db] = [Number(a[3]), Number(b[3])];
    const [ma, mb] = [monthName(a[2]!)!, monthName(b[2]!)!];
    if (a[1] === b[1] && a[2] === b[2]) return `${da}–${db} ${ma} ${a[1]}`;
    if (a[1] === b[1]) return `${da} ${ma} – ${db} ${mb} ${a[1]}`;
  }
  return `${formatPeriod(from)} to ${formatPeriod(to)}`;
}

const DAY_MS = 86_400_000;

/** Whole days from one YYYY-MM-DD to another (UTC, so a time zone never shifts it). */
export function daysBetween(from: string, to: string): number | null {
  const a = DAY_RE.test(from) ? Date.parse(`${from}T00:00:00Z`) : NaN;
  const b = DAY_RE.test(to) ? Date.parse(`${to}T00:00:00Z`) : NaN;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  return Math.round((b - a) / DAY_MS);
}

/** Today as YYYY-MM-DD in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The dataset's age: "figures to 21 Aug 2026, 104 days old" (or "from today", "1 day old"). */
export function formatDatasetAge(snapshot: string, today: string): string {
  const day = formatDay(snapshot) ?? snapshot;
  const days = daysBetween(snapshot, today);
  if (days === null) return `figures to ${day}`;
  if (days <= 0) return `figures to ${day}, from today`;
  return `figures to ${day}, ${days} ${days === 1 ? 'day' : 'days'} old`;
}
