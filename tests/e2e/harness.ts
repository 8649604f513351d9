/// <reference types="chrome" />
/**
 * The shared browser-test helper: starts Debian's Chromium with the built extension loaded, serves
 * fixture pages on 127.0.0.1, finds the extension id and opens the popup for a given tab.
 * Browser tests never skip silently: without Chromium or without a build they fail and say why.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install Debian's package (sudo apt-get update && sudo apt-get install -y chromium) or set CHROMIUM to a Chromium binary.`);
  }
  return path;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

export interface Served { base: string; server: Server; close(): Promise<void> }

/** Serves a folder on 127.0.0.1 with an ephemeral port; `extraHeaders` lets a test add e.g. a CSP. */
export function serve(dir: string, extraHeaders: (path: string) => Record<string, string> = () => ({})): Promise<Served> {
  const root = resolve(dir);
  return new Promise((done) => {
    const server = createServer((req, res) => {
      const path = resolve(root, '.' + decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!(path === root || path.startsWith(root + sep)) || !existsSync(path) || statSync(path).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...extraHeaders(path) });
      res.end(readFileSync(path));
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ base: `http://127.0.0.1:${port}/`, server, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the popup page in a tab of its own, bound to the tab showing `page`. */
  openPopup(page: Page): Promise<Page>;
  /** Opens an extension page (e.g. the options page) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(dist = join(ROOT, 'dist'), options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run \`npm run build\` first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-default-apps',
    ],
  });
  // Tests talk only to 127.0.0.1: anything else a page asks for is refused.
  await context.route(/^(?!http:\/\/127\.0\.0\.1|chrome-extension:|data:|blob:|about:)/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const openExtensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  return {
    context, extensionId, worker, openExtensionPage,
    async openPopup(page: Page) {
      await page.bringToFront();
      const tabId = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      return openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: the extension in Chromium and the fixture pages served, for all its tests
 * (started in beforeAll, closed in afterAll). Read `.browser` and `.site` inside tests.
 */
export function useExtensionBrowser(): { readonly browser: ExtensionBrowser; readonly site: Served } {
  let browser: ExtensionBrowser | undefined;
  let site: Served | undefined;
  beforeAll(async () => {
    site = await serve(FIXTURES);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useExtensionBrowser: read .browser and .site inside a test, after beforeAll');
    return value;
  };
  return { get browser() { return started(browser); }, get site() { return started(site); } };
}

/** Collects page errors and console errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}
