import { describe, expect, it } from 'vitest';
import { idsOf, ruleOf } from '../test-engine';

describe('spread: a gap between two yields is not either yield', () => {
  it('"the gap between 10-year Treasury and JGB yields" is no yield', () => {
    expect(ruleOf('The 10-year Treasury yield narrowed to 4.05%.', '4.05%').id).toBe('us.ust_10y_yield');
    expect(ruleOf('The gap between 10-year Treasury and JGB yields narrowed to 2.05%.', '2.05%').id).toBe('-');
  });
});

describe('spread-second-leg: "the gap between 2-year and 10-year yields"', () => {
  it('the name after "and" is the other leg of the spread, not the figure\'s subject', () => {
    const ids = idsOf('That put the gap between 2-year and 10-year yields at roughly 35 basis points.', '2026-07-02');
    expect(ids['35 basis points']).toBe('-');
  });
});

describe('spread-between-sentence', () => {
  it('"The distance between the two policy rates, measured to the top of the Fed\'s range, is 250 basis points" is a spread', () => {
    const s = "The distance between the two policy rates, measured to the top of the Fed's range, is 250 basis points.";
    expect(idsOf(s, '2025-07-24')['250 basis points'] ?? '-').toBe('-');
  });
  it('not past a semicolon: "...; the 10-year yield rose 5 basis points on Friday"', () => {
    const s =
      'The difference between the 10-year yield and its low was small; the 10-year yield rose 5 basis points on Friday.';
    expect(idsOf(s, '2025-07-25')['5 basis points']).toBe('us.ust_10y_yield');
  });
});

describe('spread-to', () => {
  it('"narrow the gap to the Fed\'s range to 125-150 basis points": the spread, not the Fed\'s move', () => {
    expect(
      idsOf(["A June hike would narrow the gap to the Fed's range to 125-150 basis points."], '2026-05-12')[
        '125-150 basis points'
      ] ?? '-',
    ).toBe('-');
  });
  it('"a wide gap with the Fed\'s 3.50%–3.75% range" is still the Fed\'s own range', () => {
    expect(idsOf(["That leaves a wide gap with the Fed's 3.50%–3.75% range."], '2026-01-28')['3.50%–3.75%']).toBe(
      'us.fed_funds_target_upper',
    );
  });
});

describe('curve-inverted-by', () => {
  it('"keeping the curve inverted by about 11 basis points" is the gap between tenors, no 2-year move', () => {
    const s =
      'The 10-year yield ended at 3.83%, with the 2-year note at 3.94%, keeping the curve inverted by about 11 basis points.';
    expect(idsOf([s], '2024-08-14')['11 basis points']).toBe('-');
  });
});

describe('spread-of-figure', () => {
  it('"leaving the curve between the two at a spread of about 60 basis points" is no 10-year move', () => {
    expect(
      idsOf(
        ['The 10-year yield slipped 2 basis points to 4.22%, leaving the curve at a spread of about 60 basis points.'],
        '2025-08-28',
      )['60 basis points'],
    ).toBe('-');
  });
});

describe('spread-not-carried', () => {
  it('"..., narrowing the gap over Treasuries to 158 basis points": the spread is not the Bund yield named before', () => {
    const ids = idsOf(
      'The 10-year Bund yield rose 4 basis points to 2.62%, narrowing the gap over Treasuries to 158 basis points.',
      '2025-06-04',
    );
    expect([ids['2.62%'], ids['158 basis points'] ?? '-']).toEqual(['de.bund_10y_yield', '-']);
  });
  it('"a pickup from 2.4%" names no spread: the reading before is still carried', () => {
    const ids = idsOf(['Core CPI rose 3.0% in November.', 'That was a pickup from 2.4% in October.'], '2024-12-20');
    expect(ids['2.4%']).toBe('us.core_cpi_yoy');
  });
  it('nor a yield named in the sentence before', () => {
    const ids = idsOf(
      ['The 10-year Treasury yield ended at 4.35%.', 'That left the gap over Bunds at 160 basis points.'],
      '2025-06-04',
    );
    expect(ids['160 basis points'] ?? '-').toBe('-');
  });
});

describe('above-the-benchmark', () => {
  it('"left it $5.11 above the U.S. grade" is the Brent-WTI gap, neither price', () => {
    expect(
      idsOf("Brent's narrower loss left it $5.11 above the U.S. grade at the close.", '2025-04-03')['$5.11'] ?? '-',
    ).toBe('-');
  });
});
