import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { listHeadingPeriod } from './list-period';

describe('list-period', () => {
  it('a "For the week:" heading dates the short lines under it', () => {
    // Stored S&P 500 closes: 6,602.99 on 2025-11-21 and 6,765.88 on 2025-11-25.
    const claims = claimsOf(['For the week:', 'The S&P 500 has added 162.89 points, or 2.5%.'], '2025-11-25');
    const points = claims.find((c) => c.text === '162.89 points')!;
    expect(points.period).toMatchObject({ type: 'span', label: 'this week' });
    expect(points.judgement?.verdict).toBe('matches');
  });

  it('a longer paragraph after the list ends it', () => {
    const long =
      'Traders said the gains came as bond yields eased and as hopes for another cut grew, with the benchmark up 0.9% by the close and most sectors in the green by the final bell.';
    const claims = claimsOf(['For the year:', long], '2025-11-25');
    expect(claims.find((c) => c.text === '0.9%')?.period?.label).not.toBe('year-to-date');
  });

  it('only a heading that names a period and nothing else', () => {
    expect(listHeadingPeriod('For the year:', '2025-11-25')).toMatchObject({ label: 'year-to-date' });
    expect(listHeadingPeriod('On Tuesday:', '2025-11-25')).toMatchObject({ type: 'span', to: '2025-11-25' });
    expect(listHeadingPeriod('For investors, the message was clear:', '2025-11-25')).toBeNull();
    expect(listHeadingPeriod('Key levels:', '2025-11-25')).toBeNull();
  });

  it('list-lead-in-day: a longer lead-in that names one day dates the list under it', () => {
    // Stored DAX close on 2026-01-02: 24,580.11; the article is of 2026-01-16.
    const lead = 'Where the year began, with prices taken in London in mid-afternoon on Jan. 2, its first session:';
    const [c] = claimsOf([lead, 'DAX: 24,580.11'], '2026-01-16');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(listHeadingPeriod('Prices in London this afternoon were as follows:', '2026-01-16')).toBeNull();
  });
});

describe('ytd-heading', () => {
  it('"2025 board: year-to-date change" dates the lines under it from the year\'s start', () => {
    expect(listHeadingPeriod('2025 board: year-to-date change', '2025-12-23')).toMatchObject({
      type: 'span',
      label: 'year-to-date',
    });
    const claims = claimsOf(['2025 board: year-to-date change', 'Gold: +70.5%'], '2025-12-23');
    expect(claims.find((c) => c.text === '+70.5%')?.judgement?.verdict).toBe('matches');
  });
});

describe('weekday-lead-in', () => {
  it('"Tuesday:" opening a paragraph dates its figures that name no day', () => {
    const [move] = claimsOf(['Tuesday: a record. The S&P 500 added 1.79% to 7,736.52.'], '2026-08-07');
    expect(move?.period).toMatchObject({ type: 'span', to: '2026-08-04' });
  });
  it('a long opening sentence, or one without a colon, dates nothing', () => {
    const [move] = claimsOf(['On Tuesday the record fell. The S&P 500 added 0.62% to 7,757.64.'], '2026-08-07');
    expect(move?.period ?? null).not.toMatchObject({ to: '2026-08-04' });
  });
});

describe('section-day', () => {
  // S&P 500: 2024-12-18 (Wednesday, Fed day) 5,872.16, −178.45 (−2.95%); 2024-12-20 (Friday) 5,930.85.
  it('"Wednesday: the Fed" over a paragraph dates its figures that name no day, until the next heading', () => {
    const cs = claimsOf(
      [
        'Wednesday: the Fed',
        'The S&P 500 lost 2.95%, or 178.45 points, to 5,872.16.',
        'Outlook',
        'The S&P 500 ended at 5,930.85.',
      ],
      '2024-12-20',
      '2024-12-20T22:30:00Z',
    );
    expect(cs.find((c) => c.text === '2.95%')!.judgement?.verdict).toBe('matches');
    expect(cs.find((c) => c.text === '5,872.16')!.judgement?.verdict).toBe('matches');
    expect(cs.find((c) => c.text === '5,930.85')!.judgement?.verdict).toBe('matches');
  });
});
