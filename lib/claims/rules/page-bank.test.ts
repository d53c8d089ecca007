import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { qualifiedByPage } from './page-bank';

describe('page-bank: "the central bank\'s 2% goal" is the bank of the page\'s country', () => {
  it('on a page about the U.S., the Fed; on one about Japan, the BOJ', () => {
    const us = idsOf([
      'U.S. consumer prices rose 2.6% in the year to May.',
      'U.S. employers added 120,000 jobs in May.',
      "Both remain above the central bank's 2% goal.",
    ]);
    expect(us['2%']).toBe('us.fed_inflation_target');
    const jp = idsOf([
      "Japan's core consumer prices rose 3.1% in the year to May.",
      'Japanese wages rose 2.2% in May.',
      "Both remain above the central bank's 2% goal.",
    ]);
    expect(jp['2%']).toBe('jp.boj_inflation_target');
  });

  it('a bank qualifies by its country, not any country', () => {
    expect(qualifiedByPage(['fed'], 'us')).toBe(true);
    expect(qualifiedByPage(['boj'], 'us')).toBe(false);
    expect(qualifiedByPage(['boj'], null)).toBe(false);
  });
});
