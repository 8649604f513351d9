/**
 * One document's Backstory session: scan → annotate (in the background worker, which holds the
 * dataset once per browser) → paint → follow changes. Everything it starts — listeners, observers,
 * timers, highlights, the card — is owned by one AbortController, so switching the site off tears
 * it all down at once and leaves the page exactly as it was.
 */
import browser from 'webextension-polyfill';
import { MAX_BLOCKS, type BlockMention, type PageState } from '../messages.ts';
import { siteOf, type Settings } from '../shared/settings.ts';
import type { CardData } from '../ui/card-data.ts';
import { locate, walkBlocks, type Block } from './blocks.ts';
import { CardHost } from './card-host.tsx';
import { budgeted, requests } from './chunks.ts';
import { CHUNK_CHARS, FIRST_CHUNK_CHARS, FLASH_MS, MAX_DOCUMENT_CHARS, MAX_LIVE_MENTIONS, MAX_MENTIONS_PER_NODE, TRIM_TO } from './constants.ts';
import { listenForHover } from './hover.ts';
import { MarkWindow } from './mark-window.ts';
import { liveRange, MentionIndex, type PageMention } from './mentions.ts';
import { observeChanges, type Observation } from './observer.ts';
import { highlightApiAvailable, Painter } from './paint.ts';
import { detectScope, type Scope } from './scope.ts';
import { insideSkipped } from './skip.ts';
import { createSlicer } from './slicer.ts';

export class PageSession {
  private readonly controller = new AbortController();
  readonly index = new MentionIndex();
  private readonly painter: Painter | null;
  private readonly cards = new Map<string, Promise<CardData | null>>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private scope: Scope | null = null;
  private observer: Observation | null = null;
  /** The scan in progress: scans run one at a time, so a rescan never interleaves with the scan it follows. */
  private scanning: Promise<void> = Promise.resolve();
  private card: CardHost;
  private hover: ReturnType<typeof listenForHover> | null = null;
  private returnFocus: HTMLElement | null = null;
  private cursor = -1;
  private showCursor = new Map<string, number>();
  /** Which marked blocks are near the viewport; far ones lose their marks past MAX_LIVE_MENTIONS. */
  private readonly window: MarkWindow;
  /**
   * Per entity, the most mentions it had marked at once: the popup's list, which must not shrink
   * when far marks are dropped. Bounded by the number of entities in the dataset.
   */
  private readonly seen = new Map<string, number>();
  state: PageState;

  constructor(private readonly doc: Document, private settings: Settings, private readonly topFrame: boolean) {
    const api = highlightApiAvailable();
    this.painter = api ? new Painter(doc) : null;
    this.state = { status: 'scanning', highlightApi: api, site: siteOf(location.href), entities: [] };
    this.window = new MarkWindow((els) => void this.remark(els), this.controller.signal);
    this.card = new CardHost(doc, {
      onPointerEnter: () => this.hover?.pointerInCard(true),
      onPointerLeave: () => this.hover?.pointerInCard(false),
      onClose: () => this.closeCard(),
      onRelated: (id) => void this.openCardFor(id, () => this.anchorRect(), true),
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  async start(): Promise<void> {
    this.painter?.start(this.settings.style);
    this.hover = listenForHover(this.doc, this.index, {
      open: (m, focus) => void this.openMention(m, focus),
      close: () => this.closeCard(),
      isOpen: () => this.card.isOpen(),
      inCard: (n) => this.card.contains(n),
      reposition: () => void this.card.position(),
    }, () => this.settings.hoverDelayMs, () => [...this.shadowRoots], this.signal);
    // Observe before the first scan: the scan awaits the worker, and whatever the page changes
    // meanwhile (a feed appending its first items) must be queued, not lost. Rescans wait for the
    // scan in progress (see `serially`).
    this.observer = observeChanges(this.doc, {
      signal: this.signal,
      scopeRoots: () => this.scope?.roots ?? [],
      isOurs: (n) => this.card.contains(n),
      rescan: (roots) => this.rescan(roots),
      rescanAll: () => this.fullScan(),
      shadowRoots: () => [...this.shadowRoots],
    });
    await this.fullScan();
  }

  stop(): void {
    this.controller.abort();
    this.card.destroy();
    this.painter?.stop();
    this.index.clear();
  }

  /** Settings changed: restyle in place when only the look changed, else rescan. */
  async update(next: Settings): Promise<void> {
    const prev = this.settings;
    this.settings = next;
    if (prev.style !== next.style) this.painter?.setStyle(next.style);
    if (prev.scope !== next.scope || prev.mentions !== next.mentions || prev.kinds.join() !== next.kinds.join()) await this.fullScan();
  }

  // ── scanning ──────────────────────────────────────────────────────────────────────────────

  /** Runs `job` after the scan in progress (if any) has finished. */
  private serially(job: () => Promise<void>): Promise<void> {
    const next = this.scanning.then(job, job);
    this.scanning = next.catch(() => undefined);
    return next;
  }

  private fullScan(): Promise<void> {
    return this.serially(async () => {
      this.scope = detectScope(this.doc, this.settings.scope);
      await this.scan(this.scope.roots, true, () => { this.unpaint(() => true); this.window.clear(); this.seen.clear(); });
    });
  }

  /** Marks again the dropped blocks the reader has come near (see mark-window.ts). */
  private remark(elements: Element[]): Promise<void> {
    return this.serially(async () => {
      const roots = elements.filter((el) => el.isConnected);
      if (!roots.length) return;
      await this.scan(roots, false, () => this.unpaint((m) => roots.some((r) => r.contains(m.block.element))), true);
    });
  }

  /** Rescans changed subtrees: their old mentions go, new ones come in with the document's entities as context. */
  private rescan(roots: Element[]): Promise<void> {
    return this.serially(async () => {
      const inside = (m: PageMention) => !m.block.nodes[m.first]!.isConnected || roots.some((r) => r.contains(m.block.element));
      await this.scan(roots, false, () => this.unpaint(inside));
    });
  }

  private unpaint(test: (m: PageMention) => boolean): void {
    for (const m of this.index.removeWhere(test)) this.painter?.delete(m.kind, m.range);
  }

  /**
   * Scans `roots`; `replace` removes the marks the scan supersedes. It runs when the first reply is
   * in (or when there is nothing to send), so old marks stay up until the new ones are ready: a
   * settings change or a rescan used to blank the marks for a whole worker round trip. `near`: the
   * reader has come near these roots (mark-window.ts), so they are marked even past MAX_LIVE_MENTIONS.
   *
   * Blocks are sent while the walk goes on: the first request as soon as FIRST_CHUNK_CHARS are
   * read, then one per CHUNK_CHARS (chunks.ts). Reading all of a big page first put the first marks
   * ~450 ms after the scan started on the largest shared page; now they follow the first few
   * paragraphs. The walk pauses while a request is out (one thing at a time on the main thread).
   */
  private async scan(roots: Element[], fresh: boolean, replace: () => void, near = false): Promise<void> {
    const slicer = createSlicer(this.signal);
    // User-timing marks (visible in DevTools and to the browser benchmark): where a scan's time goes.
    performance.mark('backstory:scan-start');
    this.setStatus('scanning');
    let first = fresh;
    let replaced = false;
    let sentChars = 0;
    let full = false;
    const pending: Block[] = [];
    let pendingChars = 0;
    // Sends the pending blocks (within the document budget) and paints each reply before the next request.
    const send = async (): Promise<void> => {
      const blocks = budgeted(pending.splice(0), MAX_DOCUMENT_CHARS - sentChars);
      pendingChars = 0;
      for (const all of requests(blocks, CHUNK_CHARS, MAX_BLOCKS, sentChars ? CHUNK_CHARS : FIRST_CHUNK_CHARS)) {
        // Pieces of a one-node block whose node is already at MAX_MENTIONS_PER_NODE would come back
        // with nothing to mark: a 10 MB text node used to send all 4 M characters for its first 200 names.
        // (Only once this scan's own marks are in: before that, the counts are the old marks'.)
        const batch = replaced ? all.filter((b) => b.nodes.length !== 1 || this.index.onNode(b.nodes[0]!).length < MAX_MENTIONS_PER_NODE) : all;
        if (!batch.length) continue;
        // Full, and this is not text the reader has come near: the rest is neither sent nor marked
        // now; its blocks are marked when the reader comes near them.
        if (full || (replaced && !near && this.index.size >= MAX_LIVE_MENTIONS)) {
          full = true;
          await this.dropAll(batch, slicer);
          continue;
        }
        for (const b of batch) sentChars += b.text.length;
        const reply = await browser.runtime.sendMessage({ type: 'annotate', blocks: batch.map((b) => b.text), fresh: first }) as { mentions: BlockMention[] } | null;
        first = false;
        // The worker has the text now: mentions keep their block's nodes and offsets, not a copy of
        // its text (on a 5 MB article those copies were most of our heap).
        for (const b of batch) b.text = '';
        if (this.signal.aborted) throw new DOMException('scan cancelled', 'AbortError');
        if (!replaced) { replaced = true; replace(); }
        performance.mark('backstory:annotated');
        await this.addMentions(batch, reply?.mentions ?? [], slicer, near ? Infinity : MAX_LIVE_MENTIONS);
        if (near) this.trim();
        performance.mark('backstory:painted');
      }
    };
    try {
      const scopeRoots = this.scope?.roots ?? [];
      for (const root of roots) {
        // Never read inside an editor, a field or furniture, even when the change came from there.
        if (!root.isConnected || insideSkipped(root, scopeRoots, this.scope?.exclude)) continue;
        for await (const block of walkBlocks(root, {
          slicer, exclude: this.scope?.exclude,
          onShadowRoot: (r) => { this.shadowRoots.add(r); this.observer?.watch(r); },
        })) {
          if (full) { await this.dropAll([block], slicer); continue; }
          pending.push(block);
          pendingChars += block.text.length;
          if (pendingChars >= (sentChars ? CHUNK_CHARS : FIRST_CHUNK_CHARS)) await send();
          // This scan's budget is spent (a 10 MB text node): the rest waits, like a full page's, until
          // the reader comes near it. It used to be cut off for good (the end of a 5 MB article).
          if (sentChars >= MAX_DOCUMENT_CHARS) full = true;
        }
      }
      performance.mark('backstory:collected');
      await send();
      if (!replaced) replace();
      this.setStatus(this.painter ? 'done' : 'no-highlight-api');
    } catch (e) {
      if ((e as DOMException).name !== 'AbortError') throw e;
    }
  }

  /**
   * Turns the worker's mentions into live ranges in the index, up to `limit` mentions (the rest of
   * the blocks wait to come near) and MAX_MENTIONS_PER_NODE per text node; the ranges are handed to the highlights once per batch, since every
   * highlight change costs a re-validation of all ranges on the next frame.
   */
  private async addMentions(blocks: Block[], mentions: BlockMention[], slicer: ReturnType<typeof createSlicer>, limit: number): Promise<void> {
    const kinds = new Set(this.settings.kinds);
    const firstOnly = this.settings.mentions === 'first';
    const seen = new Set(firstOnly ? this.index.counts().map((c) => c.id) : []);
    const paint: PageMention[] = [];
    for (const bm of mentions) {
      if (slicer.due()) await slicer.yield();
      const block = blocks[bm.block];
      if (!block || !kinds.has(bm.kind)) continue;
      // Full: the blocks still to come are marked when the reader comes near them.
      if (this.index.size >= limit) { this.window.drop(block.element); continue; }
      const s = locate(block, bm.start, 'start');
      if (this.index.onNode(s.node).length >= MAX_MENTIONS_PER_NODE) continue;
      const e = locate(block, bm.end, 'end');
      const range = this.doc.createRange();
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset);
      const painted = !firstOnly || !seen.has(bm.id);
      seen.add(bm.id);
      const m: PageMention = { id: bm.id, kind: bm.kind, confidence: bm.confidence, range, block, first: s.index, last: e.index, painted };
      this.index.add(m);
      this.window.track(block.element);
      if (painted) paint.push(m);
    }
    for (const m of paint) this.painter?.add(m.kind, m.range);
  }

  /** Leaves `batches` unmarked for now: their blocks are marked when the reader comes near them. */
  private async dropAll(blocks: Block[], slicer: ReturnType<typeof createSlicer>): Promise<void> {
    for (const b of blocks) {
      if (slicer.due()) await slicer.yield();
      this.window.drop(b.element);
    }
  }

  /**
   * Over MAX_LIVE_MENTIONS: drops the marks of blocks the observer reports far from the viewport,
   * oldest first, down to TRIM_TO of the limit. Blocks near the viewport (or not reported on yet)
   * keep theirs, so what the reader sees is never unmarked. A whole block goes at once, so marking
   * it again restores it whole.
   */
  private trim(): void {
    if (this.index.size <= MAX_LIVE_MENTIONS) return;
    let excess = this.index.size - Math.floor(MAX_LIVE_MENTIONS * TRIM_TO);
    const perBlock = new Map<Element, number>();
    for (const m of this.index.inserted()) perBlock.set(m.block.element, (perBlock.get(m.block.element) ?? 0) + 1);
    const gone = new Set<Element>();
    for (const [el, n] of perBlock) {
      if (excess <= 0) break;
      if (!this.window.isFar(el)) continue;
      gone.add(el);
      excess -= n;
    }
    if (!gone.size) return;
    this.noteSeen();
    this.unpaint((m) => gone.has(m.block.element));
    for (const el of gone) this.window.evict(el);
  }

  /** Folds the live counts into `seen` (before marks are dropped, and for each report). */
  private noteSeen(): void {
    for (const { id, count } of this.index.counts()) if (count > (this.seen.get(id) ?? 0)) this.seen.set(id, count);
  }

  private setStatus(status: PageState['status']): void {
    this.noteSeen();
    const entities = [...this.seen].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
    this.state = { status, highlightApi: !!this.painter, site: this.state.site, entities };
    if (this.topFrame) void browser.runtime.sendMessage({ type: 'report', status, entities: this.state.entities }).catch(() => undefined);
  }

  // ── cards ─────────────────────────────────────────────────────────────────────────────────

  private cardData(id: string): Promise<CardData | null> {
    let hit = this.cards.get(id);
    if (!hit) {
      hit = (browser.runtime.sendMessage({ type: 'card', id }) as Promise<CardData | null>).catch(() => null);
      this.cards.set(id, hit);
    }
    return hit;
  }

  private anchor: PageMention | null = null;
  private anchorRect(): DOMRect | null {
    const r = this.anchor && liveRange(this.anchor);
    return r ? r.getBoundingClientRect() : null;
  }

  private async openMention(m: PageMention, focus: boolean): Promise<void> {
    this.anchor = m;
    await this.openCardFor(m.id, () => this.anchorRect(), focus);
  }

  private async openCardFor(id: string, anchor: () => DOMRect | null, focus: boolean): Promise<void> {
    const data = await this.cardData(id);
    if (!data || this.signal.aborted) return;
    if (focus && !this.card.isOpen()) {
      const active = this.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && !this.card.contains(active) ? active : null;
    }
    await this.card.open(data, anchor, focus);
  }

  private closeCard(): void {
    const hadFocus = this.card.isOpen() && this.returnFocus !== null;
    this.card.close();
    this.hover?.cancel();
    if (hadFocus) { this.returnFocus?.focus({ preventScroll: true }); this.returnFocus = null; }
  }

  /** The keyboard command: the next mention in document order, scrolled into view with its card open and focused. */
  async nextMention(): Promise<void> {
    const list = this.index.ordered();
    if (!list.length) return;
    this.cursor = (this.cursor + 1) % list.length;
    const m = list[this.cursor]!;
    this.scrollTo(m);
    await this.openMention(m, true);
  }

  /** The popup's "show on page": scroll to the entity's next mention and flash it. */
  showMention(id: string): boolean {
    const list = this.index.ordered().filter((m) => m.id === id);
    if (!list.length) return false;
    const i = ((this.showCursor.get(id) ?? -1) + 1) % list.length;
    this.showCursor.set(id, i);
    const m = list[i]!;
    this.scrollTo(m);
    this.flash(m);
    return true;
  }

  private scrollTo(m: PageMention): void {
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }

  private flash(m: PageMention): void {
    if (!this.painter) return;
    const name = 'backstory-flash';
    const h = new Highlight(m.range);
    h.priority = 1;
    CSS.highlights.set(name, h);
    this.painter.flashStyle(true);
    window.setTimeout(() => { if (CSS.highlights.get(name) === h) CSS.highlights.delete(name); this.painter?.flashStyle(false); }, FLASH_MS);
  }
}
