/**
 * Browser plumbing of the in-browser benchmark: Chromium with or without the built extension (same
 * flags either way, so the two differ only by the extension), a loopback server for a set of files,
 * and CDP helpers (Performance metrics, heap after GC, a CPU profile attributed to the extension).
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

export interface Launched { context: BrowserContext; extensionId: string | null; close(): Promise<void> }

export async function launch(executablePath: string, ext: string | null): Promise<Launched> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bs-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-default-apps', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'];
  if (ext) args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, viewport: { width: 1280, height: 900 }, args, timeout: 60_000 });
  await context.route(/^(?!http:\/\/127\.0\.0\.1|chrome-extension:|data:|blob:|about:)/, (route) => route.abort());
  let extensionId: string | null = null;
  if (ext) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId, async close() { await context.close(); rmSync(userDataDir, { recursive: true, force: true }); } };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves name → file on 127.0.0.1 (plus /blank.html, a same-site page to open tabs on first). */
export function serveFiles(files: Map<string, string>): Promise<{ base: string; close(): Promise<void> }> {
  return new Promise((done) => {
    const server = createServer((req, res) => {
      const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
      if (name === 'blank.html') { res.writeHead(200, { 'content-type': TYPES['.html']! }).end('<!doctype html><title>blank</title>'); return; }
      const file = files.get(name);
      if (!file) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      done({ base: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** JS heap of the tab's isolate (page and content-script worlds) after two full GCs. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** µs between CPU-profile samples. */
export const SAMPLING_INTERVAL_US = 500;

interface ProfileNode { id: number; callFrame: { url: string; functionName: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }

/**
 * ms of sampled CPU time whose stack includes a frame of a chrome-extension:// script: the work our
 * content script does on the page's main thread (native calls it makes included; rendering work it
 * causes later, e.g. painting highlights, is not). `top` lists the extension functions with the most self time.
 */
export function extensionTime(profile: Profile): { ms: number; totalMs: number; top: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const p = parent.get(id);
    const v = !!n && (n.callFrame.url.startsWith('chrome-extension://') || (p !== undefined && isOurs(p)));
    ours.set(id, v);
    return v;
  };
  let us = 0, total = 0;
  const self = new Map<string, number>();
  const samples = profile.samples ?? [], deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    // timeDeltas[i] is the gap before sample i; attribute it to that sample (a standard approximation).
    // Capped at 4 sampling intervals: a longer gap means the sampler (or the whole renderer) was
    // descheduled — on a loaded machine that is wall time, not work, and would land on whatever frame
    // happened to be on the stack.
    const dt = Math.min((deltas[i + 1] ?? deltas[i] ?? 0) / 1000, 4 * SAMPLING_INTERVAL_US / 1000);
    const n = byId.get(id);
    if (!n || n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
    total += dt;
    if (isOurs(id)) {
      us += dt;
      const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.startsWith('chrome-extension://') ? n.callFrame.url.replace(/^chrome-extension:\/\/[^/]+\//, '') : '(native/page)'}`;
      self.set(key, (self.get(key) ?? 0) + dt);
    }
  }
  return { ms: us, totalMs: total, top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 5) };
}

export async function newTab(context: BrowserContext, base: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  // Open the tab on a same-site page first, so that the CDP domains enabled now stay with the
  // renderer that then loads the page under test.
  await page.goto(base + 'blank.html');
  const cdp = await page.context().newCDPSession(page);
  return { page, cdp };
}
