/**
 * Collects the text of a subtree as blocks (paragraphs, headings, list items, cells …) with a
 * TreeWalker, in slices so a huge page never produces a long task. What is skipped by tag or
 * attribute is never read; text hidden by CSS is read but never painted (see visibility.ts). Each block remembers which
 * text nodes make it up, so engine offsets map back to (node, offset) pairs without ever touching
 * the page's text.
 */
import { BLOCK_TAGS, skipElement } from './skip.ts';
import { MAX_DOCUMENT_CHARS, MAX_TEXT_NODES } from './constants.ts';
import type { Slicer } from './slicer.ts';

export interface Block {
  text: string;
  /** Text nodes in order, with the offset in `text` where each starts. */
  nodes: Text[];
  starts: number[];
  /** The element that bounds the block (used to rescan it when it changes). */
  element: Element;
}

interface Options {
  /** Subtrees to leave out even inside the scope (navigation, comments …). */
  exclude?: (el: Element) => boolean;
  slicer: Slicer;
  /** Called with each shadow root met, so the caller can observe it too. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

function blockOf(node: Node, stopAt: Node): Element {
  let el = node.parentElement;
  while (el && el !== stopAt && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? (stopAt as Element);
}

/**
 * Walks `root` (an element or a shadow root) and yields its text blocks in reading order, in groups:
 * a group is yielded as soon as its completed blocks hold `flushChars()` characters, so the caller
 * can send the first part of a long page to the engine (and paint its marks) while the walk goes
 * on. Open shadow roots are walked after the light DOM, each as its own root. Stops after
 * MAX_TEXT_NODES text nodes or MAX_DOCUMENT_CHARS characters: a page that large gets its first
 * part marked.
 */
export async function* walkBlocks(root: Element | ShadowRoot, options: Options, flushChars: () => number = () => Infinity): AsyncGenerator<Block[]> {
  let textNodes = 0;
  let chars = 0;
  const hosts: Element[] = [];
  let group: Block[] = [];
  let groupChars = 0;
  let current: Block | null = null;
  // A block is complete once the walk has moved past it; only complete blocks with a letter are kept.
  const close = (): Block[] | null => {
    if (current && /\p{L}/u.test(current.text)) { group.push(current); groupChars += current.text.length; }
    current = null;
    if (groupChars < flushChars() || !group.length) return null;
    const out = group;
    group = []; groupChars = 0;
    return out;
  };
  async function* walkRoot(start: Node): AsyncGenerator<Block[]> {
    const doc = start.ownerDocument ?? document;
    const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (skipElement(el) || options.exclude?.(el)) return NodeFilter.FILTER_REJECT;
        // The walker never enters shadow roots: note the hosts here, walk their roots afterwards
        // (a second walk of the whole tree just to find them was ~15 % of a big page's scan).
        if (el.shadowRoot) hosts.push(el);
        return NodeFilter.FILTER_SKIP;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (options.slicer.due()) await options.slicer.yield();
      const text = node as Text;
      // `length` does not copy the text into a JS string; `data` does (10 MB for a 10 MB node).
      const length = text.length;
      if (!length || (length < 2 && !/\S/.test(text.data))) continue;
      const element = blockOf(text, start);
      if (!current || current.element !== element) {
        const full = close();
        if (full) yield full;
        current = { text: '', nodes: [], starts: [], element };
      }
      current.starts.push(current.text.length);
      current.nodes.push(text);
      // Past the document budget nothing is sent: read only what can be (substringData copies just that part).
      const room = MAX_DOCUMENT_CHARS - chars;
      current.text += length <= room ? text.data : text.substringData(0, room);
      chars += Math.min(length, room);
      if (++textNodes >= MAX_TEXT_NODES || chars >= MAX_DOCUMENT_CHARS) return;
    }
    // A shadow root's text never joins the light DOM's blocks.
    const full = close();
    if (full) yield full;
  }
  yield* walkRoot(root);
  // Open shadow roots, in document order; walking one may add the hosts nested inside it.
  for (let i = 0; i < hosts.length; i++) {
    if (textNodes >= MAX_TEXT_NODES || chars >= MAX_DOCUMENT_CHARS) break;
    const shadow = hosts[i]!.shadowRoot;
    if (!shadow) continue;
    options.onShadowRoot?.(shadow);
    yield* walkRoot(shadow);
  }
  const last = close();
  if (last) yield last;
  if (group.length) yield group;
}

/** Every text block of `root` at once (see walkBlocks). */
export async function collectBlocks(root: Element | ShadowRoot, options: Options): Promise<Block[]> {
  const blocks: Block[] = [];
  for await (const group of walkBlocks(root, options)) blocks.push(...group);
  return blocks;
}

/**
 * Maps an offset in a block's text to (index of the text node, offset inside it). A start offset
 * that falls on a node boundary belongs to the next node; an end offset to the previous one, so a
 * range never begins or ends on an empty stretch.
 */
export function locate(block: Block, offset: number, edge: 'start' | 'end'): { index: number; node: Text; offset: number } {
  let lo = 0, hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = block.starts[mid]!;
    if (edge === 'start' ? s <= offset : s < offset) lo = mid; else hi = mid - 1;
  }
  return { index: lo, node: block.nodes[lo]!, offset: offset - block.starts[lo]! };
}
