import { loadBundledDatasetFromDisk } from '../scan/load-dataset';
import { describe, expect, it, vi } from 'vitest';
import { AliasMatcher, sentenceQualifiers } from './match';
import { tokenize, aliasTokens, normaliseWord } from './tokens';
import { sentenceSpans } from './sentences';
import { hasCandidateNumbers } from './prefilter';
import { miniDataset } from '../../tests/helpers/mini-dataset';
import { idsOf } from './test-engine';

const matcher = new AliasMatcher(miniDataset().indicators);
const ids = (text: string) => [...new Set(matcher.occurrences(tokenize(text)).map((o) => o.entry.id))];

describe('tokens', () => {
  it('folds case, curly quotes, possessives, plurals and U.S.', () => {
    expect(aliasTokens('Japan’s holdings of U.S. Treasuries')).toEqual(['japan', 'holding', 'us', 'treasury']);
    expect(normaliseWord('Japanese')).toBe('japan');
    expect(normaliseWord('duties')).toBe('tariff');
    expect(normaliseWord('gas')).toBe('gas');
  });
});

describe('AliasMatcher', () => {
  it('finds aliases across spelling variants and one stray word', () => {
    expect(ids('the tariff on certain Japanese autos')).toEqual(['us.tariff_autos_japan']);
    expect(ids('a higher car duty')).toEqual(['us.tariff_autos_japan']);
    // Leading country words are qualifiers: the core "Treasury holdings" is found, and each
    // entry says which country it needs (the engine checks the sentence for it).
    const occ = matcher.occurrences(tokenize('Japan’s US Treasury holdings rose'));
    const tokens = tokenize('Japan’s US Treasury holdings rose');
    expect(new Set(occ.map((o) => o.entry.id))).toEqual(new Set(['jp.ust_holdings', 'cn.ust_holdings']));
    for (const o of occ) {
      expect(tokens.slice(o.first, o.last + 1).map((t) => t.norm)).toEqual(['treasury', 'holding']);
      expect(o.entry.qualifierGroups).toContain(o.entry.id === 'jp.ust_holdings' ? 'japan' : 'china');
    }
    expect(ids('Gold and WTI crude moved')).toEqual(['cmd.gold_usd', 'cmd.wti_usd']);
  });

  it('a longer alias of another indicator hides the shorter one inside it', () => {
    // "WTI crude" is one occurrence, not also "WTI".
    const occ = matcher.occurrences(tokenize('WTI crude settled higher'));
    expect(occ.map((o) => o.entry.alias)).toContain('WTI crude');
    expect(new Set(occ.map((o) => o.entry.id))).toEqual(new Set(['cmd.wti_usd']));
  });

  it('does not find words that merely contain an alias', () => {
    expect(ids('the golden age of bonds')).toEqual([]);
    expect(ids('nothing to see here')).toEqual([]);
  });

  it('fuzzy pass catches a misspelling ("WTI crud")', () => {
    const tokens = tokenize('The WTI crud price rose sharply');
    expect(matcher.occurrences(tokens).map((o) => o.entry.alias)).not.toContain('WTI crude');
    expect(matcher.mayFuzzyMatch(tokens)).toBe(true);
    const fuzzy = matcher.fuzzyOccurrences(tokens, 0, tokens.length);
    expect(fuzzy.map((o) => o.entry.alias)).toContain('WTI crude');
    expect(matcher.mayFuzzyMatch(tokenize('The weather was fine'))).toBe(false);
  });

  it('two-edit-prefix: "stalling" is no misspelling of "sterling"', () => {
    const full = new AliasMatcher(loadBundledDatasetFromDisk().indicators);
    const tokens = tokenize('Private consumption edged up 0.1% instead of stalling.');
    expect(full.fuzzyOccurrences(tokens, 0, tokens.length).map((o) => o.entry.alias)).not.toContain('sterling');
  });

  it('asks Fuse only about runs of alias words, near misses and figures', () => {
    const m = new AliasMatcher(miniDataset().indicators);
    const fuse = (m as unknown as { fuse: { search: (key: string) => unknown } }).fuse;
    const search = vi.spyOn(fuse, 'search');
    // "crud" is a near miss of "crude"; "forwarders" and "reported" are neither alias words nor near misses.
    const tokens = tokenize('Freight forwarders reported WTI crud prices');
    const fuzzy = m.fuzzyOccurrences(tokens, 0, tokens.length);
    expect(fuzzy.map((o) => o.entry.alias)).toContain('WTI crude');
    const asked = search.mock.calls.map((c) => c[0]);
    expect(asked).toContain('wti crud');
    expect(asked.some((k) => /forwarder|reported|freight/.test(k))).toBe(false);
  });

  it('sentence qualifiers name countries and central banks', () => {
    expect(sentenceQualifiers(['bank', 'japan'])).toEqual(new Set(['japan', 'boj']));
    expect(sentenceQualifiers(['federal', 'reserve'])).toEqual(new Set(['us', 'fed']));
    expect(sentenceQualifiers(['chinese'])).toEqual(new Set(['china']));
    expect(sentenceQualifiers(['weather'])).toEqual(new Set());
  });
});

describe('sentences', () => {
  it('splits at full stops but not after U.S., Dec. or inside numbers', () => {
    const text = 'Japan held $1.13 trillion of U.S. debt. It rose 0.5% on Dec. 3. The End';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'Japan held $1.13 trillion of U.S. debt.',
      'It rose 0.5% on Dec. 3.',
      'The End',
    ]);
  });
  it('run-on-stop: a full stop with no space before a capitalised word still ends a sentence', () => {
    const text = 'The index rose 1.2% to close at 3,512.40.It was the sixth gain in a row since the start of the year.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'The index rose 1.2% to close at 3,512.40.',
      'It was the sixth gain in a row since the start of the year.',
    ]);
    // After a letter (initials, a site's name) it is no such stop.
    const other = 'Shares of U.S.Steel and Example.Com rose.';
    expect(sentenceSpans(other)).toHaveLength(1);
  });

  it('dot-leader: a run of dots leading a snapshot row to its figure ends no sentence', () => {
    const text = 'Harbour index ........ 7,910.50 +2.71%';
    expect(sentenceSpans(text)).toHaveLength(1);
    // An ellipsis before a capital still ends one.
    const trailing = 'Stocks wavered... The next day they fell.';
    expect(sentenceSpans(trailing)).toHaveLength(2);
  });
});

describe('prefilter.hasCandidateNumbers', () => {
  it.each([
    '$5 billion',
    '¥145',
    'USD 3',
    '3%',
    '2.5 per cent',
    '25 bps',
    '120 points',
    '1.13 trillion',
    '1,234',
    'at 145.62',
  ])('"%s" may hold a claim', (text) => expect(hasCandidateNumbers(`The figure was ${text} today.`)).toBe(true));
  // hyphenated-unit: the unit joined to the number by a hyphen, with no other figure in the block.
  it.each(['a 25-basis-point cut', 'a 50-bp hike'])('hyphenated-unit: "%s" may hold a claim', (text) =>
    expect(hasCandidateNumbers(`The Fed delivered ${text} on Wednesday.`)).toBe(true),
  );
  it.each(['Published May 3, 2025', 'Top 10 stories', 'Call us on 5550100', 'No numbers at all', 'In 2025 and 2024'])(
    '"%s" holds none',
    (text) => expect(hasCandidateNumbers(text)).toBe(false),
  );
});

describe('gapped-not-swallowing', () => {
  it('"the benchmark 10-year JGB yield" is Japan\'s yield, not a U.S. alias with "JGB" skipped', () => {
    const ids = idsOf('The benchmark 10-year JGB yield climbed 4 basis points to 2.282%.', '2026-03-24');
    expect(ids['2.282%']).toBe('jp.jgb_10y_yield');
  });
});

describe('metal-codes', () => {
  it('"XAU/USD drops 2.2% to $4,066" is gold; "XAG/USD" is silver (the FX sites\' names for the metals)', () => {
    expect(idsOf('Gold Price Forecast: XAU/USD drops 2.2% to $4,066 on the day.', '2026-07-08')['$4,066']).toBe(
      'cmd.gold_usd',
    );
    expect(idsOf('XAG/USD fell 1.5% to $58.42 an ounce.', '2026-07-08')['$58.42']).toBe('cmd.silver_usd');
  });
});
