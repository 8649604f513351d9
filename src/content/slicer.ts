/**
 * Cooperative time slicing: work checks `due()` often and awaits `yield()` when its slice is spent,
 * so no scan step becomes a long task. Uses scheduler.yield where the browser has it (it keeps our
 * place in the queue), else a macrotask.
 */
import { SLICE_BUDGET_MS } from './constants.ts';

export interface Slicer {
  due(): boolean;
  yield(): Promise<void>;
  /** Total ms spent in our slices (for the benchmark and the popup's diagnostics). */
  busyMs: number;
}

type SchedulerLike = { yield?: () => Promise<void> };

export function createSlicer(signal: AbortSignal, budgetMs = SLICE_BUDGET_MS): Slicer {
  let sliceStart = performance.now();
  let checks = 0;
  const slicer: Slicer = {
    busyMs: 0,
    due() {
      // performance.now() is cheap but not free: look at the clock every 64 checks.
      if ((++checks & 63) !== 0) return false;
      return performance.now() - sliceStart > budgetMs;
    },
    async yield() {
      slicer.busyMs += performance.now() - sliceStart;
      const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
      if (s?.yield) await s.yield();
      else await new Promise<void>((r) => setTimeout(r, 0));
      if (signal.aborted) throw new DOMException('scan cancelled', 'AbortError');
      sliceStart = performance.now();
    },
  };
  return slicer;
}
