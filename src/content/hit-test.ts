/**
 * Which mention is under the pointer? The caret position at the point gives the text node and
 * offset (shadow roots included); our own index then says which mention covers it, and the
 * mention's rectangles confirm the point really is on the name (the caret snaps to the nearest
 * character even in blank space).
 */
import { liveRange, type MentionIndex, type PageMention } from './mentions.ts';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const SLACK_PX = 1;

export function mentionAt(doc: Document, index: MentionIndex, x: number, y: number, shadowRoots: ShadowRoot[]): PageMention | null {
  const caret = caretAt(doc as CaretDoc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const m of index.onNode(caret.node)) {
    const range = liveRange(m);
    if (!range) continue;
    for (const r of range.getClientRects()) {
      if (x >= r.left - SLACK_PX && x <= r.right + SLACK_PX && y >= r.top - SLACK_PX && y <= r.bottom + SLACK_PX) return m;
    }
  }
  return null;
}
