import { browser, type PublicPath } from 'wxt/browser';

/**
 * A closed shadow root for the card, built as WXT's createShadowRootUi builds it (host > #shadow >
 * html > head > style, body) without its anchor, auto-mount and element-waiting code, which was a
 * tenth of the content script's bundle.
 */
export interface ShadowUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The <body> inside the shadow root: what the card renders into. */
  body: HTMLElement;
}

/** Keys typed in the card stay in it: a page's shortcuts must not fire while the reader types there. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * The stylesheet WXT builds for this content script; cssInjectionMode 'ui' keeps it off the page,
 * so it is read from the extension (web-accessible, see wxt.config.ts).
 */
async function entryCss(): Promise<string> {
  try {
    return await (await fetch(browser.runtime.getURL('/content-scripts/content.css' as PublicPath))).text();
  } catch {
    return '';
  }
}

/** Creates the host (not yet in the document) and its closed root, with the entry's CSS inside. */
export async function createShadowUi(name: string): Promise<ShadowUi> {
  // Reset first: nothing the page sets on the host (or inherits to it) reaches the card.
  const css = `:host{all:initial !important;}\n${(await entryCss()).replaceAll(':root', ':host')}`.trim();
  const host = document.createElement(name);
  // Closed: page scripts get null from host.shadowRoot and cannot read, press or hide the card.
  const shadow = host.attachShadow({ mode: 'closed' });
  const html = document.createElement('html');
  const head = html.appendChild(document.createElement('head'));
  head.appendChild(document.createElement('style')).textContent = css;
  const body = html.appendChild(document.createElement('body'));
  for (const type of ISOLATED_EVENTS) body.addEventListener(type, (e) => e.stopPropagation());
  shadow.appendChild(html);
  return { host, shadow, body };
}
