import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim, FigureRef } from '../lib/claims/types';
import type { Series } from '../lib/dataset/schema';
import {
  claimUnits,
  confidenceWords,
  formatDay,
  formatPeriod,
  formatValue,
  inferredNotes,
  isReaderNote,
  latestLine,
  publisherLink,
  ruleWords,
  verdictLine,
} from '../lib/format';
import { VERDICTS, VERDICT_WORDS } from '../lib/verdicts';
import { Sparkline, sparkWindow, startDate } from './Sparkline';

export interface ClaimCardProps {
  claim: Claim;
  series: Series | null;
  theme: 'light' | 'dark';
  /** The site's name for "Turn off on …". */
  site: string;
  /**
   * The card asks to close. `returnFocus` is true when the reader closed it from the keyboard
   * (Escape, or Tab past its first or last control): focus then goes back to the claim's mark.
   */
  onClose: (returnFocus: boolean) => void;
  /** Hide this mark (the caller persists it and offers an undo). */
  onHide: () => void;
  /** Record a wrong-match report; resolves once it is stored. */
  onReport: () => unknown;
  /** Turn the extension off on this site (the caller offers an undo). */
  onDisableSite: () => void;
}

let nextCardId = 0;

function sourceOf(claim: Claim): FigureRef | null {
  const j = claim.judgement;
  return j?.reference ?? j?.current ?? null;
}

/** "published 10 Apr 2025" from a figure's as_of (a day or a month). */
function published(f: FigureRef): string {
  return `published ${formatDay(f.as_of) ?? formatPeriod(f.as_of)}`;
}

function Legend() {
  return (
    <ul class="legend" data-testid="card-legend">
      {VERDICTS.map((v) => (
        <li key={v} data-tone={VERDICT_WORDS[v].tone}>
          <span class="icon" aria-hidden="true">
            {VERDICT_WORDS[v].icon}
          </span>{' '}
          <strong>{VERDICT_WORDS[v].word}</strong>: {VERDICT_WORDS[v].meaning}
        </li>
      ))}
    </ul>
  );
}

function Details({ claim }: { claim: Claim }) {
  const j = claim.judgement;
  const u = claimUnits(claim);
  const m = claim.match;
  const conf = confidenceWords(claim);
  const said = formatValue(claim.value, u.claim, { signed: u.signed });
  const showExplanation = j && (j.verdict === 'check' || j.verdict === 'inconsistent' || j.verdict === 'no-figure-yet');
  return (
    <dl class="details" data-testid="card-details">
      <dt>Read as</dt>
      <dd>
        <span class="nw">{said}</span>
        {claim.period ? ` for ${claim.period.label}` : ', no period stated'} — “{claim.text}” in:{' '}
        <q>{claim.sentence}</q>
      </dd>
      {(m || claim.matchedAlias) && (
        <>
          <dt>Why it matched</dt>
          <dd>
            {claim.indicator?.name ?? 'No indicator'} on “{m?.alias ?? claim.matchedAlias}”
            {m && (
              <>
                {' '}
                ({ruleWords(m.rule)}, {m.scope === 'sentence' ? 'same sentence' : 'from earlier text'}
                {m.distance > 0 ? `, ${m.distance} ${m.distance === 1 ? 'word' : 'words'} from the figure` : ''})
              </>
            )}
          </dd>
        </>
      )}
      {conf && (
        <>
          <dt>Confidence</dt>
          <dd>
            {conf}
            {m && m.reasons.length > 0 && ` — ${m.reasons.join('; ')}`}
          </dd>
        </>
      )}
      {j?.reference && (
        <>
          <dt>Official figure</dt>
          <dd>
            <span class="nw">{formatValue(j.reference.value, u.reference, { signed: u.signed })}</span> for{' '}
            <span class="nw">{formatPeriod(j.reference.period)}</span>, {published(j.reference)}
            {isReaderNote(j.reference.note) && ` (${j.reference.note})`}
          </dd>
        </>
      )}
      {j?.revision && (
        <>
          <dt>Revised</dt>
          <dd>
            <span class="nw">{formatValue(j.revision.value, u.reference, { signed: u.signed })}</span>,{' '}
            {published(j.revision)}
            {isReaderNote(j.revision.note) && ` (${j.revision.note})`}
          </dd>
        </>
      )}
      {showExplanation && isReaderNote(j.explanation) && (
        <>
          <dt>Note</dt>
          <dd>{j.explanation}</dd>
        </>
      )}
    </dl>
  );
}

/** The controls a keyboard user moves through, in order. */
function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')].filter(
    (el) => !el.closest('[hidden]'),
  );
}

export function ClaimCard({ claim, series, theme, site, onClose, onHide, onReport, onDisableSite }: ClaimCardProps) {
  const [open, setOpen] = useState<'details' | 'legend' | null>(null);
  const [menu, setMenu] = useState(false);
  const [reported, setReported] = useState<'no' | 'saving' | 'yes' | 'failed'>('no');
  const idRef = useRef(`claimlens-card-${++nextCardId}`);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuFirst = useRef<HTMLButtonElement>(null);
  const line = verdictLine(claim);
  const link = publisherLink(sourceOf(claim)?.source);
  const from = claim.judgement?.reference?.period ?? (claim.period?.type === 'point' ? claim.period.period : null);
  const spark = series && from ? sparkWindow(series.points, from) : [];
  const last = spark[spark.length - 1];
  const current = claim.judgement?.current;
  // The sparkline labels its latest point; a separate line only when the dataset's latest figure is another.
  const sparkShowsLatest = !!last && !!current && startDate(current.period) === last[0] && last[1] === current.value;
  const latest = sparkShowsLatest ? null : latestLine(claim);
  const inferred = inferredNotes(claim);
  const u = claimUnits(claim);
  const name = claim.indicator?.name ?? 'Unknown indicator';
  const id = idRef.current;

  useEffect(() => {
    if (menu) menuFirst.current?.focus();
  }, [menu]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      if (menu) {
        setMenu(false);
        menuButton.current?.focus();
        return;
      }
      onClose(true);
      return;
    }
    if (e.key !== 'Tab') return;
    // Tab past the last control (or Shift+Tab before the first) goes back to the mark, never to <body>.
    const card = e.currentTarget as HTMLElement;
    const list = focusables(card);
    const active = (card.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
    const at = active ? list.indexOf(active) : -1;
    const leaving = e.shiftKey ? at === 0 || active === card : at === list.length - 1;
    if (leaving) {
      e.preventDefault();
      onClose(true);
    }
  };

  const report = async () => {
    // aria-disabled, not disabled: a focused button that becomes disabled drops focus to <body>,
    // which closes the card under the reader's pointer.
    if (reported === 'saving' || reported === 'yes') return;
    setReported('saving');
    try {
      await onReport();
      setReported('yes');
    } catch {
      setReported('failed');
    }
  };

  return (
    <div
      class="card"
      data-theme={theme}
      data-verdict={line.verdict}
      data-tone={line.tone}
      role="dialog"
      aria-labelledby={`${id}-verdict`}
      aria-describedby={`${id}-indicator`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <p class="verdict" id={`${id}-verdict`} data-testid="card-verdict">
        <span class="icon" aria-hidden="true">
          {line.icon}
        </span>{' '}
        <strong class="word">{line.word}</strong> — <span class="comparison">{line.comparison}</span>
      </p>
      <p class="indicator" id={`${id}-indicator`}>
        <span class="name">{name}</span>
        {link && (
          <>
            {' · '}
            <a
              class="source"
              href={link.href}
              title={link.name}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="card-source"
            >
              {link.name}
            </a>
          </>
        )}
      </p>
      {inferred.length > 0 && (
        <p class="inferred" data-testid="card-inferred">
          Inferred: {inferred.join('; ')}
        </p>
      )}
      {latest && (
        <p class="latest" data-testid="card-latest">
          {latest}
        </p>
      )}
      {series && from && spark.length > 1 && (
        <Sparkline
          points={series.points}
          from={from}
          unit={u.current}
          monthly={series.frequency === 'monthly'}
          label={`${name} from ${formatPeriod(from)} to the latest figure`}
        />
      )}
      <div class="actions">
        <button
          type="button"
          class="disclose"
          aria-expanded={open === 'details'}
          aria-controls={`${id}-details`}
          onClick={() => setOpen(open === 'details' ? null : 'details')}
        >
          Details
        </button>
        <button
          type="button"
          onClick={report}
          aria-disabled={reported === 'saving' || reported === 'yes'}
          data-testid="card-report"
        >
          {reported === 'yes' ? 'Reported' : 'Report a wrong match'}
        </button>
        <button type="button" onClick={onHide} data-testid="card-hide">
          Hide
        </button>
        <span class="menu-wrap">
          <button
            type="button"
            class="more"
            ref={menuButton}
            aria-haspopup="true"
            aria-expanded={menu}
            aria-controls={`${id}-menu`}
            aria-label="More actions"
            data-testid="card-more"
            onClick={() => setMenu(!menu)}
          >
            ⋯
          </button>
          <div class="menu" id={`${id}-menu`} hidden={!menu}>
            <button type="button" ref={menuFirst} onClick={onDisableSite} data-testid="card-site-off">
              Turn off on {site}
            </button>
          </div>
        </span>
        <button
          type="button"
          class="linkish"
          aria-expanded={open === 'legend'}
          aria-controls={`${id}-legend`}
          onClick={() => setOpen(open === 'legend' ? null : 'legend')}
          data-testid="card-legend-link"
        >
          Colour key
        </button>
      </div>
      <p class="status" role="status">
        {reported === 'yes' && 'Report saved in this browser only; see it in the toolbar popup.'}
        {reported === 'failed' && 'The report could not be saved.'}
      </p>
      <div id={`${id}-details`} hidden={open !== 'details'}>
        {open === 'details' && <Details claim={claim} />}
      </div>
      <div id={`${id}-legend`} hidden={open !== 'legend'}>
        {open === 'legend' && <Legend />}
      </div>
    </div>
  );
}
