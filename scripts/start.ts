/**
 * `npm start` (after the build): opens Chromium with dist/ loaded on our sample article, served
 * from 127.0.0.1. With a display, a visible window stays open until Ctrl+C. Without one, it runs
 * headless and writes screenshots (the article, an open card, the popup, the options page) into
 * screenshots/, printing their paths.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT, launchWithExtension, serve } from '../tests/e2e/harness.ts';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const site = await serve(FIXTURES);
const browser = await launchWithExtension(join(ROOT, 'dist'), { headless });
const page = await browser.context.newPage();
const url = site.base + 'sample-article.html';
await page.goto(url);
console.log(`Backstory is running on ${url}`);

if (!headless) {
  console.log('A Chromium window is open. Press Ctrl+C to quit.');
  const stop = async () => { await browser.close(); await site.close(); process.exit(0); };
  process.on('SIGINT', () => void stop());
  await new Promise(() => undefined);
}

const out = join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });
const shots: string[] = [];
const shot = async (p: typeof page, name: string, fullPage = false) => {
  const path = join(out, name);
  await p.screenshot({ path, fullPage });
  shots.push(path);
};

// Wait for the marks (the page's own highlight registry shows them), then photograph the article.
// Headless runs are also CI's check of this command: a missing mark, card or popup fails it.
const problems: string[] = [];
await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0), null, { timeout: 15_000 }).catch(() => problems.push('no marks appeared within 15 s'));
await shot(page, 'article.png');

// Rest the pointer on the first marked person's name and photograph the open card.
const target = await page.evaluate(() => {
  const h = CSS.highlights.get('backstory-person') ?? [...CSS.highlights.values()][0];
  // Our highlights hold live Ranges, which give their rectangles directly.
  const range = h ? ([...h][0] as Range | undefined) : undefined;
  if (!range) return null;
  (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
  const r = range.getClientRects()[0];
  return r ? { x: r.x + Math.min(8, r.width / 2), y: r.y + r.height / 2 } : null;
});
if (target) {
  await page.mouse.move(target.x, target.y, { steps: 3 });
  const opened = await page.waitForSelector('backstory-card', { state: 'attached', timeout: 3000 }).then(() => true, () => false);
  await page.waitForTimeout(400);
  if (opened) await shot(page, 'card.png');
  else problems.push('no card opened on hover');
} else problems.push('no marked person to hover');

const popup = await browser.openPopup(page);
await popup.setViewportSize({ width: 400, height: 600 });
await popup.waitForSelector('li', { timeout: 10_000 }).catch(() => problems.push('the popup listed no entity'));
await popup.waitForTimeout(300);
await shot(popup, 'popup.png');

const options = await browser.openExtensionPage('src/options/index.html');
await options.setViewportSize({ width: 1000, height: 900 });
await options.waitForTimeout(500);
await shot(options, 'options.png', true);

await browser.close();
await site.close();
console.log('Screenshots:');
for (const s of shots) console.log('  ' + s);
if (problems.length > 0) {
  console.error(`npm start: ${problems.join('; ')}`);
  process.exitCode = 1;
}
