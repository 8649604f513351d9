/**
 * The Firefox browser-test helper: starts Firefox ESR over WebDriver BiDi (puppeteer-core) with
 * dist-firefox/ installed as a temporary add-on, and reads what the extension painted. Like the
 * Chromium harness it never skips: without Firefox or without a build it fails and says why.
 * Fixture pages are served by `serve` from the Chromium harness.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.ts';
import { textPoint } from '../e2e/text-point.ts';

export { FIXTURES, serve, type Served } from '../e2e/harness.ts';

export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
/** Pinned moz-extension:// host, so a test can name extension URLs (Firefox picks a random one otherwise). */
export const EXTENSION_UUID = '6f0c4f8e-3b1d-4c55-9a4e-b4c4d5e7a001';

export function firefoxPath(): string {
  const path = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`Firefox not found at ${path}. Install Debian's Firefox ESR (sudo apt-get update && sudo apt-get install -y firefox-esr) or set FIREFOX to a Firefox binary (140 or newer).`);
  }
  return path;
}

/** "Mozilla Firefox 153.7.0esr" → 153. */
export function majorVersion(version: string): number {
  return Number(/(\d+)\.\d+/.exec(version)?.[1] ?? 0);
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** What the binary says, e.g. "Mozilla Firefox 153.7.0esr". */
  version: string;
  addonId: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(dist = DIST_FIREFOX): Promise<FirefoxWithExtension> {
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build in ${dist}: run \`npm run build:firefox\` first.`);
  const executablePath = firefoxPath();
  const version = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id: was it built with BACKSTORY_TARGET=firefox?`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Tests talk only to 127.0.0.1: everything else goes to a proxy that is not there (the
      // discard port). Firefox never proxies loopback addresses.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
    },
  });
  try {
    const addonId = await browser.installExtension(dist);
    return { browser, version, addonId, close: () => browser.close() };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** Collects uncaught page errors and console errors. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

export interface Features {
  highlights: boolean;
  highlightsFromPoint: boolean;
  caretPositionFromPoint: boolean;
  /** caretPositionFromPoint(x, y, { shadowRoots }) reaches into an open shadow root. */
  caretIntoShadowRoots: boolean;
  requestIdleCallback: boolean;
  schedulerYield: boolean;
}

/** Probes, in the page, the platform features the content script relies on or prefers. */
export function probeFeatures(page: Page): Promise<Features> {
  return page.evaluate(() => {
    const doc = document as Document & {
      caretPositionFromPoint?: (x: number, y: number, o?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node } | null;
    };
    let caretIntoShadowRoots = false;
    if (doc.caretPositionFromPoint) {
      const host = document.createElement('div');
      host.style.cssText = 'position:fixed;left:0;top:0;font:20px monospace;z-index:2147483647;background:#fff';
      const root = host.attachShadow({ mode: 'open' });
      root.append('probe text');
      document.body.append(host);
      const text = root.firstChild!;
      const r = host.getBoundingClientRect();
      const p = doc.caretPositionFromPoint(r.left + 5, r.top + r.height / 2, { shadowRoots: [root] });
      caretIntoShadowRoots = p?.offsetNode === text;
      host.remove();
    }
    const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
    return {
      highlights: !!registry,
      highlightsFromPoint: typeof (registry as { highlightsFromPoint?: unknown } | undefined)?.highlightsFromPoint === 'function',
      caretPositionFromPoint: typeof doc.caretPositionFromPoint === 'function',
      caretIntoShadowRoots,
      requestIdleCallback: typeof (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback === 'function',
      schedulerYield: typeof (globalThis as { scheduler?: { yield?: unknown } }).scheduler?.yield === 'function',
    };
  });
}

export interface Mark { highlight: string; text: string }

/** Every range of every backstory-* highlight (the flash excepted), with its text. */
export function readMarks(page: Page): Promise<Mark[]> {
  return page.evaluate(() => {
    const out: { highlight: string; text: string }[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('backstory-') || name === 'backstory-flash') continue;
      for (const r of h) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push({ highlight: name, text: range.toString() });
      }
    }
    return out;
  });
}

/** Waits until the backstory-* highlights hold at least `min` ranges, then lets the last slices land. */
export async function waitForMarks(page: Page, min = 1, timeout = 20_000): Promise<Mark[]> {
  await page.waitForFunction((n: number) => {
    let count = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) count += h.size;
    return count >= n;
  }, { timeout, polling: 100 }, min);
  await new Promise((r) => setTimeout(r, 300));
  return readMarks(page);
}

/** Viewport position of the nth occurrence of `text` in the page's text nodes (scrolled into view). */
export function pointOn(page: Page, text: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate(textPoint, { text, nth });
}

/** The open card, read through its host's open shadow root: its dialog's heading, or null. */
export function cardHeading(page: Page): Promise<{ heading: string; labelledBy: string | null } | null> {
  return page.evaluate(() => {
    const dialog = document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    return { heading: dialog.querySelector('h2')?.textContent ?? '', labelledBy: dialog.getAttribute('aria-labelledby') };
  });
}

/** Polls `probe` until `accept` says yes or `timeout` ms pass; returns the last value. */
export async function poll<T>(probe: () => Promise<T>, accept: (v: T) => boolean, timeout = 4000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await probe();
  while (!accept(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await probe();
  }
  return value;
}
