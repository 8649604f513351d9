/**
 * Which marked blocks are near the viewport. An endless feed would otherwise grow our live Ranges
 * (and every highlight's re-validation cost) without bound, and a hard cap used to leave a feed
 * unmarked for good once it was reached. Instead the session keeps at most MAX_LIVE_MENTIONS
 * ranges, drops those of blocks far from the viewport, and marks a dropped block again when the
 * reader comes back to it.
 *
 * "Near" comes from an IntersectionObserver (one viewport above and below, NEAR_MARGIN): the
 * browser computes it during its own rendering, so deciding what to drop never forces a style or
 * layout pass, and a block the observer has not reported on yet is never dropped. Elements are
 * tracked in insertion order, which is also the order the session drops them in (oldest far
 * block first). The map is bounded (MAX_WATCHED_BLOCKS): disconnected elements go first, then the
 * oldest dropped ones, which then simply stay unmarked.
 */
import { MAX_WATCHED_BLOCKS, NEAR_MARGIN, NEAR_SETTLE_MS } from './constants.ts';

/** `near` is undefined until the observer has reported on the element. */
interface Watch { near: boolean | undefined; dropped: boolean }

export class MarkWindow {
  private readonly io: IntersectionObserver | null;
  private readonly watched = new Map<Element, Watch>();
  private readonly due = new Set<Element>();
  private timer = 0;

  /** `remark` gets dropped elements that came near, coalesced over NEAR_SETTLE_MS of scrolling. */
  constructor(private readonly remark: (elements: Element[]) => void, signal: AbortSignal) {
    this.io = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => this.report(entries), { rootMargin: NEAR_MARGIN }) : null;
    signal.addEventListener('abort', () => { this.io?.disconnect(); clearTimeout(this.timer); this.watched.clear(); this.due.clear(); });
  }

  /** Starts following a block element that now carries marks. */
  track(el: Element): void {
    const w = this.watched.get(el);
    if (w) { w.dropped = false; return; }
    this.add(el, { near: undefined, dropped: false });
  }

  /**
   * `el` was left unmarked (the session was full, or its document budget spent): mark it when it
   * comes near. An element that carries marks already is left as it is: a 10 MB text node is one
   * block, and marking it again from the start each time would never end.
   */
  drop(el: Element): void {
    const w = this.watched.get(el);
    if (w && !w.dropped) return;
    if (w) { if (w.near) this.queue(el); return; }
    this.add(el, { near: undefined, dropped: true });
  }

  /** The marks of `el` were removed (it is far): mark it again when it comes near. */
  evict(el: Element): void {
    const w = this.watched.get(el);
    if (!w) { this.add(el, { near: undefined, dropped: true }); return; }
    w.dropped = true;
    if (w.near) this.queue(el);
  }

  /** True only when the observer has said the element is far from the viewport. */
  isFar(el: Element): boolean {
    return this.watched.get(el)?.near === false;
  }

  /** Forgets everything (a full rescan starts over). */
  clear(): void {
    this.io?.disconnect();
    this.watched.clear();
    this.due.clear();
  }

  get size(): number {
    return this.watched.size;
  }

  private add(el: Element, w: Watch): void {
    if (!this.io) return;
    if (this.watched.size >= MAX_WATCHED_BLOCKS) this.prune();
    this.watched.set(el, w);
    this.io.observe(el);
  }

  /** Frees room: disconnected elements first, then the oldest dropped ones (a quarter of the map). */
  private prune(): void {
    const forget = (el: Element) => { this.watched.delete(el); this.due.delete(el); this.io?.unobserve(el); };
    for (const el of [...this.watched.keys()]) if (!el.isConnected) forget(el);
    let room = Math.ceil(MAX_WATCHED_BLOCKS / 4) - (MAX_WATCHED_BLOCKS - this.watched.size);
    for (const [el, w] of [...this.watched]) {
      if (room <= 0) break;
      if (w.dropped) { forget(el); room--; }
    }
  }

  private report(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const w = this.watched.get(e.target);
      if (!w) continue;
      w.near = e.isIntersecting;
      if (w.near && w.dropped) this.queue(e.target);
    }
  }

  private queue(el: Element): void {
    this.due.add(el);
    if (this.timer) return;
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      const els = [...this.due].filter((el) => el.isConnected && this.watched.get(el)?.dropped);
      this.due.clear();
      if (els.length) this.remark(els);
    }, NEAR_SETTLE_MS);
  }
}
