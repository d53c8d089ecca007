import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isPreviousCell, isPreviousRateCell } from './previous-cell';

describe('previous-cell', () => {
  const calendar = 'Week ahead · Prior';
  it('a "Prior" cell in a release row is the month before the one the row names', () => {
    // August 2025 CPI, 2.9% a year earlier; September's 3.0% was not out on the morning of 24 October.
    const [c] = claimsOf([{ context: `${calendar} · 24 Oct 12:30 · US CPI (Sep), y/y`, text: '2.9%' }], '2025-10-24');
    expect(c?.period).toMatchObject({ type: 'point', period: '2025-08' });
    expect(c?.judgement?.verdict).toBe('matches');
  });

  it('a "Prior" cell in a coming decision\'s row is the rate in force on the article\'s date', () => {
    const [c] = claimsOf(
      [{ context: `${calendar} · Wed 29 Oct 18:00 · Fed funds target, upper bound`, text: '4.25%' }],
      '2025-10-24',
    );
    expect(c?.indicator?.id).toBe('us.fed_funds_target_upper');
    expect(c?.judgement?.verdict).not.toBe('check');
    expect(c?.judgement?.verdict).not.toBe('differs');
  });

  it('only a column of previous readings', () => {
    expect(isPreviousCell('Calendar · Previous · US CPI')).toBe(true);
    expect(isPreviousCell('Calendar · Previous close · USD/JPY')).toBe(false);
  });
});

describe('before-column', () => {
  it('a tariff table\'s "Before" column holds the rate replaced: not marked as the rate in force', () => {
    const blocks = [{ text: '30%', context: 'Additional U.S. tariff rates by partner · Before · China' }];
    const c = claimsOf(blocks, '2025-11-10').find((x) => x.text === '30%');
    expect(c?.indicator ?? null).toBeNull();
    expect(isPreviousRateCell('Tariffs · Before · China')).toBe(true);
  });
});
