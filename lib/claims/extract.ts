import type { NumericExpression, NumberUnit } from './types';
import { FOOTNOTE_EDGE, isLetterCode, isWordCharCode } from './chars';
import { mayHaveWordedPoints } from './worded-points';
import { AFTER_FIGURE_CURRENCIES, CURRENCY_OF, CURRENCY_SIGNS, PER_CURRENCIES } from './lexicon/currencies';
import { MONTH_ANY } from './lexicon/month-patterns';
import { CURRENCY_ONLY_SCALES, SCALES, decimalsOf, parseDigits, scaleValue } from './numbers';

/**
 * Finds the numeric expressions in a block of text that could be financial claims, and drops
 * the numbers that are not: dates, years, times, tickers, phone numbers, versions, model sizes,
 * footnote markers, codes such as Q1 or G7, and numbers fused to words ("10-year", "3rd").
 */

const SP = '[ \\u00a0\\u2009\\u202f]';
const CURRENCY_PREFIX =
  '(?:U\\.S\\.\\s?\\$|US\\$|A\\$|C\\$|HK\\$|NZ\\$|S\\$|R\\$|\\$|¥|￥|€|£|₹|₩|(?:USD|JPY|EUR|GBP|CNY|RMB|CHF|CAD|AUD|HKD|KRW|INR)' +
  SP +
  '?)';
const DIGITS = '(?:\\d{1,3}(?:[,\\u2009\\u202f]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)';
const SCALE = '(?:trillion|billion|million|thousand|trn|tn|tr|bln|bn|mln|mn|k|m|b|t)';
// A unit's words may be split by a source line break and its indent: "basis\n      points".
const UNIT =
  '(?:%|per(?:[\\s\\u00a0]+|-)?cent\\b|percent\\b|pct\\b|pc\\b|percentage(?:[\\s\\u00a0]+|-)points?\\b|pp\\b|ppts?\\b|basis(?:[\\s\\u00a0]+|-)points?\\b|bps?\\b|points?\\b|pts?\\b|pips?\\b)';
const CURRENCY_SUFFIX = `(?:${AFTER_FIGURE_CURRENCIES.map(({ word, plural }) => (plural ? `${word}s?` : word)).join('|')}|cents?)\\b`;

const NUMBER_RE = new RegExp(
  // Signs include the ▲ and ▼ of price strips.
  `([-+\\u2212\\u25b2\\u25bc])?(${CURRENCY_PREFIX})?([-+\\u2212\\u25b2\\u25bc])?(${DIGITS})` +
    `(?:(?:${SP}|-)?(${SCALE})(?![a-z]))?` +
    `(?:(${SP}?%)|(?:${SP}|-)?(${UNIT}))?` +
    `(?:(?<![%a-z])${SP}(${CURRENCY_SUFFIX}))?`,
  'gi',
);

const currencyOf = (word: string): string => CURRENCY_OF.get(word) ?? word.toUpperCase();

/** Every way a figure's currency is written, by ISO code: signs before it, words after it. */
export const CURRENCY_CODES: Record<string, string> = Object.fromEntries([
  ...CURRENCY_SIGNS,
  ...AFTER_FIGURE_CURRENCIES.flatMap(({ word, plural }) => [
    [word, currencyOf(word)],
    ...(plural ? [[`${word}s`, currencyOf(word)]] : []),
  ]),
  // "up 80 cents" on a dollar price (scaled to dollars below).
  ['cent', 'USD'],
  ['cents', 'USD'],
]);

/** Units a price is quoted per, besides currencies: "$64.41 a barrel", "$4,105 an ounce". */
const PER_UNITS: Record<string, string> = {
  barrel: 'barrel',
  bbl: 'barrel',
  ounce: 'ounce',
  oz: 'ounce',
  bitcoin: 'BTC',
  share: 'share',
  // per-gram: "$2,931.15 an ounce, or about $94.24 a gram": the same price in another weight, not the ounce's.
  gram: 'gram',
  kilogram: 'kilogram',
  kilo: 'kilogram',
  tonne: 'tonne',
};
const PER_CODES: Record<string, string> = {
  ...Object.fromEntries(PER_CURRENCIES.map((w) => [w, currencyOf(w)])),
  ...PER_UNITS,
};
const PER_RE = new RegExp(
  String.raw`^[ \u00a0](?:per|a|an|to the|against the)[ \u00a0](?:u\.s\.[ \u00a0]|us[ \u00a0]|troy[ \u00a0])?(${Object.keys(PER_CODES).join('|')})\b`,
  'i',
);

const MONTH = MONTH_ANY;
const MONTH_BEFORE_RE = new RegExp(`\\b${MONTH}\\.?[ \\u00a0]?$`, 'i');
/** day-range: "On December 18–22 the pair climbed": the second day of a range of dates. */
const MONTH_DAY_DASH_RE = new RegExp(`\\b${MONTH}\\.?[ \\u00a0]?\\d{1,2}[ \\u00a0]?[-–][ \\u00a0]?$`, 'i');
const MONTH_AFTER_RE = new RegExp(`^(?:st|nd|rd|th)?[ \\u00a0]?(?:of[ \\u00a0])?${MONTH}\\b`, 'i');
const TIME_AFTER_RE =
  /^(?::\d|[ \u00a0]?(?:a\.?m\.?|p\.?m\.?)(?![a-z])|[ \u00a0]?(?:GMT|UTC|ET|EST|EDT|JST|BST|CET)\b)/i;
const VERSION_BEFORE_RE = /\b(?:version|ver\.?|release|build|iOS|Android|Windows|v)[ \u00a0]?$/i;
// count-of-members: "the Nikkei index of 225 selected issues": a count, with a word such as "selected" between.
// streak-count: "rose for 12 consecutive trading sessions": how long a run lasted, not a figure.
const COUNT_AFTER_RE =
  /^[ \u00a0-]?(?:(?:selected|listed|leading|major|large|top|component|constituent|blue-chip)[ \u00a0]+(?=companies|firms|stocks|issues|members|shares)\b)?(?:(?:consecutive|straight|successive)[ \u00a0]+(?=(?:trading[ \u00a0])?(?:sessions|days|weeks|months|years)\b))?(?:min(?:ute)?s?[ \u00a0-]read|comments?|replies|shares|likes|views|followers|subscribers|parameters?|params|tokens|pixels|megapixels|GB|MB|TB|GHz|mph|km|miles?|years?[ \u00a0-]old|-year-old|(?:trading[ \u00a0])?sessions|(?:trading[ \u00a0])?days|weeks|months|years|times|people|employees|workers|companies|firms|stocks|issues|members|countries|analysts|economists)\b/i;
/** count-of-index-members: "About 60 of the FTSE's 100 members ended lower": how many of an index's members. */
const COUNT_OF_MEMBERS_RE =
  /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[\w&.-]{1,12}(?:[ \u00a0][\w&.-]{1,12})?['’]s[ \u00a0]+\d{1,4}[ \u00a0]+(?:members|stocks|companies|components|constituents|issues)\b/i;
/** hired-count: "employers added 177,000 workers": a month's hiring, the payroll figure, not a head count. */
const HIRED_COUNT_RE =
  /\b(?:added|adding|hired|hiring|shed|shedding|created|creating)[ \u00a0]+(?:(?:only|just|a[ \u00a0]+net|about|some|nearly|roughly|around)[ \u00a0]+)?$/i;
const PHONE_RE =
  /(?:\+\d{1,3}[ \u00a0.-]?)?\(\d{1,4}\)[ \u00a0.-]?\d{2,4}[ \u00a0.-]\d{3,4}|\+\d{1,3}[ \u00a0.-]\d{1,4}[ \u00a0.-]\d{2,4}[ \u00a0.-]\d{3,4}|\b\d{1,4}-\d{2,4}-\d{3,4}(?:-\d{3,4})?\b/g;

interface Span {
  start: number;
  end: number;
}

function phoneSpans(text: string): Span[] {
  const out: Span[] = [];
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const isWordChar = (ch: string | undefined) => !!ch && isWordCharCode(ch.charCodeAt(0));
const isLetter = (ch: string | undefined) => !!ch && isLetterCode(ch.charCodeAt(0));
const isDigit = (ch: string | undefined) => !!ch && ch >= '0' && ch <= '9';

function unitOf(pct: string | undefined, unit: string | undefined, money: boolean): NumberUnit {
  if (pct) return 'percent';
  const u = unit?.toLowerCase().replace(/[\s\u00a0-]/g, '');
  if (!u) return money ? 'currency' : 'number';
  if (u === '%' || (u.startsWith('percent') && !u.startsWith('percentagepoint')) || u === 'pct' || u === 'pc')
    return 'percent';
  if (u.startsWith('percentagepoint') || u.startsWith('pp')) return 'pp';
  if (u.startsWith('basispoint') || u.startsWith('bp')) return 'bp';
  if (u.startsWith('pip')) return 'pips';
  return 'points';
}

/** "22,807.36": digit groups of three and cents. */
const GROUPED_PRICE_RE = /^\d{1,3}(?:,\d{3})+\.\d{1,4}$/;
/** "98,906", "4,195.65": digit groups of three. */
const GROUPED_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,4})?$/;

/** True when the number is not a claim whatever its subject. */
function isNonClaim(
  text: string,
  start: number,
  end: number,
  numStart: number,
  numEnd: number,
  digits: string,
  hasUnitOrMoney: boolean,
  hasScale: boolean,
  phones: () => Span[],
): boolean {
  const before = text[start - 1];
  const after = text[end];
  // glued-tile-figure: "Nasdaq Comp.22,807.36(-2.29%)", "Gold (LBMA PM)$4,195.65per ounce": a tile's name and value in
  // boxes of their own meet in the page's text; a price with digit groups and cents (or a currency sign) is no code.
  const tileFigure = GROUPED_PRICE_RE.test(digits) || (hasUnitOrMoney && GROUPED_RE.test(digits) && !isDigit(after));
  // Glued to a word or code: Q1, G7, A380, COVID-19, FY2025, 3rd, 5G.
  if (!tileFigure && (isWordChar(before) || (before === '.' && isWordChar(text[start - 2])))) return true;
  if (before === '-' && isLetter(text[start - 2])) return true;
  if ((isLetter(after) && !tileFigure) || isDigit(after)) return true;
  // Ticker codes: TYO:7203 (NYSE: TM is fine), 7203.T
  if (before === ':' && /\b[A-Z]{2,6}:$/.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (after === '.' && /^\.[A-Za-z]{1,2}\b/.test(text.slice(end, end + 3))) return true;
  // Versions (2.3.1) and fractions or scores (3/4, 24/7)
  if ((after === '.' || after === '/') && isDigit(text[end + 1])) return true;
  if ((before === '.' || before === '/') && isDigit(text[start - 2])) return true;
  // time-minutes: "released at 21:30 Beijing time": the minutes of a clock time.
  if (before === ':' && isDigit(text[start - 2]) && /^\d\d$/.test(digits)) return true;
  // The second half of a year range: "the 2024-25 fiscal plan".
  if (
    (before === '-' || before === '–') &&
    /^\d\d$/.test(digits) &&
    /(?:19|20)\d\d[-–]$/.test(text.slice(Math.max(0, start - 5), start))
  )
    return true;
  if (isLetter(text[start - 2]) && VERSION_BEFORE_RE.test(text.slice(Math.max(0, start - 10), start))) return true;
  // scale-borrowed: "wiped out around $1–1.2 trillion": the range's first end takes the second's scale; read
  // alone it would be a price of one dollar.
  if (!hasScale && (after === '-' || after === '–') && RANGE_SCALE_AFTER_RE.test(text.slice(end, end + 24)))
    return true;
  // Footnote markers: [3], ³ in <sup>.
  if (before === '[' && after === ']') return true;
  if (before === FOOTNOTE_EDGE && after === FOOTNOTE_EDGE) return true;
  // Phone numbers are bare digit groups: only those can be one.
  if (!hasUnitOrMoney && !hasScale) for (const p of phones()) if (start < p.end && end > p.start) return true;
  if (!hasUnitOrMoney) {
    // Hyphenated modifiers: 10-year, 90-day, 32-billion-parameter.
    if (after === '-' && isLetter(text[end + 1])) return true;
    const tail = text.slice(end, end + 36);
    if (
      (COUNT_AFTER_RE.test(tail) && !HIRED_COUNT_RE.test(text.slice(Math.max(0, start - 24), start))) ||
      COUNT_OF_MEMBERS_RE.test(tail) ||
      TIME_AFTER_RE.test(tail)
    )
      return true;
    if (!hasScale) {
      const plain = digits.replace(/[,\u2009\u202f]/g, '');
      // Years used as dates, bare or as ranges (2024-25).
      if (/^(1[89]|20|21)\d\d$/.test(plain) && digits === plain) return true;
      if (
        /^\d{1,2}$/.test(plain) &&
        (MONTH_BEFORE_RE.test(text.slice(Math.max(0, start - 11), start)) ||
          MONTH_AFTER_RE.test(tail) ||
          MONTH_DAY_DASH_RE.test(text.slice(Math.max(0, start - 16), start)))
      )
        return true;
      if (
        /^\d{1,4}$/.test(plain) &&
        MONTH_BEFORE_RE.test(text.slice(Math.max(0, start - 11), start)) &&
        /^(1[89]|20)\d\d$/.test(plain)
      )
        return true;
      // Ordinal-like list markers and rankings: "No. 3", "#1", "Top 10".
      if (
        (before === '#' || before === ' ' || before === '.') &&
        /(?:\bNo\.|#)[ \u00a0]?$/.test(text.slice(Math.max(0, start - 4), start))
      )
        return true;
      // legal-section: "the Section 232 duty", "under Article 50": the number of a law's part, not a figure.
      if (before === ' ' && LEGAL_PART_BEFORE_RE.test(text.slice(Math.max(0, start - 9), start))) return true;
    }
  }
  void numStart;
  void numEnd;
  return false;
}

const RANGE_SCALE_AFTER_RE =
  /^[-–][ \u00a0]?[$€£¥]?\d[\d.,]*[ \u00a0]?(?:trillion|billion|million|trn|tn|bln|bn|mln|mn)\b/i;
const LEGAL_PART_BEFORE_RE = /\b(?:Section|Article|Chapter|Title)[ \u00a0]$/;

const DIGIT_RE = /\d/g;
/** Longest text a number's prefix can have: sign, "U.S. $" and a space. */
const MAX_PREFIX = 9;

/** Moves told in words, as central-bank news tells them: "a quarter point", "half a percentage point". */
const WORDED_POINTS_RE =
  /\b(?:(?:a|one)[ \u00a0-]+(quarter)|(half)[ \u00a0-]+an?|an?[ \u00a0-]+(half)|three[ \u00a0-]+(quarters))(?:[ \u00a0-]+of[ \u00a0-]+an?)?[ \u00a0-]+(?:percentage[ \u00a0-]+)?points?\b/gi;

function wordedPoints(text: string): NumericExpression[] {
  const out: NumericExpression[] = [];
  WORDED_POINTS_RE.lastIndex = 0;
  for (let m = WORDED_POINTS_RE.exec(text); m; m = WORDED_POINTS_RE.exec(text)) {
    const value = m[1] ? 0.25 : m[4] ? 0.75 : 0.5;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value,
      unit: 'pp',
      currency: undefined,
      range: undefined,
      explicitSign: undefined,
      per: undefined,
      decimals: 2,
      precision: 0.01,
    });
  }
  return out;
}

export function extractNumbers(text: string): NumericExpression[] {
  const worded = mayHaveWordedPoints(text) ? wordedPoints(text) : null;
  const numbers = /\d/.test(text) ? extractDigits(text) : [];
  if (!worded?.length) return numbers;
  return mergeRanges(
    text,
    [...numbers, ...worded].sort((a, b) => a.start - b.start),
  );
}

const MALFORMED_AFTER_RE = /^,\d{1,2}(?!\d)/;
const MALFORMED_BEFORE_RE = /\d,$/;

function extractDigits(text: string): NumericExpression[] {
  const out: NumericExpression[] = [];
  let phoneCache: Span[] | null = null;
  const phones = () => (phoneCache ??= /\d[ \u00a0.)-]+\d/.test(text) ? phoneSpans(text) : []);
  // Jump to the next digit before running the full pattern: most of a page is words, and the
  // pattern's optional prefixes make it slow to reject them one position at a time.
  const next = (from: number): RegExpExecArray | null => {
    DIGIT_RE.lastIndex = from;
    const d = DIGIT_RE.exec(text);
    if (!d) return null;
    NUMBER_RE.lastIndex = Math.max(from, d.index - MAX_PREFIX);
    return NUMBER_RE.exec(text);
  };
  for (let m = next(0); m; m = next(NUMBER_RE.lastIndex)) {
    // Numbered, not named, groups: a named match builds a fresh groups object every time.
    let cur: string | undefined = m[2];
    const digits = m[4]!;
    let pct: string | undefined = m[6];
    let unitWord: string | undefined = m[7];
    let cursuf: string | undefined = m[8];
    let start = m.index;
    let matched = m[0];
    let leadSign: string | undefined = m[1];
    // pair-code: "EUR/USD 1.0562", "USD/JPY 156.71": a code right after a slash ends a pair's name; it is no
    // currency of the quote after it.
    const curAt = cur ? matched.indexOf(cur) : -1;
    if (cur && /^[A-Z]{3}/.test(cur) && text.charCodeAt(start + curAt - 1) === 47) {
      const cut = curAt + cur.length;
      start += cut;
      matched = matched.slice(cut);
      const lead = /^[ \u00a0\u2009\u202f]+/.exec(matched);
      if (lead) {
        start += lead[0].length;
        matched = matched.slice(lead[0].length);
      }
      cur = undefined;
      leadSign = undefined;
    }
    // A bare scale letter ("5m", "3b") only counts after a currency sign.
    let scaleWord: string | undefined = m[5]?.toLowerCase();
    if (scaleWord && CURRENCY_ONLY_SCALES.has(scaleWord) && !cur) {
      const cut = matched.indexOf(digits) + digits.length;
      matched = matched.slice(0, cut);
      scaleWord = undefined;
      pct = unitWord = cursuf = undefined;
      NUMBER_RE.lastIndex = start + matched.length;
    }
    // A sign counts only where a sign can stand: not "U.S.-Japan" nor "2024-25".
    let sign: string | undefined = leadSign ?? m[3];
    if (leadSign) {
      const prev = text[start - 1];
      if (prev !== undefined && !/[\s([\u2063:;,/]/.test(prev)) {
        start += 1;
        matched = matched.slice(1);
        sign = m[3];
      }
    }
    const end = start + matched.length;
    const numStart = text.indexOf(digits, start);
    const numEnd = numStart + digits.length;
    const unit = unitOf(pct, unitWord, !!(cur || cursuf));
    const currencyRaw = (cur ?? cursuf)?.replace(/[ \u00a0]/g, '').toLowerCase();
    const hasMoney = !!currencyRaw;
    // malformed-group: "the index ended at 6,279,35": a group of one or two digits after a thousands comma is
    // a mistyped decimal point; neither part is the figure the writer meant.
    if (
      MALFORMED_AFTER_RE.test(text.slice(numEnd, numEnd + 4)) ||
      MALFORMED_BEFORE_RE.test(text.slice(Math.max(0, numStart - 2), numStart))
    )
      continue;
    if (isNonClaim(text, start, end, numStart, numEnd, digits, hasMoney || unit !== 'number', !!scaleWord, phones)) {
      continue;
    }
    const base = parseDigits(digits);
    if (!Number.isFinite(base)) continue;
    // Group separators stand only before the point: the places after it are counted the same with them.
    const decimals = decimalsOf(digits);
    const scale = scaleWord ? (SCALES[scaleWord] ?? 1) : 1;
    const signValue =
      sign === '-' || sign === '\u2212' || sign === '\u25bc' ? -1 : sign === '+' || sign === '\u25b2' ? 1 : undefined;
    // Cents are hundredths of the dollar figure they move: "80 cents" is $0.80.
    const cents = currencyRaw === 'cent' || currencyRaw === 'cents';
    let value = scaleValue(base, decimals, cents ? 0.01 : scale);
    if (signValue === -1) value = -value;
    const per = unit === 'number' || unit === 'currency' ? PER_RE.exec(text.slice(end, end + 32)) : null;
    // Every field set, in one order: objects of one shape keep the hot paths monomorphic.
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      unit,
      currency: currencyRaw ? (CURRENCY_CODES[currencyRaw] ?? currencyRaw.toUpperCase().replace(/S$/, '')) : undefined,
      range: undefined,
      explicitSign: signValue,
      per: per ? PER_CODES[per[1]!.toLowerCase()] : undefined,
      decimals,
      precision: 10 ** -decimals * (cents ? 0.01 : scale),
    });
  }
  return mergeRanges(text, out);
}

const RANGE_GAP_RE = /^[ \u00a0\u2009\u202f]*(?:-|–|—|to|and)[ \u00a0\u2009\u202f]*$/i;

/** Joins "4.25%-4.50%", "4.25% to 4.5%", "between $1.1 and $1.2 trillion" into one expression. */
/** The ask written as the bid's last digits after a hyphen, with no space: "157.02-03", "1.1728-1730". */
function isBidAsk(text: string, a: NumericExpression, b: NumericExpression): boolean {
  const gap = text.slice(a.end, b.start);
  const hyphen = gap === '-' || gap === '–' || (gap === '' && /^[-\u2212–]/.test(b.text));
  // percent-range-not-bid: "3.75%-4%": a bid is written bare up to the hyphen; a unit after it ends a range's first end.
  if (!hyphen || a.decimals < 2 || b.text.includes('.') || !/\d$/.test(a.text)) return false;
  // The ask's digits, then at most a unit word ("03 yen").
  const digits = /^[-\u2212–]?(\d+)(?![\d,.])/.exec(b.text)?.[1];
  return digits !== undefined && digits.length <= a.decimals;
}

function mergeRanges(text: string, list: NumericExpression[]): NumericExpression[] {
  const out: NumericExpression[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    // bid-ask: "157.02-03 yen", "$1.1728-1730": a dealer's quote, the bid and the ask's last digits.
    if (b && isBidAsk(text, a, b)) {
      out.push({
        ...a,
        end: b.end,
        text: text.slice(a.start, b.end),
        unit: b.unit === 'number' ? a.unit : b.unit,
        currency: a.currency ?? b.currency,
      });
      i++;
      continue;
    }
    // A range's two halves sit within a few characters ("4.25% to 4.5%", "between $1.1 and $1.2").
    if (b && b.start - a.end <= 7) {
      let gap = text.slice(a.end, b.start);
      // "3.75% -4.00%": the hyphen was read as b's sign. signed-column: not so "102.96   -0.29%", a level then its
      // signed move in a snapshot's row: a range's two ends are of one size.
      const oneSize = Math.abs(b.value) * 3 >= Math.abs(a.value) && Math.abs(a.value) * 3 >= Math.abs(b.value);
      if (b.explicitSign === -1 && /^[ \u00a0]*$/.test(gap) && /^[-\u2212]/.test(b.text) && oneSize) {
        gap += '-';
      }
      const isAnd = /and/i.test(gap);
      // "rose by $8.9 billion to $1.189 trillion", "from 4.5% to 4.25%": a move, not a range.
      const lead = text.slice(Math.max(0, a.start - 24), a.start);
      const isMove =
        /to/i.test(gap) &&
        /\b(?:by|from(?:[\s\u00a0]+(?:the|an?|its))?(?:[\s\u00a0]+(?:initial(?:ly[\s\u00a0]+reported)?|first|original|previous|prior|earlier))?|[a-z]+ed|up|down)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|some[\s\u00a0]+)?$/i.test(
          lead,
        );
      const ratio = Math.abs(b.value) / Math.max(1e-12, Math.abs(a.value));
      // zero-floor-range: "a target of 0% to 0.1%": a range from zero has no ratio between its ends.
      const zeroFloor = a.value === 0 && b.value > 0;
      if (isMove || (/to/i.test(gap) && !zeroFloor && (ratio > 3 || ratio < 1 / 3))) {
        out.push(a);
        continue;
      }
      const between = isAnd && /\bbetween[ \u00a0]+$/i.test(text.slice(Math.max(0, a.start - 9), a.start));
      const unitsAgree = a.unit === b.unit || a.unit === 'number' || (a.unit === 'currency' && b.unit === 'currency');
      if (RANGE_GAP_RE.test(gap) && (!isAnd || between) && unitsAgree && b.explicitSign !== 1) {
        const bValue = Math.abs(b.value);
        let aValue = a.value;
        // "$1.1-1.2 trillion": the scale written once applies to both.
        let aPrecision = a.precision;
        if (b.precision > 10 ** -b.decimals && a.precision === 10 ** -a.decimals) {
          const scale = Math.round(b.precision / 10 ** -b.decimals);
          aValue = scaleValue(a.value, a.decimals, scale);
          aPrecision = a.precision * scale;
        }
        const lo = Math.min(aValue, bValue);
        const hi = Math.max(aValue, bValue);
        out.push({
          start: a.start,
          end: b.end,
          text: text.slice(a.start, b.end),
          value: hi,
          unit: b.unit === 'number' ? a.unit : b.unit,
          currency: a.currency ?? b.currency,
          range: [lo, hi],
          explicitSign: undefined,
          per: b.per,
          decimals: Math.max(a.decimals, b.decimals),
          precision: Math.min(aPrecision, b.precision),
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
