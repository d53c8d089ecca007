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
  if (!info) return null;
  const dataset = info;
  const age = daysBetween(dataset.snapshot, today);
  const stale = info.stale;
  return (
    <div class="dataset-age small" data-testid="dataset-age" data-age-days={age}>
      <p>
        Dataset {dataset.version}: figures up to <time dateTime={dataset.snapshot}>{dataset.snapshot}</time> (
        {age <= 0 ? 'today' : `${plural(age, 'day')} old`}).
      </p>
      {stale.length > 0 && (
        <ul data-testid="dataset-stale">
          {stale.map((c) => (
            <li key={c.category} data-category={c.category}>
              {c.category}: {c.stale} of {c.total} older than their usual {plural(c.cycleDays, 'day')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
