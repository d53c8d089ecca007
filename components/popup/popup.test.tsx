// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { emptyCounts, type PageState } from '../../lib/messages';
import { reportWrongMatch } from '../../lib/recourse';
import { SAMPLE_CLAIMS } from '../../tests/helpers/sample-claims';
import { DatasetSummary } from './DatasetSummary';
import { PopupApp } from './PopupApp';
import { Reports } from './Reports';
import { VerdictCounts } from './VerdictCounts';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  // Someone answers the popup's messages (with nothing), as a page without the content script would.
  fakeBrowser.runtime.onMessage.addListener(() => undefined);
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 20)));

describe('popup: switches are switches', () => {
  it('renders on/off controls with role="switch"', async () => {
    act(() =>
      render(<PopupApp tab={{ id: 1, url: new URL('https://www.ainvest.com/news/x') }} refreshSlot={null} />, root),
    );
    await flush();
    const switches = root.querySelectorAll<HTMLInputElement>('[role="switch"]');
    expect(switches.length).toBeGreaterThanOrEqual(2);
    for (const s of switches) expect(s.type).toBe('checkbox');
    expect(root.querySelector('[data-testid="toggle-enabled"]')!.getAttribute('role')).toBe('switch');
  });
});

describe('popup: fits 600 px', () => {
  const css = readFileSync(join(import.meta.dirname, '../../entrypoints/popup/style.css'), 'utf8');
  const rule = (selector: string) => {
    const m = new RegExp(`(^|\\n)\\${selector} \\{([^}]*)\\}`).exec(css);
    return m?.[2] ?? '';
  };
  it('the popup is capped at 600 px and scrolls inside, never cut', () => {
    expect(rule('.popup')).toMatch(/max-height:\s*600px/);
    expect(rule('.popup')).toMatch(/overflow-y:\s*auto/);
  });
  it('filters, the legend and the reports are folded away, so the first view is short', async () => {
    act(() => render(<PopupApp tab={null} refreshSlot={null} />, root));
    await flush();
    const folds = [...root.querySelectorAll('details.fold')].map((d) => d.querySelector('summary')!.textContent);
    expect(folds).toEqual(['Filters and mark style', 'What the colours mean', 'Reports of wrong matches']);
    for (const d of root.querySelectorAll('details')) expect(d.hasAttribute('open')).toBe(false);
  });
  it('switches are drawn as a track and knob, not a checkbox', () => {
    expect(rule('.switch input')).toMatch(/appearance:\s*none/);
  });
});

describe('popup: verdict counts filter the page', () => {
  const state: PageState = {
    active: true,
    candidates: true,
    counts: { ...emptyCounts(), differs: 2, matches: 5 },
    shown: 7,
    startedAt: 0,
  };
  it('pressing a count asks for that verdict only; pressing it again shows all', () => {
    const onFilter = vi.fn();
    act(() => render(<VerdictCounts state={state} filter={[]} onFilter={onFilter} />, root));
    act(() => root.querySelector<HTMLButtonElement>('[data-testid="filter-differs"]')!.click());
    expect(onFilter).toHaveBeenLastCalledWith(['differs']);
    act(() => render(<VerdictCounts state={state} filter={['differs']} onFilter={onFilter} />, root));
    const b = root.querySelector<HTMLButtonElement>('[data-testid="filter-differs"]')!;
    expect(b.getAttribute('aria-pressed')).toBe('true');
    act(() => b.click());
    expect(onFilter).toHaveBeenLastCalledWith([]);
  });
  it('lists all eight verdicts with their words', () => {
    act(() => render(<VerdictCounts state={state} filter={[]} onFilter={() => {}} />, root));
    expect(root.querySelectorAll('.counts button')).toHaveLength(8);
    expect(root.textContent).toContain('Since changed');
  });
});

describe('popup: dataset age and reports', () => {
  it('"Figures to 21 Aug 2026, 104 days old"', () => {
    const info = {
      version: '2026.8.21',
      snapshot: '2026-08-21',
      indicators: 1,
      observations: 1,
      bytes: 1024,
      origin: 'bundled' as const,
      stale: [],
    };
    act(() => render(<DatasetSummary info={info} today="2026-12-03" />, root));
    expect(root.querySelector('[data-testid="dataset-age"]')!.textContent).toBe('Figures to 21 Aug 2026, 104 days old');
  });
  it('lists reports and copies them as text', async () => {
    await reportWrongMatch(SAMPLE_CLAIMS.differs, 'https://www.ainvest.com/news/a');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    act(() => render(<Reports />, root));
    await flush();
    expect(root.querySelectorAll('[data-testid="report"]')).toHaveLength(1);
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="reports-copy"]')!.click());
    await flush();
    expect(writeText).toHaveBeenCalledOnce();
    expect(String((writeText.mock.calls[0] as unknown[])[0])).toContain('Claim: "3.6%" (March 2025)');
    expect(root.querySelector('[data-testid="reports-status"]')!.textContent).toBe('Copied 1 report as text.');
  });
});
