/**
 * CPU time of a page's main-thread tasks, from a Chromium trace (CDP Tracing), and how much of each
 * task was the extension's own work. Used by the hostile suite (tests/hostile) and the page check
 * (scripts/check-pages.ts).
 *
 * Why a trace: the longtask API measures wall time, and on a shared 2-core machine (load averages of
 * 20 are normal here while other jobs build) any 10 ms task can take 100 ms of wall time. The trace's
 * thread time (tdur) is the CPU the renderer's main thread actually spent, which contention barely
 * changes: a task with more than 50 ms of it would be a long task on an idle machine.
 *
 * Attribution (what is "ours" inside a task), the largest of:
 *  - the thread time of trace events that enter a chrome-extension:// script (EvaluateScript,
 *    FunctionCall…): exact, and includes what the call forces (a synchronous style recalculation or
 *    layout), but misses promise continuations, which V8 runs as microtasks without such an event;
 *  - the whole task, less its frame rendering, when our scripts ran in it (a script event, or one
 *    of the content script's user-timing marks) and no page script did: its microtasks can then
 *    only be ours (this is what catches an `await`ed scan step, which has no script event);
 *  - with a profile (startProfiler), the share of the task's samples with a chrome-extension://
 *    frame on the stack, times the task's thread time. A share, not the samples' own time deltas:
 *    those are wall time, and a descheduled renderer would hand its waiting time to whatever frame
 *    was on the stack. The profiler is not free (see its note): use it to name our functions, not
 *    to measure the tasks it runs in.
 * Rendering work that our highlights cause later (style, layout, paint in the next frame) runs
 * outside any script of ours and is not attributed; `renderMs` gives a task's rendering share, so
 * callers can compare such tasks against a control run.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number;
  args?: Record<string, unknown>;
}

/**
 * Task CPU, script and rendering events. Deliberately no disabled-by-default-* category: each adds
 * overhead to the thread time being judged (see the profiler note below).
 */
export const TASK_CATEGORIES = 'toplevel,devtools.timeline,blink.user_timing';

export async function startTrace(cdp: CDPSession, categories = TASK_CATEGORIES): Promise<void> {
  await cdp.send('Tracing.start', { categories, transferMode: 'ReturnAsStream' });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  // Chunks are joined as buffers: a multi-byte character may straddle two of them.
  const parts: Buffer[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64') : Buffer.from(chunk.data, 'utf8'));
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(Buffer.concat(parts).toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface CpuTask {
  /** ms since the page's HTML parsing began (negative: before, in the navigation). */
  at: number;
  wallMs: number;
  cpuMs: number;
  /** Script URLs evaluated or called inside the task (extension ones as extension:path). */
  scripts: string[];
  /** Extension scripts that did work in the task (events or samples), by path. */
  ourScripts: string[];
  /** The content script's user-timing marks set in the task (see OUR_MARK). */
  ourMarks: string[];
  /** The task evaluates an extension script (the content script's one-time start-up). */
  startup: boolean;
  /** The task ends before any extension script ran in the page: it cannot be ours. */
  beforeUs: boolean;
  /** ms of CPU in the task that is the extension's own work (see the header). */
  ourMs: number;
  /** Of which: thread time of extension script events, and the profiler's estimate (null without samples). */
  ourEventMs: number;
  /** Our scripts ran in the task and no page script did (the whole task is ours, see analyseTasks). */
  onlyOurs: boolean;
  ourSampleMs: number | null;
  /** Extension functions with the most samples in the task, "name script". */
  topFunctions: string[];
  /** ms of thread time in style, layout, paint and compositing work (outside any script). */
  renderMs: number;
  /** ms of thread time in V8's garbage collections run as tasks of their own (outside any script). */
  gcMs: number;
}

const EXT = /^chrome-extension:\/\/[a-z]+\//;
const urlOf = (e: TraceEvent): string => {
  const data = e.args?.['data'] as { url?: string } | undefined;
  return String(data?.url ?? e.args?.['fileName'] ?? '');
};
const ms = (us: number | undefined) => (us ?? 0) / 1000;
const cpuOf = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
const endOf = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const ENTRY = new Set(['EvaluateScript', 'FunctionCall', 'v8.evaluateModule', 'v8.run', 'v8.compile']);
const EVALUATE = new Set(['EvaluateScript', 'v8.evaluateModule', 'v8.run']);
/**
 * The content script's user-timing marks (src/content/page-session.ts: scan-start, collected,
 * annotated, painted). They show our code ran in a task that has no script event of ours: the step
 * after `await`ing the worker's reply runs as a bare microtask checkpoint, resolved by Chrome's
 * native messaging, with no FunctionCall in it.
 */
const OUR_MARK = /^backstory:/;
/** Chrome's own binding scripts (extensions::…), run on behalf of whoever called: neither ours nor the page's. */
const NEUTRAL = /^extensions::/;
/** Events of a rendering frame's paint phase. */
const FRAME = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);
const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage', 'HitTest']);
/** V8's collections: a mark-compact of the whole heap, and a scavenge of the young generation. */
const GC = new Set(['MajorGC', 'MinorGC']);

/** Events not nested in an earlier one (input sorted by start, longest first at equal start). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of events) if (e.ts >= end) { out.push(e); end = endOf(e); }
  return out;
}

const byStart = (a: TraceEvent, b: TraceEvent) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0);

// ── V8 sampling profiler ───────────────────────────────────────────────────────────────────────
//
// While any V8 CPU profiler runs, calls between V8 and the DOM take a slower, logged path. Measured
// on wikipedia-2 (our TreeWalker scan calls back into JS per node): the scan task had 33–38 ms of
// thread time traced alone, 48–65 ms with the trace's own profiler (disabled-by-default-v8.cpu_profiler,
// which also samples every 100 µs), and still 42–62 ms with the CDP Profiler at 0.5 or 1 ms. So a
// profile names our functions but must not be running where task CPU is measured. Its timestamps
// are on the trace's monotonic clock (both base::TimeTicks), so its samples fall into the trace's tasks.

/** µs between profiler samples: ~50 samples in a 50 ms task. */
export const PROFILE_INTERVAL_US = 1000;

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Starts the V8 sampling profiler of the page's isolate (page and content-script worlds alike). */
export async function startProfiler(cdp: CDPSession, intervalUs = PROFILE_INTERVAL_US): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

export async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  return profile as CpuProfile;
}

/** One sample: when (trace clock, µs), whether the thread was working, and our innermost frame on its stack (if any). */
interface Sample { ts: number; busy: boolean; ours: string | null }

function profileSamples(profile: CpuProfile): Sample[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, string | null>();
  const ourFrame = (id: number): string | null => {
    if (ours.has(id)) return ours.get(id)!;
    const n = byId.get(id);
    const p = parent.get(id);
    // The innermost extension frame names the work; the ancestors tell whether there is one at all.
    const v = !n ? null : EXT.test(n.callFrame.url) ? `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(EXT, '')}` : p !== undefined ? ourFrame(p) : null;
    ours.set(id, v);
    return v;
  };
  const out: Sample[] = [];
  let t = profile.startTime;
  const samples = profile.samples ?? [], deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    out.push({ ts: t, busy: byId.get(samples[i]!)?.callFrame.functionName !== '(idle)', ours: ourFrame(samples[i]!) });
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/** Samples in [from, to] (binary search on the sorted list). */
function samplesIn(samples: Sample[], from: number, to: number): Sample[] {
  let lo = 0, hi = samples.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (samples[mid]!.ts < from) lo = mid + 1; else hi = mid; }
  const out: Sample[] = [];
  for (let i = lo; i < samples.length && samples[i]!.ts <= to; i++) out.push(samples[i]!);
  return out;
}

// ── tasks ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Main-thread tasks of the renderer that parsed `url`, with more than `minCpuMs` of thread time,
 * each with its extension share. A task is an outermost complete event on that thread: the
 * scheduler's RunTask, but also e.g. a microtask checkpoint that Blink runs outside one.
 */
export function analyseTasks(events: TraceEvent[], url: string, minCpuMs = 50, withStartup = false, profile?: CpuProfile): CpuTask[] {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.['beginData'] as { url?: string } | undefined)?.url === url);
  if (!parse) return [];
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X').sort(byStart);
  const tasks = outermost(onMain);
  const scripts = onMain.filter((e) => ENTRY.has(e.name) && urlOf(e));
  const ourFirst = scripts.reduce((m, e) => (EXT.test(urlOf(e)) ? Math.min(m, e.ts) : m), Infinity);
  const samples = profile ? profileSamples(profile) : null;
  const ourMarks = events.filter((e) => e.pid === parse.pid && OUR_MARK.test(e.name) && e.cat.includes('user_timing'));
  // withStartup: also the task that evaluates the content script, however short (to report it).
  const evaluations = withStartup ? onMain.filter((e) => EVALUATE.has(e.name) && EXT.test(urlOf(e))) : [];
  const long = tasks.filter((t) => ms(cpuOf(t)) > minCpuMs || evaluations.some((e) => e.ts >= t.ts && e.ts < endOf(t)));
  return long.map((t) => {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts < endOf(t));
    const ourEvents = outermost(inside.filter((e) => ENTRY.has(e.name) && EXT.test(urlOf(e))));
    const ourEventMs = ms(ourEvents.reduce((s, e) => s + cpuOf(e), 0));
    const renderMs = ms(outermost(inside.filter((e) => RENDER.has(e.name))).reduce((s, e) => s + cpuOf(e), 0));
    const gcMs = ms(outermost(inside.filter((e) => GC.has(e.name))).reduce((s, e) => s + cpuOf(e), 0));
    let ourSampleMs: number | null = null;
    const top = new Map<string, number>();
    if (samples) {
      const busy = samplesIn(samples, t.ts, endOf(t)).filter((s) => s.busy);
      const mine = busy.filter((s) => s.ours);
      for (const s of mine) top.set(s.ours!, (top.get(s.ours!) ?? 0) + 1);
      ourSampleMs = busy.length ? ms(cpuOf(t)) * mine.length / busy.length : 0;
    }
    // A task in which our scripts ran and no page script did is ours whole: its microtasks are our
    // promise continuations, and the style or layout in it is what our calls forced. Unless the task
    // is a frame (it paints): then its rendering is the page's frame, which our callback only joined.
    const pageScripts = inside.some((e) => ENTRY.has(e.name) && urlOf(e) && !EXT.test(urlOf(e)) && !NEUTRAL.test(urlOf(e)));
    const marks = [...new Set(ourMarks.filter((m) => m.ts >= t.ts && m.ts < endOf(t)).map((m) => m.name))];
    const onlyOurs = (ourEvents.length > 0 || marks.length > 0) && !pageScripts;
    const frame = inside.some((e) => FRAME.has(e.name));
    const ourTaskMs = onlyOurs ? ms(cpuOf(t)) - (frame ? renderMs : 0) : 0;
    const named = [...ourEvents.map((e) => urlOf(e).replace(EXT, '')), ...[...top.keys()].map((k) => k.slice(k.lastIndexOf(' ') + 1))];
    const called = inside.filter((e) => ENTRY.has(e.name)).map((e) => urlOf(e).replace(EXT, 'extension:'));
    return {
      at: Math.round(ms(t.ts - parse.ts)),
      wallMs: Math.round(ms(t.dur)),
      cpuMs: Math.round(ms(cpuOf(t))),
      scripts: [...new Set(called.filter(Boolean))],
      ourScripts: [...new Set(named.filter(Boolean))],
      ourMarks: marks,
      startup: inside.some((e) => EVALUATE.has(e.name) && EXT.test(urlOf(e))),
      beforeUs: endOf(t) < ourFirst,
      ourMs: Math.round(Math.max(ourEventMs, ourTaskMs, ourSampleMs ?? 0)),
      ourEventMs: Math.round(ourEventMs),
      onlyOurs,
      ourSampleMs: ourSampleMs === null ? null : Math.round(ourSampleMs),
      topFunctions: [...top].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k]) => k),
      renderMs: Math.round(renderMs),
      gcMs: Math.round(gcMs),
    };
  });
}

/**
 * Stops the trace (and the profiler, when `profiled`: see startProfiler) and returns the CPU-long
 * tasks of the renderer that parsed `url` (see analyseTasks).
 */
export async function cpuLongTasks(cdp: CDPSession, url: string, minCpuMs = 50, withStartup = false, profiled = false): Promise<CpuTask[]> {
  const profile = profiled ? await stopProfiler(cdp) : undefined;
  return analyseTasks(await stopTrace(cdp), url, minCpuMs, withStartup, profile);
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
