/** Whether a block of text is on screen for a reader (rendered and not hidden), as the painter needs to know. */
import { composedParent } from './skip.ts';

/**
 * Hidden by CSS (display: none, visibility: hidden, content-visibility …)? Checked once per block
 * element, and only for blocks that have a mention to paint: the walk used to ask for every block,
 * and checkVisibility was ~40 % of a scan's main-thread time on news pages (most blocks — menus,
 * captions, boilerplate — name no one). Hidden text still reaches the engine, as document context.
 *
 * checkVisibility() is false for an element without a box, and `display: contents` wrappers
 * (common in component frameworks) have none although their text is on screen: for those, the
 * answer is their parent's.
 */
export function isVisible(el: Element, cache: WeakMap<Element, boolean>): boolean {
  // Iterative: wrappers can nest thousands deep.
  const wrappers: Element[] = [];
  let v = true;
  for (let e: Element | null = el; e; e = composedParent(e)) {
    const known = cache.get(e);
    if (known !== undefined) { v = known; break; }
    v = typeof e.checkVisibility === 'function' ? e.checkVisibility({ visibilityProperty: true }) : true;
    if (v || getComputedStyle(e).display !== 'contents') { cache.set(e, v); break; }
    wrappers.push(e);
    v = true; // a wrapper with no parent left to ask: nothing hides it
  }
  for (const w of wrappers) cache.set(w, v);
  return v;
}
