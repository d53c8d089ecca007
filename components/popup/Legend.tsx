import { VERDICTS, VERDICT_WORDS } from '../../lib/verdicts';

/** What each verdict means, in the popup: the same words as the card's legend. */
export function Legend() {
  return (
    <ul class="legend" data-testid="popup-legend">
      {VERDICTS.map((v) => (
        <li key={v} data-tone={VERDICT_WORDS[v].tone}>
          <span class="icon" aria-hidden="true">
            {VERDICT_WORDS[v].icon}
          </span>
          <span>
            <strong>{VERDICT_WORDS[v].word}</strong> — {VERDICT_WORDS[v].meaning}
          </span>
        </li>
      ))}
    </ul>
  );
}
