/**
 * Cooperative time slicing: work checks `due()` often and awaits `yield()` when its slice is spent,
 * so no scan step becomes a long task. Yields with a normal-priority task (scheduler.postTask, else
 * setTimeout). Not scheduler.yield: its continuations jump the queue ahead of rendering, and on a
 * page of 200,000 text nodes a scan of several seconds made of them let the page's own
 * requestAnimationFrame run at ~10 fps (43 frames in 6 s against 279 without the extension).
 */
import { SLICE_BUDGET_MS } from './constants.ts';

export interface Slicer {
  due(): boolean;
  yield(): Promise<void>;
  /** A slice starts that did not come from yield() (e.g. work resumed when a worker reply arrives). */
  resume(): void;
  /** A slice ends without yield() (before awaiting something that is not ours, or when done). */
  pause(): void;
  /** Total ms spent in our slices: the main-thread cost of a scan, waits excluded (for the benchmark). */
  busyMs: number;
}

type SchedulerLike = { postTask?: (task: () => void, options?: { priority?: string }) => Promise<void> };

export function createSlicer(signal: AbortSignal, budgetMs = SLICE_BUDGET_MS): Slicer {
  let sliceStart = performance.now();
  let running = true;
  let checks = 0;
  const slicer: Slicer = {
    busyMs: 0,
    due() {
      // performance.now() is cheap but not free: look at the clock every 8 checks. (Every 64 let a
      // slice overrun its budget where each step forces style work, e.g. a visibility check per block.)
      if ((++checks & 7) !== 0) return false;
      return performance.now() - sliceStart > budgetMs;
    },
    async yield() {
      slicer.pause();
      const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
      if (s?.postTask) await s.postTask(() => undefined, { priority: 'user-visible' });
      else await new Promise<void>((r) => setTimeout(r, 0));
      if (signal.aborted) throw new DOMException('scan cancelled', 'AbortError');
      slicer.resume();
    },
    resume() {
      // Two flows share a slicer (walking and painting replies): a slice already running keeps its start.
      if (running) return;
      running = true;
      sliceStart = performance.now();
    },
    pause() {
      if (!running) return;
      running = false;
      slicer.busyMs += performance.now() - sliceStart;
    },
  };
  return slicer;
}
