import { NEWS_SITE_MATCHES } from '../../lib/sites';
import '../../components/ClaimCard.css';
import { startAnnotator } from './annotator';

/**
 * Runs on the built-in news sites from the manifest; the background registers this same file at run
 * time for sites the reader switches on (see entrypoints/background.ts).
 */
export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    // Injected twice into one page (manifest match, then a registration or executeScript):
    // the second copy stays idle.
    const flag = '__claimlensStarted';
    const w = window as unknown as Record<string, boolean>;
    if (w[flag]) return;
    w[flag] = true;
    startAnnotator(ctx);
  },
});
