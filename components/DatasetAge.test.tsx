// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../lib/dataset/schema';
import { staleCategories } from '../lib/refresh/age';
import { DatasetAge } from './DatasetAge';

const info = (today: string) => ({
  version: dataset.version,
  snapshot: dataset.snapshot,
  stale: staleCategories(dataset, today),
});

const dataset: Dataset = {
  format: 1,
  version: '2026.8.21',
  snapshot: '2026-08-21',
  indicators: [
    { id: 'fx.usdjpy', name: 'USD/JPY', unit: 'JPY per USD', kind: 'fx', category: 'fx', aliases: [] },
    { id: 'us.cpi_yoy', name: 'CPI', unit: 'percent', kind: 'inflation', category: 'macro', aliases: [] },
  ],
  sources: [{ name: 'S', url: 'https://example.org/' }],
  observations: [
    { indicator: 'us.cpi_yoy', period: '2026-07', value: 3.4, unit: 'percent', as_of: '2026-08-13', source: 0 },
  ],
  series: [{ indicator: 'fx.usdjpy', frequency: 'daily', points: [['2026-08-21', 147.1]], source: 0 }],
};

describe('DatasetAge (popup refresh panel)', () => {
  it('shows the dataset age and the categories older than their release cycle', () => {
    const root = document.createElement('div');
    render(<DatasetAge info={info('2026-12-03')} today="2026-12-03" />, root);
    const el = root.querySelector('[data-testid="dataset-freshness"]')!;
    expect(el.getAttribute('data-age-days')).toBe('104');
    const items = [...root.querySelectorAll('[data-testid="dataset-stale"] li')].map((li) => li.textContent);
    expect(items).toEqual(['fx: 1 of 1 older than their usual 5 days', 'macro: 1 of 1 older than their usual 75 days']);
    // Folded behind a one-line summary so the popup's first view stays within 600 px.
    expect(el.localName).toBe('details');
    expect(el.hasAttribute('open')).toBe(false);
    expect(el.querySelector('summary')!.textContent).toBe('2 categories older than their usual release cycle');
  });

  it('lists nothing when every category is within its cycle', () => {
    const root = document.createElement('div');
    render(<DatasetAge info={info('2026-08-22')} today="2026-08-22" />, root);
    expect(root.querySelector('[data-testid="dataset-stale"]')).toBeNull();
    expect(root.textContent).toBe('');
  });
});
