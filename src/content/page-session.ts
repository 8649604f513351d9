/**
 * One document's Backstory session: scan → annotate (in the background worker, which holds the
 * dataset once per browser) → paint → follow changes. Everything it starts — listeners, observers,
 * timers, highlights, the card — is owned by one AbortController, so switching the site off tears
 * it all down at once and leaves the page exactly as it was.
 */
import browser from 'webextension-polyfill';
import { ask, type AnnotateReply, type BlockMention, type PageState } from '../messages.ts';
import { siteOf, type Settings } from '../shared/settings.ts';
import type { CardData } from '../ui/card-data.ts';
import { locate, walkBlocks, type Block } from './blocks.ts';
import { CardHost } from './card-host.tsx';
import { RequestQueue } from './chunks.ts';
import { FIRST_CHUNK_CHARS, FLASH_MS, MAX_MENTIONS, MAX_MENTIONS_PER_NODE } from './constants.ts';
import { listenForHover } from './hover.ts';
import { liveRange, MentionIndex, type PageMention } from './mentions.ts';
import { observeChanges, type Observation } from './observer.ts';
import { MarkWindow } from './mark-window.ts';
import { isVisible } from './visibility.ts';
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
  private readonly window: MarkWindow;
  /** Visibility of block elements, asked only for blocks with a mention; renewed by every scan (pages change). */
  private visibility = new WeakMap<Element, boolean>();
  private returnFocus: HTMLElement | null = null;
  private cursor = -1;
  private showCursor = new Map<string, number>();
  state: PageState;

  constructor(private readonly doc: Document, private settings: Settings, private readonly topFrame: boolean) {
    const api = highlightApiAvailable();
    this.painter = api ? new Painter(doc) : null;
    this.state = { status: 'scanning', highlightApi: api, site: siteOf(location.href), entities: [] };
    this.window = new MarkWindow(doc, {
      index: this.index, signal: this.signal,
      unpaint: (test) => this.unpaint(test),
      rescan: (blocks) => void this.rescan(blocks),
    });
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
      await this.scan(this.scope.roots, true, () => this.unpaint(() => true));
    });
  }

  /** Rescans changed subtrees: their old mentions go, new ones come in with the document's entities as context. */
  private rescan(roots: Element[]): Promise<void> {
    return this.serially(async () => {
      // Up from each mention's block to a root: one walk of its ancestors, where roots.some(contains)
      // cost mentions × roots calls (a feed's rescan has hundreds of roots: ~0.5 s per rescan).
      const rootSet = new Set<Element>(roots);
      const inside = (m: PageMention) => {
        if (!m.block.nodes[m.first]!.isConnected) return true;
        for (let e: Element | null = m.block.element; e; e = e.parentElement) if (rootSet.has(e)) return true;
        return false;
      };
      await this.scan(roots, false, () => this.unpaint(inside));
    });
  }

  private unpaint(test: (m: PageMention) => boolean): void {
    for (const m of this.index.removeWhere(test)) this.painter?.delete(m.kind, m.range);
  }

  /**
   * Scans `roots`; `replace` removes the marks the scan supersedes. It runs when the first reply is
   * in (or when there is nothing to send), so old marks stay up until the new ones are ready: a
   * settings change or a rescan used to blank the marks for a whole worker round trip.
   *
   * Text goes to the worker while the walk goes on (see RequestQueue): the first request carries
   * the headline and first paragraphs, and its marks paint while the rest of a long page is still
   * being walked. Replies are painted one at a time, in order.
   */
  private async scan(roots: Element[], fresh: boolean, replace: () => void): Promise<void> {
    const slicer = createSlicer(this.signal);
    // User-timing marks (visible in DevTools and to the browser benchmark): where a scan's time goes.
    performance.mark('backstory:scan-start');
    this.setStatus('scanning');
    const queue = new RequestQueue(FIRST_CHUNK_CHARS);
    this.visibility = new WeakMap();
    const sent: Block[] = [];
    let requestsSent = 0;
    let replaced = false;
    let full = false;
    let failure: unknown = null;
    let painting: Promise<void> = Promise.resolve();
    let engineMs = 0;
    const send = (batch: Block[]) => {
      const reply = ask<AnnotateReply | null>({
        type: 'annotate', blocks: batch.map((b) => b.text), fresh: fresh && requestsSent === 0,
        lang: (document.documentElement?.getAttribute('lang') ?? '').slice(0, 35),
      });
      requestsSent++;
      sent.push(...batch);
      painting = painting.then(async () => {
        const r = await reply;
        slicer.resume();
        engineMs += r?.engineMs ?? 0;
        if (this.signal.aborted || failure) { slicer.pause(); return; }
        if (!replaced) { replaced = true; replace(); }
        performance.mark('backstory:annotated');
        // A rescan (new text on a growing page) makes room far from the reader rather than stop marking.
        if (!fresh) this.window.makeRoom(r?.mentions.length ?? 0);
        await this.addMentions(batch, r?.mentions ?? [], slicer);
        performance.mark('backstory:painted');
        // Full: the rest of the page stays unmarked, so it need not be walked or sent either.
        if (this.index.size >= MAX_MENTIONS) full = true;
        slicer.pause();
      }).catch((e: unknown) => { failure ??= e; });
    };
    try {
      const scopeRoots = this.scope?.roots ?? [];
      walk: for (const root of roots) {
        // Never read inside an editor, a field or furniture, even when the change came from there.
        if (!root.isConnected || insideSkipped(root, scopeRoots, this.scope?.exclude)) continue;
        const groups = walkBlocks(root, {
          slicer, exclude: this.scope?.exclude,
          onShadowRoot: (r) => { this.shadowRoots.add(r); this.observer?.watch(r); },
        }, () => queue.missing);
        for await (const group of groups) {
          queue.add(group).forEach(send);
          if (full || queue.exhausted || failure) break walk;
        }
      }
      if (!full) queue.end().forEach(send);
      performance.mark('backstory:collected');
      slicer.pause();
      await painting;
      if (failure) throw failure;
      // Parts sent before the rest of the page was known were resolved without its context.
      if (fresh && requestsSent > 1 && !this.signal.aborted) engineMs += await this.reconcile(sent, slicer);
      slicer.resume();
      if (!replaced) replace();
      this.setStatus(this.painter ? 'done' : 'no-highlight-api');
      slicer.pause();
      // For the browser benchmark: the scan's main-thread cost (waits excluded) and the worker's engine time.
      performance.mark('backstory:scan-done', { detail: { busyMs: slicer.busyMs, engineMs, requests: requestsSent, fresh } });
    } catch (e) {
      if ((e as DOMException).name !== 'AbortError') throw e;
    }
  }

  /**
   * Brings this scan's marks in line with the worker's resolution of the whole document: a name in
   * the first part may read differently once the page's later names are known (a needs-context
   * surname, a homonym). Only the differences are unpainted or painted.
   */
  private async reconcile(sent: Block[], slicer: ReturnType<typeof createSlicer>): Promise<number> {
    const reply = await ask<AnnotateReply | null>({ type: 'resolve-document' });
    slicer.resume();
    // The worker's document must be exactly what this scan sent (a worker restarted mid-scan starts
    // a new one): otherwise its block indices mean something else, and the marks stay as they are.
    if (!reply || this.signal.aborted || reply.blocks !== sent.length) { slicer.pause(); return reply?.engineMs ?? 0; }
    const blockIndex = new Map(sent.map((b, i) => [b, i]));
    const key = (block: number, start: number, end: number, id: string) => `${block}:${start}:${end}:${id}`;
    const wanted = new Map(reply.mentions.map((m) => [key(m.block, m.start, m.end, m.id), m]));
    this.unpaint((m) => {
      const b = blockIndex.get(m.block);
      if (b === undefined) return false; // not from this scan
      return !wanted.delete(key(b, m.start, m.end, m.id));
    });
    // What is left is new: the mentions whose block indices count from this scan's first block.
    await this.addMentions(sent, [...wanted.values()], slicer);
    slicer.pause();
    return reply.engineMs;
  }

  /**
   * Turns the worker's mentions into live ranges in the index. Within MAX_MENTIONS (per document)
   * and MAX_MENTIONS_PER_NODE; the ranges are handed to the highlights once per batch, since every
   * highlight change costs a re-validation of all ranges on the next frame.
   */
  private async addMentions(blocks: Block[], mentions: BlockMention[], slicer: ReturnType<typeof createSlicer>): Promise<void> {
    const kinds = new Set(this.settings.kinds);
    const firstOnly = this.settings.mentions === 'first';
    const seen = new Set(firstOnly ? this.index.counts().map((c) => c.id) : []);
    const paint: PageMention[] = [];
    for (const bm of mentions) {
      if (this.index.size >= MAX_MENTIONS) break;
      if (slicer.due()) await slicer.yield();
      const block = blocks[bm.block];
      if (!block || !kinds.has(bm.kind) || !isVisible(block.element, this.visibility)) continue;
      const s = locate(block, bm.start, 'start');
      if (this.index.onNode(s.node).length >= MAX_MENTIONS_PER_NODE) continue;
      const e = locate(block, bm.end, 'end');
      const range = this.doc.createRange();
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset);
      const painted = !firstOnly || !seen.has(bm.id);
      seen.add(bm.id);
      const m: PageMention = { id: bm.id, kind: bm.kind, confidence: bm.confidence, range, block, start: bm.start, end: bm.end, first: s.index, last: e.index, painted };
      this.index.add(m);
      if (painted) paint.push(m);
    }
    for (const m of paint) this.painter?.add(m.kind, m.range);
  }

  private setStatus(status: PageState['status']): void {
    this.state = { status, highlightApi: !!this.painter, site: this.state.site, entities: this.index.counts() };
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
