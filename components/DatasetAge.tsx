import { daysBetween, type StaleCategory } from '../lib/refresh/age';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The dataset in use: how old its snapshot is, and which categories hold figures older than the
 * category's usual release cycle (e.g. "fx: 3 of 8 older than 5 days").
 */
export function DatasetAge({
  info,
  today,
}: {
  info: { version: string; snapshot: string; stale: StaleCategory[] } | null;
  today: string;
}) {
  // The dataset's age itself is on the popup's first line (DatasetSummary); here, what is overdue.
  if (!info || info.stale.length === 0) return null;
  const age = daysBetween(info.snapshot, today);
  // Folded: the list runs to a line per category and would push the popup's first view past 600 px.
  const overdue = info.stale.length;
  return (
    <details class="dataset-age more small" data-testid="dataset-freshness" data-age-days={age}>
      <summary>
        {overdue === 1 ? '1 category' : `${overdue} categories`} older than {overdue === 1 ? 'its' : 'their'} usual
        release cycle
      </summary>
      <ul data-testid="dataset-stale">
        {info.stale.map((c) => (
          <li key={c.category} data-category={c.category}>
            {c.category}: {c.stale} of {c.total} older than their usual {plural(c.cycleDays, 'day')}
          </li>
        ))}
      </ul>
    </details>
  );
}
