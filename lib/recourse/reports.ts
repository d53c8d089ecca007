import { localItem } from '../local-item';
import type { Claim, Verdict } from '../claims/types';
import { formatPeriod, formatValue, claimUnits } from '../format';
import { isVerdict, VERDICT_WORDS } from '../verdicts';

/**
 * "Report a wrong match": the reader's reports are kept in this browser only (storage.local) with
 * the claim, the verdict and the page's address; nothing is sent anywhere. The popup lists them and
 * copies them as text for the reader to pass on if they choose.
 */

export interface WrongMatchReport {
  id: string;
  /** When it was reported (ISO time). */
  at: string;
  /** The page's address without its fragment. */
  page: string;
  verdict: Verdict;
  claim: {
    text: string;
    sentence: string;
    value: number;
    unit: string;
    period: string | null;
    indicator: { id: string; name: string } | null;
  };
  /** The official figure the claim was compared with, if any. */
  official: { period: string; value: number; unit: string; source: string } | null;
}

/** Reports kept: the oldest go first beyond this. */
const MAX_REPORTS = 200;
const MAX_TEXT = 200;
const MAX_SENTENCE = 1_000;

const reportsItem = localItem<WrongMatchReport[]>('wrongMatchReports', []);

const str = (v: unknown, max: number): string | null => (typeof v === 'string' ? v.slice(0, max) : null);

/** A stored report read back safely: storage outlives versions, so nothing read is trusted as-is. */
function normalizeReport(raw: unknown): WrongMatchReport | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const c = (r.claim ?? {}) as Record<string, unknown>;
  const id = str(r.id, 64);
  const at = str(r.at, 40);
  const page = str(r.page, 2048);
  const text = str(c.text, MAX_TEXT);
  if (!id || !at || !page || text === null || !isVerdict(r.verdict)) return null;
  const ind = c.indicator as Record<string, unknown> | null | undefined;
  const off = r.official as Record<string, unknown> | null | undefined;
  return {
    id,
    at,
    page,
    verdict: r.verdict,
    claim: {
      text,
      sentence: str(c.sentence, MAX_SENTENCE) ?? '',
      value: typeof c.value === 'number' ? c.value : Number.NaN,
      unit: str(c.unit, 40) ?? '',
      period: str(c.period, 80),
      indicator:
        ind && typeof ind.id === 'string' && typeof ind.name === 'string' ? { id: ind.id, name: ind.name } : null,
    },
    official:
      off && typeof off.period === 'string' && typeof off.value === 'number'
        ? { period: off.period, value: off.value, unit: str(off.unit, 40) ?? '', source: str(off.source, 300) ?? '' }
        : null,
  };
}

export async function listReports(): Promise<WrongMatchReport[]> {
  const raw = await reportsItem.getValue();
  return (Array.isArray(raw) ? raw : []).map(normalizeReport).filter((r): r is WrongMatchReport => r !== null);
}

/** The page's address as kept: the fragment (often a reader's position) is dropped. */
export function pageAddress(href: string): string {
  try {
    const u = new URL(href);
    u.hash = '';
    return u.href;
  } catch {
    return href.slice(0, 2048);
  }
}

/** Records a report of a wrong match; returns it. */
export async function reportWrongMatch(claim: Claim, href: string, now: Date = new Date()): Promise<WrongMatchReport> {
  const j = claim.judgement;
  const u = claimUnits(claim);
  const ref = j?.reference ?? null;
  const report: WrongMatchReport = {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    at: now.toISOString(),
    page: pageAddress(href),
    verdict: j?.verdict ?? 'unverifiable',
    claim: {
      text: claim.text.slice(0, MAX_TEXT),
      sentence: claim.sentence.slice(0, MAX_SENTENCE),
      value: claim.value,
      unit: claim.unit,
      period: claim.period?.label ?? null,
      indicator: claim.indicator ? { id: claim.indicator.id, name: claim.indicator.name } : null,
    },
    official: ref ? { period: ref.period, value: ref.value, unit: u.reference, source: ref.source.name } : null,
  };
  const list = await listReports();
  await reportsItem.setValue([...list, report].slice(-MAX_REPORTS));
  return report;
}

export async function removeReport(id: string): Promise<void> {
  await reportsItem.setValue((await listReports()).filter((r) => r.id !== id));
}

export async function clearReports(): Promise<void> {
  await reportsItem.setValue([]);
}

export function watchReports(cb: (reports: WrongMatchReport[]) => void): () => void {
  return reportsItem.watch((v) =>
    cb((Array.isArray(v) ? v : []).map(normalizeReport).filter((r): r is WrongMatchReport => r !== null)),
  );
}

/** One report as plain text, for "Copy as text". */
function reportAsText(r: WrongMatchReport): string {
  const lines = [
    `Page: ${r.page}`,
    `Reported: ${r.at.slice(0, 10)}`,
    `Claim: "${r.claim.text}"${r.claim.period ? ` (${r.claim.period})` : ''}`,
    `Sentence: ${r.claim.sentence}`,
    `Matched to: ${r.claim.indicator ? `${r.claim.indicator.name} [${r.claim.indicator.id}]` : 'nothing'}`,
    `Verdict: ${VERDICT_WORDS[r.verdict].word}`,
  ];
  if (r.official) {
    lines.push(
      `Official figure: ${formatValue(r.official.value, r.official.unit)} for ${formatPeriod(r.official.period)} (${r.official.source})`,
    );
  }
  return lines.join('\n');
}

/** Every report as text, separated by blank lines. */
export function reportsAsText(reports: readonly WrongMatchReport[]): string {
  return reports.map(reportAsText).join('\n\n');
}
