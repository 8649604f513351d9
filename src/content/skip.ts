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
