import { describe, expect, it } from 'vitest';
import { SAMPLE_CLAIMS } from '../../tests/helpers/sample-claims';
import { VERDICTS, VERDICT_WORDS } from '../verdicts';
import { inferredNotes, latestLine, markLabel, verdictLineText } from './claim';

describe('verdictLine: the verdict word first, then the comparison in words', () => {
  it('differs: both figures, the period and the gap', () => {
    expect(verdictLineText(SAMPLE_CLAIMS.differs)).toBe(
      '✗ Differs — article 3.6%, official 3.2% for Mar 2025 (0.4 pt higher)',
    );
  });
  it('matches: the claim and the official figure', () => {
    expect(verdictLineText(SAMPLE_CLAIMS.matches)).toBe(
      '✓ Matches — $1.13 trillion; official $1.126 trillion for Feb 2025',
    );
  });
  it('inconsistent: the arithmetic in words, when the claim is the one blamed', () => {
    const c = SAMPLE_CLAIMS.inconsistent;
    const at = { block: c.block, start: c.start, end: c.end, text: c.text };
    const words = '6,846.61 + 4.31 = 6,850.92, not 6,860.92';
    const finding = {
      kind: 'level-change' as const,
      claims: [at],
      blamed: [at],
      expected: 6850.92,
      stated: 6860.92,
      words,
    };
    expect(verdictLineText({ ...c, checks: [finding] })).toBe(`! Inconsistent — ${words}`);
  });
  it('every verdict starts with its icon and word', () => {
    for (const v of VERDICTS) {
      const line = verdictLineText(SAMPLE_CLAIMS[v]);
      expect(line.startsWith(`${VERDICT_WORDS[v].icon} ${VERDICT_WORDS[v].word} — `), line).toBe(true);
      expect(line).not.toMatch(/\d\.\d{5,}/);
    }
  });
});

describe('latestLine: the latest figure with its date, only when it differs', () => {
  it('"Latest 2.9% for Sep 2025 (as of 15 Oct 2025)"', () => {
    expect(latestLine(SAMPLE_CLAIMS.differs)).toBe('Latest 2.9% for Sep 2025 (as of 15 Oct 2025)');
  });
  it('none when there is no current figure', () => expect(latestLine(SAMPLE_CLAIMS.unverifiable)).toBeNull());
});

describe('inferredNotes: the card says what was inferred', () => {
  it('subject from earlier text and an unstated period', () => {
    expect(inferredNotes(SAMPLE_CLAIMS['since-changed'])).toEqual([
      'subject taken from earlier text',
      'period not stated: compared with Mar 2025',
    ]);
  });
  it('nothing when the subject and period were read in the sentence', () => {
    expect(inferredNotes(SAMPLE_CLAIMS.differs)).toEqual([]);
  });
});

describe('markLabel: a mark names the claim, the verdict and the official figure', () => {
  it('"claim 3.6%, differs, official 3.2% for Mar 2025"', () => {
    expect(markLabel(SAMPLE_CLAIMS.differs)).toBe('claim 3.6%, differs, official 3.2% for Mar 2025');
  });
});
