import { describe, expect, it } from 'vitest';
import { scanHtml } from './page';
import { miniDataset } from '../../tests/helpers/mini-dataset';

const html = `<!doctype html><html><head><meta property="article:published_time" content="2025-05-23"></head><body>
<p>The S&amp;P 500 rose 2% this week. Widget sales rose 40% on the day.</p></body></html>`;

describe('scanHtml (the scanner core, on the test dataset)', () => {
  it('reports matched claims with reference, current and source', () => {
    const r = scanHtml(html, miniDataset(), { source: 'a.html' });
    expect(r).toMatchObject({
      source: 'a.html',
      published: '2025-05-23',
      dataset: { version: '2025.6.1', snapshot: '2025-06-01' },
    });
    expect(r.claims).toEqual([
      {
        text: '2%',
        sentence: 'The S&P 500 rose 2% this week.',
        value: 2,
        unit: 'percent',
        indicator: 'idx.sp500',
        period: '2025-05-18/2025-05-23',
        verdict: 'matches',
        confidence: 0.95,
        reasons: ['subject named in the sentence', 'period: this week'],
        reference: { period: '2025-05-16/2025-05-23', value: 2 },
        current: { period: '2025-05-23', value: 5100 },
        source: { name: 'Synthetic S&P closes', url: 'https://example.com/spx' },
        checks: [],
      },
    ]);
  });

  it('all: true adds claims without an indicator; date overrides the page date', () => {
    const r = scanHtml(html, miniDataset(), { source: 'a.html', all: true, date: '2025-05-30' });
    expect(r.published).toBe('2025-05-30');
    expect(r.claims.map((c) => [c.text, c.indicator])).toEqual([
      ['2%', 'idx.sp500'],
      ['40%', null],
    ]);
    // The week of 26–30 May; the series ends on 23 May, so the week has no closing figure.
    expect(r.claims[0]!.period).toBe('2025-05-25/2025-05-30');
    expect(r.claims[0]!.verdict).toBe('unverifiable');
  });

  it('a page without text is an error', () => {
    expect(() => scanHtml('<html><body><script>1</script></body></html>', miniDataset(), { source: 'x.html' })).toThrow(
      /no text/,
    );
  });
});
