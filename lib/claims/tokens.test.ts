import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NUMBER_LEX, NUMERIC, STOP_WORD, normaliseWord, tokenize } from './tokens';

/**
 * The tokenizer's grammar written as one regex: the scanner must cut text exactly where this does.
 * Kept here as the specification; the scanner replaced it because it is faster on every sentence.
 */
const SPEC_RE = /[A-Za-z](?:\.[A-Za-z]\.|[A-Za-z&]|['’][A-Za-z](?![A-Za-z]))*\.?|\d+(?:[.,]\d+)*%?(?:['’]s\b)?/g;

function byRegex(text: string, from = 0, to = text.length) {
  const out: { norm: string; start: number; end: number }[] = [];
  SPEC_RE.lastIndex = from;
  for (let m = SPEC_RE.exec(text); m && m.index < to; m = SPEC_RE.exec(text)) {
    const raw = m[0];
    const norm = raw.charCodeAt(0) < 65 ? raw.replace(/,|['’]s$/g, '') : normaliseWord(raw);
    out.push({ norm, start: m.index, end: m.index + raw.length });
  }
  return out;
}

const strip = (tokens: ReturnType<typeof tokenize>) => tokens.map(({ norm, start, end }) => ({ norm, start, end }));

describe('tokenize', () => {
  it('cuts words, initials, possessives and numbers', () => {
    expect(tokenize("Japan’s U.S. holdings rose 1,234.5% in the 1990's, S&P 500.").map((t) => t.norm)).toEqual([
      'japan',
      'us',
      'holding',
      'rose',
      '1234.5%',
      'in',
      'the',
      '1990',
      's&p',
      '500',
    ]);
    expect(tokenize("O'Brien don't").map((t) => t.norm)).toEqual(['o', 'brien', "don't"]);
  });

  it('agrees with its grammar on any mix of letters, digits and punctuation', () => {
    // Fragments rather than single characters, so the rare joins ("9's9", "U.S.", "1,2.3%") come up.
    const piece = fc.constantFrom(
      'a',
      'Z',
      's',
      'q',
      '.',
      ',',
      "'",
      '’',
      "'s",
      '&',
      '%',
      '9',
      '0',
      '1,2',
      ' ',
      '_',
      '-',
      '\u00e9',
      'U.S.',
      'x.y',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((a) => a.join('')),
        fc.nat(40),
        fc.nat(40),
        (text, a, b) => {
          const from = Math.min(a, text.length);
          const to = Math.min(Math.max(from, b), text.length);
          expect(strip(tokenize(text, from, to))).toEqual(byRegex(text, from, to));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives one shared record per normal form, with its flags', () => {
    const [a, b, c, d] = tokenize("Japanese Japan's the 10");
    expect(a!.lex).toBe(b!.lex);
    expect(a!.lex.norm).toBe('japan');
    expect(c!.lex.flags & STOP_WORD).toBeTruthy();
    expect(a!.lex.flags & STOP_WORD).toBe(0);
    expect(d!.lex).toBe(NUMBER_LEX);
    expect(tokenize('ten')[0]!.lex.flags & NUMERIC).toBeTruthy();
  });
});

describe('tokenize: words seen before', () => {
  it('find the same record, whatever text they stand in', () => {
    const a = tokenize('Japan’s holdings rose.');
    const b = tokenize('Holdings of Japan fell; japan’s holdings too.');
    expect(b[4]!.lex).toBe(a[0]!.lex);
    expect(b[5]!.lex).toBe(a[1]!.lex);
    expect(b[0]!.norm).toBe('holding');
  });

  it('a word found by its characters is the word read alone, even among near spellings', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[abAB'’.]{1,6}$/), { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(' ');
        for (const t of tokenize(text)) {
          if (t.lex === NUMBER_LEX) continue;
          expect(t.norm).toBe(normaliseWord(text.slice(t.start, t.end)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('tenor-yr: "30-yr" is the tenor\'s year', () => {
  it('folds "yr" and "yrs" into "year"', () => {
    expect(normaliseWord('yr')).toBe('year');
    expect(normaliseWord('yrs')).toBe('year');
  });
});
