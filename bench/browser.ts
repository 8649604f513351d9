/**
 * In-browser benchmark (`npm run bench:browser`, i.e. `tsx bench/browser.ts`):
 *   tsx bench/browser.ts [--quick] [--pages a.html,b.html] [--runs N] [--mark-pages N] [--mark-cap-s 60]
 *                        [--no-big] [--big-mb 5] [--no-profile]
 *
 * Every page of ../shared/pages plus a generated ~5 MB article (bench/lib/article.ts) is loaded in
 * two Chromiums started with the same flags, one with dist/ loaded (the extension) and one without
 * (the control). Per page:
 *
 * - Main-thread time added: CDP Performance.getMetrics TaskDuration (all main-thread tasks of the
 *   tab's renderer: script, style, layout, paint) in the extension tab minus the control tab, over
 *   the same wall-clock window: the extension tab runs until our scan has settled (the last
 *   'backstory:painted' mark and no change in the number of highlighted ranges for 1 s), the
 *   control tab is then held open for exactly as long. Both tabs run the same sampling CPU profiler
 *   so its overhead cancels out. Page scripts make this delta noisy (it can come out negative), so
 *   the profile is also attributed: "our JS" is CPU time whose stack contains a chrome-extension://
 *   frame — robust against page noise, but it leaves out rendering work our highlights cause.
 * - Longest task: a PerformanceObserver('longtask') from before any page script, in both tabs.
 * - Time to first / last mark: a requestAnimationFrame probe counting CSS.highlights ranges
 *   (ms since navigation start), and the content script's user-timing marks.
 * - JS heap added per tab: HeapProfiler.collectGarbage (twice) then Runtime.getHeapUsage, with minus
 *   without (the isolate holds the page's world and our content-script world).
 * - In-page pass cost of the first full scan: the main-thread time of its slices (walk, ranges,
 *   painting; waits for the worker excluded), plus the worker's engine time for it (matching and
 *   resolution), both reported by the content script in its 'backstory:scan-done' mark; the whole
 *   scan's wall time (scan-start → scan-done, round trips and yields included) is reported beside it.
 *   The baseline: ONE alternation regex of the 10,000 most prominent names of public/data/search.json
 *   built and run over every text node of the same page (script/style excluded) in the same browser
 *   (cold: first run, regex compilation included; warm: second run).
 * - mark.js (node_modules/mark.js) with the 1,000 most prominent names on the same page in the
 *   control browser, as a reference point: names in batches of 25, stopped at the cap (default
 *   60 s per page; reported as "> cap" with the share done). Only on the first --mark-pages pages.
 *
 * The machine is shared and slow; read figures as ratios to the baselines measured in the same run.
 * --runs N repeats the with/without loads N times and reports medians. Writes .cache/bench/browser-latest.json.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { bigArticle } from './lib/article.ts';
import { SAMPLING_INTERVAL_US, extensionTime, heapAfterGc, launch, metrics, newTab, serveFiles, type Launched } from './lib/browser.ts';
import { machine, machineLine, median, ms, pct, ratio, table } from './lib/report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES = resolve(ROOT, '..', 'shared', 'pages');
const DIST = join(ROOT, 'dist');
const CACHE = join(ROOT, '.cache', 'bench');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const argv = process.argv.slice(2);
const flag = (n: string) => argv.includes(n);
const opt = (n: string) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const QUICK = flag('--quick');
const RUNS = Number(opt('--runs') ?? 1);
const MARK_CAP_MS = Number(opt('--mark-cap-s') ?? 60) * 1000;
const SETTLE_QUIET_MS = 1000;
const SETTLE_CAP_MS = 45_000;
const QUICK_PAGES = ['bbc-1.html', 'nytimes-1.html', 'guardian-1.html', 'wikipedia-2.html', 'lemonde-1.html', 'telegraph.html'];

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('No built extension in dist/: run `npm run build` (or `npx vite build`) first.');
  process.exit(1);
}
if (!existsSync(PAGES)) console.log('note: ../shared/pages not found — benchmarking the generated article only.');

// ── inputs ────────────────────────────────────────────────────────────────────────────────────

const searchPath = [join(ROOT, 'public/data/search.json'), join(DIST, 'data/search.json')].find(existsSync);
if (!searchPath) { console.error('No search.json in public/data or dist/data.'); process.exit(1); }
const entries = JSON.parse(readFileSync(searchPath, 'utf8')) as [string, string, string, string, string, number][];
const byProminence = [...entries].sort((a, b) => b[5] - a[5]).map((e) => e[1]);
const names10k = [...new Set(byProminence)].slice(0, 10_000);
const names1k = names10k.slice(0, 1000);
const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

const files = new Map<string, string>();
let pageNames: string[] = [];
if (existsSync(PAGES)) {
  pageNames = readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();
  const only = opt('--pages')?.split(',');
  if (only) pageNames = pageNames.filter((p) => only.includes(p));
  else if (QUICK) pageNames = pageNames.filter((p) => QUICK_PAGES.includes(p));
  for (const p of pageNames) files.set(p, join(PAGES, p));
}
const BIG = 'generated-article.html';
if (!flag('--no-big')) {
  mkdirSync(CACHE, { recursive: true });
  const big = bigArticle(Number(opt('--big-mb') ?? (QUICK ? 2 : 5)) * 1024 * 1024);
  writeFileSync(join(CACHE, BIG), big.html);
  files.set(BIG, join(CACHE, BIG));
  pageNames.push(BIG);
  console.error(`generated ${BIG}: ${(big.html.length / 1e6).toFixed(1)} MB, ${big.paragraphs} paragraphs, ~${big.nameMentions} name mentions`);
}
const markPages = Number(opt('--mark-pages') ?? pageNames.length);

// ── in-page code ──────────────────────────────────────────────────────────────────────────────

/** Main world, before any page script: long tasks and the highlight count per frame. */
const probe = () => {
  const w = window as unknown as { __bs: { first: number | null; last: number | null; count: number; longTasks: number[] } };
  const st = w.__bs = { first: null as number | null, last: null as number | null, count: 0, longTasks: [] as number[] };
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) st.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch { /* no longtask API */ }
  const tick = () => {
    let n = 0;
    try { for (const [, h] of CSS.highlights) n += h.size; } catch { /* no highlight API */ }
    if (n !== st.count) { st.count = n; st.last = performance.now(); if (st.first === null && n > 0) st.first = st.last; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

interface ScanDone { busyMs: number; engineMs: number; requests: number; fresh: boolean }
interface ProbeState { first: number | null; last: number | null; count: number; longTasks: number[]; marks: { name: string; t: number; detail?: ScanDone }[]; now: number }
const readProbe = (page: Page): Promise<ProbeState> => page.evaluate(() => {
  const st = (window as unknown as { __bs: Omit<ProbeState, 'marks' | 'now'> }).__bs;
  const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('backstory:'))
    .map((m) => ({ name: m.name, t: m.startTime, detail: (m as PerformanceMark).detail as ScanDone | undefined }));
  return { ...st, longTasks: [...st.longTasks], marks, now: performance.now() };
});

/** The regex baseline, run in the page: one alternation of all names over every text node. */
function regexPass(names: string[]): { buildMs: number; coldMs: number; warmMs: number; matches: number; textNodes: number; chars: number } {
  const t0 = performance.now();
  const esc = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(?:${esc.join('|')})\\b`, 'g');
  const t1 = performance.now();
  const run = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script, style, noscript, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let matches = 0, textNodes = 0, chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const s = (n as Text).data;
      textNodes++; chars += s.length;
      re.lastIndex = 0;
      while (re.exec(s)) matches++;
    }
    return { matches, textNodes, chars };
  };
  const r = run();
  const t2 = performance.now();
  run();
  const t3 = performance.now();
  return { buildMs: t1 - t0, coldMs: t2 - t0, warmMs: t3 - t2, ...r };
}

/** mark.js over the page in batches of names, stopping at the cap. */
async function markJsPass({ names, capMs }: { names: string[]; capMs: number }): Promise<{ ms: number; done: number; total: number; marks: number }> {
  const MarkCtor = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
  const inst = new MarkCtor(document.body);
  let busy = 0, done = 0, marks = 0;
  for (let i = 0; i < names.length && busy < capMs; i += 25) {
    const batch = names.slice(i, i + 25);
    const t = performance.now();
    inst.mark(batch, { separateWordSearch: false, diacritics: false, caseSensitive: true, accuracy: 'exactly', done: (n: number) => { marks += n; } });
    busy += performance.now() - t;
    done += batch.length;
    await new Promise((r) => setTimeout(r, 0));
  }
  return { ms: busy, done, total: names.length, marks };
}

/**
 * tsx (esbuild, keepNames) wraps named functions in `__name(fn, "name")` calls; functions shipped
 * into the page need that helper there. Defined as a non-enumerable no-op, the same in both tabs.
 */
const NAME_SHIM = "Object.defineProperty(globalThis, '__name', { value: (f) => f, configurable: true, enumerable: false });";

// ── measurement ───────────────────────────────────────────────────────────────────────────────

interface Load { taskMs: number; scriptMs: number; layoutMs: number; styleMs: number; heap: number; windowMs: number; probe: ProbeState; ourJsMs: number; profiledMs: number; topFns: [string, number][] }

async function startProfile(cdp: CDPSession) {
  await cdp.send('Performance.enable');
  if (!flag('--no-profile')) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US }); await cdp.send('Profiler.start'); }
}

async function finish(cdp: CDPSession, page: Page, t0: number): Promise<Load> {
  const windowMs = Date.now() - t0;
  const m = await metrics(cdp);
  let prof = { ms: NaN, totalMs: NaN, top: [] as [string, number][] };
  if (!flag('--no-profile')) prof = extensionTime((await cdp.send('Profiler.stop')).profile);
  const probeState = await readProbe(page);
  const heap = await heapAfterGc(cdp);
  return {
    taskMs: (m.TaskDuration ?? 0) * 1000, scriptMs: (m.ScriptDuration ?? 0) * 1000, layoutMs: (m.LayoutDuration ?? 0) * 1000,
    styleMs: (m.RecalcStyleDuration ?? 0) * 1000, heap, windowMs, probe: probeState, ourJsMs: prof.ms, profiledMs: prof.totalMs, topFns: prof.top,
  };
}

/** A new tab with the probe and the profiler running, navigated to the page; t0 is when navigation began. */
async function openProfiled(b: Launched, base: string, name: string): Promise<{ page: Page; cdp: CDPSession; t0: number }> {
  const { page, cdp } = await newTab(b.context, base);
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(probe);
  await startProfile(cdp);
  const t0 = Date.now();
  await page.goto(base + name, { waitUntil: 'load', timeout: 120_000 });
  return { page, cdp, t0 };
}

/** Loads the page with the extension and waits until our scan has settled. */
async function loadWithExtension(b: Launched, base: string, name: string): Promise<{ load: Load; page: Page; settledBy: string }> {
  const { page, cdp, t0 } = await openProfiled(b, base, name);
  let settledBy = 'cap';
  let lastCount = -1, since = Date.now();
  while (Date.now() - t0 < SETTLE_CAP_MS) {
    await page.waitForTimeout(200);
    const s = await page.evaluate(() => ({
      count: (window as unknown as { __bs: { count: number } }).__bs.count,
      painted: performance.getEntriesByName('backstory:painted').length,
      started: performance.getEntriesByName('backstory:scan-start').length,
    }));
    if (s.count !== lastCount) { lastCount = s.count; since = Date.now(); }
    const quiet = Date.now() - since >= SETTLE_QUIET_MS;
    if (quiet && s.painted > 0) { settledBy = 'painted'; break; }
    // No text to annotate: the scan starts but never paints; give it a few quiet seconds.
    if (s.started > 0 && s.painted === 0 && Date.now() - since > 5000) { settledBy = 'no-paint'; break; }
  }
  return { load: await finish(cdp, page, t0), page, settledBy };
}

async function loadControl(b: Launched, base: string, name: string, windowMs: number): Promise<{ load: Load; page: Page }> {
  const { page, cdp, t0 } = await openProfiled(b, base, name);
  const left = windowMs - (Date.now() - t0);
  if (left > 0) await page.waitForTimeout(left);
  return { load: await finish(cdp, page, t0), page };
}

const markTime = (p: ProbeState, name: string, which: 'first' | 'last' = 'first') => {
  const xs = p.marks.filter((m) => m.name === name).map((m) => m.t);
  return xs.length ? (which === 'first' ? xs[0]! : xs[xs.length - 1]!) : null;
};

/**
 * The first full scan's cost, from its 'backstory:scan-done' mark: `busy` is the main-thread time
 * of its slices (walk, ranges, painting; waits excluded), `engine` the worker's matching and
 * resolution time for it; `total` is its wall time from scan-start, worker round trips included.
 */
function passCost(p: ProbeState): { busy: number | null; engine: number | null; total: number | null; scans: number } {
  const start = markTime(p, 'backstory:scan-start');
  const done = p.marks.find((m) => m.name === 'backstory:scan-done' && m.detail?.fresh);
  return {
    busy: done?.detail?.busyMs ?? null,
    engine: done?.detail?.engineMs ?? null,
    total: start !== null && done ? done.t - start : null,
    scans: p.marks.filter((m) => m.name === 'backstory:scan-start').length,
  };
}

interface Result {
  page: string; bytes: number; highlights: number; settledBy: string; runs: number;
  taskExt: number; taskCtl: number; addedTaskMs: number; addedScriptMs: number; addedLayoutStyleMs: number;
  ourJsMs: number | null; topFns: [string, number][];
  longestExt: number; longestCtl: number; longTasksExt: number; longTasksCtl: number;
  firstHighlightMs: number | null; lastHighlightMs: number | null; scanStartMs: number | null; firstPaintedMarkMs: number | null; lastPaintedMarkMs: number | null; scans: number;
  heapExt: number; heapCtl: number; heapAdded: number;
  passBusyMs: number | null; passEngineMs: number | null; passInPageMs: number | null; scanTotalMs: number | null;
  regex: ReturnType<typeof regexPass> | null;
  markjs: { ms: number; done: number; total: number; marks: number } | null;
}

const m = machine(CHROMIUM);
console.error(machineLine(m));
const server = await serveFiles(files);
const ext = await launch(CHROMIUM, DIST);
const ctl = await launch(CHROMIUM, null);
const results: Result[] = [];
const started = Date.now();

for (const [i, name] of pageNames.entries()) {
  const runs: { e: Load; c: Load; settledBy: string }[] = [];
  let regex: Result['regex'] = null;
  let markjs: Result['markjs'] = null;
  try {
    for (let r = 0; r < RUNS; r++) {
      const e = await loadWithExtension(ext, server.base, name);
      const c = await loadControl(ctl, server.base, name, e.load.windowMs);
      runs.push({ e: e.load, c: c.load, settledBy: e.settledBy });
      if (r === RUNS - 1) {
        regex = await e.page.evaluate(regexPass, names10k).catch((err: Error) => { console.error(`${name}: regex pass failed: ${err.message.split('\n')[0]}`); return null; });
        if (i < markPages) {
          await c.page.addScriptTag({ content: markJs });
          markjs = await c.page.evaluate(markJsPass, { names: names1k, capMs: MARK_CAP_MS })
            .catch((err: Error) => { console.error(`${name}: mark.js failed: ${err.message.split('\n')[0]}`); return null; });
        }
      }
      await e.page.close();
      await c.page.close();
    }
  } catch (err) {
    console.error(`${name}: failed — ${(err as Error).message.split('\n')[0]}`);
    continue;
  }
  const med = (f: (x: { e: Load; c: Load }) => number) => median(runs.map(f)) ?? NaN;
  const last = runs[runs.length - 1]!;
  const pc = passCost(last.e.probe);
  const res: Result = {
    page: name, bytes: statSync(files.get(name)!).size, highlights: last.e.probe.count, settledBy: last.settledBy, runs: runs.length,
    taskExt: med((x) => x.e.taskMs), taskCtl: med((x) => x.c.taskMs),
    addedTaskMs: med((x) => x.e.taskMs - x.c.taskMs), addedScriptMs: med((x) => x.e.scriptMs - x.c.scriptMs),
    addedLayoutStyleMs: med((x) => x.e.layoutMs + x.e.styleMs - x.c.layoutMs - x.c.styleMs),
    ourJsMs: flag('--no-profile') ? null : med((x) => x.e.ourJsMs), topFns: last.e.topFns,
    longestExt: med((x) => Math.max(0, ...x.e.probe.longTasks)), longestCtl: med((x) => Math.max(0, ...x.c.probe.longTasks)),
    longTasksExt: med((x) => x.e.probe.longTasks.length), longTasksCtl: med((x) => x.c.probe.longTasks.length),
    firstHighlightMs: median(runs.map((x) => x.e.probe.first ?? NaN)), lastHighlightMs: median(runs.map((x) => x.e.probe.last ?? NaN)),
    scanStartMs: markTime(last.e.probe, 'backstory:scan-start'), firstPaintedMarkMs: markTime(last.e.probe, 'backstory:painted'),
    lastPaintedMarkMs: markTime(last.e.probe, 'backstory:painted', 'last'), scans: pc.scans,
    heapExt: med((x) => x.e.heap), heapCtl: med((x) => x.c.heap), heapAdded: med((x) => x.e.heap - x.c.heap),
    passBusyMs: pc.busy, passEngineMs: pc.engine, passInPageMs: pc.busy !== null && pc.engine !== null ? pc.busy + pc.engine : null, scanTotalMs: pc.total,
    regex, markjs,
  };
  results.push(res);
  console.error(`[${i + 1}/${pageNames.length}] ${name}: ${res.highlights} highlights, +${res.addedTaskMs.toFixed(0)} ms main thread (our JS ${ms(res.ourJsMs)} ms), ` +
    `pass ${ms(res.passInPageMs)} ms vs regex ${ms(regex?.coldMs)} ms, mark.js ${markjs ? ms(markjs.ms) + ' ms' + (markjs.done < markjs.total ? ' (capped)' : '') : '–'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
await ext.close();
await ctl.close();
await server.close();

// ── report ────────────────────────────────────────────────────────────────────────────────────

const short = (p: string) => p.replace(/\.html$/, '');
const MB = 1024 * 1024;
const markCell = (r: Result) => !r.markjs ? null : r.markjs.done < r.markjs.total ? `> ${(MARK_CAP_MS / 1000).toFixed(0)} s (${r.markjs.done}/${r.markjs.total} names)` : ms(r.markjs.ms);
console.log(`# Backstory in-browser benchmark\n\n${machineLine(m)}\n`);
console.log(`Pages: ${results.length}; runs per page: ${RUNS}; settle: last highlight change + ${SETTLE_QUIET_MS} ms quiet (cap ${SETTLE_CAP_MS / 1000} s); ` +
  `names: ${names10k.length} (regex) / ${names1k.length} (mark.js) most prominent from ${searchPath.replace(ROOT + '/', '')}. ` +
  `Δ = with extension − without, same window. Times in ms.\n`);

console.log('## Main thread, heap and timing per page\n');
console.log(table(
  ['page', 'KB', 'hl', 'ctl task ms', 'Δ task ms', 'Δ/ctl', 'Δ script', 'Δ layout+style', 'our JS (profile)', 'longest ext', 'longest ctl', 'scan start', 'first hl', 'last hl', 'scans', 'Δ heap MB', 'ctl heap MB'],
  results.map((r) => [short(r.page), (r.bytes / 1024).toFixed(0), r.highlights, ms(r.taskCtl), ms(r.addedTaskMs), pct(r.addedTaskMs / r.taskCtl), ms(r.addedScriptMs), ms(r.addedLayoutStyleMs),
    ms(r.ourJsMs), ms(r.longestExt), ms(r.longestCtl), ms(r.scanStartMs), ms(r.firstHighlightMs), ms(r.lastHighlightMs), r.scans,
    (r.heapAdded / MB).toFixed(2), (r.heapCtl / MB).toFixed(1)]),
));

console.log('\n## In-page pass vs one 10,000-name regex vs mark.js (1,000 names)\n');
console.log(table(
  ['page', 'text chars', 'page busy', 'engine (worker)', 'in-page pass', 'whole scan (wall)', 'regex cold', 'regex warm', 'regex hits', 'pass/regex', 'pass/regex warm', 'scan/regex', 'mark.js 1k', 'scan/mark.js'],
  results.map((r) => [short(r.page), r.regex?.chars, ms(r.passBusyMs), ms(r.passEngineMs), ms(r.passInPageMs), ms(r.scanTotalMs), ms(r.regex?.coldMs), ms(r.regex?.warmMs), r.regex?.matches,
    ratio(r.passInPageMs, r.regex?.coldMs), ratio(r.passInPageMs, r.regex?.warmMs, 1), ratio(r.scanTotalMs, r.regex?.coldMs), markCell(r),
    r.markjs ? (r.markjs.done < r.markjs.total ? '< ' : '') + (ratio(r.scanTotalMs, r.markjs.ms) ?? '–') : null]),
));

const real = results.filter((r) => r.page !== BIG);
const sumOf = (xs: Result[], f: (r: Result) => number | null | undefined) => xs.reduce((s, r) => s + (f(r) ?? 0), 0);
const medOf = (xs: Result[], f: (r: Result) => number | null | undefined) => median(xs.map((r) => f(r) ?? NaN));
const withPass = real.filter((r) => r.passInPageMs !== null && r.regex);
const summary = {
  pages: real.length,
  addedTaskMsMedian: medOf(real, (r) => r.addedTaskMs), addedTaskShareMedian: medOf(real, (r) => r.addedTaskMs / r.taskCtl),
  ourJsMsMedian: medOf(real, (r) => r.ourJsMs), ourJsMsMax: Math.max(0, ...real.map((r) => r.ourJsMs ?? 0)),
  longestExtMax: Math.max(0, ...real.map((r) => r.longestExt)), longestCtlMax: Math.max(0, ...real.map((r) => r.longestCtl)),
  firstHighlightMedian: medOf(real, (r) => r.firstHighlightMs), lastHighlightMedian: medOf(real, (r) => r.lastHighlightMs),
  // The budget: first marks within 100 ms of the content script starting its scan.
  firstAfterScanMedian: medOf(real, (r) => (r.firstHighlightMs ?? NaN) - (r.scanStartMs ?? NaN)),
  firstAfterScanMax: Math.max(...real.map((r) => (r.firstHighlightMs ?? NaN) - (r.scanStartMs ?? NaN)).filter(Number.isFinite)),
  heapAddedMedianMB: (medOf(real, (r) => r.heapAdded) ?? 0) / MB,
  passVsRegexAggregate: sumOf(withPass, (r) => r.passInPageMs) / Math.max(1e-9, sumOf(withPass, (r) => r.regex?.coldMs)),
  scanVsRegexAggregate: sumOf(withPass, (r) => r.scanTotalMs) / Math.max(1e-9, sumOf(withPass, (r) => r.regex?.coldMs)),
  passVsRegexMedian: medOf(withPass, (r) => (r.passInPageMs ?? NaN) / (r.regex?.coldMs ?? NaN)),
  // Against the regex's second run (compiled already): matching alone, the harder comparison.
  passVsWarmAggregate: sumOf(withPass, (r) => r.passInPageMs) / Math.max(1e-9, sumOf(withPass, (r) => r.regex?.warmMs)),
  passVsWarmMedian: medOf(withPass, (r) => (r.passInPageMs ?? NaN) / (r.regex?.warmMs ?? NaN)),
  busyVsWarmMedian: medOf(withPass, (r) => (r.passBusyMs ?? NaN) / (r.regex?.warmMs ?? NaN)),
};
const mk = real.filter((r) => r.markjs && r.scanTotalMs !== null);
console.log(`\n## Summary (${real.length} real pages${results.some((r) => r.page === BIG) ? ' + the generated article, listed separately above' : ''})\n`);
console.log(table(['measure', 'value'], [
  ['main-thread time added (Δ TaskDuration), median per page', `${ms(summary.addedTaskMsMedian)} ms = ${pct(summary.addedTaskShareMedian)} of the page's own`],
  ['our JS on the main thread (CPU profile), median / max per page', `${ms(summary.ourJsMsMedian, 1)} / ${ms(summary.ourJsMsMax)} ms`],
  ['longest task, worst page: with / without extension', `${ms(summary.longestExtMax)} / ${ms(summary.longestCtlMax)} ms`],
  ['first / last highlight, median (ms after navigation)', `${ms(summary.firstHighlightMedian)} / ${ms(summary.lastHighlightMedian)}`],
  ['first highlight after the scan starts, median / worst page (ms; budget 100)', `${ms(summary.firstAfterScanMedian)} / ${ms(summary.firstAfterScanMax)}`],
  ['JS heap added per tab, median', `${summary.heapAddedMedianMB.toFixed(2)} MB`],
  ['in-page pass ÷ 10k-name regex (sum over pages; median of ratios)', `${summary.passVsRegexAggregate.toFixed(2)}× ; ${summary.passVsRegexMedian?.toFixed(2) ?? '–'}×`],
  ['in-page pass ÷ the regex run again, warm (sum; median of ratios; page busy alone, median)',
    `${summary.passVsWarmAggregate.toFixed(2)}× ; ${summary.passVsWarmMedian?.toFixed(2) ?? '–'}× ; ${summary.busyVsWarmMedian?.toFixed(2) ?? '–'}×`],
  ['whole scan (worker matching incl.) ÷ 10k-name regex (sum over pages)', `${summary.scanVsRegexAggregate.toFixed(2)}×`],
  ['whole scan ÷ mark.js 1k names (sum over pages where mark.js ran)', mk.length ? `${(sumOf(mk, (r) => r.scanTotalMs) / Math.max(1e-9, sumOf(mk, (r) => r.markjs?.ms))).toFixed(3)}× over ${mk.length} pages (${mk.filter((r) => r.markjs!.done < r.markjs!.total).length} capped: ratio is an upper bound)` : '–'],
]));
const hot = new Map<string, number>();
for (const r of results) for (const [fn, t] of r.topFns) hot.set(fn, (hot.get(fn) ?? 0) + t);
if (hot.size) {
  console.log('\nWhere our main-thread JS time goes (CPU profile, summed over pages; self time of our frames or native calls under them):\n');
  console.log(table(['function', 'ms'], [...hot].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([f, t]) => [f, t.toFixed(1)])));
}

mkdirSync(CACHE, { recursive: true });
writeFileSync(join(CACHE, 'browser-latest.json'), JSON.stringify({ date: new Date().toISOString(), machine: m, runs: RUNS, markCapMs: MARK_CAP_MS, summary, results }, null, 1));
console.log(`\nSaved .cache/bench/browser-latest.json (${((Date.now() - started) / 1000).toFixed(0)} s).`);
