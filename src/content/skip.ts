/**
 * What a reader is not reading or is typing into: these subtrees are never scanned or marked.
 */

/** Elements whose whole subtree is skipped, by tag name (upper case, as Element.tagName gives it in HTML). */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'BACKSTORY-CARD',
]);

/** Element tags that start a new text block: text on either side of them never joins into one name. */
export const BLOCK_TAGS = new Set([
  'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'CAPTION', 'FIGCAPTION', 'BLOCKQUOTE', 'DD', 'DT',
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BODY', 'UL', 'OL', 'DL', 'TABLE',
  'TR', 'FIGURE', 'ADDRESS', 'SUMMARY', 'DETAILS', 'LABEL', 'LEGEND', 'FIELDSET', 'FORM', 'HR', 'BR',
]);

/** True when an element's subtree must not be read: by tag, editability, or being hidden from readers. */
export function skipElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

/** The parent element, or the host when `node` sits at the top of a shadow root. */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const top = node.parentNode;
  return top instanceof ShadowRoot ? top.host : null;
}

/**
 * True when `root` (a subtree about to be scanned) is, or lies inside, something we never read:
 * an editing host (contenteditable, designMode — isContentEditable covers inheritance), a skipped
 * tag, or furniture between it and the scope root it belongs to. The TreeWalker only judges the
 * nodes below its root, so a rescan of a paragraph inside an editor (the reader typed into it) or a
 * full scan of a `<body contenteditable>` frame would otherwise mark the reader's own text.
 */
export function insideSkipped(root: Element, scopeRoots: readonly Element[], exclude?: (el: Element) => boolean): boolean {
  if ((root as HTMLElement).isContentEditable) return true;
  for (let el: Element | null = root; el; el = composedParent(el)) {
    if (scopeRoots.includes(el)) return false;
    if (skipElement(el) || exclude?.(el)) return true;
  }
  return false;
}
