import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../lib/claims/engine';
import { ALARM_VERDICTS } from '../lib/claims/verdicts';
import { collectBlocks, findPublishedDate, findPublishedTime, findUpdatedTime } from '../lib/dom/collect';
import { loadBundledDatasetFromDisk } from '../lib/scan/load-dataset';
import { parseHtml, toScanClaim } from '../lib/scan/page';
import { type Labels, pairClaims } from '../lib/scan/score';

/**
 * npm run eval's verdict misses, one per line with the judge's reason: every labelled claim of known
 * truth that did not get a right verdict (abstained, false alarm, missed error). `--holdout` for the
 * holdout pages, `--all` to list right verdicts too.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const holdout = process.argv.includes('--holdout');
const all = process.argv.includes('--all');
const dirs = (
  holdout
    ? [join(root, 'tests/fixtures/holdout')]
    : [join(root, 'tests/fixtures/articles'), join(root, 'tests/fixtures/demo')]
).filter(existsSync);
const engine = createEngine(loadBundledDatasetFromDisk());
const agrees = (v: string) => v === 'matches' || v === 'close' || v === 'since-changed';

for (const dir of dirs) {
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.labels.json'))
    .sort()) {
    const labels = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Labels;
    const doc = parseHtml(readFileSync(join(dir, labels.file), 'utf8'));
    const published = findPublishedDate(doc);
    const publishedAt = findPublishedTime(doc) ?? undefined;
    const updatedAt = findUpdatedTime(doc) ?? undefined;
    const raw = engine.analyze(collectBlocks(doc), { published, publishedAt, updatedAt }).filter((c) => c.indicator);
    const claims = raw.map(toScanClaim);
    for (const { label, claim } of pairClaims(labels, { source: f, published, dataset: engine.dataset, claims })) {
      if (label.truth !== 'true' && label.truth !== 'false') continue;
      const v = claim.verdict;
      const right = label.truth === 'true' ? agrees(v) : ALARM_VERDICTS.has(v);
      if (right && !all) continue;
      const kind = right ? 'right' : agrees(v) ? 'MISSED' : ALARM_VERDICTS.has(v) ? 'FALSE-ALARM' : 'abstained';
      const j = raw[claims.indexOf(claim)]!.judgement;
      const ref = j?.reference ? `${j.reference.value} (${j.reference.period}, as_of ${j.reference.as_of})` : '-';
      console.log(
        [
          kind,
          labels.file,
          `"${label.text}" [${label.anchor}]`,
          `truth=${label.truth}${label.period ? ` period=${label.period}` : ''}`,
          `${claim.indicator} ${claim.period ?? '(no period)'} measure=${raw[claims.indexOf(claim)]!.kind}`,
          `verdict=${v}`,
          `ref=${ref}`,
          `why: ${j?.explanation ?? '-'}`,
        ].join(' | '),
      );
    }
  }
}
