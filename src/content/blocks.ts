/**
 * Collects the text of a subtree as blocks (paragraphs, headings, list items, cells …) with a
 * TreeWalker, in slices so a huge page never produces a long task. What is skipped by tag or
 * attribute is never read; text hidden by CSS is read but never painted (see visibility.ts). Each
 * block remembers which text nodes make it up, so engine offsets map back to (node, offset) pairs
 * without ever touching the page's text.
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
  async function* walkRoot(start: Element | ShadowRoot): AsyncGenerator<Block[]> {
    const doc = start.ownerDocument ?? document;
    const top = start as Element; // a shadow root stands in as its own text's block
    // Each element's block (nearest block-level ancestor below `start`), or null when it lies in a
    // skipped subtree; filled lazily, each element once. The walker has no filter callback: calling
    // into JS for every element made the walk 3–5× slower than this (measured in Chromium on the
    // shared pages: 17 → 5 ms on a 0.5 MB Wikipedia article).
    const blockFor = new Map<Element, Element | null>();
    if (start instanceof Element) blockFor.set(start, start);
    const resolve = (el: Element): Element | null => {
      const chain: Element[] = [];
      let e: Element | null = el;
      let block: Element | null = top;
      for (; e; e = e.parentElement) {
        const known = blockFor.get(e);
        if (known !== undefined) { block = known; break; }
        chain.push(e);
      }
      for (let i = chain.length - 1; i >= 0; i--) {
        const c = chain[i]!;
        if (block === null || skipElement(c) || options.exclude?.(c)) block = null;
        else if (BLOCK_TAGS.has(c.tagName.toUpperCase())) block = c;
        blockFor.set(c, block);
      }
      return block;
    };
    const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    const found: Element[] = [];
    let lastParent: Element | null = null;
    let lastBlock: Element | null = null;
    let lineBreak = false; // a <br> since the last text node: the next one in the same block starts a line
    // Whether a text node's parent lies in a <pre>, asked only of text with a line break: once per parent
    // (the white space between a parent's children is the commonest such text).
    const preformatted = new Map<Element, boolean>();
    const inPre = (parent: Element | null): boolean => {
      if (!parent) return false;
      let pre = preformatted.get(parent);
      if (pre === undefined) preformatted.set(parent, (pre = parent.closest('pre') !== null));
      return pre;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (options.slicer.due()) await options.slicer.yield();
      if (node.nodeType === Node.ELEMENT_NODE) {
        // The walker never enters shadow roots: note the hosts, walk their roots afterwards.
        if ((node as Element).shadowRoot) found.push(node as Element);
        else if ((node as Element).tagName === 'BR') lineBreak = true;
        continue;
      }
      const text = node as Text;
      // `length` does not copy the text into a JS string; `data` does (10 MB for a 10 MB node).
      const length = text.length;
      if (!length) continue;
      const parent = text.parentElement;
      const element: Element | null = !parent ? top : parent === lastParent ? lastBlock : resolve(parent);
      lastParent = parent; lastBlock = element;
      if (!element) continue;
      // A lone white-space node opens no block; inside one it is kept: it is all that stands between
      // "<b>Syria</b> <b>Turkey</b>", which would otherwise run together as one word.
      if (length < 2 && (!current || current.element !== element) && !/\S/.test(text.data)) continue;
      if (!current || current.element !== element) {
        const full = close();
        if (full) yield full;
        current = { text: '', nodes: [], starts: [], element };
      } else if (lineBreak) {
        // "Canada<br>France": a line break that belongs to no text node (locate() maps no offset to
        // it, and no name spans a line), so the two lines' names do not run together.
        current.text += '\n';
      }
      lineBreak = false;
      current.starts.push(current.text.length);
      current.nodes.push(text);
      // Past the document budget nothing is sent: read only what can be (substringData copies just that part).
      const room = MAX_DOCUMENT_CHARS - chars;
      current.text += sourceSpaces(length <= room ? text.data : text.substringData(0, room), parent, inPre);
      chars += Math.min(length, room);
      if (++textNodes >= MAX_TEXT_NODES || chars >= MAX_DOCUMENT_CHARS) return;
    }
    // Hosts inside skipped subtrees (or skipped themselves) are not walked.
    for (const host of found) if (resolve(host) !== null) hosts.push(host);
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

/**
 * A text node's text as the page shows it, for the engine: a line break in the page's source is a
 * space on the screen ("the Palestinian⏎Authority"), and to the engine a line break ends a name and
 * starts a sentence. The same length, so offsets still map to the node. Preformatted text keeps its lines.
 */
function sourceSpaces(data: string, parent: Element | null, inPre: (parent: Element | null) => boolean): string {
  if (data.indexOf('\n') < 0 && data.indexOf('\r') < 0) return data;
  if (inPre(parent)) return data;
  return data.replace(/[\r\n]/g, ' ');
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
