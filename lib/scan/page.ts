import { Window } from 'happy-dom';
import type { Dataset } from '../dataset/schema';
import type { CheckFinding, Claim, Verdict } from '../claims/types';
import { createEngine, type Engine } from '../claims/engine';
import { collectBlocks, findPublishedDate, findPublishedTime, findUpdatedTime } from '../dom/collect';
import { periodLabel } from '../claims/periods';

/**
 * The headless scanner's core: parse a saved page with happy-dom (no scripts run), collect its
 * text blocks exactly as the content script does, and run the engine.
 */

export interface ScanClaim {
  text: string;
  sentence: string;
  value: number;
  unit: string;
  indicator: string | null;
  period: string | null;
  verdict: Verdict;
  /** How sure the engine is of the subject and the period (0 to 1); null for an unmatched number. */
  confidence: number | null;
  /** Why the engine matched it, in words. */
  reasons: string[];
  reference: { period: string; value: number } | null;
  current: { period: string; value: number } | null;
  source: { name: string; url: string } | null;
  /** Consistency findings that involve this figure (lib/claims/checks/); empty when none. */
  checks: CheckFinding[];
}

export interface ScanResult {
  source: string;
  published: string | null;
  dataset: { version: string; snapshot: string };
  claims: ScanClaim[];
}

export function parseHtml(html: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function toScanClaim(c: Claim): ScanClaim {
  const j = c.judgement;
  const src = j?.reference?.source ?? j?.current?.source ?? null;
  return {
    text: c.text,
    sentence: c.sentence,
    value: c.value,
    unit: c.unit,
    indicator: c.indicator?.id ?? null,
    period: c.period ? periodLabel(c.period) : null,
    verdict: j?.verdict ?? 'unverifiable',
    confidence: c.match ? c.match.confidence : null,
    reasons: c.match ? c.match.reasons : [],
    reference: j?.reference ? { period: j.reference.period, value: j.reference.value } : null,
    current: j?.current ? { period: j.current.period, value: j.current.value } : null,
    source: src ? { name: src.name, url: src.url } : null,
    checks: c.checks ?? [],
  };
}

function scanDocument(
  doc: Document,
  engine: Engine,
  opts: { source: string; date?: string | null; all?: boolean; today?: string },
): ScanResult {
  const blocks = collectBlocks(doc);
  if (!blocks.length) throw new Error(`${opts.source}: the page has no text`);
  const published = opts.date ?? findPublishedDate(doc);
  // A date given by the caller replaces the page's: its time of day no longer belongs to it.
  const publishedAt = opts.date ? null : findPublishedTime(doc);
  const updatedAt = opts.date ? null : findUpdatedTime(doc);
  const claims = engine.analyze(blocks, {
    published,
    ...(publishedAt ? { publishedAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    ...(opts.today ? { today: opts.today } : {}),
  });
  return {
    source: opts.source,
    published,
    dataset: { version: engine.dataset.version, snapshot: engine.dataset.snapshot },
    claims: claims.filter((c) => opts.all || c.indicator).map(toScanClaim),
  };
}

export function scanHtml(
  html: string,
  dataset: Dataset | Engine,
  opts: { source: string; date?: string | null; all?: boolean },
): ScanResult {
  const engine = 'analyze' in dataset ? dataset : createEngine(dataset);
  return scanDocument(parseHtml(html), engine, opts);
}
