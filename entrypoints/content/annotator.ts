import type { ContentScriptContext } from '#imports';
import { hasCandidateNumbers } from '../../lib/claims/prefilter';
import type { Claim, Verdict } from '../../lib/claims/types';
import { packedIndicator, packedText, packedVerdict, unpackClaim, type PackedClaims } from '../../lib/claims/pack';
import type { Series } from '../../lib/dataset/schema';
import { datasetNotice } from '../../lib/dataset/store';
import {
  collectBlocks,
  createCollector,
  findPublishedDate,
  findPublishedTime,
  findUpdatedTime,
} from '../../lib/dom/collect';
import { CharBudget } from '../../lib/dom/budget';
import { isStale, markRanges, type MarkRange, type MarkSpec } from '../../lib/dom/highlighter';
import { outermost, watchPage, type PageWatcher } from '../../lib/dom/observe';
import {
  emptyCounts,
  isVerdictFilter,
  onMessage,
  sendMessage,
  type AnalyzeResult,
  type PageState,
} from '../../lib/messages';
import { hideMark, hiddenKey, hiddenOn, reportWrongMatch, turnSiteOff, unhideMark } from '../../lib/recourse';
import { markLabel } from '../../lib/format';
import { getSettings, isActiveOn, isShown, siteKey, watchSettings, type Settings } from '../../lib/settings';
import { VERDICT_TEXT } from '../../components/format';
import { createCard, type CardController, type CardEntry } from './card';
import { createOverlay } from './overlay';
import { Slicer, chunkBy } from './schedule';

/** Blocks without figures up to this long are sent as they are (the engine's PLAIN_BLOCK_CHARS). */
const HEADING_CHARS = 80;

type Block = ReturnType<typeof collectBlocks>[number];
type Spec = MarkSpec & { claim: Claim };
type Entry = CardEntry & { key: string; verdict: Verdict; range: MarkRange };
/**
 * A claim found but not yet marked: where it is and what it says, with claim `k` of its answer
 * built into a full Claim only when it is marked (a dense page holds thousands).
 */
type Found = { block: number; start: number; end: number; verdict: Verdict; k: number; packed: PackedClaims };

/** Text per analyzeBlocks request: a long page is read top first, in answers of these sizes. */
const FIRST_REQUEST_CHARS = 30_000;
const REQUEST_CHARS = 250_000;
/**
 * Claims on one page beyond which marks are placed only near the viewport, as the reader scrolls.
 * Each mark is a focusable target the overlay measures and keeps in place; a reader sees a
 * screenful at a time.
 */
const EAGER_MARKS = 400;
/** How far beyond the viewport lazy marks are placed ahead of the reader. */
const LAZY_MARGIN = '1500px 0px';
/** Marks placed per synchronous step. */
const MARK_CHUNK = 20;
/** Where a changed node's claims are read from: its nearest block-level container. */
const BLOCK_SELECTOR = 'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,figcaption,caption,article,section,main,div';

/** What identifies a claim the reader hid: its indicator, its text and its sentence (lib/recourse/hidden.ts). */
const claimKey = (c: Claim) => hiddenKey(c.indicator?.id, c.text, c.sentence);

export function startAnnotator(ctx: ContentScriptContext): void {
  const startedAt = performance.now();
  let settings: Settings | null = null;
  let active = false;
  let generation = 0;
  let watcher: PageWatcher | null = null;
  let candidates = false;
  let published: string | null = null;
  let publishedAt: string | null = null;
  let updatedAt: string | null = null;
  let nextId = 0;
  const entries = new Map<string, Entry>();
  /** Which mark starts where (text node, offset): a re-read block replaces its marks, never doubles them. */
  const byStart = new WeakMap<Text, Map<number, string>>();
  /** Text a churning page's changes may send for analysis (see lib/dom/budget.ts). */
  const budget = new CharBudget();
  /** Changed containers waiting for the budget to refill. */
  const deferred = new Set<Element>();
  let deferTimer: ReturnType<typeof setTimeout> | undefined;
  let budgetLoggedAt = -Infinity;
  /** Claims found but not yet marked (large pages), by the block element they sit in. */
  const pending = new Map<Element, { blocks: Block[]; found: Found[] }[]>();
  let lazyObserver: IntersectionObserver | null = null;
  /** Claims the reader hid on this page, kept per page by lib/recourse (hook: loaded before the first scan). */
  const hidden = new Set<string>();
  /** Hook for the popup's verdict counts: only these verdicts are marked until the page reloads; empty: all. */
  let verdictFilter: Verdict[] = [];
  /** Claims the verdict filter holds back, still counted so the popup's counts stay whole. */
  let heldBack = emptyCounts();
  const site = siteKey(location.hostname);

  const overlay = createOverlay(ctx, {
    onHover: (id) => card.hover(id),
    onFocus: (id) => card.focusIn(id),
    onBlur: (id, to) => card.focusOut(id, to),
    onActivate: (id) => card.activate(id),
    isCard: (t) => card.contains(t),
  });

  const card: CardController = createCard(ctx, {
    lookup: (id) => entries.get(id),
    site,
    isOverlay: (t) => !!t && t === overlay.host(),
    onOpenChange: (id) => overlay.setActive(id),
    onHide: (id) => {
      const e = entries.get(id);
      if (!e) return;
      hidden.add(e.key);
      dropMark(id);
      report();
      // Hook (lib/recourse): the hide persists for this page, with an undo.
      const key = e.key;
      void hideMark(location.href, key);
      card.toast('Mark hidden on this page.', () => {
        hidden.delete(key);
        void unhideMark(location.href, key).then(() => {
          if (active) void scanAll();
        });
      });
    },
    // Hook (lib/recourse): reports stay in this browser.
    onReport: (id) => {
      const e = entries.get(id);
      return e ? reportWrongMatch(e.claim, location.href) : Promise.reject(new Error('mark gone'));
    },
    onDisableSite: () => {
      // Hook (lib/recourse): off from the card's menu, with an undo.
      void turnSiteOff(location.hostname).then((undo) => card.toast(`ClaimLens is off on ${site}.`, () => void undo()));
    },
  });

  const isOwn = (node: Node): boolean => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    return !!el.closest('[data-claimlens-ui]') || el === card.host() || el === overlay.host();
  };

  function dropMark(id: string) {
    const e = entries.get(id);
    if (!e) return;
    entries.delete(id);
    const starts = byStart.get(e.range.startNode);
    if (starts?.get(e.range.startOffset) === id) starts.delete(e.range.startOffset);
    if (card.openId() === id) card.close();
    overlay.remove(id);
  }

  /** Runs one of our own DOM edits (outside <body>) so the observer does not read it as page content. */
  const own = <T>(edit: () => T): T => (watcher ? watcher.ownEdit(edit) : edit());

  /** Forgets claims whose marks (or, not yet marked, whose text) the page itself removed, so counts follow the page. */
  function prune() {
    // A mark whose text the page removed or rewrote in place is dropped; its block is re-read.
    for (const [id, e] of entries) if (isStale(e.range)) dropMark(id);
    for (const el of pending.keys()) {
      if (!el.isConnected) {
        pending.delete(el);
        lazyObserver?.unobserve(el);
      }
    }
  }

  /** Claims shown on the page, marked now or waiting to be marked when scrolled near. */
  function counts() {
    prune();
    const c = emptyCounts();
    let shown = entries.size;
    for (const e of entries.values()) c[e.verdict]++;
    for (const v of Object.keys(heldBack) as Verdict[]) c[v] += heldBack[v];
    for (const groups of pending.values()) {
      for (const g of groups) {
        for (const f of g.found) c[f.verdict]++;
        shown += g.found.length;
      }
    }
    return { c, shown };
  }

  function report() {
    const { c, shown } = counts();
    sendMessage('reportCounts', { shown, counts: c }).catch(() => {});
  }

  function specOf(f: Found): Spec {
    const claim = unpackClaim(f.packed, f.k);
    return {
      block: f.block,
      start: f.start,
      end: f.end,
      id: `cl${++nextId}`,
      verdict: f.verdict,
      claim,
    };
  }

  /** Paints one batch of claims, gives each a target, and records them for the card. */
  function placeBatch(blocks: Block[], found: Found[], series: Map<string, Series>) {
    const batch = found.map(specOf);
    const ranges = markRanges(blocks, batch);
    const byId = new Map(batch.map((s) => [s.id, s]));
    const add: { range: MarkRange; label: string }[] = [];
    for (const range of ranges) {
      const spec = byId.get(range.id)!;
      let starts = byStart.get(range.startNode);
      const prior = starts?.get(range.startOffset);
      const old = prior ? entries.get(prior) : undefined;
      if (old && !isStale(old.range)) {
        // The same claim read again: kept unless the page's change gave it another verdict or extent.
        if (
          old.verdict === spec.verdict &&
          old.range.endNode === range.endNode &&
          old.range.endOffset === range.endOffset
        )
          continue;
      }
      if (prior) dropMark(prior);
      if (!starts) byStart.set(range.startNode, (starts = new Map()));
      starts.set(range.startOffset, range.id);
      entries.set(range.id, {
        claim: spec.claim,
        series: (spec.claim.indicator && series.get(spec.claim.indicator.id)) ?? null,
        key: claimKey(spec.claim),
        verdict: spec.verdict as Verdict,
        range,
        target: () => overlay.target(range.id),
        rects: () => overlay.clientRects(range.id),
        themeNode: range.startNode.parentElement,
      });
      add.push({ range, label: markLabel(spec.claim) });
      overlay.watch(blocks[spec.block]!.element);
    }
    own(() => overlay.add(add));
  }

  /** Keeps a large page's claims until their block comes near the viewport, then marks them. */
  function deferUntilVisible(blocks: Block[], found: Found[], series: Map<string, Series>) {
    lazyObserver ??= new IntersectionObserver(
      (records) => {
        const work: { blocks: Block[]; found: Found[] }[] = [];
        for (const r of records) {
          if (!r.isIntersecting) continue;
          const groups = pending.get(r.target);
          lazyObserver?.unobserve(r.target);
          pending.delete(r.target);
          if (groups) work.push(...groups);
        }
        if (!work.length) return;
        const gen = generation;
        const slicer = new Slicer(() => gen !== generation || !active);
        void (async () => {
          for (const g of work) {
            for (const batch of chunkBy(g.found, () => 1, MARK_CHUNK)) {
              if (gen !== generation || !active) return;
              placeBatch(g.blocks, batch, series);
              if (!(await slicer.pause())) return;
            }
          }
        })();
      },
      { rootMargin: LAZY_MARGIN },
    );
    const byElement = new Map<Element, Found[]>();
    for (const f of found) {
      const el = blocks[f.block].element;
      const list = byElement.get(el);
      if (list) list.push(f);
      else byElement.set(el, [f]);
    }
    for (const [el, list] of byElement) {
      const groups = pending.get(el);
      if (groups) groups.push({ blocks, found: list });
      else {
        pending.set(el, [{ blocks, found: list }]);
        lazyObserver.observe(el);
      }
    }
  }

  function applyStyle() {
    if (!settings) return;
    const style = settings.markStyle;
    own(() => overlay.setStyle(style));
  }

  function clearMarks() {
    pending.clear();
    lazyObserver?.disconnect();
    card.close();
    overlay.clear();
    entries.clear();
  }

  /**
   * Reads the blocks, checks them, marks what passes the reader's filters. `churn` names the changed
   * containers when the page's own changes asked for the read: that text is charged to the budget.
   */
  async function scan(blocks: Block[], gen: number, slicer?: Slicer, churn?: Element[]) {
    const cancelled = () => gen !== generation || !active;
    slicer ??= new Slicer(cancelled);
    if (!blocks.length) return;
    // The prefilter runs in slices too: on a 50 MB page one pass is a long task.
    const worth: boolean[] = [];
    for (const b of blocks) {
      // A link to another story (lib/dom/collect.ts isLinkText) holds no claim of this page.
      worth.push(!b.link && !b.levels && hasCandidateNumbers(b.text));
      if (slicer.over() && !(await slicer.pause())) return;
    }
    if (!worth.includes(true)) return;
    candidates = true;
    // The background finds and judges the claims: its engine is loaded once for every tab and runs
    // off this page's main thread. Blocks without candidate figures go as empty text, keeping indices;
    // a long page goes in chunks, the top first, so the first screen is marked without waiting.
    // A short block without figures (a heading) goes too: "the pair" in the next block may point back to it.
    const input = blocks.map((b, i) =>
      !worth[i]
        ? { text: !b.link && !b.context && b.text.length <= HEADING_CHARS ? b.text : '' }
        : b.context
          ? { text: b.text, context: b.context }
          : { text: b.text },
    );
    let total = 0;
    for (const b of input) total += b.text.length;
    if (churn && !budget.take(total)) {
      deferChurn(churn, total);
      return;
    }
    let lazyPage: boolean | null = null;
    for (let from = 0; from < input.length; ) {
      let to = from;
      let chars = 0;
      // A small first request marks the top of the page soon; larger ones after it cost fewer trips.
      const limit = from === 0 ? FIRST_REQUEST_CHARS : REQUEST_CHARS;
      while (to < input.length && (to === from || chars + input[to]!.text.length <= limit))
        chars += input[to++]!.text.length;
      let result: AnalyzeResult;
      try {
        result = await sendMessage('analyzeBlocks', {
          published,
          publishedAt,
          updatedAt,
          blocks: input.slice(from, to),
        });
      } catch {
        return; // The background refused or went away; the next change or navigation tries again.
      }
      if (cancelled() || !(await slicer.pause(true))) return;
      // If the first answer's density, spread over the whole page, means more claims than can be
      // wrapped at once, mark near the viewport only and the rest as the reader scrolls.
      lazyPage ??= (result.claims.block.length * total) / Math.max(1, chars) > EAGER_MARKS;
      if (!(await markFound(blocks, result, from, slicer, lazyPage))) return;
      from = to;
    }
  }

  /** Marks what passes the reader's filters among one answer's claims (block indices from `offset`). */
  async function markFound(
    blocks: Block[],
    result: AnalyzeResult,
    offset: number,
    slicer: Slicer,
    lazyPage: boolean,
  ): Promise<boolean> {
    const series = new Map(Object.entries(result.series));
    const packed = result.claims;
    const found: Found[] = [];
    for (let k = 0; k < packed.block.length; k++) {
      const indicator = packedIndicator(packed, k);
      if (!indicator) continue;
      const said = packedVerdict(packed, k);
      const verdict: Verdict = said && said in VERDICT_TEXT ? (said as Verdict) : 'unverifiable';
      if (!settings || !isShown(settings, indicator.category, verdict)) continue;
      if (verdictFilter.length && !verdictFilter.includes(verdict)) {
        heldBack[verdict]++;
        continue;
      }
      if (hidden.size) {
        const { text, sentence } = packedText(packed, k);
        if (hidden.has(hiddenKey(indicator.id, text, sentence))) continue;
      }
      found.push({
        block: offset + packed.block[k]!,
        start: packed.start[k]!,
        end: packed.end[k]!,
        verdict,
        k,
        packed,
      });
    }
    // Global (block, start) descending order, which placeMarks also follows inside each call.
    found.sort((a, b) => b.block - a.block || b.start - a.start);
    const eagerNow = !lazyPage && found.length + entries.size <= EAGER_MARKS && !pending.size;
    if (!eagerNow) {
      deferUntilVisible(blocks, found, series);
      report();
      return true;
    }
    for (const batch of chunkBy(found, () => 1, MARK_CHUNK)) {
      placeBatch(blocks, batch, series);
      if (!(await slicer.pause())) return false;
    }
    report();
    return true;
  }

  async function scanAll() {
    const gen = ++generation;
    const slicer = new Slicer(() => gen !== generation || !active);
    clearMarks();
    heldBack = emptyCounts();
    candidates = false;
    published = findPublishedDate(document);
    publishedAt = findPublishedTime(document);
    updatedAt = findUpdatedTime(document);
    if (!document.body) return;
    // A large page is read in slices too.
    const collector = createCollector(document.body);
    while (!collector.step(() => slicer.over())) if (!(await slicer.pause(true))) return;
    await scan(collector.blocks, gen, slicer);
    report();
  }

  /**
   * Past the budget, changed containers wait (deduplicated) until it refills; nothing is dropped.
   * Said once a minute in the console, where a developer looking at a churning page will look.
   */
  function deferChurn(containers: Element[], chars: number) {
    for (const el of containers) deferred.add(el);
    const wait = Math.max(250, budget.waitMs(chars));
    const now = Date.now();
    if (now - budgetLoggedAt > 60_000) {
      budgetLoggedAt = now;
      console.info(
        `ClaimLens: this page changed more text than it may have checked in a minute (${budget.capacity} characters); later changes are read in ${Math.ceil(wait / 1000)} s.`,
      );
    }
    if (deferTimer !== undefined) return;
    deferTimer = setTimeout(() => {
      deferTimer = undefined;
      const els = [...deferred].filter((el) => el.isConnected);
      deferred.clear();
      if (els.length) rescan(els);
    }, wait);
  }

  /** Re-reads changed containers: marks inside them whose text changed were dropped by prune(). */
  function rescan(containers: Element[]) {
    for (const el of pending.keys()) {
      if (containers.some((c) => c.contains(el))) {
        pending.delete(el);
        lazyObserver?.unobserve(el);
      }
    }
    const blocks = containers.flatMap((el) => collectBlocks(el));
    void scan(blocks, generation, undefined, containers).then(report);
  }

  function onPageChange(roots: Element[]) {
    if (!active) return;
    const containers = outermost(
      [...new Set(roots.map((r) => r.closest(BLOCK_SELECTOR) ?? r))].filter((el) => !isOwn(el)),
    );
    prune();
    overlay.schedule();
    if (containers.length) rescan(containers);
  }

  function onRemoved() {
    prune();
    overlay.schedule();
    report();
  }

  function start() {
    active = true;
    applyStyle();
    own(() => overlay.attach());
    watcher ??= watchPage(document.documentElement, { onChange: onPageChange, isOwn, onRemoved });
    void scanAll();
  }

  function stop() {
    active = false;
    generation++;
    clearMarks();
    own(() => overlay.destroy());
    watcher?.stop();
    watcher = null;
    deferred.clear();
    clearTimeout(deferTimer);
    deferTimer = undefined;
    report();
  }

  async function apply(next: Settings) {
    const prev = settings;
    settings = next;
    const shouldRun = isActiveOn(next, location);
    if (!shouldRun) {
      if (active) stop();
      return;
    }
    if (!active) return start();
    if (prev?.markStyle !== next.markStyle) applyStyle();
    const filtersChanged = prev?.show !== next.show || prev?.categories.join() !== next.categories.join();
    if (filtersChanged) void scanAll();
  }

  onMessage('getPageState', (msg): PageState => {
    // Only the extension's own pages may ask; messages from other extensions are not ours.
    if (msg.sender.id !== browser.runtime.id) throw new Error('unexpected sender');
    const { c, shown } = counts();
    return { active, candidates, counts: c, shown, startedAt, filter: verdictFilter };
  });

  // Hook: the popup's verdict counts filter the page (lib/messages.ts filterVerdicts).
  onMessage('filterVerdicts', (msg) => {
    if (msg.sender.id !== browser.runtime.id) throw new Error('unexpected sender');
    if (!isVerdictFilter(msg.data)) return { ok: false };
    verdictFilter = [...msg.data.verdicts];
    if (active) void scanAll();
    return { ok: true };
  });

  datasetNotice.watch(() => {
    // A refresh (or a return to the bundled snapshot) replaces the background's engine; marks follow.
    // The background hears of the change at the same moment: give it that moment first.
    if (active) setTimeout(() => void scanAll(), 150);
  });

  let navTimer: ReturnType<typeof setTimeout> | undefined;
  let scannedHref = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // The event's name is public; a page dispatching it without navigating gets no rescan.
    if (!active || location.href === scannedHref) return;
    scannedHref = location.href;
    clearTimeout(navTimer);
    navTimer = setTimeout(() => void scanAll(), 300);
  });

  ctx.onInvalidated(() => {
    generation++;
    active = false;
    clearMarks();
    overlay.destroy();
    watcher?.stop();
    clearTimeout(deferTimer);
  });

  watchSettings((s) => void apply(s));
  // Hook (lib/recourse): marks hidden on this page before are not marked again.
  void hiddenOn(location.href)
    .catch(() => new Set<string>())
    .then((keys) => {
      for (const k of keys) hidden.add(k);
      return getSettings();
    })
    .then(apply);
}
