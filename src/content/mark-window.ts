/**
 * Keeps a page that grows without end (a feed, an infinite-scroll list) marked where the reader is,
 * with a bounded number of live mentions. Every live Range costs the page on each DOM mutation and
 * every highlight change re-validates all of them (see MAX_MENTIONS), so the index cannot simply
 * grow. When a rescan needs room, the mentions of the blocks farthest from the viewport go (never
 * those within one screen of it) and their blocks are watched with an IntersectionObserver: when
 * the reader comes back near one, it is rescanned and marked again.
 *
 * Only rescans make room. A first scan that fills the index stops walking (the rest of a giant
 * page stays unmarked): evicting there would walk and paint the whole page for marks no one sees.
 */
import { MAX_MENTIONS, WINDOW_EVICT_TO, WINDOW_NEAR_MARGIN } from './constants.ts';
import type { MentionIndex, PageMention } from './mentions.ts';

interface Options {
  index: MentionIndex;
  /** Removes (and unpaints) the mentions the test picks. */
  unpaint(test: (m: PageMention) => boolean): void;
  /** Rescans blocks the reader has come back to. */
  rescan(blocks: Element[]): void;
  signal: AbortSignal;
}

/** Vertical distance in px from the viewport to an element's box (0 when it overlaps the viewport). */
function distanceFromViewport(el: Element, height: number): number {
  const r = el.getBoundingClientRect();
  return r.bottom < 0 ? -r.bottom : r.top > height ? r.top - height : 0;
}

export class MarkWindow {
  private readonly dormant: IntersectionObserver;

  constructor(private readonly doc: Document, private readonly o: Options) {
    this.dormant = new IntersectionObserver((entries) => {
      const back = entries.filter((e) => e.isIntersecting).map((e) => e.target);
      for (const el of back) this.dormant.unobserve(el);
      if (back.length && !o.signal.aborted) o.rescan(back);
    }, { rootMargin: `${WINDOW_NEAR_MARGIN * 100}% 0px` });
    o.signal.addEventListener('abort', () => this.dormant.disconnect());
  }

  /**
   * Makes room for `incoming` more mentions when the index would pass MAX_MENTIONS: the mentions of
   * the blocks farthest from the viewport go, down to WINDOW_EVICT_TO of the cap. Returns how many
   * mentions went. Blocks within WINDOW_NEAR_MARGIN screens of the viewport are never evicted.
   */
  makeRoom(incoming: number): number {
    const { index } = this.o;
    if (index.size + incoming <= MAX_MENTIONS) return 0;
    const target = Math.min(Math.floor(MAX_MENTIONS * WINDOW_EVICT_TO), MAX_MENTIONS - incoming);
    const byBlock = new Map<Element, number>();
    for (const m of index.values()) byBlock.set(m.block.element, (byBlock.get(m.block.element) ?? 0) + 1);
    // One layout for all the reads below (the page is laid out already unless it just changed).
    const height = this.doc.defaultView?.innerHeight ?? 0;
    const near = height * WINDOW_NEAR_MARGIN;
    const far = [...byBlock.keys()]
      .map((el) => ({ el, d: el.isConnected ? distanceFromViewport(el, height) : Infinity }))
      .filter((x) => x.d > near)
      .sort((a, b) => b.d - a.d);
    const evict = new Set<Element>();
    let left = index.size;
    for (const { el } of far) {
      if (left <= target) break;
      evict.add(el);
      left -= byBlock.get(el)!;
    }
    if (!evict.size) return 0;
    const before = index.size;
    this.o.unpaint((m) => evict.has(m.block.element));
    for (const el of evict) if (el.isConnected) this.dormant.observe(el);
    return before - index.size;
  }
}
