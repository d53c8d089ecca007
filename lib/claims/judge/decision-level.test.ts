import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('decision-on-day', () => {
  // Stored Bank Rate: 4% until 2025-12-17, 3.75% from 2025-12-18.
  it('"kept Bank Rate at 4% on Thursday" when Thursday\'s decision took it to 3.75% is red', () => {
    expect(verdictOf('The Bank of England kept Bank Rate at 4% on Thursday.', '4%', '2025-12-19')).toBe('differs');
  });
  it('with no period, a past decision verb reports the latest decision', () => {
    expect(verdictOf('The Bank of England kept Bank Rate at 4% and flagged upside risks.', '4%', '2025-12-19')).toBe(
      'differs',
    );
  });
  it('a stale level without a decision verb stays a question ("the rate of 4%")', () => {
    expect(verdictOf('Borrowers remember the Bank of England rate of 4% well.', '4%', '2025-12-19')).toBe('check');
  });
});

describe('present-copula', () => {
  // Stored fed funds target: 4.25% upper until 2025-09-17, 4.00% from 2025-09-18.
  it('"The target range is 4.00%–4.25%." after a cut to 3.75%–4.00% is red', () => {
    expect(verdictOf('The Fed funds target range is 4.00%–4.25%.', '4.00%–4.25%', '2025-10-30')).toBe('differs');
  });
});

describe('inside-range', () => {
  it('"the Fed\'s benchmark rate is 3.63%" inside the 3.50%-3.75% range is a question, not a wrong bound', () => {
    expect(verdictOf("The Fed's benchmark rate is 3.63% after the March meeting.", '3.63%', '2026-03-20')).toBe(
      'check',
    );
    expect(verdictOf("The Fed's benchmark rate is 4.25% after the March meeting.", '4.25%', '2026-03-20')).toBe(
      'differs',
    );
  });
});

describe('announced-by-then', () => {
  // Stored: the Fed's top of range 4.00 from 2025-10-30, 3.75 announced 2025-12-10.
  it('the day before a decision, the rate it would set is not the one in force', () => {
    expect(verdictOf('The Fed kept its range at 3.50%-3.75% on Tuesday.', '3.50%-3.75%', '2025-12-09')).toBe('differs');
    expect(verdictOf('The Fed kept its range at 3.75%-4.00% on Tuesday.', '3.75%-4.00%', '2025-12-09')).toBe('matches');
  });
});
