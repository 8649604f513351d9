/**
 * Follows a changing page. The MutationObserver callback only queues; queued subtrees are rescanned
 * after the page settles, in idle time. A big batch becomes one rescan of the common subtree (as
 * Dark Reader does); our own card is ignored; when the article itself is replaced (single-page-app
 * navigation) the whole scope is detected again. Rescans are paced by a token bucket (RESCAN_BURST,
 * then MAX_RESCANS_PER_MINUTE), so a page that never stops rewriting itself costs a bounded amount of
 * work and a page that stops is marked again within one pacing interval.
 *
 * Open shadow roots are observed too (each one as the scan meets it, later ones included), and a
 * change inside one is in scope when its host is: Node.contains never crosses a shadow boundary,
 * so scope checks climb from a shadow root to its host.
 */
import { MAX_RESCANS_PER_MINUTE, MUTATION_BATCH_RESCAN, MUTATION_SETTLE_MS, RESCAN_BURST } from './constants.ts';
import { BLOCK_TAGS, composedParent, skipElement } from './skip.ts';

interface Options {
  signal: AbortSignal;
  scopeRoots(): Element[];
  isOurs(node: Node): boolean;
  rescan(roots: Element[]): Promise<void>;
  rescanAll(): Promise<void>;
  shadowRoots(): ShadowRoot[];
}

/** `root` contains `node`, looking through the shadow roots between them. */
export function composedContains(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n;) {
    if (root.contains(n)) return true;
    const top = n.getRootNode();
    n = top instanceof ShadowRoot ? top.host : null;
  }
  return false;
}

export interface Observation {
  /** Starts observing a shadow root the scan has just met (no-op when already observed). */
  watch(root: ShadowRoot): void;
}

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

export function observeChanges(doc: Document, o: Options): Observation {
  const pending = new Set<Node>();
  let overflow = false;
  let timer = 0;
  let running = false;
  // Token bucket: RESCAN_BURST tokens, refilled at MAX_RESCANS_PER_MINUTE.
  const refillPerMs = MAX_RESCANS_PER_MINUTE / 60_000;
  let tokens = RESCAN_BURST;
  let refilledAt = performance.now();

  const blockFor = (node: Node): Element | null => {
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : composedParent(node);
    while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = composedParent(el);
    return el;
  };

  const flush = async () => {
    timer = 0;
    if (running || o.signal.aborted) return;
    const now = performance.now();
    tokens = Math.min(RESCAN_BURST, tokens + (now - refilledAt) * refillPerMs);
    refilledAt = now;
    if (tokens < 1) { schedule(Math.ceil((1 - tokens) / refillPerMs)); return; }
    tokens -= 1;
    running = true;
    try {
      const roots = o.scopeRoots();
      if (overflow || !roots.some((r) => r.isConnected)) {
        pending.clear(); overflow = false;
        await o.rescanAll();
        return;
      }
      const blocks = new Set<Element>();
      for (const n of pending) {
        if (!n.isConnected) continue;
        const b = blockFor(n);
        if (b && roots.some((r) => composedContains(r, b) || b.contains(r))) blocks.add(roots.find((r) => b.contains(r)) ?? b);
      }
      pending.clear();
      // Keep only the outermost blocks: rescanning a parent covers its children. (An ancestor walk per
      // block: comparing every pair cost ~0.1 s when a feed appended a few hundred items at once.)
      const outer = [...blocks].filter((b) => {
        for (let e = b.parentElement; e; e = e.parentElement) if (blocks.has(e)) return false;
        return true;
      });
      if (outer.length) await o.rescan(outer);
    } finally {
      running = false;
      if (pending.size || overflow) schedule(MUTATION_SETTLE_MS);
    }
  };

  const schedule = (delay: number) => {
    if (timer || o.signal.aborted) return;
    timer = window.setTimeout(() => {
      const w = window as IdleWindow;
      if (w.requestIdleCallback) w.requestIdleCallback(() => void flush(), { timeout: 1000 });
      else void flush();
    }, delay);
  };

  const observer = new MutationObserver((records) => {
    // Only queue here: the callback runs in the page's critical path.
    if (overflow) return schedule(MUTATION_SETTLE_MS);
    if (records.length > MUTATION_BATCH_RESCAN || pending.size > MUTATION_BATCH_RESCAN) { overflow = true; pending.clear(); return schedule(MUTATION_SETTLE_MS); }
    for (const r of records) {
      if (o.isOurs(r.target)) continue;
      if (r.type === 'characterData') { pending.add(r.target); continue; }
      if (r.target.nodeType === Node.ELEMENT_NODE && skipElement(r.target as Element)) continue;
      for (const n of r.addedNodes) if (!o.isOurs(n)) pending.add(n);
      if (r.removedNodes.length) pending.add(r.target);
    }
    if (pending.size) schedule(MUTATION_SETTLE_MS);
  });
  const watched = new WeakSet<Node>();
  const watch = (target: Node) => {
    if (watched.has(target) || o.signal.aborted) return;
    watched.add(target);
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  };
  watch(doc.body ?? doc.documentElement);
  for (const r of o.shadowRoots()) watch(r);
  o.signal.addEventListener('abort', () => { observer.disconnect(); clearTimeout(timer); });
  return { watch };
}
