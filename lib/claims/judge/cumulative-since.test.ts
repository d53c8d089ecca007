import { describe, expect, it } from 'vitest';
import { idsOf, verdictOf } from '../test-engine';
import { cumulativeSince } from './cumulative-since';

describe('cumulative-since', () => {
  // Stored Bank of Canada decisions: nine cuts from 2024-06-05 (5.00 to 4.75) to 2025-10-29 (2.50 to 2.25), 275 bp.
  const blocks = (bp: number) => [
    'What did the Bank of Canada decide on Wednesday?',
    `Counting this week's move, the bank has lowered its policy rate by ${bp} basis points since June 2024.`,
  ];
  it('a total "since June 2024" takes in the June cut: 275 basis points matches', () => {
    expect(cumulativeSince(blocks(275)[1]!)).toBe('2024-06-01');
    expect(verdictOf(blocks(275), '275 basis points', '2025-10-29')).toBe('matches');
  });
  it('250 basis points leaves the June cut out: another figure, red', () => {
    expect(verdictOf(blocks(250), '250 basis points', '2025-10-29')).toBe('differs');
  });
});

describe('last-bank-named, bank-in-plain-sentence, another-bank-named-last, rate-target-cut', () => {
  it('"the bank" after a question naming the Bank of Canada is the BoC, on a page that named the Fed before', () => {
    const page = [
      'The Federal Reserve lowered its target range to 3.75%-4.00% later on Wednesday.',
      'What did the Bank of Canada decide on Wednesday?',
      'It cut its overnight rate target to 2.25% from 2.5%.',
      'How far has the rate fallen in this cycle?',
      "Counting this week's move, the bank has lowered its policy rate by 275 basis points since June 2024.",
    ];
    expect(verdictOf(page, '275 basis points', '2025-10-29')).toBe('matches');
  });
});

describe('another-bank-named-last: only the bank of the country last spoken of', () => {
  // Stored: BOJ 2% target; Japan core CPI 2.9% for September 2025 (out 2025-10-24).
  it('"a day after the Federal Reserve cut ..." then Japan\'s core CPI: "the bank\'s 2% target" is the BOJ\'s', () => {
    const page = [
      'The Bank of Japan held its policy rate at 0.5% on Thursday.',
      'The decision came a day after the Federal Reserve cut its benchmark to a range of 3.75%-4.00%.',
      "Japan's core CPI rose 2.9% in September. With the gauge above the bank's 2% target, a hike may come soon.",
    ];
    expect(idsOf(page, '2025-10-30')['2%']).toBe('jp.boj_inflation_target');
  });
});

describe('cycle-opened-in', () => {
  // Fed cuts: 50 bp on 2024-09-18, 25 on 11-07 and 12-18; 25 each on 2025-09-17, 10-29 and 12-10.
  it('a total counted from the month the cycle opened takes in every decision since', () => {
    const s =
      'Counting the half-point move that opened the cycle in September 2024, the Fed has now removed 175 basis points in all.';
    expect(verdictOf(s, '175 basis points', '2026-03-18')).toBe('matches');
    expect(verdictOf(s.replace('175', '150'), '150 basis points', '2026-03-18')).toBe('differs');
  });
});
