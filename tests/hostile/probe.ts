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
 *    broken for Playwright's page.evaluate.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

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

// ── CPU time of the page's main-thread tasks, from a trace ──────────────────────────────────────
//
// The longtask API measures wall time, and on a shared 2-core machine (load averages of 20 are
// normal here while other jobs build) any 10 ms task can take 100 ms of wall time. The trace's
// thread time (tdur) is the CPU the renderer's main thread actually spent, which contention barely
// changes: a task with more than 50 ms of it would be a long task on an idle machine.

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown> }

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReturnAsStream' });
}

async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface CpuTask {
  /** ms since the first task of the trace. */
  at: number;
  wallMs: number;
  cpuMs: number;
  /** Script URLs evaluated or called inside the task (for the report). */
  scripts: string[];
  /** The task evaluates an extension script (the content script's one-time start-up). */
  startup: boolean;
  /** The task starts before any extension script ran in the page: it cannot be ours. */
  beforeUs: boolean;
}

const EXT = /^chrome-extension:\/\/[a-z]+/;
const urlOf = (e: TraceEvent) => String((e.args?.['data'] as { url?: string } | undefined)?.url ?? '');

/** Main-thread tasks of the renderer that parsed `url`, with more than `minCpuMs` of thread time. */
export async function cpuLongTasks(cdp: CDPSession, url: string, minCpuMs = 50): Promise<CpuTask[]> {
  const events = await stopTrace(cdp);
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.['beginData'] as { url?: string } | undefined)?.url === url);
  if (!parse) return [];
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.cat === 'toplevel' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'));
  const t0 = tasks.reduce((m, t) => Math.min(m, t.ts), Infinity);
  const scripts = onMain.filter((e) => e.name === 'EvaluateScript' || e.name === 'FunctionCall');
  const ourFirst = scripts.reduce((m, e) => (EXT.test(urlOf(e)) ? Math.min(m, e.ts) : m), Infinity);
  return tasks.filter((t) => (t.tdur ?? t.dur ?? 0) / 1000 > minCpuMs).map((t) => {
    const inside = scripts.filter((s) => s.ts >= t.ts && s.ts <= t.ts + (t.dur ?? 0));
    return {
      at: Math.round((t.ts - t0) / 1000),
      wallMs: Math.round((t.dur ?? 0) / 1000),
      cpuMs: Math.round((t.tdur ?? t.dur ?? 0) / 1000),
      scripts: [...new Set(inside.map((s) => urlOf(s).replace(EXT, 'extension:')).filter(Boolean))],
      startup: inside.some((s) => s.name === 'EvaluateScript' && EXT.test(urlOf(s))),
      beforeUs: t.ts + (t.dur ?? 0) < ourFirst,
    };
  });
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

/**
 * Long tasks of the extension run that have no counterpart in the control run. Both runs load the
 * same page, so its own long tasks (parsing, its scripts) appear in both: each extension-run task,
 * longest first, is paired with an unused control task at least half as long (the same order of
 * work on a noisy machine). What is left over is ours.
 */
export function unmatchedLongTasks<T>(ext: T[], control: T[], ms: (t: T) => number): T[] {
  const pool = [...control].sort((a, b) => ms(b) - ms(a)).map((t) => [t, ms(t)] as const);
  const left: T[] = [];
  for (const task of [...ext].sort((a, b) => ms(b) - ms(a)).map((t) => [t, ms(t)] as const)) {
    // The smallest control task that still counts (pool is longest first), so larger ones stay for larger tasks.
    let best = -1;
    for (let j = 0; j < pool.length && pool[j]![1] >= task[1] / 2; j++) best = j;
    if (best >= 0) pool.splice(best, 1); else left.push(task[0]);
  }
  return left;
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
