import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { ContentScriptContext } from '#imports';
import { ClaimCard } from '../../components/ClaimCard';
import { clearOfMarks } from '../../components/placement';
import { Toast } from '../../components/Toast';
import type { Claim } from '../../lib/claims/types';
import type { Series } from '../../lib/dataset/schema';
import { firstLineBox } from '../../lib/dom/hit';
import { createShadowUi, type ShadowUi } from './shadow-ui';

export interface CardEntry {
  claim: Claim;
  series: Series | null;
  /** The claim's focusable target in the overlay (focus returns there; it carries aria-expanded). */
  target: () => HTMLElement | null;
  /** The claim's boxes in client coordinates, measured when asked. */
  rects: () => DOMRect[];
  /** An element of the page's around the claim, whose background says light or dark. */
  themeNode: Element | null;
}

export interface CardDeps {
  lookup: (id: string) => CardEntry | undefined;
  onHide: (id: string) => void;
  /** Records a wrong-match report for the claim (lib/recourse); resolves once stored. */
  onReport: (id: string) => Promise<unknown>;
  onDisableSite: () => void;
  site: string;
  /** Whether a node is the overlay that holds the marks' targets (focus moving there stays "on a mark"). */
  isOverlay: (node: EventTarget | null) => boolean;
  /** The card opened on (id) or closed (null): the overlay tints the claim it belongs to. */
  onOpenChange?: (id: string | null) => void;
}

export interface CardController {
  close: (restoreFocus?: boolean) => void;
  /** The shadow host, once created: the observer treats it as ours. */
  host: () => HTMLElement | null;
  /** Whether an event target is the card (its host: the root is closed, events are retargeted to it). */
  contains: (target: EventTarget | null) => boolean;
  openId: () => string | null;
  /** Shows "message [Undo]" at the bottom of the window; it outlives the card and the marks. */
  toast: (message: string, onUndo: () => void) => void;
  /** The reader's pointer came onto a claim (id) or off every claim (null). */
  hover: (id: string | null) => void;
  /** A claim's target took focus from the reader. */
  focusIn: (id: string) => void;
  /** A claim's target lost focus to `to`. */
  focusOut: (id: string, to: EventTarget | null) => void;
  /** Enter or Space on a claim's target: open the card and move focus into it. */
  activate: (id: string) => void;
}

const OPEN_DELAY_MS = 300;
/** Time the pointer has to travel from a mark to the card before it closes (WCAG 1.4.13 hoverable). */
const CLOSE_GRACE_MS = 400;
/** Events whose handlers may run a card action: only the reader's own (isTrusted) ones count. */
const ACTION_EVENTS = ['click', 'keydown', 'keyup', 'pointerup', 'mouseup', 'change', 'input', 'submit'] as const;

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

/** The claim's first line, measured each time floating-ui asks: the card sits beside the claim as the page moves. */
function referenceFor(entry: CardEntry, contextElement: Element | undefined): VirtualElement {
  return {
    contextElement,
    getBoundingClientRect() {
      const box = firstLineBox(entry.rects());
      if (!box) return new DOMRect(0, 0, 0, 0);
      return new DOMRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
    },
  };
}

export function createCard(ctx: ContentScriptContext, deps: CardDeps): CardController {
  let ui: ShadowUi | null = null;
  let uiPromise: Promise<ShadowUi> | null = null;
  let shadow: ShadowRoot | null = null;
  let openId: string | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let stopPositioning: (() => void) | null = null;
  let pendingId: string | null = null;
  let restoringFocus = false;
  /** The card and the toast render into separate roots, so closing the card keeps the toast. */
  let cardRoot: HTMLElement | null = null;
  let toastRoot: HTMLElement | null = null;
  /** The event being dispatched inside the card, seen first (capture) at its closed root. */
  let dispatching: Event | null = null;

  /**
   * Whether a card action may run now: only inside the dispatch of an event the reader made. The
   * root is closed, so a page script cannot reach the buttons; this holds even if something did.
   */
  const trusted = (e?: Event | null): boolean => {
    const ev = e ?? dispatching;
    return !!ev && ev.isTrusted && (e ? true : ev.eventPhase !== 0);
  };

  const ensureUi = () => {
    uiPromise ??= createShadowUi('claimlens-card').then((u) => {
      const { host, shadow: root, body } = u;
      // Gone with the extension (reload, update, removal): the card and the toast go too.
      ctx.onInvalidated(() => {
        if (cardRoot) render(null, cardRoot);
        if (toastRoot) render(null, toastRoot);
        host.remove();
        body.replaceChildren();
      });
      shadow = root;
      host.setAttribute('data-claimlens-ui', '');
      cardRoot = body.appendChild(document.createElement('div'));
      toastRoot = body.appendChild(document.createElement('div'));
      for (const type of ACTION_EVENTS) root.addEventListener(type, (e) => (dispatching = e), { capture: true });
      host.addEventListener('pointerenter', (e) => {
        if (e.isTrusted) cancelClose();
      });
      host.addEventListener('pointerleave', (e) => {
        if (e.isTrusted) scheduleClose();
      });
      root.addEventListener('focusout', (e) => {
        const to = (e as FocusEvent).relatedTarget as Node | null;
        if (to && (root.contains(to) || to === host)) return;
        // Focus went back to the claim's target: the overlay's focus handling decides.
        if (deps.isOverlay(to)) return;
        scheduleClose(0);
      });
      // Outside <body>: the page's own text (body.innerText) never includes the card.
      document.documentElement.append(host);
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
    deps
      .lookup(id)
      ?.target()
      ?.setAttribute('aria-expanded', value ? 'true' : 'false');
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
    if (wasOpen) deps.onOpenChange?.(null);
    if (restoreFocus && wasOpen) {
      // Focus goes back to the claim's target without reopening the card (focusin would open it
      // again: Escape pressed inside the card must dismiss it, WCAG 1.4.13). focus() dispatches
      // focusin synchronously.
      restoringFocus = true;
      try {
        deps.lookup(wasOpen)?.target()?.focus({ preventScroll: true });
      } finally {
        restoringFocus = false;
      }
    }
  }

  async function open(id: string, focusCard = false) {
    cancelClose();
    const entry = deps.lookup(id);
    if (!entry?.rects().length) return;
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
        theme={themeFor(entry.themeNode)}
        site={deps.site}
        onHide={(e?: Event) => {
          if (!trusted(e)) return;
          close();
          deps.onHide(id);
        }}
        onReport={(e?: Event) => (trusted(e) ? deps.onReport(id) : undefined)}
        onDisableSite={(e?: Event) => {
          if (!trusted(e)) return;
          close();
          deps.onDisableSite();
        }}
        onClose={(returnFocus) => close(returnFocus)}
      />,
      container,
    );
    setExpanded(id, true);
    deps.onOpenChange?.(id);
    const card = container.querySelector<HTMLElement>('.card');
    if (!card) return;
    const reference = referenceFor(entry, entry.themeNode ?? undefined);
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
            // The claim's own boxes; its focus target sits over them, so they cover the focused mark too.
            () => entry.rects().map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
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

  let hovered: string | null = null;
  const hover = (id: string | null) => {
    const prev = hovered;
    hovered = id;
    if (prev && prev !== id) {
      if (pendingId === prev && openId !== prev && openTimer !== undefined) {
        clearTimeout(openTimer);
        openTimer = undefined;
        pendingId = null;
      }
      if (openId === prev) scheduleClose();
    }
    if (!id) return;
    cancelClose();
    if (openId !== id) request(id, OPEN_DELAY_MS);
  };

  ctx.addEventListener(document, 'keydown', (e) => {
    if (!e.isTrusted || e.key !== 'Escape' || !openId) return;
    close(deps.isOverlay(document.activeElement));
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
    host: () => ui?.host ?? null,
    contains: (t) => {
      const host = ui?.host;
      return !!host && !!t && (t === host || (t instanceof Node && (host.contains(t) || !!shadow?.contains(t))));
    },
    openId: () => openId,
    toast,
    hover,
    focusIn(id) {
      if (restoringFocus || openId === id) return;
      request(id, 0);
    },
    focusOut(id, to) {
      if (openId !== id) return;
      const host = ui?.host;
      if (to && host && to === host) return;
      scheduleClose(0);
    },
    activate: (id) => request(id, 0, true),
  };
}
