import type { Verdict } from '../../lib/claims/types';
import type { PageState } from '../../lib/messages';
import { VERDICTS, VERDICT_WORDS } from '../../lib/verdicts';

interface Props {
  state: PageState | null;
  /** Verdicts the page is filtered to; empty: all shown. */
  filter: readonly Verdict[];
  /** Press a count to show only that verdict on the page; press it again to show all. */
  onFilter: (verdicts: Verdict[]) => void;
}

export function VerdictCounts({ state, filter, onFilter }: Props) {
  if (!state) return <p class="muted">ClaimLens is not running on this page.</p>;
  if (!state.active) return <p class="muted">Annotations are off on this page.</p>;
  if (!state.candidates) return <p class="muted">No figures to check on this page.</p>;
  return (
    <div>
      <p class="total">
        <strong data-testid="shown-count">{state.shown}</strong> {state.shown === 1 ? 'claim' : 'claims'} marked
        {filter.length > 0 && (
          <>
            {' · '}
            <button type="button" class="linkish" data-testid="filter-clear" onClick={() => onFilter([])}>
              show all
            </button>
          </>
        )}
      </p>
      <ul class="counts" aria-label="Claims by verdict; press one to show only those on the page">
        {VERDICTS.map((v) => {
          const pressed = filter.includes(v);
          return (
            <li key={v}>
              <button
                type="button"
                data-verdict={v}
                data-tone={VERDICT_WORDS[v].tone}
                aria-pressed={pressed}
                data-testid={`filter-${v}`}
                disabled={!pressed && state.counts[v] === 0 && filter.length === 0}
                onClick={() => onFilter(pressed ? [] : [v])}
              >
                <span class="icon" aria-hidden="true">
                  {VERDICT_WORDS[v].icon}
                </span>
                <span class="word">{VERDICT_WORDS[v].word}</span>
                <span class="n" data-testid={`count-${v}`}>
                  {state.counts[v]}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
