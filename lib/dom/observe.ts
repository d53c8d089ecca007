/**
 * Watches a page for content that arrives or changes after the first pass (late rendering,
 * infinite scroll, single-page-app views) and reports the changed subtrees in debounced batches.
 * The extension never edits the page's text (marks are painted, lib/dom/highlighter.ts); its few
 * own nodes (a style element, the overlay and card hosts outside <body>) are added inside `ownEdit`,
 * which discards the records they produced before the observer's callback can see them. A change
 * inside a marked text node is the page's and is reported like any other: the mark is re-read.
 */

export interface PageWatcher {
  /** Runs a synchronous DOM edit whose mutations must not be reported. */
  ownEdit<T>(edit: () => T): T;
  /** Reports pending changes now instead of after the debounce. */
  flush(): void;
  stop(): void;
}

export interface WatchOptions {
  /** Called with the changed subtrees, outermost only, all still in the document. */
  onChange: (roots: Element[]) => void;
  /** Nodes that belong to the extension (the overlay and card hosts, the style): changes to them are ignored. */
  isOwn: (node: Node) => boolean;
  /** Called (debounced with the rest) when the page removed nodes: marks may have gone with them. */
  onRemoved?: () => void;
  debounceMs?: number;
  /** Longest a burst of changes may postpone reporting. */
  maxWaitMs?: number;
}

export function watchPage(target: Node, opts: WatchOptions): PageWatcher {
  const debounceMs = opts.debounceMs ?? 250;
  const maxWaitMs = opts.maxWaitMs ?? 1000;
  const pending = new Set<Element>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;

  const report = () => {
    timer = undefined;
    firstPendingAt = 0;
    if (removed) {
      removed = false;
      opts.onRemoved?.();
    }
    if (!pending.size) return;
    const roots = outermost([...pending].filter((el) => el.isConnected));
    pending.clear();
    if (roots.length) opts.onChange(roots);
  };

  const schedule = () => {
    const now = Date.now();
    if (!firstPendingAt) firstPendingAt = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(report, wait);
  };

  const consider = (node: Node) => {
    if (opts.isOwn(node)) return;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || opts.isOwn(el)) return;
    pending.add(el);
  };

  const handle = (records: MutationRecord[]) => {
    let any = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        // A page that rewrites a node with the text it already holds (a ticker's every tick) changed nothing.
        if (r.oldValue === (r.target as CharacterData).data) continue;
        consider(r.target);
        any = true;
      } else {
        // Removals never create new claims; only what was added needs reading.
        if (r.removedNodes.length && opts.onRemoved) {
          removed = true;
          any = true;
        }
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 || n.nodeType === 3) {
            consider(n);
            any = true;
          }
        }
      }
    }
    if (any && (pending.size || removed)) schedule();
  };
  const observer = new MutationObserver(handle);
  observer.observe(target, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });

  return {
    ownEdit(edit) {
      // The page's own changes not yet delivered are kept; only what the edit itself causes is dropped.
      handle(observer.takeRecords());
      try {
        return edit();
      } finally {
        // Records queued during this synchronous edit are all ours: page scripts cannot run in between.
        observer.takeRecords();
      }
    },
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      report();
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      observer.disconnect();
      pending.clear();
      removed = false;
    },
  };
}

/** Drops elements contained in another element of the list. */
export function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}
