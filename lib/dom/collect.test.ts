import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { collectBlocks, findPublishedDate, findPublishedTime, findUpdatedTime } from './collect';
import { FOOTNOTE_EDGE } from '../claims/chars';

function parse(html: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const texts = (html: string) =>
  collectBlocks(parse(`<!doctype html><html><body>${html}</body></html>`)).map((b) => b.text);

describe('collectBlocks', () => {
  it('makes one block per block element, joining inline elements', () => {
    expect(
      texts(
        '<div><h1>Title</h1><p>One <b>two</b> <a href="#">three</a>.</p><p>Four</p><ul><li>Five</li><li>Six <em>seven</em></li></ul></div>',
      ),
    ).toEqual(['Title', 'One two three.', 'Four', 'Five', 'Six seven']);
  });

  it('a block element inside a paragraph-like div splits the text around it', () => {
    expect(texts('<div>Before<div>Inside</div>After</div>')).toEqual(['Before', 'Inside', 'After']);
  });

  it('<br> becomes a line break; <sup> is fenced with invisible separators', () => {
    expect(texts('<p>Line one<br>line two</p>')).toEqual(['Line one\nline two']);
    expect(texts('<p>12%<sup>3</sup> of it</p>')).toEqual([`12%${FOOTNOTE_EDGE}3${FOOTNOTE_EDGE} of it`]);
  });

  it("source-line-break: a line break in a paragraph's source is a space on screen, so one sentence", () => {
    expect(texts('<p>The Bank of Japan raised its\n  short-term rate to 0.75%.</p>')).toEqual([
      'The Bank of Japan raised its   short-term rate to 0.75%.',
    ]);
    // Text laid out with its line breaks keeps its lines.
    expect(texts('<div style="white-space: pre-line">USD/JPY 158.50\nEUR/USD 1.1624</div>')).toEqual([
      'USD/JPY 158.50\nEUR/USD 1.1624',
    ]);
  });

  it('flex-row: the spans of a flex strip are separate boxes, not one sentence', () => {
    const strip =
      '<style>.strip{display:flex;gap:20px}</style><div class="strip"><span>NASDAQ 23,395.82 <b>(+0.69%)</b></span> <span>US 10Y 4.17%</span></div>';
    expect(texts(strip)).toEqual(['NASDAQ 23,395.82 (+0.69%)', 'US 10Y 4.17%']);
    // Without the flex row the same spans are words of one line.
    expect(texts(strip.replace('display:flex;', ''))).toEqual(['NASDAQ 23,395.82 (+0.69%) US 10Y 4.17%']);
  });

  it("glued-figures: a tile's name and value whose digits meet are two figures, not one number", () => {
    expect(texts('<div class="tile">S&amp;P 500<b>5,969.34</b></div>')).toEqual(['S&P 500 5,969.34']);
    expect(texts('<div><span>S&amp;P 500</span><span>7,394.30</span></div>')).toEqual(['S&P 500 7,394.30']);
    // signed-tile: a signed figure against a word keeps its sign.
    expect(texts('<div>Real GDP, Q3 q/q<b>−0.4%</b></div>')).toEqual(['Real GDP, Q3 q/q −0.4%']);
    expect(texts('<p>the so<b>-called</b> rally</p>')).toEqual(['the so-called rally']);
    // A figure that only continues in its element ("4,040<small>.05</small>") stays one.
    expect(texts('<p>Gold $4,040<small>.05</small></p>')).toEqual(['Gold $4,040.05']);
  });

  it('link-only-block: a block whose words are all a link to another page is flagged as a link', () => {
    const links = (html: string) =>
      collectBlocks(parse(`<!doctype html><body>${html}</body>`)).map((b) => b.link ?? false);
    expect(links('<ul><li><a href="/markets/jgb-2pct">JGB yield crosses 2% for the first time</a></li></ul>')).toEqual([
      true,
    ]);
    // A card whose headline block sits inside the link.
    expect(links('<a href="/story"><h3>Gold tops $4,000</h3></a>')).toEqual([true]);
    // Running text with a link inside it, an in-page anchor and a link without figures are not.
    expect(links('<p>The <a href="/q/spx">S&amp;P 500</a> rose 0.6% to 6,902.05.</p>')).toEqual([false]);
    expect(links('<p><a href="#fn1">Note: the yield was 4.1%</a></p>')).toEqual([false]);
    expect(links('<p><a href="/about">About us</a></p>')).toEqual([false]);
  });

  it('link-date-stamp: a linked headline followed only by its list date or age is still a link', () => {
    const links = (html: string) =>
      collectBlocks(parse(`<!doctype html><body>${html}</body>`)).map((b) => b.link ?? false);
    expect(links('<ul><li><a href="/news/gold-4000">Will gold stay above $4,000?</a> · Jul 10</li></ul>')).toEqual([
      true,
    ]);
    expect(links('<ul><li><a href="/news/yen">Dollar-yen at 160: the line to watch</a> 3 hours ago</li></ul>')).toEqual(
      [true],
    );
    // Words of its own beside the link make the item running text.
    expect(links('<ul><li><a href="/news/yen">Yen</a> weakened to 160 per dollar on Jul 10</li></ul>')).toEqual([
      false,
    ]);
  });

  it('link-list-label: a bold label before a row of links leaves the block a list of links', () => {
    const links = (html: string) =>
      collectBlocks(parse(`<!doctype html><body>${html}</body>`)).map((b) => b.link ?? false);
    expect(
      links(
        '<aside><strong>More markets</strong>\n<a href="/kospi-6000">The road to KOSPI 6,000</a>\n<a href="/sh">Can Shanghai hold 4,000?</a></aside>',
      ),
    ).toEqual([true]);
    // A bold lead-in of running text is the paragraph's own words.
    expect(
      links('<p><strong>Stocks:</strong> the <a href="/q/spx">S&amp;P 500</a> rose 0.6% to 6,902.05.</p>'),
    ).toEqual([false]);
    // Bold words after a link are not a label.
    expect(links('<p><a href="/gold">Gold tops $4,000</a> <strong>today only</strong></p>')).toEqual([false]);
  });

  it('levels-heading: items of a list headed "Levels we are watching" are flagged as levels', () => {
    const doc = parse(
      '<!doctype html><body><h3>Levels we are watching</h3><ul><li>Nikkei 225: 68,000</li></ul><h3>Markets</h3><ul><li>Nikkei 225: 52,518.08</li></ul></body>',
    );
    expect(collectBlocks(doc).map((b) => b.levels ?? false)).toEqual([false, true, false, false]);
  });

  it('reading-with-change: a level given with its change under "Key levels" is a reading, not a level to watch', () => {
    const doc = parse(
      '<!doctype html><body><h3>Key levels</h3><ul><li>Gold: $4,160.10 (+1.2%)</li><li>Resistance: $4,300</li></ul></body>',
    );
    expect(collectBlocks(doc).map((b) => b.levels ?? false)).toEqual([false, false, true]);
  });

  it('levels-section: short paragraphs in a box under a "Key levels" heading are levels, and the section ends at the next heading', () => {
    const doc = parse(
      '<!doctype html><body><h2>Key levels</h2><div class="box"><p>Nikkei 225: 60,000 caps it.</p><p>Yen: 160 is the line.</p></div><h2>Markets</h2><p>The Nikkei 225 closed at 59,716.</p></body>',
    );
    expect(collectBlocks(doc).map((b) => b.levels ?? false)).toEqual([false, true, true, false, false]);
  });

  it('the node map points each block offset back to its text node', () => {
    const doc = parse(
      "<!doctype html><body><p>Japan's <strong>$1.13</strong> trillion in <em>U.S.</em> debt</p></body>",
    );
    const [block] = collectBlocks(doc);
    expect(block!.text).toBe("Japan's $1.13 trillion in U.S. debt");
    expect(block!.element.tagName).toBe('P');
    for (const { node, start } of block!.nodes)
      expect(block!.text.slice(start, start + node.data.length)).toBe(node.data);
    expect(block!.nodes.map((n) => [n.node.data, n.start])).toEqual([
      ["Japan's ", 0],
      ['$1.13', 8],
      [' trillion in ', 13],
      ['U.S.', 26],
      [' debt', 30],
    ]);
    // The node holding offset 16 ("trillion") is the one after <strong>.
    const at = (offset: number) => [...block!.nodes].reverse().find((n) => n.start <= offset)!;
    expect(at(block!.text.indexOf('trillion')).node.parentElement?.tagName).toBe('P');
    expect(at(block!.text.indexOf('1.13')).node.parentElement?.tagName).toBe('STRONG');
  });

  it('skips script, style, noscript, textarea, input, select, code, pre, contenteditable and svg', () => {
    const html = [
      '<p>Kept 1.5% here.</p>',
      '<script>var SKIP1 = "3%";</script>',
      '<style>.SKIP2{width:4%}</style>',
      '<noscript>SKIP3 5%</noscript>',
      '<textarea>SKIP4 6%</textarea>',
      '<input value="SKIP5 7%">',
      '<select><option>SKIP6 8%</option></select>',
      '<code>SKIP7 9%</code>',
      '<pre>SKIP8 10%</pre>',
      '<div contenteditable="true">SKIP9 11%</div>',
      '<div contenteditable="">SKIP10 12%</div>',
      '<svg><text>SKIP11 13%</text></svg>',
      '<p>Also kept 2%.</p>',
    ].join('');
    const all = texts(html).join('|');
    expect(all).not.toMatch(/SKIP/);
    expect(texts(html)).toEqual(['Kept 1.5% here.', 'Also kept 2%.']);
    // contenteditable="false" is ordinary text.
    expect(texts('<div contenteditable="false">Read 3%</div>')).toEqual(['Read 3%']);
  });

  it('table cells get context from the table, the column and the row headers', () => {
    const doc = parse(`<!doctype html><body>
      <p>Major foreign holders of U.S. Treasuries, billions of dollars</p>
      <table>
        <thead><tr><th>Country</th><th>Feb 2025</th><th>Mar 2025</th></tr></thead>
        <tbody><tr><th>Japan</th><td>$1,125.9</td><td>$1,130.8</td></tr>
        <tr><th>China</th><td>$784.3</td><td>$765.4</td></tr></tbody>
      </table></body>`);
    const blocks = collectBlocks(doc);
    const cell = blocks.find((b) => b.text === '$784.3')!;
    expect(cell.element.tagName).toBe('TD');
    expect(cell.context).toBe('Major foreign holders of U.S. Treasuries, billions of dollars · Feb 2025 · China');
    const mar = blocks.find((b) => b.text === '$1,130.8')!;
    expect(mar.context).toBe('Major foreign holders of U.S. Treasuries, billions of dollars · Mar 2025 · Japan');
    // Header cells without figures get no context; neither do paragraphs.
    expect(blocks.find((b) => b.text === 'Japan')!.context).toBeUndefined();
    expect(blocks[0]!.context).toBeUndefined();
  });

  it("bare-figure-cells: a row's other bare figures are not words about a cell", () => {
    const doc = parse(
      '<!doctype html><body><h3>Pivot levels</h3><table><tr><th>Pair</th><th>S1</th><th>Pivot</th></tr><tr><td>USD/JPY</td><td>156.95</td><td>157.40</td></tr></table></body>',
    );
    const cell = collectBlocks(doc).find((b) => b.text === '157.40');
    expect(cell?.context).toBe('Pivot levels · Pivot · USD/JPY');
  });

  it('other-column-move: another column\'s move ("+7 bp", "up") is not read before a cell\'s level', () => {
    const doc = parse(
      '<!doctype html><body><table><caption>Yields at the close</caption><thead><tr><th>Maturity</th><th>Yield</th><th>Change</th><th>Note</th></tr></thead><tbody><tr><th>2-year</th><td>3.64%</td><td>+7 bp</td><td>Preliminary</td></tr><tr><th>Japan</th><td>1,200.0</td><td>up</td><td>Record</td></tr></tbody></table></body>',
    );
    const blocks = collectBlocks(doc);
    expect(blocks.find((b) => b.text === '3.64%')?.context).toBe('Yields at the close · Yield · 2-year · Preliminary');
    expect(blocks.find((b) => b.text === '1,200.0')?.context).toBe('Yields at the close · Yield · Japan · Record');
  });

  it('next-meeting-column: a "Next meeting" cell does not date the row\'s rate', () => {
    const doc = parse(
      '<!doctype html><body><h3>Rate decisions</h3><table><thead><tr><th>Bank</th><th>Decision</th><th>Rate</th><th>Next meeting</th></tr></thead><tbody><tr><td>Bank of Japan (Thu 19 Mar)</td><td>Hold</td><td>0.75%</td><td>27&ndash;28 Apr</td></tr></tbody></table></body>',
    );
    const cell = collectBlocks(doc).find((b) => b.text === '0.75%');
    expect(cell?.context).toBe('Rate decisions · Rate · Bank of Japan (Thu 19 Mar) · Hold');
  });

  it('since-column: an "In place since" cell does not date the row\'s rate, which is the one in force now', () => {
    const doc = parse(
      '<!doctype html><body><h3>Policy rates</h3><table><thead><tr><th>Bank</th><th>Rate</th><th>In place since</th></tr></thead><tbody><tr><td>Reserve Bank of Australia</td><td>3.85%</td><td>Feb 2026</td></tr></tbody></table></body>',
    );
    const cell = collectBlocks(doc).find((b) => b.text === '3.85%');
    expect(cell?.context).toBe('Policy rates · Rate · Reserve Bank of Australia');
  });

  it("a definition list's figure gets its term and the list's heading as context", () => {
    const doc = parse(
      '<!doctype html><html><body><h3>Key figures</h3><dl><dt>CPI inflation, March</dt><dd>3.3%</dd><dt>Bank Rate</dt><dd>3.75%</dd></dl><p>Rates rose 2%.</p></body></html>',
    );
    const blocks = collectBlocks(doc);
    expect(blocks.find((b) => b.text === '3.3%')!.context).toBe('Key figures · CPI inflation, March');
    expect(blocks.find((b) => b.text === '3.75%')!.context).toBe('Key figures · Bank Rate');
    expect(blocks.find((b) => b.text === 'Rates rose 2%.')!.context).toBeUndefined();
  });

  it('a caption wins over the text before the table', () => {
    const doc = parse(`<!doctype html><body><p>Unrelated 1%</p><table><caption>Policy rates</caption>
      <tr><th>Bank</th><th>Rate</th></tr><tr><td>BOJ</td><td>0.5%</td></tr></table></body>`);
    const cell = collectBlocks(doc).find((b) => b.text === '0.5%')!;
    expect(cell.context).toBe('Policy rates · Rate · BOJ');
  });

  it('prose-before-table: a paragraph of prose before a table is not its caption; a short line is', () => {
    const long =
      'The week swung hard. Crude jumped on Thursday and gave it all back on Monday, and compared with last Tuesday both benchmarks ended the session lower than where they had begun it.';
    const doc = parse(
      `<!doctype html><body><p>${long}</p><table><tr><th>Grade</th><th>Change</th></tr><tr><td>WTI</td><td>−2.10%</td></tr></table><p>Closes, Monday:</p><table><tr><th>Grade</th><th>Close</th></tr><tr><td>WTI</td><td>70.12</td></tr></table></body>`,
    );
    const blocks = collectBlocks(doc);
    expect(blocks.find((b) => b.text === '−2.10%')!.context).toBe('Change · WTI');
    expect(blocks.find((b) => b.text === '70.12')!.context).toBe('Closes, Monday: · Close · WTI');
  });

  it('contract-month-column: a "Delivery month" cell names the contract, not the period of the row', () => {
    const doc = parse(
      '<!doctype html><body><h3>Futures</h3><table><tr><th>Contract</th><th>Delivery month</th><th>Price</th></tr><tr><td>Brent</td><td>March</td><td>$62.10</td></tr></table></body>',
    );
    expect(collectBlocks(doc).find((b) => b.text === '$62.10')!.context).toBe('Futures · Price · Brent');
  });

  it('unit-column: a "$/barrel" cell is read with the row\'s bare price; another column\'s "$62.10" is not', () => {
    const doc = parse(
      '<!doctype html><body><h3>At a glance</h3><table><tr><th>Market</th><th>Unit</th><th>Last</th><th>Prior</th></tr><tr><td>WTI crude</td><td>$/barrel</td><td>80.44</td><td>$79.20</td></tr></table></body>',
    );
    expect(collectBlocks(doc).find((b) => b.text === '80.44')!.context).toBe(
      'At a glance · Last · WTI crude · $/barrel',
    );
  });

  it('an empty body gives no blocks', () => {
    expect(texts('')).toEqual([]);
    expect(texts('<div>   </div><script>1</script>')).toEqual([]);
  });
});

describe('findPublishedDate', () => {
  const page = (head: string, body = '') =>
    parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

  it('reads meta article:published_time', () => {
    expect(
      findPublishedDate(page('<meta property="article:published_time" content="2025-05-23T09:30:00+09:00">')),
    ).toBe('2025-05-23');
  });

  it('reads JSON-LD datePublished, also inside @graph', () => {
    expect(
      findPublishedDate(
        page(
          '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-02T13:00:00Z"}</script>',
        ),
      ),
    ).toBe('2025-05-02');
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2025-04-03' }],
    });
    expect(findPublishedDate(page(`<script type="application/ld+json">${graph}</script>`))).toBe('2025-04-03');
  });

  it('reads <time datetime>', () => {
    expect(findPublishedDate(page('', '<p>By a reporter, <time datetime="2025-03-01T08:00">March 1</time></p>'))).toBe(
      '2025-03-01',
    );
  });

  it('prefers meta over JSON-LD over <time>', () => {
    const both = page(
      '<meta property="article:published_time" content="2025-05-23"><script type="application/ld+json">{"datePublished":"2025-01-01"}</script>',
      '<time datetime="2024-12-01">x</time>',
    );
    expect(findPublishedDate(both)).toBe('2025-05-23');
    const ldAndTime = page(
      '<script type="application/ld+json">{"datePublished":"2025-01-01"}</script>',
      '<time datetime="2024-12-01">x</time>',
    );
    expect(findPublishedDate(ldAndTime)).toBe('2025-01-01');
  });

  it('rejects malformed dates and meta, falling through to the next source', () => {
    expect(findPublishedDate(page('<meta property="article:published_time" content="2025-02-30">'))).toBeNull();
    expect(findPublishedDate(page('<meta property="article:published_time" content="yesterday">'))).toBeNull();
    expect(findPublishedDate(page('<meta property="article:published_time">'))).toBeNull();
    expect(findPublishedDate(page('<script type="application/ld+json">{"datePublished": </script>'))).toBeNull();
    expect(
      findPublishedDate(page('<script type="application/ld+json">{"datePublished":"0000-00-00"}</script>')),
    ).toBeNull();
    expect(findPublishedDate(page('', '<time datetime="13:45">x</time>'))).toBeNull();
    // A bad meta does not hide a good <time>.
    expect(
      findPublishedDate(
        page('<meta property="article:published_time" content="2025-02-30">', '<time datetime="2025-02-28">x</time>'),
      ),
    ).toBe('2025-02-28');
    expect(findPublishedDate(page(''))).toBeNull();
  });
});

describe('findUpdatedTime', () => {
  const page = (head: string) => parse(`<!doctype html><html><head>${head}</head><body></body></html>`);

  it("reads a live blog's last update from its meta or its JSON-LD, in UTC", () => {
    expect(findUpdatedTime(page('<meta property="article:modified_time" content="2026-06-10T16:48:00-04:00">'))).toBe(
      '2026-06-10T20:48:00.000Z',
    );
    expect(
      findUpdatedTime(
        page(
          '<script type="application/ld+json">{"@type":"LiveBlogPosting","datePublished":"2025-07-03T06:40:00-04:00","dateModified":"2025-07-03T14:35:00-04:00"}</script>',
        ),
      ),
    ).toBe('2025-07-03T18:35:00.000Z');
  });

  it('no update stamp, or one without a time and zone, is none', () => {
    expect(
      findUpdatedTime(page('<meta property="article:published_time" content="2026-06-10T07:55:00-04:00">')),
    ).toBeNull();
    expect(findUpdatedTime(page('<meta property="article:modified_time" content="2026-06-10">'))).toBeNull();
  });
});

describe('findPublishedTime', () => {
  const page = (head: string, body = '') =>
    parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

  it('reads the instant from the stamp that gives the date, in UTC', () => {
    expect(
      findPublishedTime(page('<meta property="article:published_time" content="2025-08-01T16:45:00-04:00">')),
    ).toBe('2025-08-01T20:45:00.000Z');
    expect(
      findPublishedTime(
        page(
          '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-02T13:00:00+0900"}</script>',
        ),
      ),
    ).toBe('2025-05-02T04:00:00.000Z');
  });

  it('no time or no zone is no instant: never a guess', () => {
    expect(findPublishedTime(page('<meta property="article:published_time" content="2025-08-01">'))).toBeNull();
    expect(findPublishedTime(page('', '<time datetime="2025-03-01T08:00">March 1</time>'))).toBeNull();
    // The date came from the meta; a zoned <time> further down is not the same stamp.
    expect(
      findPublishedTime(
        page(
          '<meta property="article:published_time" content="2025-08-01">',
          '<time datetime="2025-08-01T20:45:00Z">x</time>',
        ),
      ),
    ).toBeNull();
  });
});
