/**
 * `npm run demo`: builds the extension, serves the bundled sample article from 127.0.0.1 under the
 * name www.ainvest.com (a default site, so the production build runs on it unchanged), and opens
 * Chromium with the extension loaded. With a display ($DISPLAY) the browser stays open until you
 * close it; without one it runs headless, saves screenshots into artefacts/ and says how to try the
 * extension by hand.
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
  settleMarks,
  waitForCard,
} from '../tests/e2e/harness';

const ARTICLE = 'demo/sample-article.html';

async function main() {
  console.log('Building the extension (wxt build)…');
  ensureBuilt(true);
  const server = await servePages(join(ROOT, 'tests/fixtures'));
  const headed = !!process.env.DISPLAY;
  const browser = await launchWithExtension(server.port, { headless: !headed });
  const page = await browser.context.newPage();
  const url = server.siteUrl(ARTICLE);
  await page.goto(url);
  const marks = await settleMarks(page).catch(() => 0);
  console.log(marks ? `ClaimLens marked ${marks} claims on ${url}` : `No marks appeared on ${url}.`);

  if (headed) {
    console.log('Chromium is open: hover or Tab to a dotted number to see its card.');
    console.log(`The extension's popup: chrome-extension://${browser.extensionId}/popup.html`);
    console.log('Close the browser window (or press Ctrl+C) to end the demo.');
    await new Promise<void>((done) => {
      browser.context.on('close', () => done());
      process.on('SIGINT', () => done());
    });
    await browser.close().catch(() => {});
    await server.close();
    return;
  }

  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTS, 'demo-page.png') });
  if (marks) {
    await hoverMark(page, 0);
    await waitForCard(page).catch(() => null);
    await page.screenshot({ path: join(ARTEFACTS, 'demo-card.png') });
  }
  await browser.close();
  await server.close();
  console.log(`
No display ($DISPLAY is not set), so Chromium ran headless. Screenshots:
  ${join(ARTEFACTS, 'demo-page.png')}
  ${join(ARTEFACTS, 'demo-card.png')}

To try it yourself on a machine with a display:
  1. Open chrome://extensions, switch on "Developer mode", click "Load unpacked" and pick
     ${EXTENSION_DIR}
  2. Open an article on a default site (ainvest.com, reuters.com, cnbc.com, …), or any other site
     and switch it on from the ClaimLens toolbar popup.
  3. Or run \`npm run demo\` again where $DISPLAY is set: it opens the sample article for you.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
