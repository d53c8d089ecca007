import type { Claim, FigureRef, Verdict } from '../lib/claims/types';
import type { Series } from '../lib/dataset/schema';
import { Sparkline } from './Sparkline';
import { VERDICT_TEXT, formatPeriod, formatPeriodCode, formatValue, safeHttpsUrl } from './format';

export interface ClaimCardProps {
  claim: Claim;
  series: Series | null;
  theme: 'light' | 'dark';
  /** The site's name for "Turn off on …". */
  site: string;
  onHide: () => void;
  onDisableSite: () => void;
  onClose: () => void;
}

function Figure({ label, fig, unit, signed }: { label: string; fig: FigureRef; unit: string; signed?: boolean }) {
  return (
    <div class="row">
      <dt>{label}</dt>
      <dd>
        <strong class="value">{formatValue(fig.value, unit, signed)}</strong>{' '}
        <span class="muted">
          for {formatPeriodCode(fig.period)} · as of {fig.as_of}
        </span>
        {fig.note && <div class="note">{fig.note}</div>}
      </dd>
    </div>
  );
}

function SourceLink({ fig }: { fig: FigureRef | null }) {
  const href = safeHttpsUrl(fig?.source.url);
  if (!fig || !href) return null;
  return (
    <p class="source">
      Source:{' '}
      <a href={href} target="_blank" rel="noopener noreferrer">
        {fig.source.name}
      </a>
    </p>
  );
}

export function ClaimCard({ claim, series, theme, site, onHide, onDisableSite, onClose }: ClaimCardProps) {
  const j = claim.judgement;
  const verdict: Verdict = j?.verdict ?? 'unverifiable';
  const vt = VERDICT_TEXT[verdict];
  const indicatorUnit = claim.indicator?.unit ?? claim.unit;
  const changeClaim = claim.kind === 'change';
  // A change is compared as a change; the latest figure is always the indicator's own level.
  const refUnit = changeClaim ? claim.unit : indicatorUnit;
  const name = claim.indicator?.name ?? 'Unknown indicator';
  const sourceFig = j?.reference ?? j?.current ?? null;
  return (
    <div
      class="card"
      data-theme={theme}
      data-verdict={verdict}
      role="dialog"
      aria-label={`ClaimLens: ${name}`}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {/* Not <header>: inside a shadow root axe and screen readers read it as a second page banner. */}
      <div class="head">
        <h2 class="name">{name}</h2>
        <p class="verdict" data-verdict={verdict}>
          <span class="symbol" aria-hidden="true">
            {vt.symbol}
          </span>{' '}
          <span class="verdict-word">{vt.short}</span>
          <span class="verdict-long"> — {vt.long}</span>
        </p>
      </div>
      <dl>
        <div class="row">
          <dt>The article says</dt>
          <dd>
            <strong class="value">{formatValue(claim.value, claim.unit, changeClaim)}</strong>{' '}
            <span class="muted">{formatPeriod(claim.period)}</span>
            <div class="quote">“{claim.text}”</div>
          </dd>
        </div>
        {j?.reference && <Figure label="Source, that period" fig={j.reference} unit={refUnit} signed={changeClaim} />}
        {j?.revision && <Figure label="Since revised to" fig={j.revision} unit={refUnit} signed={changeClaim} />}
        {j?.current && <Figure label="Latest" fig={j.current} unit={indicatorUnit} />}
      </dl>
      {j?.explanation && <p class="why">{j.explanation}</p>}
      {claim.matchedAlias && (
        <p class="why">
          Matched on “{claim.matchedAlias}”
        </p>
      )}
      {series && series.points.length > 1 && (
        <figure class="trend">
          <Sparkline
            points={series.points}
            label={`${name}: ${series.points.length} ${series.frequency} points from ${series.points[0][0]} to ${
              series.points[series.points.length - 1][0]
            }`}
          />
          <figcaption class="muted">
            {series.points[0][0]} – {series.points[series.points.length - 1][0]}
          </figcaption>
        </figure>
      )}
      <SourceLink fig={sourceFig} />
      <div class="actions">
        <button type="button" onClick={onHide}>
          Hide this mark
        </button>
        <button type="button" onClick={onDisableSite}>
          Turn off on {site}
        </button>
      </div>
    </div>
  );
}
