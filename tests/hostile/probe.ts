/// <reference types="chrome" />
/**
 * What the hostile suite measures on a page, the same way with and without the extension:
 *
 *  - a rAF counter and a 'longtask' PerformanceObserver, installed by an init script before any page
 *    script runs (and holding its own references, so a page that breaks built-ins cannot blind it);
 *  - the renderer's JS heap through CDP (garbage collected first) — the content script's isolated
 *    world lives in the same V8 isolate as the page, so "with minus without" is what we cost;
 *  - page errors and console errors;
 *  - an isolated-world evaluator (CDP Page.createIsolatedWorld) for pages whose main world is too
 *    broken for Playwright's page.evaluate;
 *  - the CPU time of the page's main-thread tasks, from a trace (bench/lib/trace.ts, shared with
 *    scripts/check-pages.ts).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { cpuLongTasks, startTrace, type CpuTask } from '../../bench/lib/trace.ts';

/** Installed with page.addInitScript in every frame, before the page's own scripts. */
export const PROBE_SCRIPT = `(() => {
  if (Object.getOwnPropertyDescriptor(window, '__hostileProbe')) return;
  const perf = performance, now = perf.now.bind(perf), raf = window.requestAnimationFrame.bind(window);
  const entries = perf.getEntriesByType.bind(perf), stringify = JSON.stringify;
  const frames = []; let n = 0;
  const tick = (t) => { frames[n++] = t; raf(tick); };
  raf(tick);
  const long = []; let m = 0;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) long[m++] = [Math.round(e.startTime), Math.round(e.duration)]; })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const read = () => {
    const nav = entries('navigation')[0];
    const marks = entries('mark').filter((e) => e.name.startsWith('backstory:')).map((e) => [e.name, Math.round(e.startTime)]);
    return stringify({ now: now(), loadEnd: nav ? nav.loadEventEnd : 0, frames: frames.slice(0, n), long: long.slice(0, m), marks });
  };
  Object.defineProperty(window, '__hostileProbe', { value: Object.freeze({ read }), enumerable: false });
})();`;

export interface ProbeReading {
  now: number;
  loadEnd: number;
  frames: number[];
  long: [start: number, duration: number][];
  marks: [name: string, time: number][];
}

/** Evaluates an expression in the page's main world through CDP (no Playwright helpers involved). */
export async function mainEval<T>(cdp: CDPSession, expression: string): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
  if (r.exceptionDetails) throw new Error(`main-world eval failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

/** Evaluates an expression in a fresh isolated world of the top frame: immune to whatever the page did to its built-ins. */
export async function isolatedEval<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hostile-reader' });
  const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
  if (r.exceptionDetails) throw new Error(`isolated eval failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

export async function readProbe(cdp: CDPSession): Promise<ProbeReading> {
  return JSON.parse(await mainEval<string>(cdp, 'window.__hostileProbe.read()')) as ProbeReading;
}

/** JS heap of the page's renderer after a full GC, in MB. */
export async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/**
 * A function body (as an expression) that lists every range of every backstory-* highlight with
 * its text and a description of where it sits. Works in any world (reads the document's registry).
 */
export const READ_MARKS = `(() => {
  const out = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('backstory-') || name === 'backstory-flash') continue;
    for (const r of h) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const node = r.startContainer;
      const el = node.nodeType === 1 ? node : node.parentElement;
      const root = node.getRootNode();
      out.push({
        highlight: name, text: range.toString(),
        shadow: root instanceof ShadowRoot,
        field: !!(el && el.closest('input, textarea, select, option, button, [contenteditable]')) || !!(el && el.isContentEditable) || document.designMode === 'on',
        i: el && el.closest('[data-i]') ? Number(el.closest('[data-i]').dataset.i) : -1,
        collapsed: r.collapsed,
      });
    }
  }
  return out;
})()`;

export interface Mark { highlight: string; text: string; shadow: boolean; field: boolean; i: number; collapsed: boolean }

/** Collects page errors and console errors (and warnings that mention us) from a page and its frames. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && /backstory/i.test(m.text()))) errors.push(`${m.type()}: ${m.text()}`);
  });
  return errors;
}

export interface Visit {
  page: Page;
  cdp: CDPSession;
  url: string;
  errors: string[];
  /** The probe's reading at the end of the observation window. */
  probe: ProbeReading;
  /** Main-thread tasks over 50 ms of CPU from navigation to the end of the window (before any test-side evaluation). */
  cpu: CpuTask[];
  heapMB: number;
}

/**
 * Opens `url` in `context` with the probe, waits until `windowMs` have passed since the load event
 * (the extension's first scan runs in that window), then reads the probe and the heap. The page
 * stays open for the caller's own checks; the caller closes it.
 */
export async function visit(context: BrowserContext, url: string, windowMs: number): Promise<Visit> {
  const page = await context.newPage();
  await page.addInitScript(PROBE_SCRIPT);
  const errors = watchErrors(page);
  const cdp = await context.newCDPSession(page);
  await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
  for (;;) {
    const { now, loadEnd } = await readProbe(cdp);
    if (loadEnd > 0 && now >= loadEnd + windowMs) break;
    await page.waitForTimeout(Math.max(50, Math.min(500, loadEnd > 0 ? loadEnd + windowMs - now : 200)));
  }
  const probe = await readProbe(cdp);
  const cpu = await cpuLongTasks(cdp, url);
  return { page, cdp, url, errors, probe, cpu, heapMB: await heapMB(cdp) };
}

/** rAF callbacks in [loadEnd, loadEnd + windowMs]. */
export function framesInWindow(p: ProbeReading, windowMs: number): number {
  return p.frames.filter((t) => t >= p.loadEnd && t <= p.loadEnd + windowMs).length;
}

export interface Figures {
  page: string;
  /** longtask API, wall ms, in the observation window. */
  longTasksExt: number[];
  longTasksControl: number[];
  /** Main-thread tasks over 50 ms of CPU (trace thread time), whole visit. */
  cpuTasksExt: number[];
  cpuTasksControl: number[];
  /** CPU-long tasks of the extension run without a counterpart in the control: ours. */
  unmatched: number[];
  heapExtMB: number;
  heapControlMB: number;
  heapDeltaMB: number;
  framesExt: number;
  framesControl: number;
  marks: number;
  notes: string;
}

const figures: Figures[] = [];

export function record(f: Figures): void {
  figures.push(f);
  console.log(`[hostile] ${f.page}: long tasks (wall) ext [${f.longTasksExt.join(', ')}] control [${f.longTasksControl.join(', ')}]; ` +
    `CPU-long tasks ext [${f.cpuTasksExt.join(', ')}] control [${f.cpuTasksControl.join(', ')}] unmatched [${f.unmatched.join(', ')}]; ` +
    `heap ext ${f.heapExtMB.toFixed(1)} MB control ${f.heapControlMB.toFixed(1)} MB delta ${f.heapDeltaMB.toFixed(1)} MB; ` +
    `rAF ext ${f.framesExt} control ${f.framesControl}; marks ${f.marks}${f.notes ? '; ' + f.notes : ''}`);
}

export function allFigures(): readonly Figures[] {
  return figures;
}
