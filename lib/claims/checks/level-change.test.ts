import { describe, expect, it } from 'vitest';
import { analyze, checksDataset, verdictOf, wordsOf } from './checks.fixture';
import { claimsOf, verdictOf as verdictOfEngine } from '../test-engine';
import { validateDataset } from '../../dataset/validate';

describe('level-change: level, change and percentage agree', () => {
  it('the synthetic dataset is valid', () => {
    expect(validateDataset(checksDataset()).ok).toBe(true);
  });

  it('a close that does not follow from the previous close and the change (the issue example)', () => {
    const cs = analyze('The S&P 500 closed at 6,860.92 on Friday, up 4.31 points.');
    expect(verdictOf(cs, '6,860.92')).toBe('inconsistent');
    expect(wordsOf(cs, '6,860.92')).toEqual(['6,846.61 + 4.31 = 6,850.92, not 6,860.92']);
    // The change agrees with the dataset: it carries the finding but keeps its own verdict.
    expect(verdictOf(cs, '4.31 points')).toBe('matches');
    expect(wordsOf(cs, '4.31 points')).toHaveLength(1);
  });

  it('leaves the right close, change and percentage alone, rounding at the edge included', () => {
    const cs = analyze('The S&P 500 rose 4.31 points, or 0.06%, to 6,850.92 on Friday.');
    expect(cs.map((c) => c.checks ?? [])).toEqual([[], [], []]);
    expect(cs.every((c) => c.judgement?.verdict !== 'inconsistent')).toBe(true);
  });

  it('a percentage that does not follow from the sentence’s own change and level', () => {
    const cs = analyze('The Nikkei 225 fell 816.80 points, or 2.9%, to 41,860.44.');
    // 41,860.44 + 816.80 = 42,677.24 before; 816.80 / 42,677.24 = 1.91%.
    expect(wordsOf(cs, '2.9%')).toEqual(['816.80 / 42,677.24 = 1.91%, not 2.9%']);
    // No dataset figure for that day: which of the three is wrong is not known, all are flagged.
    expect(['816.80 points', '2.9%', '41,860.44'].map((t) => verdictOf(cs, t))).toEqual([
      'inconsistent',
      'inconsistent',
      'inconsistent',
    ]);
    const right = analyze('The Nikkei 225 fell 816.80 points, or 1.9%, to 41,860.44.');
    expect(right.flatMap((c) => c.checks ?? [])).toEqual([]);
  });

  it('a level the article gives for before: to X from Y with a change that is neither', () => {
    const cs = analyze('The Nikkei 225 rose 39.56 points to 41,950.00 from 41,860.44.');
    expect(wordsOf(cs, '41,950.00')).toEqual(['41,860.44 + 39.56 = 41,900.00, not 41,950.00']);
    expect(
      analyze('The Nikkei 225 rose 39.56 points to 41,900.00 from 41,860.44.').flatMap((c) => c.checks ?? []),
    ).toEqual([]);
  });

  it('never fires on a forecast, a move over another span, or an estimate', () => {
    expect(
      analyze('Strategists said the S&P 500 could close at 6,860.92, up 4.31 points.').flatMap((c) => c.checks ?? []),
    ).toEqual([]);
    // "for the week" is not Friday's move: the judge says whether it is right, not this check.
    expect(
      analyze('The S&P 500 closed at 6,850.92 on Friday and gained 2.5% for the week.').flatMap((c) => c.checks ?? []),
    ).toEqual([]);
    expect(
      analyze('The Nikkei 225 fell 816.80 points, or 2.9%, to about 41,860.').flatMap((c) => c.checks ?? []),
    ).toEqual([]);
  });
});

describe('judge-blames', () => {
  it('a policy-rate move with a wrong starting rate blames that rate, not the confirmed cut and new rate', () => {
    const cs = claimsOf(
      ['The Bank of Canada lowered its policy rate by a quarter point to 2.75% from 3.25% on Wednesday.'],
      '2025-03-12',
    );
    expect(cs.map((c) => [c.text, c.judgement?.verdict])).toEqual([
      ['a quarter point', 'matches'],
      ['2.75%', 'since-changed'],
      ['3.25%', 'inconsistent'],
    ]);
  });

  it('a monthly holding whose stated rise is wrong blames the rise, not the two confirmed levels', () => {
    const cs = claimsOf(
      ["China's holdings rose $32.5 billion to $784.3 billion in February, from $760.8 billion."],
      '2025-04-16',
    );
    expect(cs.filter((c) => c.judgement?.verdict === 'inconsistent').map((c) => c.text)).toEqual(['$32.5 billion']);
  });
});

describe('week-so-far is no session', () => {
  it('"lost 0.85% this week" on a Thursday is not checked against the day’s level and the day before', () => {
    const cs = claimsOf(
      [
        "The euro's reference rate was set at 1.0491 dollars, down from 1.0507 on Wednesday, and the euro has lost 0.85% this week.",
      ],
      '2024-12-12',
    );
    expect(cs.filter((c) => c.judgement?.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('weekend-last-session', () => {
  it("a weekend story's move with no day named is Friday's: only the figure Friday's close contradicts is blamed", () => {
    // Sunday 2025-08-24; the Dow closed 45,631.74 on Friday, up 846.24 (1.89%).
    const cs = claimsOf('The Dow climbed 846.24 points, or 1.97%, to 45,631.74.', '2025-08-24');
    const verdict = (t: string) => cs.find((c) => c.text === t)!.judgement!.verdict;
    expect(verdict('1.97%')).toBe('inconsistent');
    expect(verdict('846.24 points')).not.toBe('inconsistent');
    expect(verdict('45,631.74')).not.toBe('inconsistent');
  });
});

describe('level-is-previous-close', () => {
  // Stored Nikkei 225: 45,630.31 on 2025-09-24 and 45,754.93 on 2025-09-25, both sessions up about 0.3%.
  it("a level that is the dataset's previous close to the digit is not checked against the later day", () => {
    const cs = claimsOf(['The Nikkei 225 gained 0.3% and finished at a record 45,630.31.'], '2025-09-25');
    expect(cs.find((c) => c.text === '45,630.31')?.judgement?.verdict).not.toBe('inconsistent');
  });
});

describe('crypto-venue-slack: a coin quoted from another exchange', () => {
  // Stored ether (Kraken): 2,003.99 on 2026-06-01, 1,857.22 on 2026-06-02 (−146.77, −7.32%). A story
  // quoting another venue's −145.50 (−7.26%) with a transposed level 1,875.72: the level is to blame.
  it('the move within a venue’s spread of the stored one is not blamed; the wrong level is', () => {
    const claims = claimsOf(['Ether fell $145.50 (−7.26%) to $1,875.72.'], '2026-06-02');
    const by = (t: string) => claims.find((c) => c.text === t)?.judgement?.verdict;
    expect(by('$1,875.72')).toBe('inconsistent');
    expect(by('$145.50')).not.toBe('inconsistent');
    expect(by('−7.26%')).not.toBe('inconsistent');
  });
});

describe('index-vendor-close', () => {
  // Stored Dow: 42,305.48 on 2025-06-02, 42,519.64 on 2025-06-03 (+214.16).
  it('a close a few hundredths off the stored one is another print of it, not an inconsistency', () => {
    const s = 'The Dow Jones Industrial Average rose 214.16 points, or 0.51%, to 42,519.60.';
    const v = (text: string, fig: string) =>
      claimsOf([text], '2025-06-03').find((c) => c.text === fig)?.judgement?.verdict;
    expect(v(s, '42,519.60')).not.toBe('inconsistent');
    expect(v(s.replace('42,519.60', '42,519.46'), '42,519.46')).toBe('inconsistent');
  });
});

describe('from-previous-price', () => {
  // Stored LBMA gold: 4,126.30 on 2025-10-14, 4,204.60 on 2025-10-15.
  it('"from the previous afternoon price of $4,126.30" is the move\'s start, not a second reading of the day', () => {
    const s =
      'Gold kept climbing on Wednesday. The London afternoon auction fixed the metal at $4,204.60 an ounce, up $78.30, or 1.90%, from the previous afternoon price of $4,126.30.';
    const v = claimsOf([s], '2025-10-15').find((c) => c.text === '$4,126.30')?.judgement?.verdict;
    expect(v).not.toBe('inconsistent');
  });
});

describe('dollar-index-hours', () => {
  // Stored DXY closes: 98.93 on 2025-10-21, 98.90 on 2025-10-22.
  it('"dipped by 0.076 points to 98.635" during the day is another hour\'s quote, not an inconsistency', () => {
    const s = 'The U.S. Dollar Index dipped by 0.076 points to 98.635 against a basket of foreign currencies.';
    const v = claimsOf([s], '2025-10-22').find((c) => c.text === '98.635')?.judgement?.verdict;
    expect(v).not.toBe('inconsistent');
  });
});

describe('quote-currency-mover', () => {
  it('"the won ended at 1,401.4 won per dollar, down 14.4 won from the previous close of 1,387 won" agrees with itself', () => {
    const s =
      'According to the Seoul foreign exchange market, the won ended trading at 1,401.4 won per dollar, down 14.4 won from the previous close of 1,387 won.';
    expect(claimsOf([s], '2025-08-01').some((c) => c.judgement?.verdict === 'inconsistent')).toBe(false);
  });
  it('the dollar written as the mover, the same figures are a move the other way', () => {
    const s = 'The dollar ended at 1,401.4 won, down 14.4 won from the previous close of 1,387 won.';
    expect(claimsOf([s], '2025-08-01').some((c) => c.judgement?.verdict === 'inconsistent')).toBe(true);
  });
});

describe('record-it-set-after', () => {
  // Stored S&P 500: 7,609.78 on 2026-06-02; 7,600.50 on 2026-08-03, 7,736.52 on 2026-08-04.
  it('"added 136.02 points, clearing the 7,609.78 record it set on June 2": the record is no end of the move', () => {
    const cs = claimsOf(
      'The S&P 500 added 136.02 points, clearing the 7,609.78 record it set on June 2.',
      '2026-08-04',
    );
    expect(cs.flatMap((c) => c.checks ?? [])).toEqual([]);
  });
});

describe('records-they-had-set', () => {
  // Stored S&P 500 6,512.61 and Nasdaq 21,879.49 on 2025-09-09; 6,532.04 and 21,886.06 on 2025-09-10.
  it('"beat the records they had set a day earlier, 6,512.61 and 21,879.49" is no second level of the day', () => {
    const cs = claimsOf(
      [
        'The S&P 500 rose 19.43 points, or 0.3%, to 6,532.04. The Nasdaq composite gained 6.57 points, or 0.03%, to 21,886.06.',
        'Both the S&P 500 and the Nasdaq beat the records they had set a day earlier, 6,512.61 and 21,879.49, respectively.',
      ],
      '2025-09-10',
    );
    expect(cs.flatMap((c) => c.checks ?? [])).toEqual([]);
  });
});

describe('from-before-event', () => {
  it('"to X, from Y before the data\'s release": Y is an hour of the session, not where the move began', () => {
    const s =
      'The 10-year note yield dropped 3.4 basis points to 4.0536%, from 4.0633% just before the payrolls report.';
    expect(verdictOfEngine(s, '4.0536%', '2025-12-03')).not.toBe('inconsistent');
    // Without the event the same figures do not add up.
    const plain = 'The 10-year note yield dropped 3.4 basis points to 4.0536%, from 4.0633% on the day.';
    expect(verdictOfEngine(plain, '4.0536%', '2025-12-03')).toBe('inconsistent');
  });
});

describe('restates-unchecked', () => {
  it('a percentage restating a move carried by "it" is not paired with the day\'s move', () => {
    // LBMA silver, 2024-09-19 31.160 → 2024-09-20 31.315 (+15.5 cents); a week earlier 29.965 (+$1.35, +4.5%).
    const cs = claimsOf(
      [
        'The LBMA silver price rose 15.5 cents on Friday to $31.315, leaving it up $1.35, or 4.5%, from a week earlier.',
      ],
      '2024-09-20',
    );
    const pct = cs.find((c) => c.text === '4.5%')!;
    expect(pct.indicator?.id).toBe('cmd.silver_usd');
    expect(pct.judgement?.verdict).not.toBe('inconsistent');
  });
});

describe('when-clause-level', () => {
  it('"..., when the pair stood at 146.55" is another time\'s level, not the end of the day\'s 1.03% fall', () => {
    const blocks = [
      'USD/JPY fell sharply on Friday after Powell spoke.',
      "The pair finished at 146.82, down 1.03% from 148.35 on Thursday, and the yen's strongest close since July 23, when the pair stood at 146.55.",
    ];
    const claims = claimsOf(blocks, '2025-08-22');
    expect(claims.filter((c) => c.judgement?.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('past-record-level', () => {
  it('"now sits 9.9% below the January record of $5,405.00" is no end of the day\'s $146.85 fall', () => {
    // Stored gold: 5,016.80 on 2026-03-17, 4,869.95 on 2026-03-18; the record 5,405.00 on 2026-01-29.
    const claims = claimsOf(
      ['The London afternoon price fell $146.85 an ounce and now sits 9.9% below the January record of $5,405.00.'],
      '2026-03-18',
    );
    expect(claims.find((c) => c.text === '$5,405.00')?.judgement?.verdict).toBe('matches');
    expect(claims.filter((c) => c.judgement?.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('from-other-day', () => {
  // 10-year JGB yield: 2.33 on 2026-01-20, 2.239 on 2026-01-22, 2.253 on 2026-01-23 (data/series).
  it('"rose 1.4 basis points to 2.253%, having eased from 2.33% on Tuesday" (a Friday) is no broken sum', () => {
    const s =
      'The 10-year JGB yield rose 1.4 basis points to 2.253%, having eased from 2.33% on Tuesday, the highest close in the run.';
    expect(verdictOfEngine(s, '2.33%', '2026-01-23')).toBe('matches');
  });
  it('a start dated by the previous session still is: "to 2.253% from 2.30% on Thursday" is flagged', () => {
    const s = 'The 10-year JGB yield rose 1.4 basis points to 2.253% from 2.30% on Thursday.';
    expect(claimsOf(s, '2026-01-23').some((c) => c.judgement?.verdict === 'inconsistent')).toBe(true);
  });
});
