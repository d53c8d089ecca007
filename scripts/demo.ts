/**
 * `npm run demo`: builds the extension, serves the bundled sample article from 127.0.0.1 under the
 * name www.ainvest.com (a default site, so the production build runs on it unchanged), and opens
 * Chromium with the extension loaded. With a usable display ($DISPLAY) the browser stays open until
 * you close it; without one, or when $DISPLAY is set but no display answers there, it runs
 * headless, saves screenshots into artefacts/ and says how to try the extension by hand. The
 * browser's temporary profile is removed however the demo ends.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTEFACTS,
  EXTENSION_DIR,
  ROOT,
  ensureBuilt,
  hoverMark,
  launchWithExtension,
  servePages,
  type Launched,
  settleMarks,
  waitForCard,
} from '../tests/e2e/harness';

const ARTICLE = 'demo/sample-article.html';

export interface DemoLaunch {
  browser: Launched;
  headed: boolean;
  /** Why the demo runs headless, for the closing message. */
  headlessBecause: string | null;
}

/** Opens Chromium with a window when `display` works, headless otherwise. */
export async function launchForDemo(
  port: number,
  display: string | undefined = process.env.DISPLAY,
  launch: typeof launchWithExtension = launchWithExtension,
): Promise<DemoLaunch> {
  if (!display)
    return { browser: await launch(port, { headless: true }), headed: false, headlessBecause: '$DISPLAY is not set' };
  try {
    return { browser: await launch(port, { headless: false }), headed: true, headlessBecause: null };
  } catch (err) {
    const why =
      String((err as Error)?.message ?? err)
        .split('\n')
        .find((l) => l.trim()) ?? 'unknown error';
    console.warn(
      `No window could be opened on DISPLAY=${display} (${why.trim().slice(0, 160)}); running headless instead.`,
    );
    return {
      browser: await launch(port, { headless: true }),
      headed: false,
      headlessBecause: `no display answered at DISPLAY=${display}`,
    };
  }
}

async function main() {
  console.log('Building the extension (wxt build)…');
  ensureBuilt(true);
  const server = await servePages(join(ROOT, 'tests/fixtures'));
  let launched: DemoLaunch | null = null;
  // Ctrl+C ends the demo through the same clean-up as a normal exit.
  let interrupt: () => void = () => process.exit(130);
  process.on('SIGINT', () => interrupt());
  try {
    launched = await launchForDemo(server.port);
    const browser = launched.browser;
    interrupt = () => void browser.close().finally(() => process.exit(130));
    await run(launched, server.siteUrl(ARTICLE), (stop) => (interrupt = stop));
  } finally {
    await launched?.browser.close().catch(() => {});
    await server.close().catch(() => {});
  }
}

async function run(
  { browser, headed, headlessBecause }: DemoLaunch,
  url: string,
  onInterrupt: (stop: () => void) => void,
) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const marks = await settleMarks(page).catch(() => 0);
  console.log(marks ? `ClaimLens marked ${marks} claims on ${url}` : `No marks appeared on ${url}.`);

  if (headed) {
    console.log('Chromium is open: hover or Tab to a dotted number to see its card.');
    console.log(`The extension's popup: chrome-extension://${browser.extensionId}/popup.html`);
    console.log('Close the browser window (or press Ctrl+C) to end the demo.');
    await new Promise<void>((done) => {
      browser.context.on('close', () => done());
      onInterrupt(done);
    });
    return;
  }

  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTS, 'demo-page.png') });
  if (marks) {
    await hoverMark(page, 0);
    await waitForCard(page).catch(() => null);
    await page.screenshot({ path: join(ARTEFACTS, 'demo-card.png') });
  }
  console.log(`
Chromium ran headless (${headlessBecause}). Screenshots:
  ${join(ARTEFACTS, 'demo-page.png')}
  ${join(ARTEFACTS, 'demo-card.png')}

To try it yourself on a machine with a display:
  1. Open chrome://extensions, switch on "Developer mode", click "Load unpacked" and pick
     ${EXTENSION_DIR}
  2. Open an article on a default site (ainvest.com, reuters.com, cnbc.com, …), or any other site
     and switch it on from the ClaimLens toolbar popup.
  3. Or run \`npm run demo\` again where $DISPLAY is set: it opens the sample article for you.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
