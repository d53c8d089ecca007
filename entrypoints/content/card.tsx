import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { ClaimCard } from '../../components/ClaimCard';
import { clearOfMarks, rectsOf } from '../../components/placement';
import { Toast } from '../../components/Toast';
import type { Claim } from '../../lib/claims/types';
import type { Series } from '../../lib/dataset/schema';
import { MARK_ID, MARK_TAG } from '../../lib/dom/highlighter';

export interface CardEntry {
  claim: Claim;
  pieces: HTMLElement[];
  series: Series | null;
}

export interface CardDeps {
  lookup: (id: string) => CardEntry | undefined;
  onHide: (id: string) => void;
  /** Records a wrong-match report for the claim (lib/recourse); resolves once stored. */
  onReport: (id: string) => Promise<unknown>;
  onDisableSite: () => void;
  site: string;
}

export interface CardController {
  close: (restoreFocus?: boolean) => void;
  /** The shadow host, once created: the observer and highlighter treat it as ours. */
  host: () => HTMLElement | null;
  openId: () => string | null;
  /** Shows "message [Undo]" at the bottom of the window; it outlives the card and the marks. */
  toast: (message: string, onUndo: () => void) => void;
}

const OPEN_DELAY_MS = 300;
/** Time the pointer has to travel from a mark to the card before it closes (WCAG 1.4.13 hoverable). */
const CLOSE_GRACE_MS = 400;

function markOf(target: EventTarget | null): HTMLElement | null {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return null;
  return el.closest<HTMLElement>(MARK_TAG);
}

function parseRgb(s: string): [number, number, number, number] | null {
  const m = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\)/.exec(s);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [+m[1], +m[2], +m[3], a];
}

/** Dark when the page paints a dark background behind the mark; else what the system prefers. */
export function themeFor(el: Element | null): 'light' | 'dark' {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const rgb = parseRgb(getComputedStyle(e).backgroundColor);
    if (rgb && rgb[3] > 0.5) {
      const lum = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
      return lum < 0.45 ? 'dark' : 'light';
    }
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** One reference box around every piece of a claim, so the card sits beside the whole claim. */
function referenceFor(pieces: HTMLElement[]): VirtualElement {
  return {
    contextElement: pieces[0],
    getBoundingClientRect() {
      const rects = pieces.flatMap((p) => [...p.getClientRects()]);
      if (!rects.length) return pieces[0].getBoundingClientRect();
      // Anchor on the first line the claim occupies: a claim wrapping lines should not get a card
      // placed against a box spanning the whole paragraph width.
      const first = rects[0];
      const line = rects.filter((r) => Math.abs(r.top - first.top) < 2);
      const left = Math.min(...line.map((r) => r.left));
      const right = Math.max(...line.map((r) => r.right));
      const top = Math.min(...line.map((r) => r.top));
      const bottom = Math.max(...line.map((r) => r.bottom));
      return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top } as DOMRect;
    },
  };
}

export function createCard(ctx: ContentScriptContext, deps: CardDeps): CardController {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let uiPromise: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let openId: string | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let stopPositioning: (() => void) | null = null;
  let pendingId: string | null = null;
  let restoringFocus = false;
  /** The card and the toast render into separate roots, so closing the card keeps the toast. */
  let cardRoot: HTMLElement | null = null;
  let toastRoot: HTMLElement | null = null;

  const ensureUi = () => {
    uiPromise ??= createShadowRootUi(ctx, {
      name: 'claimlens-card',
      position: 'inline',
      // Outside <body>: the page's own text (body.innerText) never includes the card.
      anchor: () => document.documentElement,
      append: 'last',
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, _shadow, host) => {
        host.setAttribute('data-claimlens-ui', '');
        cardRoot = container.appendChild(document.createElement('div'));
        toastRoot = container.appendChild(document.createElement('div'));
        host.addEventListener('pointerenter', cancelClose);
        host.addEventListener('pointerleave', () => scheduleClose());
        host.addEventListener('focusout', (e) => {
          const to = e.relatedTarget as Node | null;
          if (!to || !(host.contains(to) || host.shadowRoot?.contains(to))) scheduleClose(0);
        });
        return container;
      },
      onRemove: () => {
        if (cardRoot) render(null, cardRoot);
        if (toastRoot) render(null, toastRoot);
      },
    }).then((u) => {
      u.mount();
      ui = u;
      return u;
    });
    return uiPromise;
  };

  const cancelClose = () => {
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = (ms = CLOSE_GRACE_MS) => {
    cancelClose();
    if (openId === null) return;
    closeTimer = setTimeout(() => close(false), ms);
  };

  const setExpanded = (id: string | null, value: boolean) => {
    if (!id) return;
    deps.lookup(id)?.pieces[0]?.setAttribute('aria-expanded', value ? 'true' : 'false');
  };

  function close(restoreFocus = false) {
    cancelClose();
    if (openTimer !== undefined) clearTimeout(openTimer);
    openTimer = undefined;
    pendingId = null;
    stopPositioning?.();
    stopPositioning = null;
    const wasOpen = openId;
    openId = null;
    if (cardRoot) render(null, cardRoot);
    setExpanded(wasOpen, false);
    if (restoreFocus && wasOpen) {
      // Focus goes back to the mark without reopening the card (focusin would open it again: Escape
      // pressed inside the card must dismiss it, WCAG 1.4.13). focus() dispatches focusin synchronously.
      restoringFocus = true;
      try {
        deps.lookup(wasOpen)?.pieces[0]?.focus({ preventScroll: true });
      } finally {
        restoringFocus = false;
      }
    }
  }

  async function open(id: string, focusCard = false) {
    cancelClose();
    const entry = deps.lookup(id);
    if (!entry || !entry.pieces[0]?.isConnected) return;
    const u = await ensureUi();
    if (pendingId !== null && pendingId !== id) return; // another mark took over meanwhile
    if (openId && openId !== id) close();
    openId = id;
    void u;
    const container = cardRoot!;
    render(
      <ClaimCard
        claim={entry.claim}
        series={entry.series}
        theme={themeFor(entry.pieces[0].parentElement)}
        site={deps.site}
        onHide={() => {
          close();
          deps.onHide(id);
        }}
        onReport={() => deps.onReport(id)}
        onDisableSite={() => {
          close();
          deps.onDisableSite();
        }}
        onClose={(returnFocus) => close(returnFocus)}
      />,
      container,
    );
    setExpanded(id, true);
    const card = container.querySelector<HTMLElement>('.card');
    if (!card) return;
    const reference = referenceFor(entry.pieces);
    const place = () =>
      computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8, crossAxis: true }),
          // Where neither side has room for the whole card, it scrolls inside the space there is.
          size({
            padding: 8,
            apply({ availableHeight }) {
              card.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
            },
          }),
          // Never over the claim's own rects nor the focused mark (WCAG 2.4.11).
          clearOfMarks(
            () => rectsOf(markOf(document.activeElement) ? [...entry.pieces, document.activeElement!] : entry.pieces),
            (h) => {
              if (h !== null) card.style.maxHeight = `${h}px`;
            },
          ),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    stopPositioning?.();
    stopPositioning = autoUpdate(reference, card, place);
    if (focusCard) card.focus();
  }

  const request = (id: string, delay: number, focusCard = false) => {
    if (openTimer !== undefined) clearTimeout(openTimer);
    pendingId = id;
    if (delay <= 0) {
      openTimer = undefined;
      void open(id, focusCard);
    } else {
      openTimer = setTimeout(() => {
        openTimer = undefined;
        void open(id, focusCard);
      }, delay);
    }
  };

  const idOf = (mark: HTMLElement) => mark.getAttribute(MARK_ID);

  ctx.addEventListener(document, 'pointerover', (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    const id = idOf(mark);
    if (!id) return;
    cancelClose();
    if (openId === id) return;
    request(id, OPEN_DELAY_MS);
  });

  ctx.addEventListener(document, 'pointerout', (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    const id = idOf(mark);
    const to = markOf(e.relatedTarget);
    if (to && idOf(to) === id) return; // moving between pieces of one claim
    if (pendingId === id && openId !== id && openTimer !== undefined) {
      clearTimeout(openTimer);
      openTimer = undefined;
      pendingId = null;
    }
    if (openId === id) scheduleClose();
  });

  ctx.addEventListener(document, 'focusin', (e) => {
    if (restoringFocus) return;
    const mark = markOf(e.target);
    if (!mark) return;
    const id = idOf(mark);
    if (id && openId !== id) request(id, 0);
  });

  ctx.addEventListener(document, 'focusout', (e) => {
    const mark = markOf(e.target);
    if (!mark || openId !== idOf(mark)) return;
    const to = e.relatedTarget as Node | null;
    const host = ui?.shadowHost;
    if (to && host && (to === host || host.contains(to))) return;
    scheduleClose(0);
  });

  ctx.addEventListener(document, 'keydown', (e) => {
    if (e.key === 'Escape' && openId) {
      const focusedMark = markOf(document.activeElement);
      close(!!focusedMark);
      return;
    }
    const mark = markOf(e.target);
    if (!mark || (e.key !== 'Enter' && e.key !== ' ')) return;
    const id = idOf(mark);
    if (!id) return;
    // The mark acts as a button: Enter or Space opens the card and moves focus into it.
    e.preventDefault();
    request(id, 0, true);
  });

  const toast = (message: string, onUndo: () => void) => {
    void ensureUi().then(() => {
      if (!toastRoot) return;
      const dismiss = () => toastRoot && render(null, toastRoot);
      render(
        <Toast
          key={`${message}-${Date.now()}`}
          message={message}
          theme={themeFor(document.body)}
          onUndo={() => {
            dismiss();
            onUndo();
          }}
          onDismiss={dismiss}
        />,
        toastRoot,
      );
    });
  };

  return {
    close,
    host: () => ui?.shadowHost ?? null,
    openId: () => openId,
    toast,
  };
}
