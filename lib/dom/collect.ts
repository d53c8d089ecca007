import { FOOTNOTE_EDGE } from '../claims/chars';
import { normaliseDate } from '../claims/dates';
import { CONTRACT_COLUMN_RE } from '../claims/lexicon/contract-words';

/**
 * Collects a page's readable text by block element, with a map from block offsets back to the
 * text nodes, so the engine's offsets can be turned into ranges to mark. Works on the live page
 * and on HTML parsed in Node (happy-dom) alike.
 */

export interface TextBlock {
  text: string;
  element: Element;
  /** Text nodes in order, each with the block offset where its text starts. */
  nodes: { node: Text; start: number }[];
  /**
   * For table cells: the words that say what the cell's figure is (caption or the text just
   * before the table, the column header, the row header, and the row's other wordy cells).
   */
  context?: string;
  /**
   * The block's text is all inside links to other pages: a "Read next" list item or a story card's
   * headline. Its figures are another story's, of another day, never this page's claims.
   */
  link?: true;
  /**
   * The block is an item of a list headed as levels to watch ("Levels we are watching", "Key levels"):
   * its figures are chart levels, not readings.
   */
  levels?: true;
}

/** Never read or mark inside these. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'HEAD',
  'TITLE',
  'CLAIMLENS-CARD',
]);

const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'INS',
  'DEL',
  'LABEL',
  'CLAIMLENS-MARK',
  'NOBR',
  'BIG',
  'TT',
]);

/** Characters per block beyond which text is cut: a page of one giant text node stays bounded. */
const MAX_BLOCK_CHARS = 20_000;

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return (ce !== null && ce !== 'false') || el.getAttribute('role') === 'textbox';
}

/** True for elements whose text must never be collected or marked. */
function isSkipped(el: Element): boolean {
  return (
    SKIP_TAGS.has(el.tagName.toUpperCase()) ||
    isEditable(el) ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('data-claimlens-ui')
  );
}

export function collectBlocks(root: Document | Element): TextBlock[] {
  const c = createCollector(root);
  c.step(() => false);
  return c.blocks;
}

export interface Collector {
  /** Blocks read so far; complete once `step` has returned true. */
  readonly blocks: TextBlock[];
  /**
   * Walks on until the walk is done (returns true) or `pause()` says to stop (returns false). `pause`
   * is asked every few hundred nodes, so a caller can give the main thread back between steps.
   */
  step(pause: () => boolean): boolean;
}

/** What the walk does when it leaves an element. */
const Exit = { Inline: 0, Footnote: 1, Block: 2 } as const;
type Exit = (typeof Exit)[keyof typeof Exit];

interface Frame {
  blockEl: Element;
  next: Node | null;
  exit: Exit;
  /** For a block frame: whether its element lays its children out as separate boxes (asked lazily). */
  itemsApart?: boolean;
}

/**
 * The block reader as an explicit-stack walk, so a huge page can be read in slices. The page may
 * change between slices: nodes are only read, and every mark is checked against the text it was
 * read from before it is placed (lib/dom/highlighter.ts resolve), so a stale read is harmless.
 */
export function createCollector(root: Document | Element): Collector {
  const start = 'body' in root ? root.body : root;
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  const flush = () => {
    if (current && /\S/.test(current.text)) {
      const cell = current.element.closest?.('td, th, dd');
      if (cell && /\d/.test(current.text)) {
        const context = cell.localName === 'dd' ? termContext(cell) : tableContext(cell);
        if (context) current.context = context;
      }
      if (isLinkText(current)) current.link = true;
      // reading-with-change: "Key levels · Gold: $4,261.95 (+1.36%)": a level given with the day's change is a
      // reading, whatever the list's heading; "Resistance: $4,300" stays a level to watch.
      // Only a block with a figure can hold a level (levels-section walks the block's siblings).
      if (/\d/.test(current.text) && underLevelsHeading(current.element) && !READING_CHANGE_RE.test(current.text))
        current.levels = true;
      blocks.push(current);
    }
    current = null;
  };
  /**
   * Text that would make a block longer than MAX_BLOCK_CHARS continues in new blocks, cut at a space
   * where there is one, so no single engine call (and no task) grows with the page. A later block
   * may start inside a text node: its entry then has a negative start.
   */
  const splitLong = (node: Text, blockEl: Element) => {
    const data = node.data;
    let off = 0;
    while (off < data.length) {
      if (!current) current = { text: '', element: blockEl, nodes: [] };
      const room = MAX_BLOCK_CHARS - current.text.length;
      if (data.length - off <= room) {
        current.nodes.push({ node, start: current.text.length - off });
        current.text += screenText(data.slice(off), blockEl);
        return;
      }
      let cut = off + room;
      // Only the second half of the window is searched: a million characters without a space cost
      // one pass, not one per block.
      const half = off + Math.floor(room / 2);
      const space = data.slice(half, cut).lastIndexOf(' ');
      if (space >= 0) cut = half + space + 1;
      else if (cut > off + 1 && /[\ud800-\udbff]/.test(data[cut - 1]!)) cut--;
      if (cut > off) {
        current.nodes.push({ node, start: current.text.length - off });
        current.text += screenText(data.slice(off, cut), blockEl);
        off = cut;
      }
      flush();
    }
  };
  const stack: Frame[] = start ? [{ blockEl: start, next: start.firstChild, exit: Exit.Block }] : [];
  let done = !start;

  const step = (pause: () => boolean): boolean => {
    let n = 0;
    while (stack.length) {
      if ((++n & 255) === 0 && pause()) return false;
      const top = stack[stack.length - 1];
      const child = top.next;
      if (!child) {
        stack.pop();
        if (top.exit === Exit.Block) flush();
        else if (top.exit === Exit.Footnote && current) current.text += FOOTNOTE_EDGE;
        continue;
      }
      top.next = child.nextSibling;
      if (child.nodeType === 3) {
        const node = child as Text;
        const data = node.data;
        if (!data) continue;
        if (!current) current = { text: '', element: top.blockEl, nodes: [] };
        if (current.text.length + data.length <= MAX_BLOCK_CHARS) {
          current.nodes.push({ node, start: current.text.length });
          current.text += screenText(data, top.blockEl);
        } else {
          splitLong(node, top.blockEl);
        }
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (isSkipped(c)) {
          if (!INLINE_TAGS.has(c.tagName.toUpperCase())) flush();
          continue;
        }
        const tag = c.tagName.toUpperCase();
        if (tag === 'BR') {
          if (current) current.text += '\n';
          continue;
        }
        const inline = INLINE_TAGS.has(tag) || (tag.includes('-') && !c.shadowRoot && getDisplay(c) === 'inline');
        if (inline && top.exit === Exit.Block && (top.itemsApart ??= laysOutApart(top.blockEl))) {
          // A ticker strip's <span>s in a flex row are boxes side by side, not words of one sentence.
          flush();
          stack.push({ blockEl: c, next: c.firstChild, exit: Exit.Block });
        } else if (inline) {
          const foot = tag === 'SUP' || tag === 'SUB';
          if (foot && current) current.text += FOOTNOTE_EDGE;
          else if (current && gluesFigures(current.text, c)) current.text += ' ';
          stack.push({ blockEl: top.blockEl, next: c.firstChild, exit: foot ? Exit.Footnote : Exit.Inline });
        } else {
          flush();
          stack.push({ blockEl: c, next: c.firstChild, exit: Exit.Block });
        }
      }
    }
    if (!done) {
      flush();
      done = true;
    }
    return true;
  };
  return { blocks, step };
}

/**
 * glued-figures. Example: '<div class="tile">S&P 500<b>5,969.34</b></div>': two elements whose digits meet with no
 * space are two figures the page's styles set apart (a tile's name and value), not one number "5005,969.34". A space
 * between them in the read text keeps them two; no page node is touched.
 */
function gluesFigures(before: string, el: Element): boolean {
  // The first characters of the element's text, down its first children (not its whole textContent).
  let n: Node | null = el.firstChild;
  while (n?.nodeType === 1) n = n.firstChild;
  const head = n?.nodeType === 3 ? (n as Text).data : '';
  const last = before.slice(-1);
  // signed-tile: "Real GDP, Q3 q/q<b>−0.4%</b>": a signed figure set against a word is not a hyphenated word.
  return /\d/.test(last) ? /^\d/.test(head) : /[A-Za-z]/.test(last) && /^[−+-]\d/.test(head);
}

/**
 * Example: "<li><a href="/markets/jgb-2pct">JGB yield crosses 2% for the first time since 1999</a></li>".
 * Every visible word of the block sits inside an <a href> to another page (not "#" in-page anchors).
 */
const MONTH_ABBR = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/**
 * link-date-stamp: "<a>Can gold hold $4,000?</a> · Jul 10", "<a>…</a> 2 hours ago": a date or age
 * beside a link is the list's stamp, not words of the block's own.
 */
const STAMP_RE = new RegExp(
  String.raw`^[\s\u00a0·|•–—,()-]*(?:(?:\d{1,2}[\s\u00a0]+${MONTH_ABBR}|${MONTH_ABBR}[\s\u00a0]+\d{1,2})(?:,?[\s\u00a0]+\d{4})?|\d{4}-\d{2}-\d{2}|\d+[\s\u00a0]*(?:mins?|minutes?|h|hrs?|hours?|d|days?)[\s\u00a0]+ago)?[\s\u00a0·|•–—,()-]*$`,
  'i',
);

/**
 * link-list-label: "<aside><strong>More Asia markets</strong> <a>The road to KOSPI 6,000</a> <a>…</a></aside>": a
 * short bold label before a row of links heads the list; it gives the block no words of its own.
 */
const LABEL_TAGS = new Set(['strong', 'b', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LABEL_MAX_CHARS = 40;
function isListLabel(node: Text): boolean {
  const text = node.data.trim();
  return (
    text.length <= LABEL_MAX_CHARS &&
    !/\d/.test(text) &&
    LABEL_TAGS.has(node.parentElement?.localName ?? '') &&
    node.parentElement!.textContent!.trim() === text
  );
}

function isLinkText(block: TextBlock): boolean {
  if (!/\d/.test(block.text)) return false;
  let linked = false;
  for (const { node } of block.nodes) {
    if (!/\S/.test(node.data)) continue;
    const a = node.parentElement?.closest('a[href]');
    const href = a?.getAttribute('href') ?? '';
    if (!a || href.startsWith('#') || /^javascript:/i.test(href)) {
      if (STAMP_RE.test(node.data)) continue;
      if (!linked && isListLabel(node)) continue;
      return false;
    }
    linked = true;
  }
  return linked;
}

/** A change attached to a level: "(+1.36%)", "(−0.40%)", "up 0.8%". */
const READING_CHANGE_RE =
  /\([\s\u00a0]*[+\-−–][\s\u00a0]?\d[\d.,]*[\s\u00a0]?%[\s\u00a0]*\)|\b(?:up|down)[\s\u00a0]+\d[\d.,]*[\s\u00a0]?%/i;

/** "Levels we are watching", "Key levels", "Technical levels to watch", "Support and resistance". */
const LEVELS_HEADING_RE =
  /\blevels?\b[^.!?]{0,24}\bwatch|\b(?:key|technical|chart)\s+levels?\b|\bsupport\s+(?:and|&)\s+resistance\b|\bpivot\s+(?:points|levels)\b/i;

/**
 * Example: "<h3>Levels we are watching</h3><ul><li>Nikkei 225: 68,000</li>": whether a list item sits
 * in a list whose heading (the element just before the list) names levels to watch.
 */
function underLevelsHeading(el: Element): boolean {
  const li = el.closest?.('li');
  const list = li?.parentElement;
  if (!list || (list.localName !== 'ul' && list.localName !== 'ol')) return levelsSection(el);
  let prev = list.previousElementSibling;
  while (prev && !cellText(prev)) prev = prev.previousElementSibling;
  return !!prev && LEVELS_HEADING_RE.test(cellText(prev));
}

/** How many paragraphs a levels heading may lead (levels-section). */
const LEVELS_SECTION_PARAGRAPHS = 8;
const HEADING_TAG_RE = /^h[2-6]$/;

/**
 * levels-section: "<h2>Key levels</h2><div><p>Gold: $3,350 holds; $3,450 caps it</p>": short paragraphs
 * right under a levels heading, alone or in their own box, are levels to watch like a list's items.
 */
function levelsSection(el: Element): boolean {
  const para = el.closest?.('p');
  if (!para) return false;
  const box = para.parentElement;
  // The box holds only this section: its heading is the box's previous sibling.
  if (box && !para.previousElementSibling && box.localName === 'div') {
    let prev = box.previousElementSibling;
    while (prev && !cellText(prev)) prev = prev.previousElementSibling;
    if (prev && HEADING_TAG_RE.test(prev.localName) && LEVELS_HEADING_RE.test(cellText(prev))) return true;
  }
  let prev = para.previousElementSibling;
  for (let n = 0; prev && n < LEVELS_SECTION_PARAGRAPHS; n++, prev = prev.previousElementSibling) {
    if (HEADING_TAG_RE.test(prev.localName)) return LEVELS_HEADING_RE.test(cellText(prev));
    if (prev.localName !== 'p') return false;
  }
  // Later paragraphs of a box whose first paragraph sits under the heading.
  const first = box?.firstElementChild;
  return !!first && first !== para && first.localName === 'p' && box?.localName === 'div' && levelsSection(first);
}

const cellText = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
const FIGURE_RE = /[$¥€£%]|\d[\d,.]*\s*(?:bn|tn|billion|trillion|million)/i;

/** A definition list's figure ("<dt>Bank Rate</dt><dd>3.75%</dd>") is read with its term and the list's heading. */
function termContext(dd: Element): string {
  let dt = dd.previousElementSibling;
  while (dt && dt.localName !== 'dt') dt = dt.previousElementSibling;
  const list = dd.closest('dl');
  let heading = list?.previousElementSibling ?? null;
  while (heading && !cellText(heading)) heading = heading.previousElementSibling;
  return [heading && /^h[1-6]$/.test(heading.localName) ? cellText(heading) : '', cellText(dt)]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A column of dates still to come (next-meeting-column), or of when the row's level began
 * (since-column: "In place since · Feb 2026", "Last change"): its cells do not date the row's figures,
 * which are the levels in force on the page's day.
 */
const LATER_COLUMN_RE =
  /\b(?:next|upcoming|due|coming|since|effective|last[\s\u00a0]+(?:move|change|changed|adjusted))\b/i;

/**
 * unit-column: a cell that is only a price's unit ("$/barrel", "US$/oz") says what the row's bare figure
 * is quoted in; it is read with the figure, though its "$" would mark it as a figure of its own.
 */
const UNIT_CELL_RE =
  /^(?:US)?[$€£¥][\s\u00a0]?\/[\s\u00a0]?(?:barrel|bbl|oz|ounce|troy[\s\u00a0]+ounce)$|^(?:USD|EUR|GBP|JPY)[\s\u00a0]?(?:\/|per[\s\u00a0]+)[\s\u00a0]?(?:barrel|bbl|oz|ounce|troy[\s\u00a0]+ounce)$/i;

/** A cell that is another column's move: a signed or bare figure with a unit, or a direction word alone. */
const OTHER_COLUMN_MOVE_RE = /^(?:[+\-−–]?\s?\d|(?:up|down|unchanged|flat|higher|lower|steady|n\/a)$)/i;

/** Longer than this, the block before a table is prose, not its caption. */
const CAPTION_CHARS = 160;

/**
 * prose-before-table: what stands before a table without a caption names it only if it is a heading,
 * a short line ("Closing levels, Friday:") or ends by leading into it ("... were as follows:"); the first
 * words of a paragraph of prose ("Compared with last Monday, ...") would date and name every cell.
 */
function leadInOf(prev: Element): string {
  const whole = (prev.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (/^h[1-6]$/.test(prev.localName) || whole.length <= CAPTION_CHARS) return whole.slice(0, CAPTION_CHARS);
  if (!whole.endsWith(':')) return '';
  const last = whole.slice(whole.search(/[^.!?]*:$/)).trim();
  return last.slice(-CAPTION_CHARS);
}

function tableContext(cell: Element): string {
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || !table) return '';
  const cells = Array.from(row.children);
  const col = cells.indexOf(cell);
  const parts: string[] = [];
  const caption = table.querySelector('caption');
  if (caption) parts.push(cellText(caption));
  else {
    let prev = table.previousElementSibling;
    while (prev && !cellText(prev)) prev = prev.previousElementSibling;
    if (prev) parts.push(leadInOf(prev));
  }
  const headRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (headRow && headRow !== row) parts.push(cellText(headRow.children[col]));
  if (col > 0) parts.push(cellText(cells[0]));
  // Wordy cells elsewhere in the row ("February 2025", "Preliminary") but not other figures.
  for (let j = 1; j < cells.length; j++) {
    const other = cells[j]!;
    const words = cellText(other);
    // next-meeting-column: the "Next meeting · 28–29 Apr" cell dates a later event, not this row's figure.
    if (headRow && headRow !== row && LATER_COLUMN_RE.test(cellText(headRow.children[j]))) continue;
    // contract-month-column: "Delivery month · March" names a futures contract, not the period of the row's price.
    if (headRow && headRow !== row && CONTRACT_COLUMN_RE.test(cellText(headRow.children[j]))) continue;
    // A cell of bare figures ("156.95") is another column's figure, not words about this one; so is
    // another column's move ("+7 bp", "up", "down"), which read before this figure would make it a move.
    if (other !== cell && UNIT_CELL_RE.test(words)) parts.push(words);
    else if (other !== cell && !FIGURE_RE.test(words) && /\p{L}/u.test(words) && !OTHER_COLUMN_MOVE_RE.test(words))
      parts.push(words);
  }
  return parts.filter(Boolean).join(' · ').slice(0, 600);
}

/** Elements whose text is a paragraph's or a cell's: never laid out as a flex or grid row of items. */
const TEXT_BLOCK_TAGS = new Set([
  'P',
  'LI',
  'TD',
  'TH',
  'DD',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
]);

/**
 * Whether a block lays its children out as separate boxes (a flex or grid container): a price strip
 * "<div class=strip><span>NASDAQ 23,395.82</span> <span>US 10Y 4.17%</span></div>" shows each span
 * apart. Only asked of a block that holds inline elements, and never of a paragraph or a cell.
 */
function laysOutApart(el: Element): boolean {
  if (TEXT_BLOCK_TAGS.has(el.tagName.toUpperCase())) return false;
  // A strip holds only inline elements and blank text between them; prose between its children
  // means running text. Asked first, so the style engine is asked only of likely strips.
  let items = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (/\S/.test((n as Text).data)) return false;
    } else if (n.nodeType === 1) {
      // A block child is read as its own block anyway: only a row of inline items needs the question.
      if (!INLINE_TAGS.has((n as Element).tagName.toUpperCase())) return false;
      items++;
    }
  }
  if (items < 2) return false;
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  try {
    return /(?:^|\s)(?:flex|grid)$/.test(view.getComputedStyle(el).display ?? '');
  } catch {
    return false;
  }
}

const keepsBreaksMemo = new WeakMap<Element, boolean>();

/**
 * Whether line breaks in this element's source text show on screen: in <pre> and <textarea>, and
 * under an inline `white-space: pre`, `pre-wrap`, `pre-line` or `break-spaces`. Asked once per element.
 */
function keepsBreaks(el: Element): boolean {
  const known = keepsBreaksMemo.get(el);
  if (known !== undefined) return known;
  // Asking the style engine here would force a style pass on every page that wraps its source
  // lines; a pre-formatted element or an inline white-space style is what a news page uses.
  const holder = el.closest?.('pre, textarea, [style*="white-space"]');
  const keeps =
    !!holder &&
    (/^(?:pre|textarea)$/.test(holder.localName) ||
      /white-space\s*:\s*(?:pre|break-spaces)/i.test(holder.getAttribute('style') ?? ''));
  keepsBreaksMemo.set(el, keeps);
  return keeps;
}

/**
 * A text node's text as a reader sees it, character for character: "raised its⏎short-term rate"
 * in a paragraph's source is one sentence on screen, so its source line break is read as a space.
 * Only a <br> (or preformatted text) breaks a line. The length never changes, so offsets still
 * point into the node.
 */
function screenText(data: string, blockEl: Element): string {
  if (!data.includes('\n') && !data.includes('\r')) return data;
  return keepsBreaks(blockEl) ? data : data.replace(/[\r\n]/g, ' ');
}

function getDisplay(el: Element): string {
  // Custom elements default to inline; only ask the style engine where one is running.
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return 'inline';
  try {
    return view.getComputedStyle(el).display || 'inline';
  } catch {
    return 'inline';
  }
}

/** The article's publication date: meta tags, then JSON-LD, then <time datetime>. */
export function findPublishedDate(doc: Document): string | null {
  for (const raw of publishedStamps(doc)) {
    const d = normaliseDate(raw);
    if (d) return d;
  }
  return null;
}

/**
 * The article's publication instant (ISO, UTC) from the first stamp that gives its date, when that
 * stamp also gives a time and a zone ("2025-08-01T16:45:00-04:00"); null otherwise, never a guess.
 */
export function findPublishedTime(doc: Document): string | null {
  for (const raw of publishedStamps(doc)) {
    if (!normaliseDate(raw)) continue;
    return instantOf(raw);
  }
  return null;
}

/**
 * The instant a page was last updated (ISO, UTC), when it says so with a time and zone: a live blog's
 * `dateModified` is hours after the `datePublished` it was begun at, and its entries may be that late.
 */
export function findUpdatedTime(doc: Document): string | null {
  const metas = [
    'meta[property="article:modified_time"]',
    'meta[property="og:updated_time"]',
    'meta[itemprop="dateModified"]',
  ];
  let raw: string | null | undefined = null;
  for (const sel of metas) raw ||= doc.querySelector(sel)?.getAttribute('content');
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    if (raw) break;
    const text = script.textContent ?? '';
    if (text.length > 200_000) continue;
    try {
      raw = findInJsonLd(JSON.parse(text), 0, 'dateModified');
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return raw ? instantOf(raw) : null;
}

/** "2026-06-10T16:48:00-04:00" as an ISO instant in UTC; null for a date alone or a stamp without a zone. */
function instantOf(raw: string): string | null {
  const s = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return null;
  const t = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Candidate publication stamps in order of trust: meta tags, then JSON-LD, then <time datetime>. */
function* publishedStamps(doc: Document): Generator<string> {
  const metas = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="date"]',
    'meta[property="og:published_time"]',
    'meta[name="parsely-pub-date"]',
    'meta[name="sailthru.date"]',
  ];
  for (const sel of metas) {
    const c = doc.querySelector(sel)?.getAttribute('content');
    if (c) yield c;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const raw = script.textContent ?? '';
    if (raw.length > 200_000) continue;
    let d: string | null = null;
    try {
      d = findInJsonLd(JSON.parse(raw), 0);
    } catch {
      // A page's broken JSON-LD is its own business.
    }
    if (d) yield d;
  }
  for (const t of Array.from(doc.querySelectorAll('time[datetime]')).slice(0, 50)) {
    const c = t.getAttribute('datetime');
    if (c) yield c;
  }
}

function findInJsonLd(
  node: unknown,
  depth: number,
  key: 'datePublished' | 'dateModified' = 'datePublished',
): string | null {
  if (!node || typeof node !== 'object' || depth > 6) return null;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 50)) {
      const d = findInJsonLd(item, depth + 1, key);
      if (d) return d;
    }
    return null;
  }
  const rec = node as Record<string, unknown>;
  // The raw stamp, time and zone kept: findPublishedTime reads them.
  const own = rec[key];
  if (typeof own === 'string' && normaliseDate(own)) return own;
  for (const inner of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const d = findInJsonLd(rec[inner], depth + 1, key);
    if (d) return d;
  }
  return null;
}
