/**
 * Follows a changing page. The MutationObserver callback only queues; queued subtrees are rescanned
 * after the page settles, in idle time. A big batch becomes one rescan of the common subtree (as
 * Dark Reader does); our own card is ignored; when the article itself is replaced (single-page-app
 * navigation) the whole scope is detected again. A page that never stops rewriting itself is left
 * alone after MAX_RESCANS_PER_MINUTE, so we never cost it more than a bounded amount of work.
 */
import { MAX_RESCANS_PER_MINUTE, MUTATION_BATCH_RESCAN, MUTATION_SETTLE_MS } from './constants.ts';
import { BLOCK_TAGS, skipElement } from './skip.ts';

interface Options {
  signal: AbortSignal;
  scopeRoots(): Element[];
  isOurs(node: Node): boolean;
  rescan(roots: Element[]): Promise<void>;
  rescanAll(): Promise<void>;
  shadowRoots(): ShadowRoot[];
}

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

export function observeChanges(doc: Document, o: Options): void {
  const pending = new Set<Node>();
  let overflow = false;
  let timer = 0;
  let running = false;
  const recent: number[] = [];

  const blockFor = (node: Node): Element | null => {
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
    return el;
  };

  const flush = async () => {
    timer = 0;
    if (running || o.signal.aborted) return;
    const now = performance.now();
    while (recent.length && now - recent[0]! > 60_000) recent.shift();
    if (recent.length >= MAX_RESCANS_PER_MINUTE) { schedule(60_000 - (now - recent[0]!)); return; }
    recent.push(now);
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
        if (b && roots.some((r) => r.contains(b) || b.contains(r))) blocks.add(roots.find((r) => b.contains(r)) ?? b);
      }
      pending.clear();
      // Keep only the outermost blocks: rescanning a parent covers its children.
      const outer = [...blocks].filter((b) => ![...blocks].some((other) => other !== b && other.contains(b)));
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
  const watch = (target: Node) => observer.observe(target, { childList: true, subtree: true, characterData: true });
  watch(doc.body ?? doc.documentElement);
  for (const r of o.shadowRoots()) watch(r);
  o.signal.addEventListener('abort', () => { observer.disconnect(); clearTimeout(timer); });
}
