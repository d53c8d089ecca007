import { NEWS_SITE_MATCHES } from '../../lib/sites';
import '../../components/ClaimCard.css';
import { startAnnotator } from './annotator';
import { GuardedContext } from './context';

/**
 * Runs on the built-in news sites from the manifest; the background registers this same file at run
 * time for sites the reader switches on (see entrypoints/background.ts).
 */
export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT would otherwise window.postMessage the page that the script started (and with which id).
  noScriptStartedPostMessage: true,
  main(wxtCtx) {
    // Same options, so the card's shadow root gets its stylesheet (cssInjectionMode 'ui').
    const ctx = new GuardedContext('content', wxtCtx.options);
    // Injected twice into one page (manifest match, then a registration or executeScript), the newer
    // copy takes over from the older one. Both share this isolated world, which page scripts cannot see.
    const w = window as unknown as { __claimlensStop?: () => void };
    w.__claimlensStop?.();
    w.__claimlensStop = () => ctx.notifyInvalidated();
    // WXT's own context ends when the extension goes away (reload, update, removal): that is real.
    // It also ends on a document event any page can forge: that is ignored.
    wxtCtx.onInvalidated(() => {
      if (!browser.runtime?.id) ctx.notifyInvalidated();
    });
    startAnnotator(ctx);
  },
});
