import type { Verdict } from '../../lib/claims/types';
import { VERDICTS, type PageState } from '../../lib/messages';
import { VERDICT_TEXT } from '../format';

export function VerdictCounts({ state }: { state: PageState | null }) {
  if (!state) return <p class="muted">ClaimLens is not running on this page.</p>;
  if (!state.active) return <p class="muted">Annotations are off on this page.</p>;
  if (!state.candidates) return <p class="muted">No figures to check on this page.</p>;
  return (
    <div>
      <p class="total">
        <strong data-testid="shown-count">{state.shown}</strong> {state.shown === 1 ? 'claim' : 'claims'} marked
      </p>
      <ul class="counts">
        {VERDICTS.map((v: Verdict) => (
          <li key={v} data-verdict={v}>
            <span class="symbol" aria-hidden="true">
              {VERDICT_TEXT[v].symbol}
            </span>
            <span class="word">{VERDICT_TEXT[v].short}</span>
            <span class="n" data-testid={`count-${v}`}>
              {state.counts[v]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
