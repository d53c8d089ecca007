import { describe, expect, it } from 'vitest';
import { sentenceQualifiers } from '../match';
import { SentenceInfo } from '../sentence-info';
import { tokenize } from '../tokens';
import { BANK_NAMES, NAMES_IN_PARTS } from './institutions';
import { idsOf } from '../test-engine';

const viaInfo = (text: string) => new SentenceInfo(text, tokenize(text), 0, text.length).qualifiers();

describe('institutions: central banks named in parts, read the same way everywhere', () => {
  it('"Bank of Japan", "Federal Reserve", "People\'s Bank of China" name their banks', () => {
    expect(viaInfo('The Bank of Japan kept its rate at 0.5%.').has('boj')).toBe(true);
    expect(viaInfo('The Federal Reserve cut by 25 basis points.').has('fed')).toBe(true);
    expect(viaInfo("The People's Bank of China held its loan prime rate.").has('pboc')).toBe(true);
    expect(viaInfo('The bank kept its rate at 0.5%.').has('boj')).toBe(false);
  });

  it("a sentence's qualifiers are the same read from its tokens or from its words", () => {
    for (const text of [
      "The People's Bank of China held its loan prime rate at 3.0%.",
      'The European Central Bank and the Bank of England both held.',
      'United States Treasury yields rose as the Federal Reserve met.',
    ]) {
      expect(viaInfo(text)).toEqual(sentenceQualifiers(tokenize(text).map((t) => t.norm)));
    }
  });

  it('every bank name in order is also a name in parts', () => {
    const groups = new Set(NAMES_IN_PARTS.map(([g]) => g));
    for (const [g] of BANK_NAMES) expect(groups.has(g)).toBe(true);
  });
});

describe('institutions: the RBA, the Bank of Canada and the SNB are banks with rates of their own', () => {
  it('"Reserve Bank of Australia" names the RBA; a decisions-table row takes its cash rate', () => {
    expect(viaInfo('The Reserve Bank of Australia raised its cash rate.').has('rba')).toBe(true);
    expect(viaInfo('The Bank of Canada held its policy rate.').has('boc')).toBe(true);
    const cell = {
      text: '4.10%',
      context: 'Rate decisions · Policy rate · Reserve Bank of Australia (Tue 17 Mar) · Hike',
    };
    expect(idsOf([cell], '2026-03-20')['4.10%']).toBe('au.rba_cash_rate');
  });
});
