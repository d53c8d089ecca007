// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_CLAIMS, fig } from '../tests/helpers/sample-claims';
import type { Claim } from '../lib/claims/types';
import type { Series } from '../lib/dataset/schema';
import { VERDICTS, VERDICT_WORDS } from '../lib/verdicts';
import { ClaimCard, type ClaimCardProps } from './ClaimCard';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function mount(claim: Claim, over: Partial<ClaimCardProps> = {}) {
  root = document.body.appendChild(document.createElement('div'));
  const props: ClaimCardProps = {
    claim,
    series: null,
    theme: 'light',
    site: 'ainvest.com',
    onClose: vi.fn(),
    onHide: vi.fn(),
    onReport: vi.fn(async () => {}),
    onDisableSite: vi.fn(),
    ...over,
  };
  act(() => render(<ClaimCard {...props} />, root!));
  return { card: root.querySelector<HTMLElement>('.card')!, props };
}

/** What a reader sees, collapsed to single spaces (hidden parts are not rendered). */
const textOf = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

const REPO_OR_HASH = /(github|gitlab|SOURCES\.md|\.csv\b|@ [0-9a-f]{7}|\b[0-9a-f]{8,40}\b|misprint|rows after)/i;

describe('ClaimCard: verdict first', () => {
  it('every verdict: its word within the first 60 characters, with its icon', () => {
    for (const v of VERDICTS) {
      const { card } = mount(SAMPLE_CLAIMS[v]);
      const text = textOf(card);
      expect(text.slice(0, 60), v).toContain(VERDICT_WORDS[v].word);
      expect(text.startsWith(VERDICT_WORDS[v].icon), v).toBe(true);
      expect(card.dataset.tone).toBe(VERDICT_WORDS[v].tone);
      render(null, root!);
    }
  });

  it('states the comparison: "✗ Differs — article 3.6%, official 3.2% for Mar 2025 (0.4 pt higher)"', () => {
    const { card } = mount(SAMPLE_CLAIMS.differs);
    expect(textOf(card.querySelector('[data-testid=card-verdict]')!)).toBe(
      '✗ Differs — article 3.6%, official 3.2% for Mar 2025 (0.4 pt higher)',
    );
  });

  it('neutral verdicts are never drawn as alarms', () => {
    for (const v of ['since-changed', 'check', 'no-figure-yet', 'unverifiable'] as const) {
      const { card } = mount(SAMPLE_CLAIMS[v]);
      expect(card.dataset.tone, v).toBe('neutral');
      render(null, root!);
    }
  });
});

describe('ClaimCard: source and notes', () => {
  it('links the publisher by name over https', () => {
    const { card } = mount(SAMPLE_CLAIMS.differs);
    const a = card.querySelector<HTMLAnchorElement>('[data-testid=card-source]')!;
    expect(a.textContent).toBe('Example Statistics Office');
    expect(a.getAttribute('href')).toBe('https://stats.example.org/inflation');
  });

  it('shows no link to a code host, and no repository path, hash or curation note even in Details', () => {
    const gh = { name: 'someone/repo', url: 'https://github.com/someone/repo/blob/e6ecb47d/data.csv' };
    const claim: Claim = {
      ...SAMPLE_CLAIMS.differs,
      judgement: {
        ...SAMPLE_CLAIMS.differs.judgement!,
        reference: fig('2025-03', 3.2, '2025-04-10', 'from data/raw/X.csv @ e6ecb47d', gh),
      },
    };
    const { card } = mount(claim);
    act(() => card.querySelector<HTMLButtonElement>('.disclose')!.click());
    expect(card.querySelector('[data-testid=card-details]')).not.toBeNull();
    expect(card.querySelector('a')).toBeNull();
    expect(textOf(card)).not.toMatch(REPO_OR_HASH);
  });

  it('a sample with a curation note in its reference shows the figure, not the note', () => {
    const { card } = mount(SAMPLE_CLAIMS.differs);
    act(() => card.querySelector<HTMLButtonElement>('.disclose')!.click());
    const text = textOf(card);
    expect(text).toContain('3.2% for Mar 2025, published 10 Apr 2025');
    expect(text).not.toMatch(REPO_OR_HASH);
  });
});

describe('ClaimCard: what is behind Details', () => {
  it('closed: no details; open: why it matched, confidence and reasons, the claim as read, the revision', () => {
    const { card } = mount(SAMPLE_CLAIMS.differs);
    expect(textOf(card)).not.toContain('Why it matched');
    const button = card.querySelector<HTMLButtonElement>('.disclose')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const text = textOf(card);
    expect(text).toContain('Why it matched');
    expect(text).toContain('Confidence92% — subject named in the sentence; period stated');
    expect(text).toContain('Read as3.6% for March 2025');
    expect(text).toContain('Revised3.3%, published 10 May 2025 (revised)');
  });

  it('says when the subject or the period was inferred, without opening Details', () => {
    const { card } = mount(SAMPLE_CLAIMS['since-changed']);
    expect(textOf(card.querySelector('[data-testid=card-inferred]')!)).toBe(
      'Inferred: subject taken from earlier text; period not stated: compared with Mar 2025',
    );
  });

  it('the legend lists all eight verdicts', () => {
    const { card } = mount(SAMPLE_CLAIMS.matches);
    act(() => card.querySelector<HTMLButtonElement>('[data-testid=card-legend-link]')!.click());
    expect(card.querySelectorAll('[data-testid=card-legend] li')).toHaveLength(8);
  });
});

describe('ClaimCard: keyboard and recourse', () => {
  it('Escape asks to close and return focus to the mark', () => {
    const { card, props } = mount(SAMPLE_CLAIMS.matches);
    act(() => {
      card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(props.onClose).toHaveBeenCalledWith(true);
  });

  it('Tab past the last control returns focus to the mark instead of <body>', () => {
    const { card, props } = mount(SAMPLE_CLAIMS.matches);
    const controls = [...card.querySelectorAll<HTMLElement>('a[href], button')].filter((b) => !b.closest('[hidden]'));
    controls[controls.length - 1]!.focus();
    act(() => {
      controls[controls.length - 1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    });
    expect(props.onClose).toHaveBeenCalledWith(true);
  });

  it('Report a wrong match calls onReport and says it is kept locally', async () => {
    const { card, props } = mount(SAMPLE_CLAIMS.differs);
    await act(async () => card.querySelector<HTMLButtonElement>('[data-testid=card-report]')!.click());
    expect(props.onReport).toHaveBeenCalledOnce();
    expect(textOf(card)).toContain('Report saved in this browser only');
    // Still focusable: a focused control that becomes disabled drops focus and closes the card.
    const button = card.querySelector<HTMLButtonElement>('[data-testid=card-report]')!;
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('turning the site off sits in a menu, not beside Hide', () => {
    const { card, props } = mount(SAMPLE_CLAIMS.differs);
    const off = card.querySelector<HTMLButtonElement>('[data-testid=card-site-off]')!;
    expect(off.closest('[hidden]')).not.toBeNull();
    act(() => card.querySelector<HTMLButtonElement>('[data-testid=card-more]')!.click());
    expect(off.closest('[hidden]')).toBeNull();
    act(() => off.click());
    expect(props.onDisableSite).toHaveBeenCalledOnce();
  });
});

describe('ClaimCard: sparkline from the claim’s date to the latest point', () => {
  const series: Series = {
    indicator: 'ex.inflation',
    frequency: 'monthly',
    source: 0,
    points: [
      ['2024-12-01', 2.9],
      ['2025-01-01', 3.0],
      ['2025-02-01', 3.1],
      ['2025-03-01', 3.2],
      ['2025-04-01', 3.0],
      ['2025-09-01', 2.9],
    ],
  };
  it('starts at the claim’s period, labels both ends, and shows min and max', () => {
    const { card } = mount(SAMPLE_CLAIMS.differs, { series });
    const spark = card.querySelector<HTMLElement>('[data-testid=sparkline]')!;
    const text = textOf(spark);
    expect(text).toContain('claim’s date Mar 2025: 3.2%');
    expect(text).toContain('latest Sep 2025: 2.9%');
    expect(spark.querySelector('.spark-axis')!.textContent).toBe('3.2%2.9%');
    expect(spark.querySelectorAll('circle')).toHaveLength(2);
  });
});
