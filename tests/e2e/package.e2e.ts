/// <reference types="chrome" />
/**
 * The Chrome store archive, as a reviewer gets it: packs the built dist/ with the same checks and
 * writer as `npm run package` (scripts/package.ts, scripts/zip.ts), unpacks the archive with an
 * independent reader (tests/e2e/unzip.ts: central directory, inflate, CRC-32), and loads the
 * unpacked folder in Chromium — the sample article gets its marks, the popup and options render.
 * Needs a build (`npx vite build`); it does not need the Firefox build.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { checkBuild, MAX_ARCHIVE_BYTES } from '../../scripts/package.ts';
import { zip } from '../../scripts/zip.ts';
import { FIXTURES, ROOT, launchWithExtension, serve, watchErrors, type ExtensionBrowser, type Served } from './harness.ts';
import { waitForMarks } from './marks.ts';
import { unzip, unzipTo, type ZipEntry } from './unzip.ts';

const DIST = join(ROOT, 'dist');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** The archive's file list, as scripts/package.ts makes it: every file under dist/, sorted, with forward slashes. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? files(p) : [p]; }).sort();
}

let tmp: string;
let archive: string;
let unpacked: string;
let entries: ZipEntry[];
let built: { path: string; data: Buffer }[];
let browser: ExtensionBrowser;
let site: Served;

beforeAll(async () => {
  // The same check `npm run package` runs before writing an archive (version, no maps or tests).
  checkBuild(DIST);
  built = files(DIST).map((f) => ({ path: relative(DIST, f).split(sep).join('/'), data: readFileSync(f) }));
  tmp = mkdtempSync(join(tmpdir(), 'backstory-package-'));
  archive = join(tmp, `backstory-chrome-${version}.zip`);
  writeFileSync(archive, zip(built));
  unpacked = join(tmp, 'unpacked');
  entries = unzipTo(readFileSync(archive), unpacked);
  site = await serve(FIXTURES);
  browser = await launchWithExtension(unpacked);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the Chrome archive', () => {
  test('holds every built file byte for byte, deflated, within budget, and passes the ship check unpacked', () => {
    expect(archive.endsWith(`backstory-chrome-${version}.zip`)).toBe(true);
    expect(statSync(archive).size).toBeLessThanOrEqual(MAX_ARCHIVE_BYTES);
    expect(entries.map((e) => e.path)).toEqual(built.map((b) => b.path));
    const differing = entries.filter((e, i) => !e.data.equals(built[i]!.data)).map((e) => e.path);
    expect(differing).toEqual([]);
    expect(entries.every((e) => e.method === 8)).toBe(true);
    // manifest.json and the English catalogue sit at the archive's root, as the stores require.
    const manifest = JSON.parse(entries.find((e) => e.path === 'manifest.json')!.data.toString('utf8')) as { version: string; default_locale: string; name: string };
    expect(manifest).toMatchObject({ version, default_locale: 'en', name: '__MSG_extName__' });
    expect(entries.some((e) => e.path === '_locales/en/messages.json')).toBe(true);
    expect(() => checkBuild(unpacked)).not.toThrow();
  });

  test('the reader refuses a damaged archive', () => {
    const good = zip([{ path: 'a.txt', data: Buffer.from('hello, archive') }]);
    expect(unzip(good).map((e) => e.data.toString())).toEqual(['hello, archive']);
    const badCrc = Buffer.from(good);
    const central = badCrc.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    badCrc.writeUInt32LE((badCrc.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
    expect(() => unzip(badCrc)).toThrow(/CRC-32/);
    expect(() => unzip(good.subarray(0, good.length - 4))).toThrow(/not a zip archive/);
    const escaping = zip([{ path: '../escape.txt', data: Buffer.from('x') }]);
    expect(() => unzipTo(escaping, join(tmp, 'escape'))).toThrow(/outside the folder/);
  });
});

describe('Chromium with the unpacked archive', () => {
  test('the extension loads, with its name and messages from _locales', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const info = await browser.worker.evaluate(() => ({ name: chrome.i18n.getMessage('extName'), version: chrome.runtime.getManifest().version }));
    expect(info).toEqual({ name: 'Backstory', version });
  });

  test('the sample article gets its marks and the popup briefs it', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.base + 'sample-article.html');
    const marks = await waitForMarks(page, 30);
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Turkey', 'Jens Stoltenberg', 'NATO']));
    const popup = await browser.openPopup(page);
    const errors = watchErrors(popup);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Backstory');
    await expect.poll(() => popup.locator('.group h2').allTextContents(), { timeout: 10_000 }).toEqual(['People', 'Places', 'Organisations', 'Events']);
    expect(await popup.evaluate(() => ({ lang: document.documentElement.lang, title: document.title }))).toEqual({ lang: 'en', title: 'Backstory' });
    // A card opens from the list, worded from the catalogue.
    await popup.locator('.entity[data-entity]', { hasText: 'Jens Stoltenberg' }).click();
    await expect.poll(() => popup.locator('.detail .card h2').textContent()).toBe('Jens Stoltenberg');
    expect(await popup.locator('.detail .card .kind').textContent()).toMatch(/^Person/);
    expect(await popup.getByRole('button', { name: 'Show on page' }).count()).toBe(1);
    expect(await popup.locator('body').innerText()).not.toMatch(/__MSG_|\$[A-Z]+\$/);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('the options page renders', async () => {
    const options = await browser.openExtensionPage('src/options/index.html');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Backstory options');
    expect(await options.title()).toBe('Backstory options');
    await expect.poll(() => options.locator('#about + p').textContent()).toContain(`Backstory ${version}.`);
    expect(await options.locator('input[name=kind]').count()).toBe(4);
    await options.close();
  });
});
