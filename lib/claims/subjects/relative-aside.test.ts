import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { insideAside } from './relative-aside';

describe('relative-aside: a name inside a ", which ..., " aside is not the subject', () => {
  it('"the two-year note, which tracks Fed policy closely, fell 12 basis points" is not the Fed\'s move', () => {
    const ids = idsOf(
      'The two-year note, which tracks expectations for Fed policy closely, fell 12 basis points to 3.58%.',
    );
    expect(ids['12 basis points']).not.toBe('us.fed_funds_target_upper');
    expect(ids['3.58%']).not.toBe('us.fed_funds_target_upper');
  });

  it('a name before the aside keeps its figure', () => {
    const ids = idsOf("Tokyo's Nikkei 225, which will not trade again until Monday, closed at 50,339.48.");
    expect(ids['50,339.48']).toBe('idx.nikkei225');
    const text = 'Stocks, which followed the Nikkei 225, rose 1%';
    expect(insideAside(text, 0, text.indexOf('Nikkei'), text.indexOf(' 225') + 4, text.indexOf('1%'))).toBe(true);
  });

  it('possessive-aside: "the core PCE index, the Fed\'s favoured gauge, climbed 2.7%" is not the Fed\'s rate', () => {
    const ids = idsOf(
      "Consumer prices rose 2.5% on the year, while the core PCE index, the Fed's favoured gauge, climbed 2.7% in May.",
    );
    expect(ids['2.7%']).toBe('us.core_pce_yoy');
    const ids2 = idsOf("Wall Street's broadest gauge, the S&P 500 index, fell 1.4% on Friday.");
    expect(ids2['1.4%']).toBe('idx.sp500');
  });

  it('gauge-the-bank-prefers: "the core PCE gauge the Fed prefers stood at 3.3%" is not the Fed\'s rate', () => {
    const ids = idsOf('Prices firmed in May; the core PCE gauge the Fed prefers stood at 3.3% in April.');
    expect(ids['3.3%']).toBe('us.core_pce_yoy');
    // The rate a bank sets is its own rate: not a gauge it reads.
    expect(idsOf('The rate the Fed sets stood at 4.5% in April.')['4.5%']).toBe('us.fed_funds_target_upper');
  });
});

describe('appositive-aside', () => {
  it('a name inside "X, a gauge of ... Y," describes X: the figure is X\'s', () => {
    const ids = idsOf(
      'The VIX, a gauge of expected swings in the S&P 500, slipped 1.14 points to 19.09.',
      '2026-02-20',
    );
    expect(ids['19.09']).toBe('idx.vix');
    expect(ids['1.14 points']).toBe('idx.vix');
  });
});
