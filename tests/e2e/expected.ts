/** What the engine finds on a fixture when run in Node: the marks the browser must show. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { createEngine } from '../../lib/claims/engine';
import type { Claim } from '../../lib/claims/types';
import type { Dataset } from '../../lib/dataset/schema';
import { collectBlocks, findPublishedDate } from '../../lib/dom/collect';
import { ROOT } from './harness';

let engine: ReturnType<typeof createEngine> | null = null;

export function expectedClaims(file: string): Claim[] {
  return expectedClaimsIn(readFileSync(file, 'utf8'));
}

/** The same for a page given as HTML. */
export function expectedClaimsIn(html: string): Claim[] {
  engine ??= createEngine(JSON.parse(readFileSync(join(ROOT, 'public/dataset.json'), 'utf8')) as Dataset);
  const window = new Window({ url: 'https://www.ainvest.com/' });
  const doc = window.document;
  doc.write(html);
  const blocks = collectBlocks(doc as unknown as Document);
  const published = findPublishedDate(doc as unknown as Document);
  // The same input the content script sends: each block's text, with a table cell's headers.
  const claims = engine
    .analyze(
      blocks.map((b) => (b.context ? { text: b.text, context: b.context } : { text: b.text })),
      { published },
    )
    .filter((c) => c.indicator);
  void window.happyDOM.close();
  return claims;
}
