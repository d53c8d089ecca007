import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endsWithLevelWord, readContext } from './context';
import { extractNumbers } from './extract';
import { tokenize } from './tokens';

/** The pattern endsWithLevelWord reads backwards, kept here as its specification. */
const LEVEL_WORD_SPEC =
  /\b(?:to|at|of|near|around|above|below|over|under|from|past|beyond|through)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|almost[\s\u00a0]+|a[\s\u00a0]+(?:record|high|low)[\s\u00a0]+of[\s\u00a0]+|(?:(?:a|record|new|fresh)[\s\u00a0]+){0,2}(?:record|new|fresh)[\s\u00a0]+)?$/i;

describe('endsWithLevelWord', () => {
  it('reads the words a level stands after', () => {
    expect(endsWithLevelWord('closed at ')).toBe(true);
    expect(endsWithLevelWord('rose to about ')).toBe(true);
    expect(endsWithLevelWord('hit a record of ')).toBe(true);
    expect(endsWithLevelWord('rose into ')).toBe(false);
    expect(endsWithLevelWord('rose about ')).toBe(false);
    expect(endsWithLevelWord('closed at')).toBe(false);
  });

  it('agrees with its pattern on any mix of its words, spaces and joins', () => {
    const piece = fc.constantFrom(
      'to',
      'At',
      'of',
      'near',
      'around',
      'about',
      'roughly',
      'a',
      'record',
      'fresh',
      'new',
      'high',
      'into',
      'x',
      '5',
      '_',
      ' ',
      '  ',
      '\u00a0',
      '\u2009',
      '-',
      '.',
      'TO',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((a) => a.join('')),
        (s) => {
          expect(endsWithLevelWord(s)).toBe(LEVEL_WORD_SPEC.test(s));
        },
      ),
      { numRuns: 4000 },
    );
  });
});

describe('readContext with cues', () => {
  // Words the cue-gated patterns need, with look-alikes and figures, in any order.
  const word = fc.constantFrom(
    'Forecasts',
    'economists',
    'see',
    'would',
    'if',
    'were',
    'to',
    'heading',
    'for',
    'on',
    'track',
    'set',
    'towards',
    'share',
    'accounts',
    'for',
    'of',
    'loss',
    'gains',
    'rose',
    'fell',
    'by',
    'about',
    'the',
    'index',
    'yield',
    'U.S.',
    'tariffs',
    "Japan's",
    'keep',
    'rates',
    'at',
    'in',
    '2027',
    '2024',
    'target',
    'priced',
    'odds',
    'votes',
    'it',
    ',',
    '.',
    ';',
    '3.5%',
    '$4.2 billion',
    '148.5',
    '25 basis points',
    '-0.4%',
    'scenario',
    'imagine',
    'hypothetically',
    'pencil',
    'pencilled',
    'look',
    'looking',
    'could',
    'might',
    'expects',
    'taking',
  );
  it('reads every number as it would without them', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 18 }).map((w) => w.join(' ')),
        (text) => {
          let cues = 0;
          for (const t of tokenize(text)) cues |= t.lex.cues;
          const exprs = extractNumbers(text);
          exprs.forEach((expr, k) => {
            const input = {
              text,
              sentenceStart: 0,
              sentenceEnd: text.length,
              expr,
              prevEnd: k ? exprs[k - 1]!.end : 0,
              nextStart: exprs[k + 1]?.start ?? text.length,
              published: '2025-06-02',
            };
            expect(readContext({ ...input, cues })).toEqual(readContext(input));
          });
        },
      ),
      { numRuns: 1500 },
    );
  });
});
