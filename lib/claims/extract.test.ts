import { describe, expect, it } from 'vitest';
import { idsOf } from './test-engine';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { extractNumbers } from './extract';
import { FOOTNOTE_EDGE } from './chars';
import { decimalsOf, parseDigits, scaleValue, tidy } from './numbers';
import { collectBlocks } from '../dom/collect';
import type { NumberUnit } from './types';

/** The block texts collectBlocks reads from an HTML fragment. */
function blocksOf(html: string): string[] {
  const window = new Window();
  const doc = window.document;
  doc.body.innerHTML = html; // test-owned markup, not page content
  return collectBlocks(doc as unknown as Document).map((b) => b.text);
}

const summary = (text: string) =>
  extractNumbers(text).map((e) => ({
    text: e.text,
    value: e.value,
    unit: e.unit,
    ...(e.currency ? { currency: e.currency } : {}),
    ...(e.range ? { range: e.range } : {}),
    ...(e.per ? { per: e.per } : {}),
  }));

describe('numbers.ts helpers', () => {
  it('parseDigits reads grouped digits and rejects junk', () => {
    expect(parseDigits('1,234.50')).toBe(1234.5);
    expect(parseDigits('1\u2009234\u202f567')).toBe(1234567);
    expect(parseDigits('.5')).toBe(0.5);
    expect(parseDigits('1.2.3')).toBeNaN();
    expect(parseDigits('12a')).toBeNaN();
    // Forty-one digits: refused rather than turned into 1e40-ish noise.
    expect(parseDigits('1'.repeat(41))).toBeNaN();
  });

  it('decimalsOf counts the places after the point', () => {
    expect(decimalsOf('1234')).toBe(0);
    expect(decimalsOf('1.13')).toBe(2);
    expect(decimalsOf('0.0001')).toBe(4);
  });

  it('scaleValue multiplies without binary noise', () => {
    // Plain floating point gets 4.1 billion wrong.
    expect(4.1 * 1e9).not.toBe(4_100_000_000);
    expect(scaleValue(4.1, 1, 1e9)).toBe(4_100_000_000);
    expect(scaleValue(1.13, 2, 1e12)).toBe(1_130_000_000_000);
    expect(scaleValue(1125.9, 1, 1e9)).toBe(1_125_900_000_000);
    expect(scaleValue(1.2345, 4, 1e3)).toBe(1234.5);
    expect(scaleValue(7, 0, 1)).toBe(7);
  });

  it('tidy drops floating-point residue only', () => {
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(1.23456789, 4)).toBe(1.2346);
  });
});

describe('extractNumbers: any supported way of writing a number reads back to itself', () => {
  const CURRENCIES: [string, string][] = [
    ['$', 'USD'],
    ['US$', 'USD'],
    ['¥', 'JPY'],
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['USD ', 'USD'],
    ['JPY ', 'JPY'],
    ['EUR ', 'EUR'],
  ];
  const SCALES: [string, number][] = [
    ['', 0],
    [' thousand', 3],
    [' million', 6],
    [' billion', 9],
    [' trillion', 12],
    ['bn', 9],
    [' bn', 9],
    ['tn', 12],
    [' tn', 12],
    ['mn', 6],
    ['k', 3],
  ];
  /** Single letters count as scales only after a currency ("$5m", "£4b"). */
  const MONEY_SCALES: [string, number][] = [...SCALES, ['m', 6], ['b', 9]];
  const UNITS: [string, NumberUnit][] = [
    ['%', 'percent'],
    [' per cent', 'percent'],
    [' percent', 'percent'],
    [' pct', 'percent'],
    [' bp', 'bp'],
    [' bps', 'bp'],
    [' basis points', 'bp'],
    [' percentage points', 'pp'],
    [' points', 'points'],
  ];

  const digitsArb = fc.integer({ min: 0, max: 4 }).chain((places) =>
    fc.record({
      places: fc.constant(places),
      // Up to 1e15; with decimals, no more than 15 significant digits (what a double holds).
      int: fc.bigInt({ min: 0n, max: places === 0 ? 10n ** 15n : 10n ** BigInt(15 - places) - 1n }),
      frac: fc.integer({ min: 0, max: 10 ** places - 1 }),
      group: fc.constantFrom('', ',', '\u2009', '\u202f'),
    }),
  );

  const formArb = fc.oneof(
    fc.record({
      kind: fc.constant('money' as const),
      cur: fc.constantFrom(...CURRENCIES),
      scale: fc.constantFrom(...MONEY_SCALES),
    }),
    fc.record({ kind: fc.constant('unit' as const), unit: fc.constantFrom(...UNITS) }),
    fc.record({ kind: fc.constant('bare' as const), scale: fc.constantFrom(...SCALES) }),
  );

  function group(int: string, sep: string): string {
    if (!sep) return int;
    let out = '';
    for (let i = 0; i < int.length; i++) {
      if (i > 0 && (int.length - i) % 3 === 0) out += sep;
      out += int[i];
    }
    return out;
  }

  it('finds exactly one expression with the written value, unit and currency', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '-', '+', '\u2212'), digitsArb, formArb, (sign, d, form) => {
        const intStr = d.int.toString();
        const fracStr = d.places ? String(d.frac).padStart(d.places, '0') : '';
        const plain = fracStr ? `${intStr}.${fracStr}` : intStr;
        const written = group(intStr, d.group) + (fracStr ? `.${fracStr}` : '');
        const scaleWord = form.kind === 'unit' ? '' : form.scale[0];
        const exponent = form.kind === 'unit' ? 0 : form.scale[1];
        // A bare four-digit whole number such as 2024 is a year, and rightly not a claim.
        fc.pre(!(form.kind === 'bare' && !scaleWord && !d.places && /^(1[89]|20|21)\d\d$/.test(intStr)));
        // "-0" is not a figure anyone writes.
        fc.pre(!(sign && Number(plain) === 0));

        const expr =
          form.kind === 'money'
            ? `${sign}${form.cur[0]}${written}${scaleWord}`
            : form.kind === 'unit'
              ? `${sign}${written}${form.unit[0]}`
              : `${sign}${written}${scaleWord}`;
        const sentence = `The figure was ${expr} in the report.`;
        const found = extractNumbers(sentence);
        expect(found, sentence).toHaveLength(1);
        const e = found[0]!;
        expect(e.text).toBe(expr);
        expect(e.start).toBe('The figure was '.length);

        const negative = sign === '-' || sign === '\u2212';
        const expected = Number(`${negative ? '-' : ''}${plain}e${exponent}`);
        const precision = 10 ** (exponent - d.places);
        if (d.places === 0) expect(e.value).toBe(expected);
        else expect(Math.abs(e.value - expected), sentence).toBeLessThanOrEqual(precision / 1000);
        expect(e.decimals).toBe(d.places);
        expect(e.precision / precision).toBeCloseTo(1, 9);
        expect(e.explicitSign).toBe(sign === '' ? undefined : negative ? -1 : 1);

        if (form.kind === 'money') {
          expect(e.unit).toBe('currency');
          expect(e.currency).toBe(form.cur[1]);
        } else if (form.kind === 'unit') {
          expect(e.unit).toBe(form.unit[1]);
          expect(e.currency).toBeUndefined();
        } else {
          expect(e.unit).toBe('number');
          expect(e.currency).toBeUndefined();
        }
      }),
      { numRuns: 600 },
    );
  });
});

describe('extractNumbers: claim forms from the design', () => {
  it('"$1.13 trillion"', () => {
    expect(summary("Japan's $1.13 trillion in U.S. Treasury holdings")).toEqual([
      { text: '$1.13 trillion', value: 1_130_000_000_000, unit: 'currency', currency: 'USD' },
    ]);
  });

  it('"<strong>$1.13</strong> trillion" once collected', () => {
    const [text] = blocksOf("<p>Japan's <strong>$1.13</strong> trillion in holdings</p>");
    expect(text).toBe("Japan's $1.13 trillion in holdings");
    expect(summary(text!)).toEqual([
      { text: '$1.13 trillion', value: 1_130_000_000_000, unit: 'currency', currency: 'USD' },
    ]);
  });

  it('ranges: "4.25%-4.50%", "4.25% to 4.5%", "3.75%–4.00%"', () => {
    expect(summary('a target range of 4.25%-4.50% for now')).toEqual([
      { text: '4.25%-4.50%', value: 4.5, unit: 'percent', range: [4.25, 4.5] },
    ]);
    expect(summary('a range of 4.25% to 4.5% for now')).toEqual([
      { text: '4.25% to 4.5%', value: 4.5, unit: 'percent', range: [4.25, 4.5] },
    ]);
    expect(summary('held at 3.75%–4.00% again')).toEqual([
      { text: '3.75%–4.00%', value: 4, unit: 'percent', range: [3.75, 4] },
    ]);
  });

  it('"-0.2%" carries its sign', () => {
    const [e] = extractNumbers('GDP changed -0.2% in the quarter');
    expect(e).toMatchObject({ text: '-0.2%', value: -0.2, unit: 'percent', explicitSign: -1, decimals: 1 });
  });

  it('a hyphen inside "U.S.-Japan" is not a minus sign', () => {
    const [e] = extractNumbers('the U.S.-15% deal');
    expect(e?.value).toBe(15);
    expect(e?.explicitSign).toBeUndefined();
  });

  it('FX quotes: "145.62 per dollar", "¥145.62", "USD/JPY at 145.6"', () => {
    expect(summary('the yen weakened to 145.62 per dollar')).toEqual([
      { text: '145.62', value: 145.62, unit: 'number', per: 'USD' },
    ]);
    expect(summary('the dollar bought ¥145.62 late on Friday')).toEqual([
      { text: '¥145.62', value: 145.62, unit: 'currency', currency: 'JPY' },
    ]);
    expect(summary('USD/JPY at 145.6 in Tokyo')).toEqual([{ text: '145.6', value: 145.6, unit: 'number' }]);
  });

  it('per-gram: "about $94.24 a gram" is priced per gram, not per ounce', () => {
    expect(summary('$2,931.15 an ounce, or about $94.24 a gram')).toEqual([
      { text: '$2,931.15', value: 2931.15, unit: 'currency', currency: 'USD', per: 'ounce' },
      { text: '$94.24', value: 94.24, unit: 'currency', currency: 'USD', per: 'gram' },
    ]);
    expect(idsOf(['Gold rose to $2,931.15 an ounce, or about $94.24 a gram.'], '2025-03-10')['$94.24']).toBe('-');
  });

  it('"12%[3]": the footnote marker is not a number', () => {
    expect(summary('Japan held 12%[3] of the total.')).toEqual([{ text: '12%', value: 12, unit: 'percent' }]);
  });

  it('a footnote in <sup> is neither read nor glued to the figure', () => {
    const [text] = blocksOf('<p>Japan held 12%<sup>3</sup> of the total.</p>');
    expect(text).toBe(`Japan held 12%${FOOTNOTE_EDGE}3${FOOTNOTE_EDGE} of the total.`);
    expect(summary(text!)).toEqual([{ text: '12%', value: 12, unit: 'percent' }]);
    const [bare] = blocksOf('<p>Holdings were $1.13 trillion<sup>4</sup> at the end of February.</p>');
    expect(summary(bare!)).toEqual([
      { text: '$1.13 trillion', value: 1_130_000_000_000, unit: 'currency', currency: 'USD' },
    ]);
  });

  it('"25bp" and "0.5 percentage point" units', () => {
    expect(summary('a 25bp cut')).toEqual([{ text: '25bp', value: 25, unit: 'bp' }]);
    expect(summary('up 0.5 percentage point')).toEqual([{ text: '0.5 percentage point', value: 0.5, unit: 'pp' }]);
  });
});

describe('extractNumbers: non-claims', () => {
  const NON_CLAIMS: [string, string][] = [
    ['a date', 'Published May 3, 2025, in Tokyo.'],
    ['a date with an abbreviated month', 'Updated Dec.25 2025 by the desk.'],
    ['a bare year', 'Exports grew in 2025 and 2024.'],
    ['a quarter', 'Results for Q1 2025 are out.'],
    ['a colon ticker', 'Toyota (TYO:7203) reported.'],
    ['a suffix ticker', 'Shares of 7203.T were busy.'],
    ['a US phone number', 'Call +1 (212) 555-0100 for details.'],
    ['a Japanese phone number', 'Call 03-1234-5678 for details.'],
    ['a spelled-out model size', 'A 32-billion-parameter model was released.'],
    ['a short model size', 'The 70B-parameter model was released.'],
    ['a v-prefixed version', 'The app v2.3.1 shipped.'],
    ['a bare version', 'Release 2.3.1 shipped.'],
    ['a dotted version alone', 'Upgrade to 2.3.1 today.'],
    ['a comment count', '1,204 comments'],
    ['a reading time', '5 min read'],
    ['a share count', '1.2K shares'],
  ];
  it.each(NON_CLAIMS)('%s is not extracted', (_why, text) => {
    expect(summary(text)).toEqual([]);
  });

  // Engine bug: the "-25" of a year range is read as the number 25 (the hyphen is rightly not a
  // sign, but the remaining digits are then kept). DESIGN: years used as dates are not claims.
  it('a year range ("2024-25") is not extracted', () => {
    expect(summary('The 2024-25 fiscal plan.')).toEqual([]);
  });

  it('a claim next to chrome is still found', () => {
    expect(summary('1,204 comments. Gold rose 1.5% on Friday.').map((e) => e.text)).toEqual(['1.5%']);
  });

  it('a million-digit string returns quickly and never yields Infinity', () => {
    const digits = '9'.repeat(1_000_000);
    const results = [digits, `$${digits} trillion`, `up ${digits}% and then 4.5%`, `${'1,'.repeat(100_000)}5`].map(
      (text) => {
        const t0 = performance.now();
        const found = extractNumbers(text);
        expect(performance.now() - t0).toBeLessThan(1500);
        for (const e of found) expect(Number.isFinite(e.value)).toBe(true);
        return found;
      },
    );
    expect(results[0]).toEqual([]);
    // The ordinary figure after the giant one is still read.
    expect(results[2]!.map((e) => e.value)).toEqual([4.5]);
  });

  it('digits of other scripts are not read as numbers', () => {
    expect(extractNumbers('نمو ٣٤٥٪ في')).toEqual([]);
    expect(extractNumbers('売上高は１２３億ドル、前年比５％増')).toEqual([]);
    expect(extractNumbers('कुल १२३ करोड़')).toEqual([]);
    // ASCII digits beside them still are.
    expect(summary('１２３ and 4.5%')).toEqual([{ text: '4.5%', value: 4.5, unit: 'percent' }]);
  });

  it('unit-line-break: "10 basis\\n      points" split by a source line break is one figure in bp', () => {
    const [x] = extractNumbers('The yield rose 12 basis\n      points to 4.41%.');
    expect(x).toMatchObject({ text: '12 basis\n      points', unit: 'bp', value: 12 });
  });
});

describe('bid-ask', () => {
  it('"157.02-03 yen" and "$1.1728-1730" are one quote, the bid, never a range that holds everything', () => {
    const [yen] = extractNumbers('The dollar stood at 157.02-03 yen at 4 p.m.');
    expect(yen).toMatchObject({ text: '157.02-03 yen', value: 157.02 });
    expect(yen?.range).toBeUndefined();
    const [eur] = extractNumbers('The euro was quoted at $1.1728-1730.');
    expect(eur).toMatchObject({ text: '$1.1728-1730', value: 1.1728 });
    expect(eur?.range).toBeUndefined();
    // A range of rates stays a range.
    expect(extractNumbers('a range of 3.50%-3.75%')[0]?.range).toEqual([3.5, 3.75]);
  });
});

describe('count-of-index-members', () => {
  it('"About 70 of the FTSE\'s 100 members fell" counts members; the 100 is part of the name', () => {
    expect(extractNumbers("About 70 of the FTSE's 100 members fell on the day.").map((e) => e.text)).not.toContain(
      '70',
    );
  });
});

describe('streak-count', () => {
  it('"for 12 consecutive trading sessions" is a count, no figure', () => {
    expect(extractNumbers('The index has risen for 12 consecutive trading sessions.')).toEqual([]);
  });
});

describe('percent-range-not-bid', () => {
  it('"3.75%-4%" is a range of rates whose top is 4, not a bid of 3.75', () => {
    expect(extractNumbers('a target range of 3.75%-4%')[0]).toMatchObject({ value: 4, range: [3.75, 4] });
  });
});

describe("pair-code: the code after a pair's slash is no currency of the quote", () => {
  it('"EUR/USD 1.0562" is the bare rate 1.0562; "USD 5 billion" is still money', () => {
    expect(extractNumbers('EUR/USD 1.0562 | GBP/USD')[0]).toMatchObject({ text: '1.0562', unit: 'number' });
    expect(extractNumbers('USD/JPY -0.5% on the day')[0]).toMatchObject({ text: '-0.5%', value: -0.5 });
    expect(extractNumbers('a bill of USD 5 billion')[0]).toMatchObject({ unit: 'currency', currency: 'USD' });
  });
});

describe('signed-column: a level and its signed move side by side are no range', () => {
  it('"102.96   -0.29%" is two figures; "3.75% -4.00%" is still one range', () => {
    expect(extractNumbers('Dollar gauge 102.96 \u00a0 -0.29%').map((x) => x.text)).toEqual(['102.96', '-0.29%']);
    expect(extractNumbers('a target range of 3.75% -4.00%')[0]).toMatchObject({ range: [3.75, 4] });
  });
});

describe('from-the-initial', () => {
  it('"revised up from the initial 139,000 to 144,000" is a revision, two figures, not a range', () => {
    const xs = extractNumbers('The May figure was revised up from the initial 139,000 to 144,000.');
    expect(xs.map((x) => x.text)).toEqual(['139,000', '144,000']);
  });
});

describe('time-minutes: the minutes of a clock time are no figure', () => {
  it('"released at 21:30 Beijing time" has no number; "up 2.5%" still does', () => {
    expect(
      extractNumbers('The report came out at 21:30 Beijing time, and yields were up 2.5%.').map((e) => e.text),
    ).toEqual(['2.5%']);
  });
});

describe('malformed-group', () => {
  it('"6,279,35" is a mistyped decimal: neither part is read as a figure', () => {
    expect(extractNumbers('The index ended at 6,279,35 on Thursday.').map((e) => e.text)).toEqual([]);
    expect(extractNumbers('It closed at 6,279.35 and 20,624.51.').map((e) => e.text)).toEqual([
      '6,279.35',
      '20,624.51',
    ]);
  });
});

describe('legal-section', () => {
  it('"the Section 232 duty": the number of a law\'s part is no figure; the rate before it is', () => {
    expect(summary('Cars still pay the 25% Section 232 duty under Article 50 rules.').map((e) => e.text)).toEqual([
      '25%',
    ]);
  });
});

describe('pips', () => {
  it('"dropped 280 pips": a pair\'s move in pips is read with its unit', () => {
    expect(summary('The pair dropped 280 pips to 150.69.')[0]).toEqual({ text: '280 pips', value: 280, unit: 'pips' });
  });
});

describe('count-of-members', () => {
  it('"the Nikkei index of 225 selected issues" is a count, not a figure', () => {
    const texts = extractNumbers(
      'At the morning close, the Nikkei index of 225 selected issues stood at 56,363.94.',
    ).map((e) => e.text);
    expect(texts).not.toContain('225');
    expect(texts).toContain('56,363.94');
  });
});

describe('day-range', () => {
  it('"On December 18–22 the pair climbed": neither day is a figure', () => {
    const texts = extractNumbers(
      'On December 18–22 the pair climbed into the 1.176 band; by Sept. 3-5 it had eased.',
    ).map((x) => x.text);
    expect(texts).toEqual(['1.176']);
  });
});

describe('scale-borrowed', () => {
  it('"$1–1.2 trillion": the first end is no one-dollar figure', () => {
    expect(extractNumbers('It wiped out around $1–1.2 trillion in six weeks.').map((x) => x.text)).not.toContain('$1');
  });
});

describe('zero-floor-range', () => {
  it('"a range of 0% to 0.1%" is one range from zero, not two figures', () => {
    expect(summary('kept its short-term rate in a range of 0% to 0.1% on Friday')).toEqual([
      { text: '0% to 0.1%', value: 0.1, unit: 'percent', range: [0, 0.1] },
    ]);
  });
  it('"from 0% to 0.5%" is still a move', () => {
    expect(summary('raised the rate from 0% to 0.5% over two years').map((e) => e.text)).toEqual(['0%', '0.5%']);
  });
});

describe('hired-count', () => {
  it('"businesses hired 151,000 workers" is a month of hiring; "a plant of 2,400 workers" stays a head count', () => {
    expect(extractNumbers('Businesses hired 151,000 workers last month.').map((n) => n.text)).toContain('151,000');
    expect(extractNumbers('The plant has 2,400 workers on site.').map((n) => n.text)).not.toContain('2,400');
  });
});

describe('glued-tile-figure', () => {
  it('reads a tile\'s price glued to its name: "Gold (LBMA PM)$4,195.65per ounce", "S&P 500 close5,035.69"', () => {
    expect(extractNumbers('Gold (LBMA PM)$4,195.65per ounce').map((e) => e.text)).toEqual(['$4,195.65']);
    expect(extractNumbers('S&P 500 close5,035.69(-1.57%)').map((e) => e.text)).toContain('5,035.69');
  });
  it('a code glued to a word is still no figure: "Q1", "A380", "VIX15.65"', () => {
    expect(extractNumbers('Q1 sales at Airbus A380 plants; VIX15.65').map((e) => e.text)).toEqual([]);
  });
});
