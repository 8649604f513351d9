/**
 * Which long tasks are ours? A Chromium trace of one page load (CDP Tracing on the page's session):
 * the renderer main thread's tasks (RunTask: wall `dur`, thread CPU `tdur`) and, nested in them,
 * the script entry points DevTools shows — EvaluateScript and FunctionCall, each with the URL of
 * the script it enters. Entering a chrome-extension:// script is our content script running (its
 * microtasks and any style or layout it forces nest inside), so for each task over 50 ms we know
 * the CPU time that was ours: something the longtask API (wall time, no attribution) cannot say,
 * and which a with/without comparison only guesses at on a shared, loaded machine.
 *
 * Not the V8 sampling profiler: with it on, V8 logs every function it compiles, and evaluating our
 * bundle went from ~3 ms to ~60 ms of CPU — the measurement made the long task it then reported.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown> }

export async function startTaskTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReturnAsStream' });
}

async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(parts.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface BlamedTask {
  /** ms from the first task of the page's main thread. */
  at: number;
  wallMs: number;
  /** Thread CPU time of the task: what it costs on an idle machine, near enough. */
  cpuMs: number;
  /** CPU time inside the task spent in our scripts (what they force the browser to do included). */
  oursMs: number;
  /** What we did in it: 'evaluate' (the content script's start-up) and/or 'call'. */
  what: string[];
}

const isExtension = (url: string) => url.startsWith('chrome-extension://') || url.startsWith('moz-extension://');
const urlOf = (e: TraceEvent) => String((e.args?.['data'] as { url?: string } | undefined)?.url ?? '');
const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/**
 * Stops the trace and returns the main-thread tasks of the renderer that parsed `url` that are
 * over `minMs` of wall time, with our share of each.
 */
export async function blameLongTasks(cdp: CDPSession, url: string, minMs = 50): Promise<BlamedTask[]> {
  const events = await endTrace(cdp);
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.['beginData'] as { url?: string } | undefined)?.url === url);
  if (!parse) return [];
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const t0 = tasks.reduce((m, t) => Math.min(m, t.ts), Infinity);
  // Our entry points, outermost only (a FunctionCall of ours inside another of ours is counted once).
  const entries = main.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && isExtension(urlOf(e))).sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  for (const e of entries) {
    const last = outer[outer.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(e);
  }
  return tasks.filter((t) => (t.dur ?? 0) / 1000 > minMs).map((t) => {
    const inside = outer.filter((e) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
    return {
      at: Math.round((t.ts - t0) / 1000), wallMs: Math.round((t.dur ?? 0) / 1000), cpuMs: Math.round(cpu(t)),
      oursMs: Math.round(inside.reduce((s, e) => s + cpu(e), 0)),
      what: [...new Set(inside.map((e) => (e.name === 'EvaluateScript' ? 'evaluate' : 'call')))],
    };
  });
}

/**
 * A task is ours when our CPU time in it is over `limitMs` on its own (long even on an idle
 * machine), or when it is over `limitMs` of CPU only because of us: without our share it would
 * stay under the line, and our share is at least `minShareMs` (so sampling jitter around the line
 * does not count).
 */
export function ourLongTasks(tasks: BlamedTask[], limitMs = 50, minShareMs = 10): BlamedTask[] {
  return tasks.filter((t) => t.oursMs > limitMs || (t.cpuMs > limitMs && t.cpuMs - t.oursMs <= limitMs && t.oursMs >= minShareMs));
}
