/**
 * `npm run demo` on a machine whose $DISPLAY names no display (an SSH session with a stale
 * variable, a container): it falls back to headless instead of failing, and leaves no browser
 * profile behind, whether the windowed launch failed or the headless run ended.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchForDemo } from '../../scripts/demo';
import { ROOT, ensureBuilt, launchWithExtension, servePages, settleMarks, type PageServer } from './harness';

let server: PageServer;
let scratch: string;
const savedTmp = process.env.TMPDIR;

beforeAll(async () => {
  ensureBuilt();
  server = await servePages(join(ROOT, 'tests/fixtures'));
  // Profiles are made in os.tmpdir(), which follows TMPDIR: a folder of our own shows what is left.
  scratch = mkdtempSync(join(tmpdir(), 'claimlens-demo-test-'));
  process.env.TMPDIR = scratch;
}, 300_000);

afterAll(async () => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const profiles = () => readdirSync(scratch).filter((f) => f.startsWith('claimlens-profile-'));

describe('npm run demo with an unusable display', () => {
  it('falls back to headless, marks the sample article, and removes every profile folder', async () => {
    const attempts: boolean[] = [];
    const launch: typeof launchWithExtension = (port, opts) => {
      attempts.push(opts?.headless ?? true);
      return launchWithExtension(port, opts);
    };
    const demo = await launchForDemo(server.port, ':987', launch);
    expect(attempts).toEqual([false, true]);
    expect(demo.headed).toBe(false);
    expect(demo.headlessBecause).toBe('no display answered at DISPLAY=:987');
    // The failed windowed attempt left nothing; the headless browser holds one profile.
    expect(profiles()).toHaveLength(1);

    const page = await demo.browser.context.newPage();
    await page.goto(server.siteUrl('demo/sample-article.html'));
    // Marks are CSS highlights over the page's text: at least one is painted.
    expect(await settleMarks(page, { timeout: 15_000 })).toBeGreaterThan(0);
    await demo.browser.close();
    expect(profiles()).toEqual([]);
  });
});
