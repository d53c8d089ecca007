import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from './tokens';
import { leadPeriod, periodFor, periodLabel, periodPhrases } from './periods';
import { contextOf } from '../../tests/helpers/context-of';
import { extractNumbers } from './extract';
import type { ClaimPeriod } from './types';
import { cellVerdictOf, claimsOf, verdictOf } from './test-engine';

/** Friday 23 May 2025. */
const PUB = '2025-05-23';

function only(text: string, published = PUB): ClaimPeriod | null {
  // A barrier ("since June 2020") is where a number's reach ends, never a period.
  const found = periodPhrases(text, 0, text.length, published).filter((f) => !f.barrier);
  expect(found.length, `${text}: ${JSON.stringify(found)}`).toBeLessThanOrEqual(1);
  return found[0]?.period ?? null;
}

/** The period readContext gives the number written `numberText` in a one-sentence text. */
function claimPeriod(text: string, numberText: string, published = PUB): ClaimPeriod | null {
  return contextOf(text, numberText, published).period;
}

describe('period phrases resolved against the publication date', () => {
  it('"this week": from the close before Monday 19 May to the article date', () => {
    expect(only('The index rose 1% this week')).toMatchObject({ type: 'span', from: '2025-05-18', to: '2025-05-23' });
    // Published on the Sunday, the week is still the one of 19 May.
    expect(only('The index rose 1% this week', '2025-05-25')).toMatchObject({ from: '2025-05-18', to: '2025-05-25' });
    // Published on the Monday, it is the new week.
    expect(only('The index rose 1% this week', '2025-05-26')).toMatchObject({ from: '2025-05-25', to: '2025-05-26' });
  });

  it('"last week": the whole previous calendar week', () => {
    expect(only('It fell 2% last week')).toMatchObject({ type: 'span', from: '2025-05-11', to: '2025-05-18' });
  });

  it('"year-to-date" and "YTD": from the last close of the previous year', () => {
    expect(only('up 5% year-to-date')).toMatchObject({ type: 'span', from: '2024-12-31', to: PUB });
    expect(only('up 5% YTD', '2026-01-09')).toMatchObject({ from: '2025-12-31', to: '2026-01-09' });
  });

  it('on-the-year: "up 47% on the year" and "up 17.1% for the year" run from the last close of the year before', () => {
    expect(only('Bitcoin is up 47% on the year')).toMatchObject({ type: 'span', from: '2024-12-31', to: PUB });
    expect(only('leaving the index up 17.1% for the year')).toMatchObject({
      type: 'span',
      from: '2024-12-31',
      to: PUB,
    });
    // Not "the year before" or "the year earlier"; in the first days of January, the year just ended.
    expect(only('up 3% on the year before')).toBeNull();
    expect(only('up 13.1% for the year', '2026-01-02')).toMatchObject({ from: '2024-12-31', to: '2025-12-31' });
  });

  it('last-weekday: "last Friday" in a Friday\'s article is the Friday a week before', () => {
    expect(only('up from 3.97% last Friday', '2026-03-06')).toMatchObject({ type: 'span', to: '2026-02-27' });
    expect(only('up from 3.97% last Friday', '2026-03-09')).toMatchObject({ type: 'span', to: '2026-03-06' });
  });

  it('year-move: "ended 2025 roughly 7% lower" is the move over 2025', () => {
    expect(only('the coin ended 2025 roughly 7% lower', '2026-01-02')).toMatchObject({
      type: 'span',
      from: '2024-12-31',
      to: '2025-12-31',
    });
    expect(only('finished last year up 16.4%', '2026-03-02')).toMatchObject({ from: '2024-12-31', to: '2025-12-31' });
    expect(only('the gauge closed the year with a 31 per cent gain', '2025-12-31')).toMatchObject({
      from: '2024-12-31',
      to: '2025-12-31',
    });
  });

  it('year-end-close: "finished last year at" and, around the turn of a year, "closed the year at" are its last session', () => {
    expect(only('had finished last year at 50,339.48', '2026-02-03')).toMatchObject({
      to: '2025-12-31',
      lastSession: true,
    });
    expect(only('closed the year at 6,845.50', '2026-01-02')).toMatchObject({ to: '2025-12-31', lastSession: true });
    // In June "closed the year" names no year.
    expect(only('closed the year at 6,845.50', '2026-06-02')).toBeNull();
  });

  it('year-start: "where it started the year (4.18%)" dates the level after it, not the one before', () => {
    const text = '3.58%, below where they started the year (4.18%)';
    const found = periodPhrases(text, 0, text.length, '2026-06-16');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ forward: true, period: { to: '2025-12-31', lastSession: true } });
    expect(only('began 2026 at 4.18%', '2026-06-16')).toMatchObject({ to: '2025-12-31', lastSession: true });
  });

  it('since-year-end: "Measured from where they closed 2025" runs from 2025\'s last session to the article', () => {
    expect(only('Measured from where they closed 2025, the index is up 8.7%', '2026-02-03')).toMatchObject({
      type: 'span',
      from: '2025-12-31',
      to: '2026-02-03',
    });
  });

  it('month-range-quarter: "in the July-September quarter" is Q3, not July', () => {
    expect(only('shrank 1.8% in the July-September quarter', '2026-02-03')).toMatchObject({ period: '2025-Q3' });
    expect(only('0.5% in the January-March quarter', '2025-05-02')).toMatchObject({ period: '2025-Q1' });
  });

  it('month-range-quarter: "in the April to June period" is Q2; "from April to June" stays a span of months', () => {
    expect(only('expanded by 3.0 percent in the April to June period', '2025-07-30')).toMatchObject({
      period: '2025-Q2',
    });
    expect(only('rose 3.0 percent from April to June', '2025-07-30')).toMatchObject({ type: 'span' });
  });

  it('compared-with-last-week: "an 11.7% drop compared with last week" is not a move over last week\'s sessions', () => {
    const text = 'Bitcoin is down 1.4% to $92,745, an 11.7% drop compared with last week.';
    expect(only(text, '2025-11-17')).toBeNull();
    // "last week" alone still is last week.
    expect(only('Bitcoin fell 10.6% last week.', '2025-11-17')).toMatchObject({ type: 'span', label: 'last week' });
  });

  it('below-where-it-finished: "to 6,798.40, slipping below where it finished 2025" is the day\'s level', () => {
    const text = 'The S&P 500 fell 84.32 points to 6,798.40, slipping below where it finished 2025.';
    // It dates only what follows it ("below where it ended 2024, at 39,894.54" keeps that close).
    expect(periodPhrases(text, 0, text.length, '2026-02-05').every((f) => f.forward)).toBe(true);
    expect(verdictOf(text, '6,798.40', '2026-02-05')).toBe('matches');
    // "after finishing 2025 at 6,845.50" still dates its level.
    const after = 'The index, after finishing 2025 at 6,845.50, fell 1%.';
    expect(periodPhrases(after, 0, after.length, '2026-02-05')).toHaveLength(1);
  });

  it('published-in-month: "the 22,000 gain first published in early September" is not September\'s figure', () => {
    const t =
      "August's payrolls now show a decline of 4,000, against the 22,000 gain first published in early September.";
    const found = periodPhrases(t, 0, t.length, '2025-11-20');
    expect(found.filter((f) => !f.barrier).map((f) => t.slice(f.start, f.end))).toEqual(['August']);
  });

  it('erased-gains-frame: "fell 3.46 percent, wiping out ... its gains for 2026" is the day\'s move, not the year\'s', () => {
    expect(
      only('In Paris, the CAC 40 fell 3.46 percent, wiping out what remained of its gains for 2026.', '2026-03-03'),
    ).toBeNull();
    // The year still dates a figure of its own after "to".
    expect(only('The index slipped 1%, trimming its gain for 2026 to 4%.', '2026-03-03')).not.toBeNull();
  });

  it('day-close-of and from-day-close-to-move: "its retreat from the May 19 close of 4.67% to 22 basis points"', () => {
    const text = 'The yield fell to 4.45%, bringing its retreat from the May 19 close of 4.67% to 22 basis points.';
    const found = periodPhrases(text, 0, text.length, '2026-05-28');
    // day-close-of: the day dates the close's own figure.
    expect(found.find((f) => text.slice(f.start, f.end) === 'May 19')).toMatchObject({ forward: true });
    // from-day-close-to-move: the move after "to" runs from that close to the article.
    expect(found.find((f) => text.slice(f.start, f.end) === ' to')?.period).toMatchObject({
      type: 'span',
      from: '2026-05-19',
      to: '2026-05-28',
    });
  });

  it('next-meeting: "with the next meeting set for January 22-23" dates the meeting, not the rate before it', () => {
    const text = 'The policy rate stands at 0.5%, with the next meeting set for January 22-23.';
    const found = periodPhrases(text, 0, text.length, '2026-01-16');
    expect(found.every((f) => f.forward)).toBe(true);
    const ends = 'The policy rate stands at 0.5%, and the next meeting ends on March 19.';
    expect(periodPhrases(ends, 0, ends.length, '2026-01-16').every((f) => f.forward)).toBe(true);
  });

  it('twelve-months-through: "in the 12 months through February" and "the year to May" name a month', () => {
    const one = 'Consumer prices rose 3.1% in the 12 months through February.';
    expect(periodPhrases(one, 0, one.length, '2024-03-20').map((f) => f.period)).toEqual([
      { type: 'point', period: '2024-02', label: 'the 12 months through February' },
    ]);
    const two = 'Prices rose 3.4% in the year to May 2024.';
    expect(periodPhrases(two, 0, two.length, '2024-06-20').map((f) => f.period)).toEqual([
      { type: 'point', period: '2024-05', label: 'the year to May 2024' },
    ]);
  });

  it('pushed-out-to: "pushed the first cut out to the fourth quarter" dates an expected event, not a figure', () => {
    const text = 'Core CPI at 3.8% has pushed the first fully priced cut out to the fourth quarter.';
    expect(periodPhrases(text, 0, text.length, '2024-04-29').every((f) => f.forward)).toBe(true);
  });

  it('may-label: "HICP, May: 2.2%" dates the row by its month', () => {
    const text = 'HICP, May: 2.2%';
    expect(periodPhrases(text, 0, text.length, '2025-07-01').map((f) => f.period)).toMatchObject([
      { type: 'point', period: '2025-05' },
    ]);
  });

  it('day-level-of: "after Thursday\'s record close of" dates the close by Thursday', () => {
    const text = "The index slipped on Friday after Thursday's record close of 45,303.43.";
    const found = periodPhrases(text, 0, text.length, '2025-09-19');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['on Friday', 'Thursday']);
    const other = 'The index slipped on Friday after Thursday saw heavy selling.';
    expect(periodPhrases(other, 0, other.length, '2025-09-19')).toHaveLength(1);
  });

  it('week-ended: "and ended the week 4.6% higher" dates the move after it, not the day\'s before it', () => {
    const ids = claimsOf('The Nikkei rose 1.43%, adding 566.21 points, and ended the week 4.6% higher.', '2025-06-27');
    const byText = Object.fromEntries(ids.map((c) => [c.text, c.period ? periodLabel(c.period) : null]));
    expect(byText['4.6%']).toBe('2025-06-22/2025-06-27');
    expect(byText['566.21 points']).toBeNull();
  });

  it('from-close-to: "from Tuesday\'s close, reaching 4.147%" dates neither the move nor the level', () => {
    const t = "The yield rose 1.90 basis points from Tuesday's close, reaching 4.147%.";
    expect(periodPhrases(t, 0, t.length, '2025-12-31')).toEqual([]);
  });

  it('week-column: a "Week" column header dates its cells, whatever spans the caption names', () => {
    const text = 'Moves since January and over five days · Week · EUR/USD';
    const found = periodPhrases(text, 0, text.length, '2025-08-08');
    const week = found.find((f) => text.slice(f.start, f.end) === 'Week');
    expect(week?.period).toMatchObject({ type: 'span', to: '2025-08-08' });
    expect(periodPhrases('Weekly outlook', 0, 14, '2025-08-08')).toEqual([]);
  });

  it('that-day: "on the day" after a named day is that day\'s session, not the article\'s', () => {
    const text = "At Thursday's close the pound stood at 1.3434, up 0.6% on the day.";
    const found = periodPhrases(text, 0, text.length, '2025-08-08');
    expect(found.at(-1)!.period).toMatchObject({ from: '2025-08-06', to: '2025-08-07' });
    const alone = 'The pound was up 0.6% on the day.';
    expect(periodPhrases(alone, 0, alone.length, '2025-08-08')[0]!.period).toMatchObject({ to: '2025-08-08' });
  });

  it('year-rate-month: "up 2.9% on the year in March" is a yearly rate for March, not a move since January', () => {
    const text = 'Prices were up 2.9% on the year in March.';
    const found = periodPhrases(text, 0, text.length, '2025-04-20');
    expect(found.map((f) => f.period)).toEqual([{ type: 'point', period: '2025-03', label: 'March' }]);
    const market = 'The index is up 9.1% on the year.';
    expect(periodPhrases(market, 0, market.length, '2025-04-20')[0]!.period).toMatchObject({ type: 'span' });
  });

  it('from-month: "up $4.2 billion from June" starts the move in June; it is not June\'s figure', () => {
    const text = 'Holdings climbed $4.2 billion from June.';
    const [f] = periodPhrases(text, 0, text.length, '2025-09-18');
    expect(f).toMatchObject({ barrier: true, period: { period: '2025-06' } });
    const own = "Sales slowed from June's 0.9% pace.";
    expect(periodPhrases(own, 0, own.length, '2025-09-18')[0]?.barrier).toBeUndefined();
  });

  it('since-end-of-last-year: "up 2.1% since the end of last year" runs from the last year\'s close', () => {
    const text = 'The gauge is up 2.1% since the end of last year.';
    expect(periodPhrases(text, 0, text.length, '2024-05-15')[0]?.period).toMatchObject({
      type: 'span',
      from: '2023-12-31',
      to: '2024-05-15',
    });
  });

  it('since-last-month-name: "where it has sat since last June" is a level held since then, not June\'s', () => {
    const text = 'The range holds at 4.25%–4.50%, where it has sat since last June.';
    expect(periodPhrases(text, 0, text.length, '2025-03-10')[0]).toMatchObject({ barrier: true });
  });

  it('event-of-owner: "the Bank of Canada\'s Sept. 4 decision" dates the decision, not a figure', () => {
    const text = "The overnight rate sits at 4.5%, and the Bank of Canada's Sept. 4 decision is a coin toss.";
    expect(periodPhrases(text, 0, text.length, '2024-08-20')[0]).toMatchObject({ barrier: true });
    const own = 'The bank held the rate at 4.5% at its Sept. 4 meeting.';
    expect(periodPhrases(own, 0, own.length, '2024-09-05')[0]?.barrier).toBeUndefined();
  });

  it('since-last-price: "since the final noon rate of 2025" runs from that year\'s last weekday', () => {
    const text = 'The won is 1.1% firmer since the final noon rate of 2025.';
    expect(periodPhrases(text, 0, text.length, '2026-01-20')[0]?.period).toMatchObject({ from: '2025-12-31' });
    const its = 'The gauge has added 9.5% since its final close of 2024.';
    expect(periodPhrases(its, 0, its.length, '2025-06-03')[0]?.period).toMatchObject({ from: '2024-12-31' });
  });

  it('measured-from-year-end: "Measured from the end of 2024, ..." opens a span to the article', () => {
    const text = 'Measured from the end of 2024, the two metals are up 90% and 40%.';
    expect(periodPhrases(text, 0, text.length, '2025-12-23')[0]?.period).toMatchObject({
      type: 'span',
      from: '2024-12-31',
    });
  });

  it('sessions-since-clause: "Over the three sessions since the plan was published on April 2," opens a span', () => {
    const text = 'Over the three sessions since the plan was published on April 2, the index has shed 11.6%.';
    expect(periodPhrases(text, 0, text.length, '2025-04-07')[0]?.period).toMatchObject({
      type: 'span',
      from: '2025-04-02',
    });
  });

  it('label-colon-day: "$43.875 (Tuesday: $44.325)" dates the figure after the colon only', () => {
    const text = 'Silver: $43.875 (Tuesday: $44.325)';
    expect(periodPhrases(text, 0, text.length, '2025-09-24')[0]).toMatchObject({ forward: true });
  });

  it('contract-month: "February futures at $4,398.50" names a contract, not a period', () => {
    expect(only('February futures were at $4,398.50 an ounce', '2026-01-02')).toBeNull();
    expect(only('crude futures for October settlement gained 1.1%', '2025-09-10')).toBeNull();
    // a-month-event: "a September Fed cut" is an expected event, not a period.
    expect(only('traders price a September Fed cut', '2025-08-08')).toBeNull();
    expect(only('rose 2% in February', '2026-03-10')).toMatchObject({ period: '2026-02' });
  });

  it('since-last-session: "up 7.6% since the last session of 2025" runs from that close to the article', () => {
    expect(only('up 7.6%, since the last session of 2025', '2026-01-16')).toMatchObject({
      from: '2025-12-31',
      to: '2026-01-16',
    });
  });

  it('week-earlier-move: "up 34.2% from a week earlier" is the move from the same day a week before', () => {
    expect(only('is now up 34.2% from a week earlier', '2026-03-06')).toMatchObject({
      from: '2026-02-27',
      to: '2026-03-06',
    });
  });

  it('since-possessive: "lost about 1.6% since last Friday\'s 1.1805" dates the move before it too', () => {
    const text = "has lost about 1.6% since last Friday's 1.1805";
    const [f] = periodPhrases(text, 0, text.length, '2026-03-06');
    expect(f?.forward).toBeUndefined();
  });

  it('month-high: "near February highs at $97,500" dates no figure; "its January high of $108,786" dates the high', () => {
    const near = 'Bitcoin remained near February highs at $97,500';
    expect(periodPhrases(near, 0, near.length, '2025-05-07')).toEqual([]);
    const of = 'below its January all-time high of $108,786';
    expect(periodPhrases(of, 0, of.length, '2025-05-07')[0]).toMatchObject({
      forward: true,
      period: { period: '2025-01' },
    });
  });

  it('from-close-to: "from Monday\'s close to 2.130 percent" dates neither the start nor the new level', () => {
    const text = "rose 0.015 percentage point from Monday's close to 2.130 percent";
    expect(periodPhrases(text, 0, text.length, '2026-01-06')).toEqual([]);
  });

  it('month-episode: "lost 2.2% as chip stocks gave back part of their June rally" is not June\'s move', () => {
    const text = 'the Nasdaq lost 2.2% as chip stocks gave back part of their June rally';
    expect(periodPhrases(text, 0, text.length, '2026-06-23')).toEqual([]);
  });

  it('months-quarter: "in the first three months of 2025" is Q1 2025', () => {
    expect(only('shrank 0.5% in the first three months of 2025', '2025-08-28')).toMatchObject({ period: '2025-Q1' });
  });

  it('"in February": the latest February on or before the article', () => {
    expect(only('prices rose 3.5% in February')).toEqual({ type: 'point', period: '2025-02', label: 'February' });
    expect(only('prices rose 3.5% in February', '2025-01-15')).toMatchObject({ period: '2024-02' });
    expect(only('prices rose 3.5% in June')).toMatchObject({ period: '2024-06' });
    // The article's own month counts.
    expect(only('prices rose 3.5% in April', '2025-04-30')).toMatchObject({ period: '2025-04' });
  });

  // Engine bug: "May" on its own is dropped as the verb even after "in", so "in May" has no period.
  it('"in May" is the month of May', () => {
    expect(only('prices rose 3.5% in May')).toMatchObject({ type: 'point', period: '2025-05' });
  });

  it('"in February 2025" keeps its year whatever the article date', () => {
    expect(only('prices rose 3.5% in February 2025', '2026-03-01')).toMatchObject({ type: 'point', period: '2025-02' });
  });

  it('quarters: "Q1 2025", "the first quarter", "fourth quarter" early in a year', () => {
    expect(only('GDP grew 0.3% in Q1 2025')).toEqual({ type: 'point', period: '2025-Q1', label: 'Q1 2025' });
    expect(only('GDP grew 0.3% in the first quarter')).toMatchObject({ type: 'point', period: '2025-Q1' });
    expect(only('GDP grew 0.3% in the fourth quarter', '2025-02-10')).toMatchObject({ period: '2024-Q4' });
    expect(only('in the first quarter of 2024')).toMatchObject({ period: '2024-Q1' });
  });

  it('"on Tuesday": the day before the article\'s Friday week, from the session before it', () => {
    expect(only('It fell 1% on Tuesday')).toMatchObject({ type: 'span', from: '2025-05-19', to: '2025-05-20' });
    // A Friday named in a Monday article is the Friday before; its base is Thursday.
    expect(only('It fell 1% on Friday', '2025-05-26')).toMatchObject({ from: '2025-05-22', to: '2025-05-23' });
    // A Monday's base is the Friday before the weekend.
    expect(only('It fell 1% on Monday')).toMatchObject({ from: '2025-05-16', to: '2025-05-19' });
  });

  it('"in four days" / "in four sessions": a four-session window in the year before', () => {
    const w = { type: 'window', sessions: 4, within: { from: '2024-05-22', to: PUB } };
    expect(only('The S&P 500 dropped 12% in four days')).toMatchObject(w);
    expect(only('The S&P 500 dropped 12% in four sessions')).toMatchObject(w);
    expect(only('It rose 5% in two weeks')).toMatchObject({ type: 'window', sessions: 10 });
    expect(only('It rose 5% in 3 trading days')).toMatchObject({ type: 'window', sessions: 3 });
  });

  it('"early 2025" and "late 2024"', () => {
    expect(only('It peaked in early 2025')).toMatchObject({ type: 'span', from: '2025-01-01', to: '2025-04-30' });
    expect(only('It peaked in late 2024')).toMatchObject({ type: 'span', from: '2024-09-01', to: '2024-12-31' });
  });

  it('a day of a month: "on May 20"', () => {
    expect(only('It closed at 5,100 on May 20')).toMatchObject({ type: 'span', from: '2025-05-19', to: '2025-05-20' });
    // Not a day of the calendar: no period.
    expect(only('It closed at 5,100 on February 30')).toBeNull();
  });

  it('a day written before its month: "on 5 January" is that day, not the month', () => {
    expect(only('The onshore rate closed at 7.19 on 5 May')).toMatchObject({
      type: 'span',
      from: '2025-05-02',
      to: '2025-05-05',
    });
    expect(only('trading at about 3,890 on 27 October 2024')).toMatchObject({ to: '2024-10-27' });
    expect(claimPeriod('The index was trading at about 3,350 on 20 May', '3,350')).toMatchObject({ to: '2025-05-20' });
    // A decimal's tail is no day: "6.27 October" stays the month.
    expect(only('rose to 6.27 October')).toMatchObject({ type: 'point', period: '2024-10' });
  });

  it('a possessive period names what follows it: "below Tuesday\'s record" is not the period of the number before', () => {
    const text = "The S&P 500 closed Wednesday at 5,890.59, just below Tuesday's record close of 5,890.89";
    expect(claimPeriod(text, '5,890.59')).toMatchObject({ type: 'span', to: '2025-05-21' });
    expect(claimPeriod(text, '5,890.89')).toMatchObject({ type: 'span', to: '2025-05-20' });
    expect(claimPeriod('Gold rose 1.2%, extending Thursday\u2019s gains', '1.2%')).toBeNull();
    const ahead =
      "The Fed has held its range at 4.25%-4.50%, and nothing in Thursday's data argues for a cut at the June 17 meeting";
    expect(claimPeriod(ahead, '4.25%-4.50%')).toBeNull();
  });

  it('a move since a named day: "down 32% since October 8" runs from that day\'s close to the article', () => {
    expect(claimPeriod('Ether is down 32% since October 8', '32%')).toMatchObject({
      type: 'span',
      from: '2024-10-08',
      to: PUB,
    });
    expect(claimPeriod('the yen has lost 1.7% since Jan. 2', '1.7%')).toMatchObject({ from: '2025-01-02', to: PUB });
    expect(claimPeriod('Brent has risen by 59 per cent since the end of February', '59 per cent')).toMatchObject({
      from: '2025-02-28',
      to: PUB,
    });
    // No move before "since": a record compared with, not the claim's period.
    expect(claimPeriod('Gold hit $3,400, the highest level since October 8', '$3,400')).toBeNull();
  });

  it('a move since a weekday: "up 4.3 pct since Friday" runs from that Friday\'s close to the article', () => {
    // Wednesday 8 October 2025: the Friday before is 3 October.
    expect(
      claimPeriod('The Nikkei closed at 47,734.99, up 4.3 pct since Friday', '4.3 pct', '2025-10-08'),
    ).toMatchObject({
      type: 'span',
      from: '2025-10-03',
      to: '2025-10-08',
    });
    // On a Friday, "since Friday" is the Friday before.
    expect(claimPeriod('Oil is down 3% since Friday', '3%')).toMatchObject({ from: '2025-05-16', to: PUB });
    // No move before "since": a record compared with, not the claim's period.
    expect(claimPeriod('Gold hit $3,400, the highest level since Friday', '$3,400')).toBeNull();
  });

  it('a move after "From its April 7 close of 31,136.58," runs from that day\'s close to the article', () => {
    const text = 'From its April 7 close of 31,136.58, the Nikkei has rebounded roughly 45%.';
    const published = '2025-09-29';
    const found = periodPhrases(text, 0, text.length, published);
    const [level, move] = extractNumbers(text);
    expect(periodFor(found, move!.start, move!.end, level!.end, text.length)).toMatchObject({
      type: 'span',
      from: '2025-04-07',
      to: published,
    });
    // The level itself is that day's close (day-close-of), not a move since it.
    expect(periodFor(found, level!.start, level!.end, 0, move!.start, false)).toMatchObject({ to: '2025-04-07' });
    expect(periodFor(found, level!.start, level!.end, 0, move!.start, false)?.label).not.toMatch(/^since/);
  });

  it('a distance from a dated level: "18.3% off its April 7 low" runs from that day\'s close to the article', () => {
    expect(claimPeriod('The rally has lifted the Nikkei 18.3% off its April 7 low', '18.3%')).toMatchObject({
      type: 'span',
      from: '2025-04-07',
      to: PUB,
    });
    expect(claimPeriod('it remains 17.3% above its April 8 close of 4,982.77', '17.3%')).toMatchObject({
      from: '2025-04-08',
      to: PUB,
    });
    expect(claimPeriod('Gold is 6.7% lower than on Jan. 2, when it traded at $2,650', '6.7%')).toMatchObject({
      from: '2025-01-02',
      to: PUB,
    });
  });

  it('a year-end level: "after ending 2024 at 4.57%" is the last session of 2024', () => {
    const text = 'The yield rose 1 basis point to 4.60%, after ending 2024 at 4.57%';
    expect(claimPeriod(text, '4.57%')).toMatchObject({ type: 'span', from: '2024-12-30', to: '2024-12-31' });
    // The after-clause speaks of another time than the figure before it.
    expect(claimPeriod(text, '4.60%')).toBeNull();
    expect(claimPeriod("$1.0389 at the ECB's last reference fixing of 2024", '$1.0389')).toMatchObject({
      to: '2024-12-31',
    });
    // 2022 ended on a Saturday: its last session was Friday 30 December.
    expect(only('the index closed 2022 at 3,839.50')).toMatchObject({ to: '2022-12-30' });
  });

  it('year-end keeps its year: a move after "the last fixing of 2024" is the year\'s, not that session\'s', () => {
    const text = "$1.0389 at the ECB's last reference fixing of 2024, leaving the euro down 6.2% for the year";
    expect(claimPeriod(text, '$1.0389')).toMatchObject({ type: 'span', to: '2024-12-31' });
    expect(claimPeriod(text, '6.2%')).toEqual({ type: 'point', period: '2024', label: '2024' });
  });

  it('the first session of a year: "on First Trading Day of 2025" is 2 January 2025', () => {
    expect(only('Bitcoin Hovers Near $96K on First Trading Day of 2025')).toMatchObject({
      type: 'span',
      from: '2024-12-31',
      to: '2025-01-02',
    });
    // 2 January 2022 was a Sunday: the first session was Monday 3 January.
    expect(only('the first session of 2022')).toMatchObject({ to: '2022-01-03' });
  });

  it('a dated past level: "off its late-December highs" dates that level, not the figure', () => {
    expect(claimPeriod('Dollar-yen: 157.10, with the pair off its late-December highs', '157.10')).toBeNull();
    expect(claimPeriod('Gold traded at $3,300, below the April 21 record', '$3,300')).toBeNull();
    // Not a level's date: the month of the figure.
    expect(claimPeriod('Exports rose 3% in the April data', '3%')).toMatchObject({ period: '2025-04' });
  });

  it('an after-clause: "to 4.25% to 4.5%, following a similar cut in March" dates the earlier event, not the figure', () => {
    const text = 'The Fed cut by 25 basis points, to a target range of 4.25% to 4.5%, following a similar cut in March';
    expect(claimPeriod(text, '4.25% to 4.5%')).toBeNull();
    expect(claimPeriod('Exports rose 3%, driven by cars, in March', '3%')).toMatchObject({ period: '2025-03' });
  });

  it('a level held since a day holds now: "has been 4.25%-4.50% since the December 18 cut" takes no later phrase', () => {
    const text =
      "The Fed's target range has been 4.25%-4.50% since the December 18 cut, and we expect no change at the June 18 meeting";
    expect(claimPeriod(text, '4.25%-4.50%')).toBeNull();
  });

  it('"on the day of the decision" is the event\'s day, not the article\'s: no period', () => {
    expect(only('The S&P 500 slipped 0.1% on the day of the decision')).toBeNull();
    expect(only('The yield fell 5 bps on the day')).toMatchObject({ type: 'span', to: PUB });
  });

  it('"since June 2020", "by June 2025", "until March" are not the claim\'s period', () => {
    expect(only('the biggest drop since June 2020')).toBeNull();
    expect(only('a deal by June 2025')).toBeNull();
    expect(only('rates stay put until March')).toBeNull();
    expect(claimPeriod('The S&P 500 fell 4.8%, its biggest drop since June 2020', '4.8%')).toBeNull();
    expect(claimPeriod('The S&P 500 fell 4.8% in March, its biggest drop since June 2020', '4.8%')).toMatchObject({
      period: '2025-03',
    });
  });

  it('"May" alone is the verb, not the month', () => {
    expect(only('Rates may fall 0.25% soon')).toBeNull();
  });

  it("periodFor: nearest phrase after the number, else one before it that is not the previous number's", () => {
    const text = 'CPI rose 3% in April and 2.8% in March';
    const found = periodPhrases(text, 0, text.length, PUB);
    const [a, b] = extractNumbers(text);
    expect(periodFor(found, a!.start, a!.end, 0, b!.start)).toMatchObject({ period: '2025-04' });
    expect(periodFor(found, b!.start, b!.end, a!.end, text.length)).toMatchObject({ period: '2025-03' });
    // A phrase before the number that sits nearer the previous number belongs to that one.
    const chain = 'CPI rose 3% in April, while core prices gained 2.8%';
    const f3 = periodPhrases(chain, 0, chain.length, PUB);
    const [x, y] = extractNumbers(chain);
    expect(periodFor(f3, y!.start, y!.end, x!.end, chain.length)).toBeNull();
  });

  // Engine bug: with no number before it, a phrase that opens the sentence is measured against
  // the sentence start as if that were a previous number, and dropped. "In April, CPI rose 3%"
  // gets no period (and in the engine, "In February 2025, Japan's holdings stood at $1.13 trillion"
  // is judged against the latest month instead of February).
  it('a period phrase opening the sentence belongs to its first number', () => {
    expect(claimPeriod('In April, CPI rose 3%', '3%')).toMatchObject({ period: '2025-04' });
  });

  it('new-clause-verb: "and next meets on Jan. 27" dates the meeting, not the range before it', () => {
    expect(
      claimPeriod('The Fed holds its range at 3.75%-4.00% and next meets on Jan. 27.', '3.75%-4.00%', '2026-01-06'),
    ).toBeNull();
  });

  it('new-clause-verb: a period inside "and closed out December" dates that close, not the move before it', () => {
    const text = 'a year in which the index advanced 26.2% and closed out December at 50,339.48';
    expect(claimPeriod(text, '26.2%', '2026-01-15')).toBeNull();
    expect(claimPeriod(text, '50,339.48', '2026-01-15')).toMatchObject({ type: 'point', period: '2025-12' });
  });

  it('relative-aside: "which cut rates three times in 2025," does not date the figure after the aside', () => {
    expect(
      claimPeriod(
        'The Fed, which cut rates three times in 2025, holds its range at 3.75%-4.00%.',
        '3.75%-4.00%',
        '2026-01-06',
      ),
    ).toBeNull();
    // Without the aside the phrase dates the figure; inside it, the phrase still dates its own figure.
    expect(claimPeriod('The Fed cut three times in 2025 to 3.50%-3.75%.', '3.50%-3.75%', '2026-01-06')).toMatchObject({
      period: '2025',
    });
    expect(claimPeriod('The Fed, which cut to 4.25% in 2025, holds.', '4.25%', '2026-01-06')).toMatchObject({
      period: '2025',
    });
  });

  it('periodLabel', () => {
    expect(periodLabel({ type: 'point', period: '2025-Q1', label: 'Q1 2025' })).toBe('2025-Q1');
    expect(periodLabel({ type: 'span', from: '2025-05-18', to: '2025-05-23', label: 'this week' })).toBe(
      '2025-05-18/2025-05-23',
    );
    expect(periodLabel({ type: 'window', sessions: 4, within: { from: 'a', to: 'b' }, label: 'four days' })).toBe(
      '4 sessions',
    );
  });
});

describe('periodPhrases with word cues', () => {
  const word = fc.constantFrom(
    'this',
    'week',
    'weekly',
    'gain',
    'last',
    'year-to-date',
    'YTD',
    'so',
    'far',
    'year',
    'the',
    'month',
    'in',
    'four',
    'straight',
    'trading',
    'sessions',
    'days',
    'on',
    'Tuesday',
    'today',
    'yesterday',
    'Q1',
    'first-quarter',
    'of',
    'early',
    'mid-2024',
    'late',
    'March',
    'Sept.',
    'May',
    'may',
    'Jan',
    '5,',
    '2025',
    '2024',
    'since',
    'by',
    'rose',
    '3%',
    "June's",
    'S&Q1',
    ',',
    '.',
  );
  it('finds what reading the text finds', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' ')),
        (text) => {
          let cues = 0;
          for (const t of tokenize(text)) cues |= t.lex.cues;
          expect(periodPhrases(text, 0, text.length, '2025-06-04', cues)).toEqual(
            periodPhrases(text, 0, text.length, '2025-06-04'),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('since-start-of-year: "since the start of 2025", written in 2025, is the year to date', () => {
  it('a year-to-date gain is judged from the last close of 2024, not over all of 2025', () => {
    expect(verdictOf('The Nikkei 225 has gained about 20% since the start of 2025.', '20%', '2025-10-06')).toBe(
      'matches',
    );
  });
});

describe('from-day-at: "ending down 187.44 points from Monday at 50,339.48" is the day\'s close', () => {
  it("the level is the article day's, the move is from Monday", () => {
    const s =
      "Tokyo's benchmark Nikkei average finished down 187.44 points, or 0.37 percent, from Monday at 50,339.48.";
    expect(verdictOf(s, '50,339.48', '2025-12-30')).toBe('matches');
    expect(verdictOf(s, '0.37 percent', '2025-12-30')).toBe('matches');
  });
});

describe('frame-year', () => {
  it('"the best month of 2024" frames a ranking: the month named is the period', () => {
    const t = 'For the Dow, November was the strongest month of 2024, with a gain of 7.5%.';
    const found = periodPhrases(t, 0, t.length, '2024-12-02');
    expect(found.map((f) => f.period)).toEqual([{ type: 'point', period: '2024-11', label: 'November' }]);
  });

  it('a year that is the period stays one', () => {
    const t = 'Stocks gained 23% in 2024.';
    expect(periodPhrases(t, 0, t.length, '2025-01-10').map((f) => f.period)).toEqual([
      { type: 'point', period: '2024', label: '2024' },
    ]);
  });
});

describe('ranking-frame', () => {
  it('"one of its biggest one-day gains this year" frames the ranking; the figure is the day\'s move', () => {
    const t = 'The index jumped 3,297.46 points, one of its biggest one-day gains this year.';
    expect(periodPhrases(t, 0, t.length, '2026-06-15')).toEqual([]);
  });

  it('"ended at their lowest closes of 2026" frames the closes; "lost 1.52%" is the day\'s move', () => {
    const t = 'The S&P 500 lost 1.52% and all three major U.S. indexes ended at their lowest closes of 2026.';
    expect(periodPhrases(t, 0, t.length, '2026-03-12')).toEqual([]);
  });

  it('"its highest close of the month" frames the close; the move beside it is the day\'s', () => {
    const t = "Brent's move took it to its highest close of the month, while WTI rose 2.8% to $96.01.";
    expect(periodPhrases(t, 0, t.length, '2026-03-18')).toEqual([]);
    const u = 'WTI rose 2.8% over the month.';
    expect(periodPhrases(u, 0, u.length, '2026-03-18').map((f) => f.period.label)).toEqual(['this month']);
  });

  it('"this year" with no ranking before it is the period', () => {
    const t = 'The index has gained 3,297.46 points this year.';
    expect(periodPhrases(t, 0, t.length, '2026-06-15').map((f) => f.period.label)).toEqual(['year-to-date']);
  });
});

describe('than-period-figure', () => {
  it('"slower than January\'s 2.0%": the month dates the figure after it, and "than" is no "an"', () => {
    const t = "Growth was slower than January's 2.0%.";
    expect(periodPhrases(t, 0, t.length, '2026-03-24').map((f) => f.period)).toEqual([
      { type: 'point', period: '2026-01', label: 'January' },
    ]);
  });
});

describe('level-ranking-window', () => {
  it('"its highest fixing in two weeks" frames the level\'s ranking, not a two-week move', () => {
    const t = 'The euro was fixed at 1.0882, its highest fixing in two weeks.';
    expect(periodPhrases(t, 0, t.length, '2024-10-31')).toEqual([]);
  });
  it('a move over two weeks keeps its window', () => {
    const t = 'The euro gained 1.2% in two weeks.';
    expect(periodPhrases(t, 0, t.length, '2024-10-31').map((f) => f.period.type)).toEqual(['window']);
  });
});

describe('from-day-to', () => {
  it('"climbed 685.28 points, or 1.32 percent, from Monday to finish at 52,518.08" is the day\'s move', () => {
    // Stored Nikkei closes: 51,832.80 (Monday 5 Jan 2026), 52,518.08 (Tuesday 6 Jan).
    const s = 'The Nikkei added 685.28 points, or 1.32 percent, from Monday to finish at 52,518.08.';
    expect(verdictOf(s, '1.32 percent', '2026-01-06')).toBe('matches');
  });
});

describe('beside-year-boundary', () => {
  it('"78% above where it ended 2025" runs from the last session of 2025 to the article', () => {
    const t = 'US crude is still some 78% above where it ended 2025.';
    expect(periodPhrases(t, 0, t.length, '2026-05-20').map((f) => f.period)).toEqual([
      { type: 'span', from: '2025-12-31', to: '2026-05-20', label: 'above where it ended 2025' },
    ]);
  });

  it('"below where it started the year" is the same turn of the year', () => {
    expect(verdictOf('Bitcoin is down 11.6% from where it started the year.', '11.6%', '2026-05-20')).toBe('matches');
  });
});

describe('monday-ended-week', () => {
  it('"ended the week at 4.20%" in a Monday story is the Friday before', () => {
    // Stored 10-year: 4.20 on Friday 2025-09-26, 4.15 on Monday 2025-09-29.
    expect(verdictOf('The 10-year Treasury yield ended the week at 4.20%.', '4.20%', '2025-09-29')).toBe('matches');
    expect(verdictOf('The 10-year Treasury yield ended the week at 4.35%.', '4.35%', '2025-09-29')).toBe('differs');
  });
});

describe('month-then-figure', () => {
  it('"finished March 5.1% lower" is March, not 5 March', () => {
    const t = 'The S&P 500 finished March 5.1% lower.';
    expect(periodPhrases(t, 0, t.length, '2026-03-31').map((f) => f.period)).toEqual([
      { type: 'point', period: '2026-03', label: 'March' },
    ]);
  });
});

describe('after-clause-figure', () => {
  it('"after touching 2.073 percent on Dec. 22": the date dates the figure inside the clause', () => {
    const text = 'The 10-year JGB yield fell to 2.066 percent, after touching 2.073 percent on Dec. 22.';
    expect(verdictOf(text, '2.073 percent', '2025-12-30')).not.toBe('inconsistent');
    expect(claimsOf([text], '2025-12-30').find((c) => c.text === '2.073 percent')?.period).toMatchObject({
      to: '2025-12-22',
    });
  });
});

describe('new-clause-subject', () => {
  it('a period after ", and the Nasdaq closed out" dates that clause, not the figure before', () => {
    const text = 'The S&P 500 finished March 5.1% lower, and the Nasdaq closed out the first quarter down 7.1%.';
    expect(verdictOf(text, '5.1%', '2026-03-31')).toBe('matches');
  });
});

describe('opening-period', () => {
  it('"In December 2025," opens the sentence and dates a figure far after it', () => {
    const [c] = claimsOf(
      'In December 2025, Sydney policymakers at the RBA chose once more to keep the cash rate steady at 3.60%.',
      '2026-02-03',
    );
    expect(c?.period && periodLabel(c.period)).toBe('2025-12');
  });
});

describe('weekly-change and weekday-vs-previous', () => {
  it('a "Weekly change" column under "(Friday vs. previous Friday)" is the week\'s move', () => {
    const [f] = periodPhrases('Week at a glance (Friday vs. previous Friday) · Weekly change', 0, 60, '2026-07-17');
    expect(f?.period).toMatchObject({ type: 'span', label: 'this week' });
    const all = periodPhrases('Weekly change · Brent crude · +14.35%', 0, 36, '2026-07-17');
    expect(all.map((x) => x.period.type === 'span' && x.period.label)).toEqual(['this week']);
  });
});

describe('moving-clause', () => {
  it('"eased 0.21% after German orders in July dropped": July dates the other clause', () => {
    const c = claimsOf(
      'The single currency eased 0.21% after German factory orders in July dropped sharply.',
      '2025-09-09',
    ).find((x) => x.text === '0.21%');
    expect(c?.indicator?.id).toBe('fx.eurusd');
    expect(c?.period && periodLabel(c.period)).not.toBe('2025-07');
  });
});

describe('tight-day-before', () => {
  it('"finished Monday around $82,700, essentially unchanged on the week": Monday is the level\'s day', () => {
    const c = claimsOf(
      'Bitcoin finished Monday around $82,700, essentially unchanged on the week, and buyers returned on Tuesday.',
      '2025-03-18',
    ).find((x) => x.text === '$82,700');
    expect(c?.period && periodLabel(c.period)).toBe('2025-03-14/2025-03-17');
  });
});

describe('from-end-phrase', () => {
  it('"climbed from 156.90 yen late Thursday to 158.07 yen": Thursday dates the start, not the level reached', () => {
    const c = claimsOf('The dollar climbed from 156.90 yen late Thursday to 158.07 yen.', '2026-01-09').find(
      (x) => x.text === '158.07 yen',
    );
    expect(c?.indicator?.id).toBe('fx.usdjpy');
    expect(c?.period).toBeNull();
  });
});

describe('than-year-end', () => {
  it('"55 basis points higher than at the end of 2024" runs from that year-end to the article', () => {
    const [f] = periodPhrases('about 55 basis points higher than at the end of 2024', 0, 52, '2025-10-30');
    expect(f?.period).toMatchObject({ type: 'span', from: '2024-12-31', to: '2025-10-30' });
  });
});

describe('looking-back-at', () => {
  it('"back at 2025, ... the S&P 500 put on 16%" is the year 2025', () => {
    const c = claimsOf('Cast your mind back at 2025, a year in which the S&P 500 put on 16%.', '2026-01-02').find(
      (x) => x.text === '16%',
    );
    expect(c?.period && periodLabel(c.period)).toBe('2025');
  });
});

describe('week-earlier-level', () => {
  // Stored USD/JPY: 145.93 on 2025-04-04, 143.57 on 2025-04-11.
  it('"down from 145.93 a week earlier" is the close of the same weekday a week before', () => {
    const s = 'The dollar ended at 143.57 yen, down from 145.93 a week earlier.';
    const c = claimsOf(s, '2025-04-11').find((x) => x.text === '145.93');
    expect(c?.period && periodLabel(c.period)).toBe('2025-04-03/2025-04-04');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});

describe('week-ago-column and change-on-week', () => {
  it('"A week ago" and "Change on week" columns', () => {
    const [a] = periodPhrases('The week in review · A week ago · Brent', 0, 38, '2026-07-31');
    expect(a?.period).toMatchObject({ type: 'span', to: '2026-07-24' });
    const [b] = periodPhrases('The week in review · Change on week · Brent', 0, 42, '2026-07-31');
    expect(b?.period).toMatchObject({ type: 'span', label: 'this week' });
  });
});

describe('since-start-of-month', () => {
  it('"down 30.0% since the start of January" written in July runs from the last session of December', () => {
    const [f] = periodPhrases('It is down 30.0% since the start of January, though', 0, 50, '2026-07-02');
    expect(f?.period).toMatchObject({ type: 'span', from: '2025-12-31', to: '2026-07-02' });
  });
});

describe('going-into and the-five-sessions', () => {
  it('"over the five sessions" in a weekly wrap is this week; "going into the July 28-29 meeting" dates no level', () => {
    const [f] = periodPhrases('adding 311.41 points over the   five sessions, while', 0, 52, '2026-06-26');
    expect(f?.period).toMatchObject({ type: 'span', label: 'this week' });
    const c = claimsOf(
      "The Fed's target range sits at 3.50%–3.75% going into the July 28-29 meeting.",
      '2026-07-02',
    ).find((x) => x.text === '3.50%–3.75%');
    expect(c?.period).toBeNull();
  });
});

describe('stop 18 period rules', () => {
  it('since-event-on-day: "since the day of the first cut on Sept. 18" runs from that day', () => {
    expect(
      only('The yield is up 80 basis points since the day of the first cut on Sept. 18', '2024-12-18'),
    ).toMatchObject({
      type: 'span',
      from: '2024-09-18',
      to: '2024-12-18',
    });
  });

  it('than-month-end: "higher than at the end of December" runs from that month’s last session', () => {
    expect(only('It is 43.3% higher than at the end of December', '2026-01-30')).toMatchObject({
      type: 'span',
      from: '2025-12-31',
      to: '2026-01-30',
    });
  });

  it('since-event-in: "since the first cut in August 2024" is no period of the month (a barrier)', () => {
    expect(only('Since the first cut in August 2024 the rate is down 100 basis points', '2025-05-08')).toBeNull();
    expect(only('Since the easing cycle began last June the bank has cut 225 bps', '2025-03-12')).toBeNull();
  });

  it('may-noun: a capital "May" before a noun of a month’s figure is the month; the verb is not', () => {
    expect(only('well above its May average of $3,309', '2025-06-13')).toMatchObject({
      type: 'point',
      period: '2025-05',
    });
    expect(only('prices may average $3,309', '2025-06-13')).toBeNull();
  });

  it('week-earlier-level: a level in won or yuan before "a week earlier" is that day’s', () => {
    expect(only('up from 1,364.93 won a week earlier', '2025-06-21')).toMatchObject({
      from: '2025-06-12',
      to: '2025-06-13',
    });
  });

  it('trailing-week and trailing-month: "over the past week" on a Monday is seven days, not the day', () => {
    expect(only('The index added 2.1 percent over the past week', '2026-01-12')).toMatchObject({
      from: '2026-01-05',
      to: '2026-01-12',
    });
    expect(only('The index added 3.1 percent over the past month', '2026-01-12')).toMatchObject({
      from: '2025-12-12',
      to: '2026-01-12',
    });
  });

  it('trailing-days: "in the past 7 days" ends at the article, not an episode earlier in the year', () => {
    expect(only('up 6% in the past 7 days', '2025-10-08')).toMatchObject({
      type: 'span',
      from: '2025-10-01',
      to: '2025-10-08',
    });
    expect(only('a 6% gain in four days', '2025-10-08')).toMatchObject({ type: 'window', sessions: 4 });
  });

  it('year-started: "Since the year started" is the year to date', () => {
    expect(only('Since the year started the gauge is 9% lower', '2025-10-08')).toMatchObject({
      from: '2024-12-31',
      to: '2025-10-08',
    });
  });
});

describe('event-day', () => {
  it('"before the ECB’s meeting on Thursday" names the meeting’s day, not the figure’s', () => {
    expect(only('The euro was set at $1.0897 before the ECB meeting on Thursday', '2024-10-16')).toBeNull();
    expect(only('The euro was set at $1.0897 on Thursday', '2024-10-17')).toMatchObject({ to: '2024-10-17' });
  });
});

describe('since-clause-on-day', () => {
  it('"Since the first strikes on February 28," opening a sentence starts the span on that day', () => {
    expect(only('Since the first strikes on February 28, Brent has gained 26%', '2026-03-10')).toMatchObject({
      from: '2026-02-28',
      to: '2026-03-10',
    });
  });
});

describe('between-months and day-earlier-level', () => {
  it('"between September and December of last year" runs from August’s last session to the end of December', () => {
    expect(only('cut by 100 basis points between September and December of last year', '2025-07-30')).toMatchObject({
      from: '2024-08-30',
      to: '2024-12-31',
    });
  });
  it('"down from 1.1360 a day earlier" is the session before the article’s', () => {
    expect(only('set at 1.1297, down from 1.1360 a day earlier', '2025-05-08')).toMatchObject({
      from: '2025-05-06',
      to: '2025-05-07',
    });
  });
});

describe('beside-year-boundary in basis points', () => {
  it('"62 basis points below where it finished 2023" runs from 2023’s last session', () => {
    expect(only('it remains 62 basis points below where it finished 2023', '2024-09-18')).toMatchObject({
      from: '2023-12-29',
      to: '2024-09-18',
    });
  });
});

describe('since-last-fix', () => {
  it('"since the final fix of 2024" runs from 2024’s last session', () => {
    expect(only('It has strengthened 1.7% since the final fix of 2024', '2025-08-20')).toMatchObject({
      from: '2024-12-31',
      to: '2025-08-20',
    });
  });
});

describe('may-header', () => {
  it('"May" alone as a table header is the month; "may" in prose is not', () => {
    const text = 'Scoreboard: May and 2024 to date · May · S&P 500';
    expect(periodPhrases(text, 0, text.length, '2024-05-31').map((f) => f.period)).toContainEqual({
      type: 'point',
      period: '2024-05',
      label: 'May',
    });
    const prose = 'Stocks May rise further.';
    expect(periodPhrases(prose, 0, prose.length, '2024-05-31')).toEqual([]);
  });
});

describe('where-it-stood-ago', () => {
  it('"1.0% above where it stood a week ago" spans the week to the article', () => {
    expect(contextOf('The metal is still 1.0% above where it stood a week ago.', '1.0%', '2025-10-21').period).toEqual({
      type: 'span',
      from: '2025-10-14',
      to: '2025-10-21',
      label: 'above where it stood a week ago',
    });
  });
});

describe('named-list-join', () => {
  it('"down 18.2% and WTI 19.0% since the end of last year": both moves share the period', () => {
    const period = (t: string) =>
      claimsOf(['Brent is down 18.2% and WTI 19.0% since the end of last year.'], '2025-10-21').find(
        (c) => c.text === t,
      )!.period;
    expect(period('18.2%')).toEqual(period('19.0%'));
    expect(period('18.2%')?.type).toBe('span');
  });
  it('a verb of its own after the name is a new clause', () => {
    const p = claimsOf(['Brent is down 18.2% and WTI fell 19.0% since the end of last year.'], '2025-10-21').find(
      (c) => c.text === '18.2%',
    )!.period;
    expect(p).toBeNull();
  });
});

describe('than-year-end variants', () => {
  it('"stronger than at its last fixing of 2024" and "stronger against the dollar than at the end of 2024"', () => {
    for (const text of [
      'The single currency is still 9.6% stronger than at its last fixing of 2024.',
      'The euro is still 5.6% stronger against the dollar than at the end of 2024.',
    ]) {
      const p = contextOf(text, text.includes('9.6%') ? '9.6%' : '5.6%', '2025-06-03').period;
      expect(p).toMatchObject({ type: 'span', from: '2024-12-31', to: '2025-06-03' });
    }
  });
  it('"20 basis points more than it did at the end of 2024" runs from that year\'s last session', () => {
    const text = 'The 30-year yield is 20 basis points more than it did at the end of 2024.';
    expect(contextOf(text, '20 basis points', '2025-05-21').period).toMatchObject({
      type: 'span',
      from: '2024-12-31',
      to: '2025-05-21',
    });
  });
  it('"3.4% firmer against the dollar than at the end of 2025" runs from that year\'s last session', () => {
    const text = 'The yuan is about 3.4% firmer against the dollar than at the end of 2025.';
    expect(contextOf(text, '3.4%', '2026-06-02').period).toMatchObject({ type: 'span', from: '2025-12-31' });
  });
});

describe('sentence-lead-period', () => {
  it('"For the week, ..., while the Nasdaq lost 0.6%": the opening period is every move\'s', () => {
    const c = claimsOf(
      ['For the week, the S&P 500 and the Dow finished up 0.3% and 1.5%, respectively, while the Nasdaq lost 0.6%.'],
      '2025-08-24',
    ).find((x) => x.text === '0.6%')!;
    expect(c.period).toMatchObject({ type: 'span', label: 'this week' });
    expect(c.judgement?.verdict).toBe('matches');
  });
  it('lead-without-comma: "On the week Brent and WTI rose ..., with the former up $2.69": the week is every move\'s', () => {
    const c = claimsOf(
      ['On the week Brent and WTI rose 4.4% and 4.5%, respectively, with the former up $2.69 a barrel.'],
      '2025-05-09',
    ).find((x) => x.text === '$2.69')!;
    expect(c.period).toMatchObject({ type: 'span', label: 'this week' });
    expect(c.judgement?.verdict).toBe('matches');
  });
  it('place-then-day: "In New York on Tuesday, ..., while the Nasdaq gained 0.84 percent" is Tuesday\'s move (a fall)', () => {
    const c = claimsOf(
      [
        'In New York on Tuesday, the S&P 500 lost 0.37 percent, while the tech-heavy Nasdaq Composite gained 0.84 percent.',
      ],
      '2026-03-25',
    ).find((x) => x.text === '0.84 percent')!;
    expect(c.period).toMatchObject({ type: 'span', to: '2026-03-24' });
    expect(c.judgement?.verdict).toBe('differs');
  });
});

describe('since-last-price: plural', () => {
  it('"since their final closes of 2024"', () => {
    expect(
      contextOf(
        'The DAX and the CAC 40 are up 15.9% and 10.7%, respectively, since their final closes of 2024.',
        '15.9%',
        '2025-03-05',
      ).period,
    ).toMatchObject({ type: 'span', from: '2024-12-31' });
  });
});

describe('monthly-move-noun', () => {
  it('"posting a monthly rise of 1.7%" is the month\'s move, not the day\'s', () => {
    expect(
      contextOf('Silver ended at $47.21, posting a monthly rise of 1.7%.', '1.7%', '2025-10-31').period,
    ).toMatchObject({
      type: 'span',
      label: 'this month',
    });
  });
});

describe('next-weekday', () => {
  it('"goes to 2% from next Wednesday" reads no past Wednesday in its place', () => {
    expect(
      contextOf('The deposit facility rate goes to 2% from next Wednesday.', '2%', '2025-06-05').period,
    ).toBeNull();
    const c = claimsOf(['The deposit facility rate goes to 2% from next Wednesday.'], '2025-06-05')[0]!;
    expect(c.judgement?.verdict).not.toBe('differs');
  });
});

describe('day-after-closing', () => {
  it('"to 3,493.05, a day after closing at 3,497.48": the phrase dates the level after it only', () => {
    const cs = claimsOf(
      ['The Shanghai Composite slipped 0.13% to 3,493.05, a day after closing at 3,497.48.'],
      '2025-07-09',
    );
    expect(cs.find((c) => c.text === '3,497.48')!.period).toMatchObject({ type: 'span', to: '2025-07-08' });
    expect(cs.find((c) => c.text === '3,493.05')!.period).toBeNull();
  });
});

describe('month-column', () => {
  it('a "May change" column dates its cells to the month, whatever day the caption names', () => {
    const c = claimsOf(
      [{ text: '+9.6%', context: 'Closing snapshot, Friday May 30 · May change · Nasdaq Composite' }],
      '2025-05-30',
    )[0]!;
    expect(c.period).toMatchObject({ type: 'span', from: '2025-04-30', to: '2025-05-30' });
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('at-year-end', () => {
  it('"from 1,477.86 at the end of last year" is that year\'s last session; after "than" it stays a span', () => {
    expect(
      contextOf('The dollar is down against the won from 1,477.86 at the end of last year.', '1,477.86', '2025-07-10')
        .period,
    ).toMatchObject({
      type: 'span',
      to: '2024-12-31',
    });
    expect(
      contextOf('The yield is 19 basis points lower than at the end of 2024.', '19 basis points', '2025-06-17').period,
    ).toMatchObject({
      type: 'span',
      from: '2024-12-31',
      to: '2025-06-17',
    });
  });
});

describe('from-last-price and finished-month', () => {
  it('"up 28.2% from its last London auction of 2024" runs from that year\'s last weekday', () => {
    expect(
      contextOf('Gold is still up 28.2% from its last London auction of 2024.', '28.2%', '2025-08-14').period,
    ).toMatchObject({
      type: 'span',
      from: '2024-12-31',
    });
  });
  it('"finished May with a gain of 6.2%" is May\'s move', () => {
    expect(claimsOf(['The S&P 500 finished May with a gain of 6.2%.'], '2025-05-30')[0]!.judgement?.verdict).toBe(
      'matches',
    );
  });
});

describe('ahead-of-its and ahead-of-event', () => {
  it('"stands at 4.5% ahead of its 20 March decision": the decision\'s day is not the figure\'s', () => {
    expect(
      contextOf('Bank Rate stands at 4.5% ahead of its 20 March decision.', '4.5%', '2025-03-06').period,
    ).toBeNull();
  });
  it("an event still to come ends the reach: a later clause's month does not date the figure", () => {
    expect(
      contextOf(
        'The target range stands at 4.25% to 4.50% ahead of its June meeting, and most expect a hold until at least September.',
        '4.25% to 4.50%',
        '2025-06-06',
      ).period,
    ).toBeNull();
  });
});

describe('distance-from-year-end', () => {
  // Stored Nasdaq Composite: 19,310.79 on 2024-12-31, 17,750.79 on 2025-03-19 (−8.08%).
  it('"8.1% below its final close of 2024", "from its year-end close": from that close to the article', () => {
    expect(verdictOf('The Nasdaq now trades 8.1% below its final close of 2024.', '8.1%', '2025-03-19')).toBe(
      'matches',
    );
    expect(verdictOf('The Nasdaq is off 8.1% from its year-end close.', '8.1%', '2025-03-19')).toBe('matches');
    expect(verdictOf('The Nasdaq is off 8.1% from its last close of last year.', '8.1%', '2025-03-19')).toBe('matches');
  });
});

describe('trailing-year', () => {
  // Stored silver (LBMA): 31.255 on 2024-11-22, 50.04 on 2025-11-24 (+60.1%).
  it('"compared with the same time last year", "than a year ago": the twelve months to the article', () => {
    const c = claimsOf(['Silver is up 60.1% compared with the same time last year.'], '2025-11-24').find(
      (x) => x.text === '60.1%',
    )!;
    expect(c.period).toMatchObject({ type: 'span', from: '2024-11-22', to: '2025-11-24' });
  });
  it('not "rose 2.7% from a year earlier", the way a yearly rate is written', () => {
    const c = claimsOf(['Consumer prices rose 2.7% from a year earlier.'], '2025-07-16').find(
      (x) => x.text === '2.7%',
    )!;
    expect(c.period?.type).not.toBe('span');
  });
});

describe('half-year, quarter-range, from-month-to-month', () => {
  // Stored dollar index: 108.49 on 2024-12-31, 96.88 on 2025-06-30 (−10.70%); 104.21 on 2025-03-31.
  it('"in the first half of 2025", "in Q1-Q2 2025", "from January to June 2025": January through June', () => {
    for (const s of [
      'The dollar index lost 10.7% in the first half of 2025.',
      'The dollar index lost 10.7% in Q1-Q2 2025.',
      'The dollar index lost 10.7% from January to June 2025.',
    ])
      expect(verdictOf(s, '10.7%', '2025-07-15')).toBe('matches');
  });
  it('a single quarter is still that quarter', () => {
    expect(verdictOf('The dollar index lost 3.9% in Q1 2025.', '3.9%', '2025-07-15')).toBe('matches');
  });
  it('"1st half", "2nd half" with ordinals: the half, and on its first session that session', () => {
    expect(verdictOf('The dollar index lost 10.7% in the 1st half of 2025.', '10.7%', '2025-07-15')).toBe('matches');
    // Stored Dow: 44,094.77 on 2025-06-30, 44,494.94 on 2025-07-01 (+400.17).
    const s = 'Blue chips opened the 2nd half of 2025 strongly: the Dow rose 400 points.';
    expect(verdictOf(s, '400 points', '2025-07-01')).toBe('matches');
  });
});

describe('perfect-from-weekday', () => {
  // Stored Hang Seng: 25,182.39 on 2026-05-29 (a Friday), 26,038.32 on 2026-06-02 (+3.40%).
  it('"has gained 3.4% from Friday\'s close" in a Tuesday story runs from that Friday to the article', () => {
    const s = "Taking in Monday's session too, the Hang Seng has gained 3.4% from Friday's close.";
    expect(verdictOf(s, '3.4%', '2026-06-02')).toBe('matches');
  });
});

describe('beside-weekday-level, compared-with-weekday', () => {
  // Stored spot WTI: 72.53 on 2025-06-16, 69.36 on 2025-06-23; spot Brent 80.37 on 2025-06-19, 74.34 on 2025-06-23.
  it('"$6.03 below its Thursday close": from Thursday\'s close to the article', () => {
    expect(verdictOf('Brent was assessed at $74.34, or $6.03 below its Thursday close.', '$6.03', '2025-06-23')).toBe(
      'matches',
    );
  });
  // Stored S&P 500: 6,280.46 on 2025-07-10 (a record), 6,268.56 on 2025-07-14.
  it('"0.19% below Thursday\'s record close": from that Thursday\'s close to the article', () => {
    const s = "The S&P 500 closed at 6,268.56, 0.19% below Thursday's record close.";
    expect(verdictOf(s, '0.19%', '2025-07-14')).toBe('matches');
  });
  it('"Measured against last Monday, ...": every move of the sentence runs from that Monday', () => {
    const s = 'Measured against last Monday, WTI has given up $3.17, or 4.37%, while Brent has slipped 0.95%.';
    expect(verdictOf(s, '$3.17', '2025-06-23')).toBe('matches');
    expect(verdictOf(s, '0.95%', '2025-06-23')).toBe('matches');
  });
  // Stored Coinbase bitcoin: 83,943.96 on 2026-01-29, 63,845.99 on 2026-02-05 (−23.94%).
  it('from-weekday-close: "From last Thursday\'s close, bitcoin and ether are down 23.9% and 35.3%"', () => {
    const s = "From last Thursday's close, bitcoin and ether are down 23.9% and 35.3%, respectively.";
    expect(verdictOf(s, '23.9%', '2026-02-05')).toBe('matches');
  });
});

describe('weekday-auction-lead', () => {
  // Stored LBMA gold: 2,575.35 on 2024-09-19, 2,663.75 on 2024-09-26 (+88.40).
  it('"Measured against last Thursday\'s auction, gold is $88.40 higher": since that auction', () => {
    const s = "Measured against last Thursday's auction, gold is $88.40 higher.";
    expect(verdictOf(s, '$88.40', '2024-09-26')).toBe('matches');
  });
});

describe('lead-week-restated', () => {
  // Stored spot Brent and WTI: up 15.57% and 18.21% from 2026-03-05 to 2026-03-12.
  it('"Measured from last Thursday\'s close, spot Brent is up 15.6% on the week and WTI 18.2%"', () => {
    const s = "Measured from last Thursday's close, spot Brent is up 15.6% on the week and WTI 18.2%.";
    expect(verdictOf(s, '15.6%', '2026-03-12')).toBe('matches');
    expect(verdictOf(s, '18.2%', '2026-03-12')).toBe('matches');
  });
});

describe('possessive-own-clause', () => {
  // Stored KOSPI: 2,795.46 on 2024-07-19, 2,763.51 on 2024-07-22 (−1.14%).
  it('"extended last week\'s losses, and the KOSPI shed 1.14%": the possessive dates its own clause only', () => {
    const s = "Tokyo chip stocks added to last week's losses, and the KOSPI shed 1.14%.";
    expect(verdictOf(s, '1.14%', '2024-07-22')).toBe('matches');
  });
});

describe('measured-from-year-end-close, since-day-low', () => {
  // Stored Nikkei 225: 33,464.17 on 2023-12-29, 38,981.75 on 2024-10-18 (+16.49%); KOSPI 2,293.70 on
  // 2025-04-09, 2,720.64 on 2025-05-29 (+18.61%).
  it('"measured from their year-end closes of 2023, ... up 16.5%": from that year\'s last close', () => {
    const s = 'Measured from its year-end close of 2023, the Nikkei is up 16.5%.';
    expect(verdictOf(s, '16.5%', '2024-10-18')).toBe('matches');
  });
  it('"rallied 18.6% since the April 9 low": from that day\'s close', () => {
    expect(verdictOf('The KOSPI has rallied 18.6% since the April 9 low.', '18.6%', '2025-05-29')).toBe('matches');
  });
});

describe('since-close-of-day', () => {
  // Stored Shanghai Composite: 2,863.13 on 2024-09-24, 3,489.77 on 2024-10-08 (+21.89%).
  it('"has surged 21.9% since the close of Sept. 24": from that day\'s close, not that day\'s move', () => {
    const s = 'The Shanghai Composite has surged 21.9% since the close of Sept. 24, when Beijing unveiled its easing.';
    expect(verdictOf(s, '21.9%', '2024-10-08')).toBe('matches');
  });
});

describe('day-after-record', () => {
  // Stored bitcoin: 73,098.48 on 2024-03-13, 71,456.55 on 2024-03-14.
  it('"a day after a record $73,098.48" dates the record to the day before', () => {
    const c = claimsOf(['Bitcoin is down 2.25% in 24 hours, a day after a record $73,098.48.'], '2024-03-14').find(
      (x) => x.text === '$73,098.48',
    )!;
    expect(c.period).toMatchObject({ type: 'span', to: '2024-03-13' });
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('previous-period', () => {
  // Stored WTI spot: 69.74 on 2025-03-28, 62.42 on 2025-04-04 (the week before 2025-04-11).
  it('"For the week ..., following a 10.6% drop in the previous period": the week before', () => {
    const c = claimsOf(
      ['For the week, WTI crude fell 1.26%, following a 10.6% drop in the previous period.'],
      '2025-04-11',
    ).find((x) => x.text === '10.6%')!;
    expect(c.period).toMatchObject({ type: 'span', to: '2025-04-06' });
    expect(c.judgement?.verdict).not.toBe('differs');
  });
});

describe('day-to-day, scheduled-weekday', () => {
  // Stored ether (Kraken): 2,959.04 on 2025-11-25, 2,799.79 on 2025-12-01, 2,997.97 on 2025-12-02.
  it('a caption "Nov. 25 to Dec. 2" dates its cells from the first day\'s close to the second\'s', () => {
    const blocks = [{ text: '+1.32%', context: 'Seven-day scorecard, Nov. 25 to Dec. 2 · Change · Ether' }];
    const c = claimsOf(blocks, '2025-12-02').find((x) => x.text === '+1.32%')!;
    expect(c.period).toMatchObject({ type: 'span', from: '2025-11-25', to: '2025-12-02' });
    expect(c.judgement?.verdict).toBe('matches');
  });
  it('"the record it set on Monday" is Monday\'s, not a day to come', () => {
    const c = claimsOf(['The S&P 500 beat the record close of 6,849.09 it set on Monday.'], '2025-12-03').find(
      (x) => x.text === '6,849.09',
    )!;
    expect(c.period).toMatchObject({ type: 'span', to: '2025-12-01' });
  });
  it('"an upgrade scheduled for Wednesday" in a Tuesday story dates no figure', () => {
    const text = 'Ether rose 7.08%, helped by talk that an upgrade scheduled for Wednesday will cut fees.';
    const c = claimsOf([text], '2025-12-02').find((x) => x.text === '7.08%')!;
    expect(c.period).toBeNull();
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('unchanged-from-day, day-after-close', () => {
  // Stored USD/KRW: 1,381.22 on 2025-07-21, 1,381.58 on 2025-07-22; KOSPI 3,210.81 on 2025-07-21.
  it('"little changed from Monday" is what the level is compared with, not its day', () => {
    const c = claimsOf(['The dollar bought 1,381.58 won at noon, little changed from Monday.'], '2025-07-22').find(
      (x) => x.text === '1,381.58 won',
    )!;
    expect(c.period).toBeNull();
  });
  it('"a day after the gauge finished at 3,210.81" is the day before\'s close', () => {
    const c = claimsOf(
      ['The KOSPI slid 1.27% to 3,169.94, a day after the gauge finished at 3,210.81.'],
      '2025-07-22',
    ).find((x) => x.text === '3,210.81')!;
    expect(c.period).toMatchObject({ type: 'span', to: '2025-07-21' });
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('since-column', () => {
  // Stored S&P 500: 5,881.63 on 2024-12-31, 5,074.08 on 2025-04-04 (−13.73%).
  it('a cell under a "Since Dec. 31" column is the move from that day, not the caption\'s day', () => {
    const blocks = [{ text: '−13.7%', context: "Losses as of Friday's close · Since Dec. 31 · S&P 500" }];
    const c = claimsOf(blocks, '2025-04-04').find((x) => x.text === '−13.7%')!;
    expect(c.period).toMatchObject({ type: 'span', from: '2024-12-31' });
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('weekly-move-noun, compared-with-ago, trailing-month', () => {
  // Stored gold (LBMA PM): 4,026.60 on 2026-07-31, 4,335.55 on 2026-08-07 (+7.67%); spot WTI 86.16 and 79.77.
  it('"Gold books 7.7% weekly jump": this week\'s move', () => {
    expect(verdictOf('Gold books 7.7% weekly jump', '7.7%', '2026-08-07')).toBe('matches');
  });
  it('"Measured against a week ago, WTI has shed $6.39": from the same day a week before', () => {
    expect(verdictOf('Measured against a week ago, WTI has shed $6.39.', '$6.39', '2026-08-07')).toBe('matches');
  });
  // Stored bitcoin: 78,285.16 on 2026-05-01, 66,661.02 on 2026-06-02 (−14.85%).
  it('"14.8% lower than a month ago": from the same day a month before', () => {
    const c = claimsOf(['Bitcoin closed 14.8% lower than a month ago.'], '2026-06-02').find((x) => x.text === '14.8%')!;
    expect(c.period).toMatchObject({ type: 'span', from: '2026-05-01' });
  });
});

describe('distance-from-record-day, perfect-over-days, clause-lead-period', () => {
  // Stored bitcoin: 124,720.09 on 2025-10-05 (record), 66,661.02 on 2026-06-02 (−46.55%); 75,834.53 on 2026-05-26.
  it('"46.6% below its record close of $124,720.09 from Oct. 5": from that day; the record keeps its own day', () => {
    const cs = claimsOf(['Bitcoin now trades 46.6% below its record close of $124,720.09 from Oct. 5.'], '2026-06-02');
    expect(cs.find((c) => c.text === '46.6%')?.judgement?.verdict).toBe('matches');
    expect(cs.find((c) => c.text === '$124,720.09')?.judgement?.verdict).toBe('matches');
  });
  it('"Over seven days the coin has lost 12.1%": the seven days to the article, not an episode in the year', () => {
    const c = claimsOf(['Over seven days bitcoin has lost 12.1%.'], '2026-06-02').find((x) => x.text === '12.1%')!;
    expect(c.period).toMatchObject({ type: 'span', from: '2026-05-26', to: '2026-06-02' });
  });
  it('a phrase opening the figure\'s clause after "while" is its period, however far the subject', () => {
    const c = claimsOf(
      ['Stocks slipped on the day, while over seven days bitcoin, the most widely held of the coins, has lost 12.1%.'],
      '2026-06-02',
    ).find((x) => x.text === '12.1%')!;
    expect(c.period).toMatchObject({ type: 'span', from: '2026-05-26' });
  });
});

describe('forward-to-semicolon', () => {
  it('"1.2% Below June 30 Peak; Silver Adds 2.1%": the peak\'s date does not reach past the semicolon', () => {
    const c = claimsOf(['Gold Dips to $3,310, 1.2% Below June 30 Peak; Silver Adds 2.1% to $36.40'], '2025-07-09').find(
      (x) => x.text === '2.1%',
    )!;
    expect(c.period ?? null).toBeNull();
  });
});

describe('headline-on-week', () => {
  it('"Gold up 2.3% on week" in a headline is this week\'s move', () => {
    expect(only('Gold up 2.3% on week as dollar slips', '2025-05-09')).toMatchObject({
      type: 'span',
      to: '2025-05-09',
    });
  });
});

describe('year-move-participle, since-end-dash-year, holiday-week, record-on-weekday', () => {
  it('"ended the year surging 147 percent": the year\'s move', () => {
    const c = claimsOf(['Silver ended the year surging 147 percent.'], '2025-12-31').find(
      (x) => x.text === '147 percent',
    )!;
    expect(c.period).toMatchObject({ type: 'span', from: '2024-12-31', to: '2025-12-31' });
  });
  it('a column "Since end-2024" is the move since that year\'s last close', () => {
    expect(periodPhrases('Since end-2024', 0, 14, '2025-11-14')[0]?.period).toMatchObject({
      type: 'span',
      from: '2024-12-31',
    });
  });
  // Stored DAX: 20,374.10 on 2025-04-11, 21,205.86 on 2025-04-17 (+4.08%).
  it('"finished the holiday-shortened week 4.1% higher": this week', () => {
    expect(verdictOf('The DAX finished the holiday-shortened week 4.1% higher.', '4.1%', '2025-04-17')).toBe('matches');
  });
  // Stored FTSE 100: 9,911.42 on 2025-11-12 (Wednesday), 9,698.40 on 2025-11-14.
  it('"2.1% below the record close of 9,911.40 it set on Wednesday": from that Wednesday', () => {
    const s = 'The FTSE 100 ended at 9,698.40, 2.1% below the record close of 9,911.40 it set on Wednesday.';
    expect(verdictOf(s, '2.1%', '2025-11-14')).toBe('matches');
  });
});

describe('since-weekday-lead', () => {
  // Stored S&P 500: 5,954.50 on 2025-02-28 (Friday), 5,770.20 on 2025-03-07 (−3.10%).
  it('"Since last Friday\'s close, the S&P 500 has fallen 3.1%": the opening clause dates the move', () => {
    const s = "Since last Friday's close, the S&P 500 has fallen 3.1% as tariff headlines came and went.";
    expect(verdictOf(s, '3.1%', '2025-03-07')).toBe('matches');
  });
});

describe('since-event-on-day, eight words', () => {
  // Stored 10-year yield: 3.70 on 2024-09-18, 4.44 on 2024-11-13 (+74 bp).
  it('"74 basis points since the Fed\'s first cut of the cycle on Sept. 18": from that day', () => {
    const s = "The 10-year yield has climbed 74 basis points since the Fed's first cut of the cycle on Sept. 18.";
    expect(verdictOf(s, '74 basis points', '2024-11-13')).toBe('matches');
  });
});

describe('span-start-level, from-to-gain', () => {
  // Stored S&P 500: 6,735.35 on 2025-10-21, 6,890.89 on 2025-10-28 (+2.31%).
  const s = 'Over the past five sessions the S&P 500 has climbed from 6,735.35 to 6,890.89, a gain of 2.3%.';
  it('span-start-level: the "from" level of a dated span is the close the span starts from', () => {
    expect(verdictOf(s, '6,735.35', '2025-10-28')).toBe('matches');
    expect(verdictOf(s.replace('6,735.35', '6,635.35'), '6,635.35', '2025-10-28')).toBe('check');
  });
  it('from-to-gain: ", a gain of 2.3%" after "from X to Y" is the span\'s move', () => {
    expect(verdictOf(s, '2.3%', '2025-10-28')).toBe('matches');
  });
});

describe('move-from-ago, week-column change', () => {
  // Stored USD/CNY noon rates: 7.1651 on 2025-08-22, 7.1304 on 2025-08-29 (−0.48%).
  it('move-from-ago: "down 0.48% from 7.1651 a week earlier" runs over the week', () => {
    const s = 'USD/CNY was quoted at 7.1304 at the noon rate, down 0.48% from 7.1651 a week earlier.';
    expect(verdictOf(s, '0.48%', '2025-08-29')).toBe('matches');
  });
  it('week-column: a "Week change" header dates its cells as the week', () => {
    const text = 'Dollar scorecard: week ended Friday, Aug. 29 · Week change · USD/CNY';
    const found = periodPhrases(text, 0, text.length, '2025-08-29');
    const week = found.find((f) => text.slice(f.start, f.end) === 'Week change');
    expect(week?.period).toMatchObject({ type: 'span', to: '2025-08-29' });
  });
});

describe('change-on-month-column', () => {
  it('a "Change on August" header dates its cells as September\'s move', () => {
    const text = 'Top foreign holders, end-September 2025 · Change on August · Japan';
    const found = periodPhrases(text, 0, text.length, '2025-11-18');
    const col = found.find((f) => text.slice(f.start, f.end) === 'Change on August');
    expect(col?.period).toMatchObject({ type: 'point', period: '2025-09' });
  });
});

describe('one-year-gain', () => {
  // Stored LBMA gold: 2,567.30 on 2024-11-14, 4,071.10 on 2025-11-14 (+58.6%; 4,195.65 on 2025-11-13 is +63.4% on 2,567.30).
  it('"gold\'s one-year gain was 63.4%" is a move over the twelve months, not the day', () => {
    const found = periodPhrases("gold's one-year gain was 63.4%", 0, 30, '2025-11-14');
    expect(found[0]?.period).toMatchObject({ type: 'span', from: '2024-11-14', to: '2025-11-14' });
    expect(periodPhrases('the one-year loan prime rate', 0, 28, '2025-11-14')).toEqual([]);
  });
});

describe('ended-the-month', () => {
  it('"ended the month with" is the month named before, not this month', () => {
    const t = 'added $8.9 billion in September and ended the month with $1,189.3 billion';
    expect(periodPhrases(t, 0, t.length, '2025-11-18').some((f) => f.period.label === 'this month')).toBe(false);
    expect(periodPhrases('up 3% this month', 0, 16, '2025-11-18')[0]?.period.label).toBe('this month');
  });
});
describe('meets-on', () => {
  it('"The Fed meets on June 16-17 with its range at 3.50%-3.75%": the meeting\'s days date nothing', () => {
    expect(
      verdictOf('The Fed meets on June 16-17 with its target range at 3.50%-3.75%.', '3.50%-3.75%', '2026-06-10'),
    ).toBe('matches');
  });
});

describe('day-to-weekday', () => {
  it('"rose 68.5 percent from Jan. 2 to Monday" runs from Jan. 2\'s close to Monday\'s', () => {
    const s = 'The KOSPI rose 68.5 percent, or 1,643.89 points, from Jan. 2 to Monday, exchange data showed.';
    expect(verdictOf(s, '68.5 percent', '2025-10-27')).toBe('matches');
  });
});

describe('plain-hyphen', () => {
  // Stored bitcoin: 110,052.25 on 2025-10-31, 87,446.89 on 2025-11-30 (-20.5%).
  it('"its October all\u2011time high" with a non-breaking hyphen dates the high, not the November loss', () => {
    const s =
      'It was a bruising November in which bitcoin lost more than 20%, and it sits far below its October all\u2011time high.';
    expect(verdictOf(s, '20%', '2025-12-02')).toBe('matches');
  });
});

describe('compared-with-year-end: "Compared with where they ended 2025, ... up 12 basis points" is since that close', () => {
  it("the 10-year yield's move from the last close of 2025 to the article", () => {
    const s = 'Compared with where it ended 2025, the 10-year yield is up 12 basis points.';
    expect(verdictOf(s, '12 basis points', '2026-04-21')).toBe('matches');
  });
});

describe('level-at-year-end: "63.5% above its level at the end of 2025" is since that close', () => {
  it('is not a one-session move', () => {
    const s = 'U.S. crude rose to $93.64 a barrel in the spot market, 63.5% above its level at the end of 2025.';
    expect(verdictOf(s, '63.5%', '2026-04-21')).toBe('matches');
  });
});

describe('meetings-from-to and take-off', () => {
  it('"lowered rates at three straight meetings from September to December, taking a combined 75 basis points off"', () => {
    const s =
      'The Fed lowered rates at three straight meetings from September to December, taking a combined 75 basis points off the target range.';
    expect(verdictOf(s, '75 basis points', '2026-01-13')).toBe('matches');
  });
  it('"has taken 225 bps off its overnight rate" is a cut, not a rise', () => {
    expect(
      claimsOf('Since June 2024 the Bank of Canada has taken 225 bps off its overnight rate.', '2025-03-12').find(
        (c) => c.text === '225 bps',
      )?.value,
    ).toBe(-2.25);
  });
});

describe('possessive-session', () => {
  it('"trading near 26,338 in Friday\'s session" is dated by Friday', () => {
    const t = "Hong Kong's Hang Seng: trading near 26,338 in Friday's session, before the holiday lull ended";
    const c = claimsOf([t], '2026-01-05').find((x) => x.text === '26,338')!;
    expect(c.period?.type === 'span' ? c.period.to : null).toBe('2026-01-02');
  });
});

describe('week-to-day', () => {
  it('"jumped 9.8% in the week to Friday, Jan. 16" runs from the close a week before to that day', () => {
    const found = periodPhrases(
      'Copper jumped 9.8% in the week to Friday, Jan. 16, its best run in years.',
      0,
      74,
      '2026-01-19',
    );
    const p = found.map((f) => f.period).find((x) => x.type === 'span');
    expect(p?.type === 'span' ? [p.from, p.to] : null).toEqual(['2026-01-09', '2026-01-16']);
    const cell = periodPhrases('Scorecard · Week to Jan. 16 · Copper', 0, 36, '2026-01-19');
    const q = cell.map((f) => f.period).find((x) => x.type === 'span');
    expect(q?.type === 'span' ? q.from : null).toBe('2026-01-09');
    // A "Day" column of a table captioned with the week keeps the day.
    const day = periodPhrases('Scorecard, week to Friday, Jan. 16 · Day · Copper', 0, 48, '2026-01-19');
    expect(day.some((f) => f.period.type === 'span' && f.period.from === '2026-01-09')).toBe(false);
  });
});

describe('final-quarter', () => {
  it('"in the final quarter of 2024" is Q4 2024', () => {
    const found = periodPhrases('Output grew 5.4% in the final quarter of 2024.', 0, 46, '2025-03-01');
    expect(found.map((f) => f.period).find((x) => x.type === 'point')).toMatchObject({ period: '2024-Q4' });
  });
});

describe('five-sessions-midweek', () => {
  it('"over the five sessions", written on a Tuesday, is the last five sessions traded, not this week', () => {
    const found = periodPhrases('The index has lost 3% over the five sessions.', 0, 45, '2026-06-23');
    expect(found[0]?.period).toMatchObject({ type: 'window', sessions: 5 });
    const friday = periodPhrases('The index has lost 3% over the five sessions.', 0, 45, '2026-06-26');
    expect(friday[0]?.period).toMatchObject({ type: 'span', label: 'this week' });
  });
});

describe('since-through', () => {
  it('"since its March 3 peak ... through May 9" ends the span on the "through" day, not the article\'s', () => {
    const t = 'Since its March 3 peak, the index has shed 12.4% and 8.1%, respectively, through May 9.';
    const found = periodPhrases(t, 0, t.length, '2025-05-20');
    expect(found.map((f) => f.period)).toContainEqual(
      expect.objectContaining({ from: '2025-03-03', to: '2025-05-09' }),
    );
  });
});

describe('since-through-shared', () => {
  it('the "since" phrase before a list takes the span the "through" day ends', () => {
    const t =
      'Since peaking on May 2, 2025, the three gauges have lost 4.1%, 5.3% and 6.2%, respectively, through June 9.';
    const found = periodPhrases(t, 0, t.length, '2025-06-20');
    expect(found.length).toBeGreaterThan(1);
    for (const f of found) expect(f.period).toMatchObject({ from: '2025-05-02', to: '2025-06-09' });
  });
});

describe('between-days', () => {
  it('"between March 4 and March 5" runs from the close before March 4 to March 5', () => {
    const t = 'The gauge shed 7.3% between March 4 and March 5.';
    const found = periodPhrases(t, 0, t.length, '2025-03-10');
    expect(found[0]?.period).toMatchObject({ type: 'span', from: '2025-03-03', to: '2025-03-05' });
  });
});

describe('restated-day', () => {
  // Stored S&P 500: 6,368.85 on 2026-03-27, 6,582.69 on 2026-04-02.
  it('a "Close" column under "Thursday close and change since last Friday (March 27)" is Thursday\'s close', () => {
    const caption = 'Thursday close and change since last Friday (March 27)';
    const blocks = [{ text: '6,582.69', context: `${caption} · Close · S&P 500` }];
    expect(verdictOf(blocks, '6,582.69', '2026-04-02')).toBe('matches');
  });
});

describe('ranking-since and record-it-set-on', () => {
  // Stored Nikkei 225: 64,141.12 on 2026-07-17, 66,232.19 on 2026-07-21; TOPIX 4,014.95 on 2026-07-21.
  it('"its best day since the record session of June 25" dates the ranking, not the close', () => {
    const s = 'The Nikkei 225 gained 2,091.07 points to 66,232.19, its best day since the record session of June 25.';
    expect(verdictOf(s, '66,232.19', '2026-07-21')).toBe('matches');
  });
  it('"a short hop from the record it set on July 6" dates the record, not the close', () => {
    const s = 'The TOPIX finished at 4,014.95, a short hop from the record it set on July 6.';
    expect(verdictOf(s, '4,014.95', '2026-07-21')).toBe('matches');
  });
});

describe('measured-from-day', () => {
  it('"Measured from Dec. 31, ..." runs from that day\'s close to the article', () => {
    const t = 'Measured from Dec. 31, the two tokens are up 18.2% and 9.4%, respectively.';
    expect(periodPhrases(t, 0, t.length, '2025-08-04')[0]?.period).toMatchObject({
      type: 'span',
      from: '2024-12-31',
      to: '2025-08-04',
    });
  });
});

describe('year-named-to-date', () => {
  it('a "2026 to date" column in 2026 is the year to date, whatever day the caption names', () => {
    const t = 'Closing levels, Wednesday, April 1, 2026 · 2026 to date · Nikkei 225';
    expect(periodPhrases(t, 0, t.length, '2026-04-01').map((f) => f.period.label)).toContain('year-to-date');
    const frame = 'The Nasdaq tumbled 4.2%, its worst day of 2026 so far.';
    expect(periodPhrases(frame, 0, frame.length, '2026-06-05').map((f) => f.period.label)).not.toContain(
      'year-to-date',
    );
    const earlier = 'Closing levels · 2025 to date · Nikkei 225';
    expect(periodPhrases(earlier, 0, earlier.length, '2026-04-01').map((f) => f.period.label)).not.toContain(
      'year-to-date',
    );
  });
});

describe('day-last-year', () => {
  it('"set on July 11 last year" is the day in the year before the article', () => {
    const t = 'topping its previous closing record set on July 11 last year.';
    expect(periodPhrases(t, 0, t.length, '2025-08-12')[0]?.period).toMatchObject({ to: '2024-07-11' });
  });
});

describe('in-a-span', () => {
  it('"has gained 6.4% in a week" runs over the week to the article; "in a month or two" is no span', () => {
    expect(periodPhrases('The index has gained 6.4% in a week.', 0, 37, '2026-04-27')[0]?.period).toMatchObject({
      type: 'span',
      from: '2026-04-20',
      to: '2026-04-27',
    });
    expect(periodPhrases('The bank may move in a month or two.', 0, 36, '2026-04-27')).toEqual([]);
  });
});

describe('period rules of stop 31', () => {
  it('than-it-stood-ago: "19.9% higher than it stood a week ago" runs from a week before to the article', () => {
    expect(verdictOf('The rally leaves ether 19.9% higher than it stood a week ago.', '19.9%', '2026-08-19')).toBe(
      'matches',
    );
  });
  it('present-over-days: "Over seven days it is up 4.0%" is the trailing seven days, not any seven sessions of the year', () => {
    const c = claimsOf(['Bitcoin closed at $69,487.60. Over seven days it is up 4.0%.'], '2026-08-19').find(
      (x) => x.text === '4.0%',
    );
    expect(c?.period).toEqual({ type: 'span', from: '2026-08-12', to: '2026-08-19', label: 'Over seven days' });
  });
  it('since-it-ended-year: "up 62.5% since it ended 2025 at $57.26" is the move from 2025\'s last close, the level that close', () => {
    const s = 'WTI is up 62.5% since it ended 2025 at $57.26.';
    expect(verdictOf(s, '62.5%', '2026-04-14')).toBe('matches');
    expect(verdictOf(s, '$57.26', '2026-04-14')).toBe('matches');
  });
  it('since-it-ended-at: a level right after "since it ended 2025 at" in a sentence without a move is that close', () => {
    expect(verdictOf('The loonie firmed a little since it ended 2025 at C$1.3712.', 'C$1.3712', '2026-03-18')).toBe(
      'matches',
    );
  });
  it('same-stretch: "over the same stretch" repeats the span named before it in the sentence', () => {
    const s = 'WTI is up 62.5% since it ended 2025, and Brent is up 93.5% from $61.35 over the same stretch.';
    expect(verdictOf(s, '93.5%', '2026-04-14')).toBe('matches');
  });
  // Stored fed funds upper bound: 4.50% to 2025-09-17, 4.25% from 2025-09-18, 4.00% from 2025-10-30, 3.75% from 2025-12-11.
  it('month-list: "cut by a combined 75 basis points in September, October and December of last year" is the three', () => {
    const s = 'The Fed cut by a combined 75 basis points in September, October and December of last year.';
    expect(verdictOf(s, '75 basis points', '2026-03-26')).toBe('matches');
  });
  // Stored Brent spot: 64.32 on 2025-05-30, 76.00 on 2025-06-13 (+$11.68).
  it('since-month-end-comma: "Since the end of May, Brent has gained $11.68" runs from May\'s last close', () => {
    expect(verdictOf('Since the end of May, Brent has gained $11.68 and WTI 20.1%.', '$11.68', '2025-06-13')).toBe(
      'matches',
    );
  });
  // Stored 10-year yield: 4.26% on Wednesday 2026-03-18, 4.39% on Tuesday 2026-03-24.
  it('since-event-weekday: "has risen 13 basis points since the Fed\'s decision last Wednesday" runs from that day', () => {
    const s = "The 10-year yield has risen 13 basis points since the Fed's decision last Wednesday.";
    expect(verdictOf(s, '13 basis points', '2026-03-24')).toBe('matches');
  });
  it('than-on-day: "12.85% stronger against the dollar than on Dec. 31" runs from that day to the article', () => {
    const s = 'That leaves the euro 12.85% stronger against the dollar than on Dec. 31.';
    expect(verdictOf(s, '12.85%', '2025-07-25')).toBe('matches');
    const found = periodPhrases(s, 0, s.length, '2025-07-25');
    expect(found[0]?.period).toMatchObject({ type: 'span', from: '2024-12-31', to: '2025-07-25' });
  });
  // Stored S&P 500: 6,296.79 on Friday 2025-07-18, 6,388.64 on Friday 2025-07-25.
  it('prior-weekday-level: "from the prior Friday\'s 6,296.79" on a Friday is the Friday a week before', () => {
    expect(
      verdictOf("The S&P 500 gained 1.46% over the week from the prior Friday's 6,296.79.", '6,296.79', '2025-07-25'),
    ).toBe('matches');
  });
  // Stored Shanghai Composite: 2,971.29 on 2024-07-12, 2,982.31 on 2024-07-19 (+0.37% over the five sessions).
  it('same-stretch-window: "in the five sessions to Friday ... over the same stretch" is the five sessions', () => {
    const s =
      'The Hang Seng lost 875.70 points, or 4.79%, in the five sessions to Friday, while the Shanghai Composite edged up 0.37% over the same stretch.';
    expect(verdictOf(s, '0.37%', '2024-07-22')).toBe('matches');
  });
  it('from-late-last-week: "up 22% from late last week" on a Monday runs from Friday\'s close', () => {
    const s = 'U.S. crude futures are up 22% from late last week.';
    const found = periodPhrases(s, 0, s.length, '2026-03-09');
    expect(found.map((f) => f.period)).toEqual([
      { type: 'span', from: '2026-03-06', to: '2026-03-09', label: 'from late last week' },
    ]);
  });
  // Brent spot 72.82 on 2024-09-06 and 70.34 on 2024-09-10 (data/series/cmd.brent_usd.csv): -3.41%.
  it('since-it-ended-last-week: "lost 3.4% since it ended last week at $72.82" (a Tuesday) runs from Friday\'s close', () => {
    const s = 'Brent has lost 3.4% since it ended last week at $72.82.';
    expect(periodPhrases(s, 0, s.length, '2024-09-10').map((f) => f.period)).toEqual([
      { type: 'span', from: '2024-09-06', to: '2024-09-10', label: 'since it ended last week' },
    ]);
    expect(verdictOf(s, '3.4%', '2024-09-10')).toBe('matches');
  });
  it('come-month: "a deposit rate of 1.75% come December" is a month still ahead, not last December', () => {
    const s = 'Money markets show an ECB deposit rate of 1.75% come December.';
    expect(periodPhrases(s, 0, s.length, '2025-04-23')).toEqual([]);
    expect(verdictOf(s, '1.75%', '2025-04-23')).not.toBe('differs');
    const next = 'We see the cash rate lower still, with the next cut in Aug.';
    expect(periodPhrases(next, 0, next.length, '2025-07-08')).toEqual([]);
  });
});

describe('news-today-label', () => {
  it('"Bitcoin News Today:" is a headline series label, not the day; "today" alone still is', () => {
    const label = 'Bitcoin News Today: Bitcoin Climbs 9% to $61,000 on ETF Demand';
    expect(periodPhrases(label, 0, label.length, '2024-09-19')).toEqual([]);
    const plain = 'Bitcoin climbed 1.2% today.';
    expect(periodPhrases(plain, 0, plain.length, '2024-09-19')).toHaveLength(1);
  });
});

describe('session-after-closing-at', () => {
  it('"one session after closing at a record 20,173.89" dates the record to the session before', () => {
    const s = 'The Nasdaq Composite slipped 0.32%, one session after closing at a record 20,173.89.';
    const found = periodPhrases(s, 0, s.length, '2024-12-17');
    expect(found).toHaveLength(1);
    expect(found[0]!.period).toMatchObject({ type: 'span', to: '2024-12-16' });
  });
});

describe('this-year-named-before', () => {
  it('"its weakest close of 2025, leaving it 8.4% lower for the year" in a 2025 story is the year to date', () => {
    const s = 'The dollar index slid 0.84% to 99.38, its weakest close of 2025, leaving it 8.4% lower for the year.';
    expect(periodPhrases(s, 0, s.length, '2025-04-16').map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', from: '2024-12-31', to: '2025-04-16' }),
    );
    const other = 'The euro ended 2024 at 1.0389, leaving it down 6.2% for the year.';
    expect(periodPhrases(other, 0, other.length, '2025-04-16').map((f) => f.period.label)).not.toContain(
      'year-to-date',
    );
  });
});

describe('leaving-clause', () => {
  it('"up 0.31%, leaving bullion higher for the week": the week dates the clause, not the move before it', () => {
    const s = 'The afternoon price was set at $2,931.15, up 0.31%, leaving bullion higher for the week.';
    const found = periodPhrases(s, 0, s.length, '2025-03-07');
    const at = s.indexOf('0.31%');
    expect(periodFor(found, at, at + 5, 0, s.length, false)).toBeNull();
    const own = 'Gold rose 0.31%, leaving it 1.2% higher for the week.';
    const f2 = periodPhrases(own, 0, own.length, '2025-03-07');
    const at2 = own.indexOf('1.2%');
    expect(periodFor(f2, at2, at2 + 4, own.indexOf('0.31%') + 5, own.length)?.label).toBe('this week');
  });
});

describe('a-day-noun', () => {
  it('"Silver\'s Thursday fix of $58.66 was followed by a Friday price": the figure is Thursday\'s', () => {
    const s = "Silver's Thursday fix of $58.66 was followed by a Friday price a shade lower.";
    const found = periodPhrases(s, 0, s.length, '2026-07-25');
    const at = s.indexOf('$58.66');
    expect(periodFor(found, at, at + 6, 0, s.length, false)).toMatchObject({ to: '2026-07-23' });
  });
});

describe('day-after-it-closed', () => {
  it('"only a day after it had closed at a record 23,150.40" dates the record to the session before', () => {
    const s = 'The DAX fell 3.5% to 22,330.10, only a day after it had closed at a record 23,150.40.';
    const found = periodPhrases(s, 0, s.length, '2025-03-04');
    expect(found.map((f) => f.period)).toContainEqual(expect.objectContaining({ type: 'span', to: '2025-03-03' }));
  });
});

describe('from-previous-weekday', () => {
  it('"down 0.44% from the previous Friday", written on a Sunday, runs from the Friday a week before the last', () => {
    const s = 'The dollar index closed at 97.72, down 0.44% from the previous Friday.';
    const found = periodPhrases(s, 0, s.length, '2025-10-05');
    expect(found.map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', from: '2025-09-26', to: '2025-10-03' }),
    );
  });
});

describe('cycle-opened-in', () => {
  it('"the move that opened the cycle in September 2024" starts a count, dating no figure', () => {
    const s =
      'Counting the half-point move that opened the cycle in September 2024, the Fed has removed 175 basis points.';
    const found = periodPhrases(s, 0, s.length, '2026-03-18');
    expect(found.every((f) => f.barrier)).toBe(true);
  });
});

describe('month-names-measure', () => {
  it('"and May payrolls were revised": the later month dates its own noun, not the figure before it', () => {
    const s = 'April payrolls were raised to a 158,000 gain and May payrolls were cut to 19,000.';
    const found = periodPhrases(s, 0, s.length, '2025-07-03');
    const at = s.indexOf('158,000');
    expect(periodFor(found, at, at + 7, 0, s.indexOf('19,000'), false)?.label).toBe('April');
  });
});

describe('bracketed-aside', () => {
  it('a weekday inside a bracketed clause does not date the table figures after it', () => {
    const s = 'Wednesday, June 18, 2025 (U.S. markets shut Thursday for the holiday) · Close · S&P 500 · 5,980.87';
    const found = periodPhrases(s, 0, s.length, '2025-06-18');
    const at = s.indexOf('5,980.87');
    expect(periodFor(found, at, at + 8, 0, s.length, false)?.label).not.toBe('Thursday');
  });
  it('a bracketed label such as "Close (Friday)" still dates its column', () => {
    const s = 'Markets · Close (Friday) · S&P 500 · 5,980.87';
    const found = periodPhrases(s, 0, s.length, '2025-06-23');
    const at = s.indexOf('5,980.87');
    expect(periodFor(found, at, at + 8, 0, s.length, false)?.label).toBe('Friday');
  });
});

describe('bracketed-aside: labels', () => {
  it('"Gold (London afternoon price, Friday)" is a label: its day dates the figure after it', () => {
    const s = 'Gold (London afternoon price, Friday) · $4,456.45';
    const found = periodPhrases(s, 0, s.length, '2026-03-29');
    const at = s.indexOf('$4,456.45');
    expect(periodFor(found, at, at + 9, 0, s.length, false)?.label).toBe('Friday');
  });
});

describe('stood-at-year-boundary', () => {
  it('"lower than where it stood at the end of 2024": the move from that year\'s last session to the article', () => {
    const s = 'The yield is 41 basis points lower than where it stood at the end of 2024.';
    const found = periodPhrases(s, 0, s.length, '2026-01-05');
    const at = s.indexOf('41 basis points');
    expect(periodFor(found, at, at + 15, 0, s.length, false)).toMatchObject({ from: '2024-12-31', to: '2026-01-05' });
  });
});

describe('undoing-clause', () => {
  it('", undoing the rally into late July": the month dates nothing before the comma', () => {
    const s =
      'Over seven days, the two coins lost 9.1% and 7.5%, respectively, undoing the rally that lifted both into late July.';
    const found = periodPhrases(s, 0, s.length, '2024-08-02');
    const at = s.indexOf('7.5%');
    expect(periodFor(found, at, at + 4, s.indexOf('9.1%') + 4, s.length)?.label ?? '').not.toMatch(/July/);
  });
});

describe('month-edge-day', () => {
  it('"on the last day of June" is that session, not the month', () => {
    const cs = claimsOf(['The S&P 500 rose 0.52% on the last day of June.'], '2025-06-30');
    expect(cs.find((c) => c.text === '0.52%')?.judgement?.verdict).toBe('matches');
  });
});

describe('month-end-close', () => {
  it('"ended June at 4.24%", written on June 30, is that day\'s close', () => {
    const cs = claimsOf(['The 10-year Treasury yield ended June at 4.24%.'], '2025-06-30');
    const c = cs.find((x) => x.text === '4.24%');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.judgement?.reference?.period).toBe('2025-06-30');
  });
});

describe('bracketed-weekday-abbreviation', () => {
  it('"Yuan per dollar (NY noon, Thu)" dates its cell Thursday, not the caption\'s Friday', () => {
    // Stored New York noon yuan: 7.0675 on 2024-09-19, 7.0505 on 2024-09-20.
    const [c] = claimsOf(
      [{ context: 'Markets, Friday, Sept. 20, 2024 · Close · Yuan per dollar (NY noon, Thu)', text: '7.0675' }],
      '2024-09-20',
    );
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.judgement?.reference?.period).toBe('2024-09-19');
  });
});

describe('past-year-move', () => {
  it('"gained 14.6% over the past year" right after a move runs the twelve months to the article', () => {
    expect(only('The Euro Stoxx 50 gained 14.6% over the past year', '2025-12-31')).toMatchObject({
      type: 'span',
      from: '2024-12-31',
      to: '2025-12-31',
    });
  });
  it('not without a move before it', () => {
    expect(periodPhrases('Over the past year the index doubled', 0, 37, '2025-12-31')).toEqual([]);
  });
});

describe('from-weekday-move', () => {
  it('"down 0.7 percent, from Thursday" is the move since Thursday\'s close', () => {
    expect(only('The index ended down 212.40 points, or 0.7 percent, from Thursday', '2024-09-13')).toMatchObject({
      type: 'span',
      from: '2024-09-12',
      to: '2024-09-13',
    });
  });
});

describe('last-month', () => {
  it('"lost 4.2% last month" written on May 1 is April', () => {
    expect(only('The S&P 500 lost 4.2% last month', '2024-05-01')).toMatchObject({ type: 'point', period: '2024-04' });
  });
  it('"last month" in January is December of the year before', () => {
    expect(only('Gold rose 1.1% last month', '2025-01-03')).toMatchObject({ type: 'point', period: '2024-12' });
  });
});

describe('five-sessions-column and same-five-sessions', () => {
  it('a "Five sessions" column and "over the same five sessions" are the last five sessions', () => {
    expect(only('Yields at a glance · Five sessions · 2-year note', '2024-04-16')).toMatchObject({
      type: 'window',
      sessions: 5,
    });
    expect(only('it is up 23 basis points over the same five sessions', '2024-04-16')).toMatchObject({
      type: 'window',
      sessions: 5,
    });
  });
});

describe('holiday-day', () => {
  it('"Back from Monday\'s holiday, the index fell 1.2%": the shut day dates no figure', () => {
    const s = "Back from Monday's holiday, the index fell 1.2% to 31,400.";
    const found = periodPhrases(s, 0, s.length, '2025-02-25');
    const at = s.indexOf('1.2%');
    expect(periodFor(found, at, at + 4, 0, s.length, false)).toBeNull();
  });
  it('a weekday with no holiday after it still dates the figure', () => {
    const s = 'On Monday the index fell 1.2% to 31,400.';
    const found = periodPhrases(s, 0, s.length, '2025-02-25');
    const at = s.indexOf('1.2%');
    expect(periodFor(found, at, at + 4, 0, s.length, false)).toMatchObject({ to: '2025-02-24' });
  });
});

describe('measured-against-final-close', () => {
  it('"Measured against their final closes of 2023" runs from that year\'s last session to the article', () => {
    expect(
      only('Measured against their final closes of 2023, the two are down 3.1% and 5.2%', '2024-10-18'),
    ).toMatchObject({
      type: 'span',
      from: '2023-12-31',
      to: '2024-10-18',
    });
  });
});

describe('than-in', () => {
  it('"a faster pace than in February" names the month compared with, not the figure\'s', () => {
    const s = 'The index rose 2.9% from a year earlier, a faster pace than in February.';
    const found = periodPhrases(s, 0, s.length, '2026-04-30');
    const at = s.indexOf('2.9%');
    expect(periodFor(found, at, at + 4, 0, s.length, false)).toBeNull();
  });
});

describe('month-end-move', () => {
  it('"finished the month 1.9% lower" in the month\'s last days is the month now ending', () => {
    expect(only('The index finished the month 1.9% lower.', '2026-04-30')).toMatchObject({
      from: '2026-03-31',
      to: '2026-04-30',
    });
    expect(only('The index closed its best month since 2020 with a gain of 8.1%.', '2026-04-29')).toMatchObject({
      from: '2026-03-31',
    });
  });
  it('early in a month, or with a level after it, the words date nothing', () => {
    expect(only('The index finished the month 1.9% lower.', '2026-04-10')).toBeNull();
    expect(only('Japan ended the month with $1,189.3 billion.', '2026-04-30')).toBeNull();
  });
});

describe('days-column', () => {
  it('a crypto table\'s "7 days" and "24h" columns are calendar days to the article', () => {
    const week = 'Coin board · 7 days · Ether (ETH) · +4.10%';
    expect(periodPhrases(week, 0, week.length, '2025-06-01')[0]?.period).toMatchObject({
      from: '2025-05-25',
      to: '2025-06-01',
    });
    const day = 'Coin board · 24h · Ether (ETH) · −1.20%';
    expect(periodPhrases(day, 0, day.length, '2025-06-01')[0]?.period).toMatchObject({
      from: '2025-05-31',
      to: '2025-06-01',
    });
    const odd = 'Coin board · 7 hours · Ether (ETH) · −1.20%';
    expect(periodPhrases(odd, 0, odd.length, '2025-06-01')).toHaveLength(0);
  });
});

describe('day-record-noun', () => {
  it('"3% Shy of March 4 Record": the day is the record\'s, never a figure\'s before it', () => {
    const s = 'Gold Holds $2,900, 3% Shy of March 4 Record';
    const found = periodPhrases(s, 0, s.length, '2025-03-10');
    const at = s.indexOf('$2,900');
    expect(periodFor(found, at, at + 6, 0, s.length, false)).toBeNull();
  });
});

describe('ranking-then-since', () => {
  it('"to 2.41%, the biggest one-day rise since the start of May": the span is the ranking\'s, not the level\'s', () => {
    const s = 'The yield rose 9 basis points to 2.41%, the biggest one-day rise since the start of May.';
    const found = periodPhrases(s, 0, s.length, '2024-08-08');
    const at = s.indexOf('2.41%');
    expect(periodFor(found, at, at + 5, 0, s.length, false)).toBeNull();
  });
});

describe('after-doing-in', () => {
  it('"a rebound after sliding on Friday": the day is the earlier move\'s, not the level\'s', () => {
    const s = 'The yield climbed 6 basis points to 4.12%, a rebound after sliding on Friday.';
    const found = periodPhrases(s, 0, s.length, '2025-03-11');
    const at = s.indexOf('4.12%');
    expect(periodFor(found, at, at + 5, 0, s.length, false)).toBeNull();
  });
});

describe('after-doing-in, forward', () => {
  it('"after ending Tuesday at 1.94%" still dates the level after the day', () => {
    const s = 'The yield eased to 1.91% on Wednesday after ending Tuesday at 1.94%.';
    const found = periodPhrases(s, 0, s.length, '2025-03-12');
    const at = s.indexOf('1.94%');
    expect(periodFor(found, at, at + 5, 0, s.length, false)).toMatchObject({ to: '2025-03-11' });
  });
});

describe('changes-from-day', () => {
  it('a closes table captioned "Closes on Monday, 29 June; changes from Friday" is Monday\'s, not Friday\'s', () => {
    const claims = claimsOf(
      [{ text: '23,026.68', context: 'Closes on Monday, 29 June; changes from Friday. · Close · Hang Seng' }],
      '2026-06-30',
    );
    const c = claims.find((x) => x.text === '23,026.68');
    expect(c?.period && periodLabel(c.period)).toBe('2026-06-26/2026-06-29');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});

describe('level-from-day and below-dated-record', () => {
  it('"The dollar bought 152.88 yen at noon in New York, down from Wednesday" is Thursday\'s noon rate', () => {
    const text =
      "The dollar bought 152.88 yen at noon in New York, down from Wednesday, and the euro's reference rate was $1.1962.";
    const c = claimsOf(text, '2026-01-29', '2026-01-29T23:40:00.000Z').find((x) => x.text === '152.88 yen');
    expect(c?.judgement?.verdict).toBe('matches');
  });

  it('adverb-from-day: "143.95 yen, down sharply from Friday" is the last session\'s noon rate, not Friday\'s', () => {
    const text = "The Fed's noon rate for the dollar was 143.95 yen, down sharply from Friday.";
    const c = claimsOf(text, '2024-08-06', '2024-08-06T10:50:00.000Z').find((x) => x.text === '143.95 yen');
    expect(c?.judgement?.verdict).toBe('matches');
  });

  it('"up from Friday\'s close of 49,299.65" still dates that level to Friday', () => {
    const found = periodPhrases("It rose, up from Friday's close of 49,299.65.", 0, 44, '2025-10-28');
    expect(found.some((f) => !f.barrier)).toBe(true);
  });

  it('a scorecard column "Below Jan. 13 record" does not date the row\'s close', () => {
    const claims = claimsOf(
      [{ text: '25,260.69', context: 'Europe scorecard, Friday · Close · DAX · Below Jan. 13 record' }],
      '2026-02-20',
    );
    expect(claims.find((x) => x.text === '25,260.69')?.judgement?.verdict).toBe('matches');
  });
});

describe('trailing-year-label', () => {
  it('a returns table\'s column "Past 12 months" is the twelve months to the article', () => {
    const t = 'Returns at a glance · Past 12 months · Gold (LBMA PM) · +27.6%';
    expect(periodPhrases(t, 0, t.length, '2026-06-16').map((f) => f.period)).toEqual([
      { type: 'span', from: '2025-06-16', to: '2026-06-16', label: 'Past 12 months' },
    ]);
  });
  it('only as a label: "the past 12 months were hard" in running text is not one', () => {
    const t = 'For savers the past 12 months were hard · Gold (LBMA PM) · +27.6%';
    expect(periodPhrases(t, 0, t.length, '2026-06-16')).toEqual([]);
  });
});

describe('own-move-noun', () => {
  it('"taking its loss since Friday to 10.4%": the subject\'s own move named as a noun runs since Friday', () => {
    const t = 'Brent fell $3.60 to $72.09, taking its loss since Friday to 10.4%.';
    expect(periodPhrases(t, 0, t.length, '2026-06-24').map((f) => f.period)).toEqual([
      { type: 'span', from: '2026-06-19', to: '2026-06-24', label: 'since Friday' },
    ]);
  });
});

describe('coming-meeting', () => {
  it('"the Governing Council meets next in April" dates no figure; the rate is the one in force', () => {
    const t = 'The deposit facility rate stands at 2.25%, and the Governing Council meets next in April.';
    const [f] = periodPhrases(t, 0, t.length, '2026-03-31');
    expect(f?.barrier).toBe(true);
    expect(claimsOf([t], '2026-03-31').find((c) => c.text === '2.25%')?.judgement?.verdict).toBe('differs');
  });
  it('"the two-day meeting, which ends Friday" is a Friday to come, not the last one', () => {
    const t = 'The Nikkei 225 fell 510.78 points, or 1.03%, to 49,001.50 ahead of the meeting, which ends Friday.';
    expect(claimsOf([t], '2025-12-18').find((c) => c.text === '49,001.50')?.judgement?.verdict).toBe('matches');
  });
});

describe('owned-move-noun', () => {
  it('"gave back part of their March run, and the Dow lost 190.89 points": the month names a run, not the Dow\'s move', () => {
    const t =
      'The S&P 500 fell 33.39 points as chipmakers gave back part of their March run, and the Dow lost 190.89 points.';
    expect(periodPhrases(t, 0, t.length, '2024-03-16')).toEqual([]);
  });
  it('"its March rally of 2.1%" still dates the rally\'s own figure', () => {
    const t = 'The Dow extended its March rally of 2.1%.';
    expect(periodPhrases(t, 0, t.length, '2024-03-16').map((f) => f.period.label)).toEqual(['March']);
  });
});

describe('streak-count', () => {
  it('"its fifth loss in five sessions" counts losses; the move is the day\'s', () => {
    const t = 'Frankfurt had no such ballast: the DAX fell 255.22 points, its fifth loss in five sessions.';
    expect(periodPhrases(t, 0, t.length, '2025-06-15')).toEqual([]);
    const u = 'The DAX fell 2.3% in five sessions.';
    expect(periodPhrases(u, 0, u.length, '2025-06-15').map((f) => f.period.type)).toEqual(['window']);
  });
});

describe('from-last-weekday-close', () => {
  it('"up 0.8% from last Friday\'s close" on a Thursday runs from that Friday to the article', () => {
    const s = "The benchmark finished Thursday up 0.8% from last Friday's close.";
    const found = periodPhrases(s, 0, s.length, '2024-05-02');
    expect(found.map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', from: '2024-04-26', to: '2024-05-02' }),
    );
    expect(found.map((f) => f.period)).not.toContainEqual(
      expect.objectContaining({ type: 'span', from: '2024-04-25', to: '2024-04-26' }),
    );
  });
});

describe('meet-next', () => {
  it('"policymakers meet next on June 11-12" is a meeting to come, dating no figure', () => {
    const s = "The Fed's target range is 5.25%-5.50%, and policymakers meet next on June 11-12.";
    const found = periodPhrases(s, 0, s.length, '2024-05-15');
    expect(found.every((f) => f.barrier || f.period.type !== 'span')).toBe(true);
    expect(found.some((f) => f.period.type === 'point' && f.period.period === '2024-06' && f.barrier)).toBe(true);
  });
});

describe('from-month-end', () => {
  it('"up 12.7 basis points from the end of December" runs from December\'s last close to the article', () => {
    const s = 'The 10-year JGB yield is up 12.7 basis points from the end of December.';
    const found = periodPhrases(s, 0, s.length, '2025-01-24');
    expect(found.map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', from: '2024-12-31', to: '2025-01-24' }),
    );
    expect(found.map((f) => f.period)).not.toContainEqual(
      expect.objectContaining({ type: 'point', period: '2024-12' }),
    );
  });
});

describe('that-day-not-since', () => {
  it('"on the day" after "its lowest close since Feb. 5" is the session, not Feb. 5', () => {
    const s = 'GBP/USD fell 1.04% to 1.2544, its lowest close since Feb. 5; the pair shed 132 pips on the day.';
    const found = periodPhrases(s, 0, s.length, '2024-04-10');
    const day = found.find((f) => s.slice(f.start, f.end) === 'on the day')!;
    expect(day.period).toEqual(expect.objectContaining({ type: 'span', from: '2024-04-09', to: '2024-04-10' }));
  });
});

describe('ordinal-move', () => {
  it('"the first reduction of 2025" counts the bank\'s moves and dates no figure', () => {
    const s = 'A quarter point, the first reduction of 2025.';
    const found = periodPhrases(s, 0, s.length, '2025-09-17');
    expect(found.some((f) => f.period.type === 'point' && f.period.period === '2025' && !f.barrier)).toBe(false);
  });
});

describe('than-where-ended', () => {
  it('"26 basis points higher than where it ended December" runs from December\'s last close to the article', () => {
    const s = 'The yield is about 26 basis points higher than where it ended December.';
    const found = periodPhrases(s, 0, s.length, '2024-05-02');
    expect(found.map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', from: '2023-12-29', to: '2024-05-02' }),
    );
  });
});

describe('close-against-day', () => {
  it('"Friday, Aug. 22 close against Friday, Aug. 15" dates a table\'s levels by the first day only', () => {
    const s = 'Stocks: Friday, Aug. 22 close against Friday, Aug. 15. · Latest · Nasdaq Composite · 21,496.53';
    const found = periodPhrases(s, 0, s.length, '2025-08-24');
    const dated = found
      .filter((f) => !f.barrier && f.period.type === 'span')
      .map((f) => (f.period as { to: string }).to);
    expect(dated).toContain('2025-08-22');
    expect(dated).not.toContain('2025-08-15');
  });
});

describe('last-year-named-price', () => {
  it('"from the last 2024 afternoon price of $2,609.10" dates the level after it by 2024\'s last session', () => {
    // LBMA gold PM: 2024-12-30 2,609.10; 2025-02-10 2,904.45.
    const cs = claimsOf(['Gold is up 11.3% this year from the last 2024 afternoon price of $2,609.10.'], '2025-02-10');
    expect(cs.find((c) => c.text === '$2,609.10')!.judgement?.verdict).toBe('matches');
    expect(cs.find((c) => c.text === '11.3%')!.judgement?.verdict).toBe('matches');
  });
});

describe('weekend-abbreviation', () => {
  it('"Bitcoin (Sun.)" dates its row by Sunday; "(Fri.)" under a "7 days" column leaves the span to the column', () => {
    const s = 'Nasdaq week to Friday. · Last close · Bitcoin (Sun.) · 86,499.25';
    const sun = periodPhrases(s, 0, s.length, '2025-11-24').find((f) => s.slice(f.start, f.end) === '(Sun.)');
    expect(sun?.period).toEqual(expect.objectContaining({ type: 'span', to: '2025-11-23' }));
    const w = 'Yields: H.15. · 7 days · 10-year Treasury yield (Fri.) · +22 bp';
    expect(periodPhrases(w, 0, w.length, '2024-03-17').some((f) => w.slice(f.start, f.end) === '(Fri.)')).toBe(false);
  });
});

describe('the-quarter-move', () => {
  it('"35 basis points lower over the quarter" is the quarter so far; in a quarter\'s first week, the one just ended', () => {
    const s =
      'The 10-year yield ended at 4.23%, down 4 basis points on the day and 35 basis points lower over the quarter.';
    expect(periodPhrases(s, 0, s.length, '2025-03-31').map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', from: '2024-12-31', to: '2025-03-31' }),
    );
    expect(periodPhrases(s, 0, s.length, '2025-04-03').map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'point', period: '2025-Q1' }),
    );
    const t = 'The quarter ahead will test the Fed.';
    expect(periodPhrases(t, 0, t.length, '2025-03-31')).toEqual([]);
  });
});

describe('where-aside', () => {
  it('"In London, where trading went ahead on Thursday, the FTSE 100 rose 1.17%": Thursday is the aside\'s', () => {
    const c = claimsOf(
      'In London, where trading went ahead on Thursday, the FTSE 100 rose 1.17% to 8,596.4.',
      '2025-05-02',
      '2025-05-02T16:15:00.000Z',
    ).find((x) => x.text === '1.17%');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});

describe('move-then-week', () => {
  it('a change cell "+0.87% week" under a row "S&P 500, Friday close" is the week\'s move', () => {
    const t = 'Where things stand · Change · S&P 500, Friday close · +0.87% week';
    expect(periodPhrases(t, 0, t.length, '2024-07-13').map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', label: 'week' }),
    );
    const c = claimsOf(
      [{ text: '+0.87% week', context: 'Where things stand · Change · S&P 500, Friday close' }],
      '2024-07-13',
    );
    expect(c[0]?.judgement?.verdict).toBe('matches');
  });
});

describe('since-day-close-ahead', () => {
  it('"since the Nov. 5 election-day close it has gained 32.1%" runs from Nov. 5 to the article', () => {
    const s = 'Since the Nov. 5 election-day close it has gained 32.1%.';
    expect(periodPhrases(s, 0, s.length, '2024-12-05').map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', from: '2024-11-05', to: '2024-12-05' }),
    );
  });
});

describe('from-months', () => {
  it('"75 basis points of cuts from September to December" spans the four months', () => {
    const s = 'The range ended the year at 3.50%-3.75% after 75 basis points of cuts from September to December.';
    expect(periodPhrases(s, 0, s.length, '2026-01-02').map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', from: '2025-08-29', to: '2025-12-31' }),
    );
  });
});

describe('event-weekday', () => {
  it('"On the Friday SVB went under" is no last Friday: it dates nothing, and nothing is read in its place', () => {
    const s = 'On the Friday SVB went under it changed hands at $20,227.02.';
    const found = periodPhrases(s, 0, s.length, '2024-03-08');
    expect(found.length).toBe(1);
    expect(found[0]!.barrier).toBe(true);
  });
  it('a weekday with no event after it is still the last such day: "the Friday close"', () => {
    const s = 'Bitcoin held near the Friday close of $68,313.70.';
    const found = periodPhrases(s, 0, s.length, '2024-03-09');
    expect(found.some((f) => !f.barrier)).toBe(true);
  });
});

describe('record-set-on, told without its setter', () => {
  it('"to 5,949.17, a second step back from the record set on Monday": Monday is the record\'s day', () => {
    const s = 'The S&P 500 lost 36.21 points, or 0.60%, to 5,949.17, a second step back from the record set on Monday.';
    const found = periodPhrases(s, 0, s.length, '2024-11-14');
    expect(found.every((f) => f.barrier)).toBe(true);
  });
  it('a level right before "record set" keeps the day: "short of the $64.51 record set last Friday"', () => {
    const s = 'Silver is still short of the $64.51 record set last Friday.';
    const found = periodPhrases(s, 0, s.length, '2025-12-16');
    expect(found.some((f) => !f.barrier)).toBe(true);
  });
});

describe('trailing-year label', () => {
  it('"over the year" is read as the year to date, labelled so that the judge may try the twelve months too', () => {
    const s = 'The 10-year JGB yield has climbed about 71 basis points over the year, to 1.487%.';
    const [f] = periodPhrases(s, 0, s.length, '2025-08-05');
    expect(f?.period).toMatchObject({ type: 'span', from: '2024-12-31', to: '2025-08-05', label: 'over the year' });
  });
});

describe('weekday-then-date', () => {
  it('"on Tuesday, March 31," written on April 8 is March 31, not the Tuesday before the article', () => {
    const s = 'The S&P 500 gained 184.80 points on Tuesday, March 31, to close at 6,528.52.';
    const found = periodPhrases(s, 0, s.length, '2026-04-08');
    expect(found.map((f) => f.period)).toEqual([expect.objectContaining({ type: 'span', to: '2026-03-31' })]);
  });
  it('a weekday the date does not fall on is kept: "on Friday, March 31" (a Tuesday)', () => {
    const s = 'It rose on Friday, March 31, to 6,528.52.';
    expect(periodPhrases(s, 0, s.length, '2026-04-08')).toHaveLength(2);
  });
});

describe('date-then-weekday', () => {
  it('a chronology\'s "1 August 2024 (Thursday)" written in October is August 1, not the Thursday before the article', () => {
    const s = '1 August 2024 (Thursday) · The Nikkei slides 2.49% as exporters react to the stronger yen.';
    const found = periodPhrases(s, 0, s.length, '2024-10-21');
    expect(found.map((f) => f.period)).toEqual([expect.objectContaining({ type: 'span', to: '2024-08-01' })]);
  });
  it('"this year on Thursday": a weekday after a longer period is its own day', () => {
    const s = 'The Bank of England cut rates for the second time this year on Thursday, by a quarter point.';
    expect(periodPhrases(s, 0, s.length, '2024-11-07').map((f) => f.period.label)).toEqual([
      'year-to-date',
      'Thursday',
    ]);
  });
  it('a weekday the date does not fall on is kept: "1 August 2024 (Friday)"', () => {
    const s = '1 August 2024 (Friday) · The Nikkei slides 2.49%.';
    expect(periodPhrases(s, 0, s.length, '2024-10-21')).toHaveLength(2);
  });
});

describe('the-quarter-move in a quarterly letter', () => {
  it('"rose 106.5% over the quarter" on April 8 is the first quarter (three weeks into the new one)', () => {
    const s = 'Brent spot rose 106.5% over the quarter.';
    expect(periodPhrases(s, 0, s.length, '2026-04-08')[0]?.period).toMatchObject({ type: 'point', period: '2026-Q1' });
    // Letters come out up to five weeks in (blind150 letters of April 23, July 28, October 24); six weeks in, it is the
    // quarter so far.
    expect(periodPhrases(s, 0, s.length, '2026-04-29')[0]?.period).toMatchObject({ type: 'point', period: '2026-Q1' });
    expect(periodPhrases(s, 0, s.length, '2026-05-13')[0]?.period).toMatchObject({ type: 'span', from: '2026-03-31' });
  });
  it('three-months-just-ended: "fell 55 basis points over the three months" on October 9 is the third quarter', () => {
    const s = 'The 10-year Treasury yield fell 55 basis points over the three months.';
    expect(periodPhrases(s, 0, s.length, '2024-10-09')[0]?.period).toMatchObject({ type: 'point', period: '2024-Q3' });
    expect(periodPhrases(s, 0, s.length, '2024-11-20')).toEqual([]);
  });
  it('quarter-final-day: "On the quarter\'s final day" on October 9 is Monday, September 30', () => {
    const s = "On the quarter's final day, the Nikkei 225 fell 1,910.01 points.";
    expect(periodPhrases(s, 0, s.length, '2024-10-09')[0]?.period).toMatchObject({ type: 'span', to: '2024-09-30' });
  });
});

describe('quarter-end-level', () => {
  it('"The dollar index ended the quarter at 96.88" on July 9 is the last session of June', () => {
    const s = 'The dollar index ended the quarter at 96.88.';
    expect(periodPhrases(s, 0, s.length, '2025-07-09')[0]?.period).toMatchObject({
      to: '2025-06-30',
      lastSession: true,
    });
  });
});

describe('bare-half', () => {
  it('"gained 26.0% in the first half" written in July is this year\'s first half', () => {
    const s = 'Gold gained 26.0% in the first half.';
    expect(periodPhrases(s, 0, s.length, '2025-07-09')[0]?.period).toMatchObject({
      from: '2024-12-31',
      to: '2025-06-30',
    });
  });
  it('"the second half of the decade" is no half of a year', () => {
    const s = 'Growth should pick up in the second half of the decade.';
    expect(periodPhrases(s, 0, s.length, '2025-07-09')).toEqual([]);
  });
});

describe("quarter-end-level, in the quarter's last days", () => {
  it('"Bitcoin finished the quarter at $85,170" on March 31 is the quarter ending that day', () => {
    const s = 'Bitcoin finished the quarter at $85,170.';
    expect(periodPhrases(s, 0, s.length, '2025-03-31')[0]?.period).toMatchObject({ to: '2025-03-31' });
  });
});

describe('period-colon-lead', () => {
  it('a review headline\'s "March 2026:" opens the sentence: its moves are the month\'s', () => {
    const s = 'March 2026: Brent spot surges 77.6% to $126.69, Nikkei sinks 13.2%, S&P 500 down 5.1% at 6,529';
    const found = periodPhrases(s, 0, s.length, '2026-04-02');
    expect(leadPeriod(found, s, 0)).toMatchObject({ type: 'point', period: '2026-03' });
  });
  it('a period later in the sentence, before a colon, opens nothing', () => {
    const s = 'Stocks recap for March 2026: Brent spot surges 77.6%';
    expect(leadPeriod(periodPhrases(s, 0, s.length, '2026-04-02'), s, 0)).toBeNull();
  });
});

describe('weekly-move-of', () => {
  it('"added 38.17 points ... and a weekly rise of 1.62%": the week is the figure after "of", not the day\'s before it', () => {
    const s = 'The Dow added 38.17 points for a second straight record and a weekly rise of 1.62%.';
    const found = periodPhrases(s, 0, s.length, '2024-09-21');
    const at = (t: string) => [s.indexOf(t), s.indexOf(t) + t.length] as const;
    const [a0, a1] = at('38.17 points');
    const [b0, b1] = at('1.62%');
    expect(periodFor(found, a0, a1, 0, b0, false)).toBeNull();
    expect(periodFor(found, b0, b1, a1, s.length)).toMatchObject({ type: 'span', to: '2024-09-21' });
  });
});

describe('above-final-year-noun', () => {
  it('"roughly 66% above its last 2024 fix" runs from the last session of 2024 to the article', () => {
    const s = 'The price was fixed at $4,337.60 on Friday, roughly 66% above its last 2024 fix.';
    const found = periodPhrases(s, 0, s.length, '2025-12-19');
    expect(found.map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', from: '2024-12-31', to: '2025-12-19' }),
    );
  });
});

describe('possessive-auction', () => {
  it('"having reached $32.01 at Wednesday\'s auction": the figure is Wednesday\'s', () => {
    const s = "Silver was set at $30.37 an ounce, having reached $32.01 at Wednesday's auction, its highest this year.";
    const found = periodPhrases(s, 0, s.length, '2024-06-03');
    const a = s.indexOf('$32.01');
    expect(periodFor(found, a, a + 6, s.indexOf('$30.37') + 6, s.length)).toMatchObject({ to: '2024-05-29' });
  });
  it("\"above $5,000 at Monday's auction, at $5,090.80\": the day is the auction's own figure's", () => {
    const s = "It first fixed above $5,000 at Monday's auction, at $5,090.80.";
    const found = periodPhrases(s, 0, s.length, '2026-01-29');
    const a = s.indexOf('$5,090.80');
    const b = s.indexOf('$5,000') + 6;
    expect(periodFor(found, a, a + 9, b, s.length)).toMatchObject({ to: '2026-01-26' });
  });
});

describe('month-just-ended', () => {
  it('"a 7.6% monthly drop" and "at the end of the month" in a month\'s first days are the month just ended', () => {
    const s = 'Brent crude settled at $67.83 at the end of the month, a 7.6% monthly drop.';
    expect(periodPhrases(s, 0, s.length, '2025-09-03')[0]?.period).toMatchObject({ type: 'point', period: '2025-08' });
    // Stored Brent: 73.43 on 2025-07-31, 67.83 on 2025-08-29 (-7.6%).
    expect(verdictOf(s, '7.6%', '2025-09-03')).toBe('matches');
    // Later in the month, and "this month" at any time, it is the month begun.
    expect(periodPhrases(s, 0, s.length, '2025-09-12')[0]?.period).toMatchObject({ type: 'span', to: '2025-09-12' });
    const t = 'Brent has fallen 1.2% this month.';
    expect(periodPhrases(t, 0, t.length, '2025-09-03')[0]?.period).toMatchObject({ type: 'span', to: '2025-09-03' });
  });
});

describe('from-month-end-comma', () => {
  it('"up 3.2% from the end of July, and ..." runs from July\'s last close, not over July', () => {
    const s = 'The Dow finished at 45,544.88, up 3.2% from the end of July, and is 7.1% higher for the year.';
    expect(periodPhrases(s, 0, s.length, '2025-09-03')[0]?.period).toMatchObject({ type: 'span', from: '2025-07-31' });
  });
});

describe('when-clause-lead', () => {
  it('"When the Fed began cutting on September 18 last year, the 10-year yield stood at 3.70%": that day\'s', () => {
    // Stored 10-year yield: 3.70% on 2024-09-18; 4.41% on 2025-06-13.
    const s = 'When the Fed began cutting on September 18 last year, the 10-year Treasury yield stood at 3.70%.';
    expect(verdictOf(s, '3.70%', '2025-06-13')).toBe('matches');
    const found = periodPhrases(s, 0, s.length, '2025-06-13');
    expect(found[0]).toMatchObject({ opensClause: true, period: { to: '2024-09-18' } });
  });
});

describe('strip-label', () => {
  it('"1D ▲0.12% · 1W ▲1.5% · YTD ▲11.2%": each label dates the figure after it', () => {
    // Stored S&P 500: 5,222.68 on 2024-05-10, 5,303.27 on 2024-05-17 (+1.54% on the week, +11.2% on the year).
    const s = 'S&P 500 performance · 1D ▲0.12% · 1W ▲1.5% · YTD ▲11.2%';
    expect(verdictOf(s, '▲1.5%', '2024-05-17')).toBe('matches');
    expect(verdictOf(s, '▲11.2%', '2024-05-17')).toBe('matches');
    expect(verdictOf(s, '▲0.12%', '2024-05-17')).toBe('matches');
  });
});

describe('since-month-end-lead and the-move-clause', () => {
  it('"Since the end of October it has risen 33.9%, and the year-to-date gain is 119.9%"', () => {
    // Stored bitcoin: 69,467.29 on 2024-10-31, 93,000.01 on 2024-11-24 (+33.9%).
    const blocks = [
      'Bitcoin closed Sunday at $93,000.01. Since the end of October it has risen 33.9%, and the year-to-date gain is 119.9%.',
    ];
    expect(verdictOf(blocks, '33.9%', '2024-11-25')).toBe('matches');
    // Not a "since" inside a sentence: "its highest since the end of October" is an extreme's reach.
    const s = 'Gold hit its highest since the end of October.';
    expect(periodPhrases(s, 0, s.length, '2024-11-25').some((f) => f.period.label === 'since the end of October')).toBe(
      false,
    );
  });
});

describe('monday-week-column', () => {
  it('a Monday table\'s "Week" column is the week just ended', () => {
    // Stored ether: 3,075.21 on 2024-11-17, 3,364.84 on 2024-11-24 (+9.4%).
    expect(verdictOf([{ context: 'Closing levels · Week · Ether (Sun)', text: '+9.4%' }], '+9.4%', '2024-11-25')).toBe(
      'matches',
    );
  });
});

describe('review-lead and year-end-close', () => {
  it('"2024 in review: S&P 500 gained 23.3% to 5,881.63": the year\'s move and its last close', () => {
    // Stored S&P 500: 4,769.83 on 2023-12-29, 5,881.63 on 2024-12-31 (+23.3%); 5,868.55 on 2025-01-02.
    const s = '2024 in review: S&P 500 gained 23.3% to 5,881.63, dollar index up 7.1%';
    expect(verdictOf(s, '23.3%', '2025-01-02')).toBe('matches');
    expect(verdictOf(s, '5,881.63', '2025-01-02')).toBe('matches');
    // The year must be over: a "2025 in review:" written in 2025 names no period.
    expect(periodPhrases(s.replace('2024', '2025'), 0, s.length, '2025-06-02')).toEqual([]);
  });
});

describe('month-last-day', () => {
  it('"jumped $5.04, or 5.5%, on the last day of the month" is that session, not the month', () => {
    // Stored Brent spot: 91.91 on 2026-07-30, 96.95 on 2026-07-31.
    const s = 'Brent jumped $5.04, or 5.5%, on the last day of the month from $91.91.';
    expect(verdictOf(s, '$5.04', '2026-07-31')).toBe('matches');
    expect(verdictOf(s, '5.5%', '2026-07-31')).toBe('matches');
    // Early in the next month, the month before's last session.
    const found = periodPhrases(s, 0, s.length, '2026-08-04');
    expect(found[0]?.period).toMatchObject({ type: 'span', to: '2026-07-31' });
  });
});

describe('year-end-close only for a review', () => {
  it('"jumped 22 basis points to 2.72% ..., above anything seen in 2024" is not judged against 2024\'s last close', () => {
    const s =
      'The 10-year Bund yield jumped 22 basis points to 2.72% in a single session, above anything seen in 2024.';
    expect(verdictOf(s, '2.72%', '2025-03-06')).not.toBe('differs');
  });
});

describe('week-to-weekday', () => {
  // Brent spot 96.95 on 2026-07-31 and 87.62 on 2026-08-07 (data/series/cmd.brent_usd.csv).
  it('"in the five sessions to Friday", written on a Monday, runs from the Friday before to last Friday', () => {
    const text = 'WTI lost 7.4% in the five sessions to Friday, and Brent dropped $9.33, or 9.6%.';
    const p = periodPhrases(text, 0, text.length, '2026-08-10')
      .map((f) => f.period)
      .find((x) => x.type === 'span');
    expect(p?.type === 'span' ? [p.from, p.to] : null).toEqual(['2026-07-31', '2026-08-07']);
    expect(verdictOf(text, '$9.33', '2026-08-10')).toBe('matches');
  });
  // WTI spot 79.77 on 2026-08-07 and 86.16 on 2026-07-31 (data/series/cmd.wti_usd.csv).
  it('"..., when it ended at $79.77" after "the five sessions to Friday" is Friday\'s close, not the span\'s start', () => {
    const text = 'U.S. oil lost 7.4% in the five sessions to Friday, when it ended at $79.77.';
    expect(verdictOf(text, '$79.77', '2026-08-10')).toBe('matches');
  });
});

describe('into-weekday', () => {
  // VIX 23.39 on Friday 2024-08-02, 16.60 on Monday 2024-07-29 (data/series/idx.vix.csv).
  it('"rolled into Monday" dates nothing: the VIX\'s close in a Saturday story is Friday\'s', () => {
    const s =
      'The VIX jumped to 23.39 at the close, and options desks said weekend hedges were being rolled into Monday.';
    expect(verdictOf(s, '23.39', '2024-08-03')).toBe('matches');
  });
});

describe('day-after-setting, day-after-moved-to and week-after-ended', () => {
  // S&P 500 6,502.08 on 2025-09-04; KOSPI 2,441.55 on 2024-08-05; 10-year 4.44% on 2026-03-27 (data/series).
  it('"a day after setting a record close of 6,502.08" is the day before\'s close', () => {
    const s = 'The S&P 500 lost 0.32% to end at 6,481.50, a day after setting a record close of 6,502.08.';
    expect(verdictOf(s, '6,502.08', '2025-09-05')).toBe('matches');
    const p = claimsOf(s, '2025-09-05').find((c) => c.text === '6,502.08')?.period;
    expect(p?.type === 'span' ? p.to : null).toBe('2025-09-04');
  });
  it('"a day after it had tumbled 234.64 points to 2,441.55" is the day before\'s move and close', () => {
    const s =
      'The KOSPI rose 80.60 points, or 3.30%, to 2,522.15, a day after it had tumbled 234.64 points to 2,441.55.';
    expect(verdictOf(s, '2,441.55', '2024-08-06')).toBe('matches');
    expect(verdictOf(s, '234.64 points', '2024-08-06')).toBe('matches');
  });
  it('"a week after it ended at 4.44%" is the close a week before', () => {
    const s = 'The 10-year closed at 4.35%, a week after it ended at 4.44%, its highest close of the year so far.';
    expect(verdictOf(s, '4.44%', '2026-04-03')).toBe('matches');
  });
});

describe('year-end-column', () => {
  // 2-year Treasury yield 4.23% on 2023-12-29 (data/series/us.ust_2y_yield.csv).
  it("a yields table's \"End-2023\" column holds each row's level at 2023's last session", () => {
    expect(
      cellVerdictOf(
        { caption: 'Yields at a glance', column: 'End-2023', row: '2-year note', cell: '4.23%' },
        '2024-06-14T18:00:00-04:00',
      ),
    ).toBe('matches');
    const found = periodPhrases('Yields · 2023 close · 2-year note', 0, 33, '2024-06-14');
    expect(found.map((f) => f.period)).toContainEqual(
      expect.objectContaining({ type: 'span', to: '2023-12-31', lastSession: true }),
    );
  });
});

describe('day-when-clause', () => {
  // 10-year Treasury yield 4.37% on Wednesday 2025-06-04, 4.51% on Friday 2025-06-06 (data/series).
  it('"on Wednesday, when a weak estimate and soft services data pulled the 10-year down to 4.37%" is Wednesday\'s', () => {
    const s =
      'It had looked like a different week on Wednesday, when a weak private-payrolls estimate and a contraction in services activity pulled the 10-year down to 4.37%.';
    const c = claimsOf(s, '2025-06-06').find((x) => x.text === '4.37%');
    expect(c?.period?.type === 'span' ? c.period.to : null).toBe('2025-06-04');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});

describe('a-day-event and while-after-span', () => {
  // Shanghai Composite: the week to 2026-05-22 down 0.54% (data/series); Friday alone up 0.87%.
  it('"down 1.37% for the week, while the Shanghai Composite slipped 0.54% despite a late Friday bounce" is the week', () => {
    const s =
      "Hong Kong's Hang Seng ended at 25,606.03, down 1.37% for the week, while the Shanghai Composite slipped 0.54% despite a late Friday bounce.";
    const c = claimsOf(s, '2026-05-22').find((x) => x.text === '0.54%');
    expect(c?.period?.label).toBe('this week');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});

describe('final-months', () => {
  // Fed funds upper limit 4.50% at the end of August 2025, 3.75% after the December 10 cut (data/series).
  it('"after 75 basis points of cuts in the final months of 2025" is the move from the end of August to year-end', () => {
    const s =
      'The Federal Reserve left its benchmark rate in a range of 3.50% to 3.75% at its meeting last week, after 75 basis points of cuts in the final months of 2025.';
    expect(verdictOf(s, '75 basis points', '2026-06-25')).toBe('matches');
  });
});

describe('after-gerund', () => {
  it('"up 123% after topping six figures for the first time in December" is not December\'s move', () => {
    const s =
      "Bitcoin, the year's standout, finished Dec. 31 at $94,383.59, up 123% after topping six figures for the first time in December.";
    const c = claimsOf(s, '2025-01-02').find((x) => x.text === '123%');
    expect(c?.period ?? null).toBeNull();
    expect(c?.judgement?.verdict ?? 'unmarked').not.toBe('inconsistent');
  });
});

describe('since-column and from-span-at', () => {
  // DAX 24,894.35 on 2026-06-15, 25,139.69 on 2026-06-22 (+0.99%); LBMA gold PM 2,078.40 on 2023-12-28 (data/series).
  it('a table\'s "Since June 15" column is each row\'s move since that close', () => {
    expect(
      cellVerdictOf(
        { caption: 'How the majors finished on Monday, June 22', column: 'Since June 15', row: 'DAX', cell: '+0.99%' },
        '2026-06-22T18:00:00+02:00',
      ),
    ).toBe('matches');
  });
  it('"Since Jan 2", a year\'s first session, may mean the year so far: not read as that close', () => {
    const found = periodPhrases('Benchmarks · Since Jan 2 · Dax', 0, 31, '2026-03-06');
    expect(found.some((f) => f.period.type === 'span' && f.period.from === '2026-01-02')).toBe(false);
  });
  it('"Measured from the last auction of 2023, at $2,078.40" is that auction\'s price', () => {
    const s = 'Measured from the last auction of 2023, at $2,078.40, gold has gained 31.7% this year.';
    expect(verdictOf(s, '$2,078.40', '2024-10-23')).toBe('matches');
  });
});
