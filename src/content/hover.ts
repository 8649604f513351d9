/**
 * Hover and focus open cards. One delegated listener per event type on the document, all owned by
 * an AbortSignal; pointer moves are coalesced to one hit test per animation frame. Keyboard focus
 * on an element that contains a name (a link, say) is treated like hover. A token per hover (the
 * `pending` mention) discards stale opens.
 */
import { HOVER_CLOSE_DELAY_MS } from './constants.ts';
import { mentionAt } from './hit-test.ts';
import type { MentionIndex, PageMention } from './mentions.ts';

export interface HoverTarget {
  /** Open the card for a mention; `focus` moves keyboard focus into it. */
  open(m: PageMention, focus: boolean): void;
  close(): void;
  isOpen(): boolean;
  inCard(node: Node | null): boolean;
  reposition(): void;
}

export function listenForHover(doc: Document, index: MentionIndex, target: HoverTarget, delayMs: () => number, shadowRoots: () => ShadowRoot[], signal: AbortSignal): { cancel(): void; pointerInCard(inside: boolean): void } {
  let frame = 0;
  let lastX = 0, lastY = 0;
  let hovered: PageMention | null = null;
  let openTimer = 0, closeTimer = 0;
  let inCard = false;

  const clearTimers = () => { clearTimeout(openTimer); clearTimeout(closeTimer); };
  const scheduleClose = () => {
    clearTimeout(closeTimer);
    closeTimer = window.setTimeout(() => { if (!inCard) { hovered = null; target.close(); } }, HOVER_CLOSE_DELAY_MS);
  };

  const check = () => {
    frame = 0;
    const m = mentionAt(doc, index, lastX, lastY, shadowRoots());
    if (m) {
      clearTimeout(closeTimer);
      if (m === hovered) return;
      hovered = m;
      clearTimeout(openTimer);
      openTimer = window.setTimeout(() => { if (hovered === m) target.open(m, false); }, delayMs());
    } else if (hovered) {
      clearTimeout(openTimer);
      hovered = null;
      if (target.isOpen()) scheduleClose();
    }
  };

  doc.addEventListener('pointermove', (e) => {
    if (e.pointerType === 'touch') return;
    if (target.inCard(e.target as Node)) return;
    lastX = e.clientX; lastY = e.clientY;
    if (!frame) frame = requestAnimationFrame(check);
  }, { passive: true, capture: true, signal });

  doc.addEventListener('focusin', (e) => {
    const el = e.target as Element | null;
    if (!el || target.inCard(el) || el.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
    const m = firstMentionInside(index, el);
    if (!m) return;
    hovered = m;
    clearTimers();
    openTimer = window.setTimeout(() => { if (hovered === m) target.open(m, false); }, delayMs());
  }, { capture: true, signal });

  doc.addEventListener('focusout', (e) => {
    if (target.inCard(e.target as Node) || !hovered) return;
    clearTimeout(openTimer);
    hovered = null;
    if (target.isOpen()) scheduleClose();
  }, { capture: true, signal });

  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && target.isOpen()) { clearTimers(); hovered = null; target.close(); }
  }, { capture: true, signal });

  // Scrolling moves the name: follow it, and close when it leaves the viewport.
  doc.addEventListener('scroll', () => { if (target.isOpen()) target.reposition(); }, { passive: true, capture: true, signal });

  signal.addEventListener('abort', () => { clearTimers(); if (frame) cancelAnimationFrame(frame); });

  return {
    cancel() { clearTimers(); hovered = null; },
    pointerInCard(inside: boolean) {
      inCard = inside;
      if (inside) clearTimeout(closeTimer);
      else if (!hovered) scheduleClose();
    },
  };
}

function firstMentionInside(index: MentionIndex, el: Element): PageMention | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const hit = index.onNode(n)[0];
    if (hit) return hit;
  }
  return null;
}
