/**
 * The page's mentions, indexed for hit-testing (by text node), for the popup (counts per entity)
 * and for keyboard walking (document order). Ranges are live Ranges: the browser keeps them right
 * while text around them shifts, and they are what other tools reading CSS.highlights expect
 * (toString, getClientRects). A changed block is still rescanned, since its names may have changed.
 */
import type { Kind } from '../data/schema.ts';
import type { Block } from './blocks.ts';

export interface PageMention {
  id: string;
  kind: Kind;
  confidence: number;
  range: Range;
  block: Block;
  /** Offsets of the mention in block.text (as the engine reported them). */
  start: number;
  end: number;
  /** Indices in block.nodes of the first and last text node the mention covers. */
  first: number;
  last: number;
  painted: boolean;
}

export class MentionIndex {
  private list: PageMention[] = [];
  private sorted = true;
  private readonly byNode = new Map<Node, PageMention[]>();

  add(m: PageMention): void {
    this.list.push(m);
    this.sorted = false;
    // A mention may span several text nodes of its block ("Erdo<b>ğan</b>"); index it under each one it touches.
    for (let i = m.first; i <= m.last; i++) {
      const node = m.block.nodes[i]!;
      let bucket = this.byNode.get(node);
      if (!bucket) this.byNode.set(node, (bucket = []));
      bucket.push(m);
    }
  }

  /** Mentions touching a text node. */
  onNode(node: Node): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  /** Removes and returns the mentions whose block lies inside `root` or whose text left the page. */
  removeWhere(test: (m: PageMention) => boolean): PageMention[] {
    const gone: PageMention[] = [];
    this.list = this.list.filter((m) => (test(m) ? (gone.push(m), false) : true));
    for (const m of gone) {
      for (let i = m.first; i <= m.last; i++) {
        const node = m.block.nodes[i]!;
        const bucket = this.byNode.get(node);
        if (!bucket) continue;
        const rest = bucket.filter((x) => x !== m);
        if (rest.length) this.byNode.set(node, rest); else this.byNode.delete(node);
      }
    }
    return gone;
  }

  /** All mentions, in no particular order (cheaper than ordered()). */
  values(): readonly PageMention[] {
    return this.list;
  }

  /** All mentions in document order. */
  ordered(): readonly PageMention[] {
    if (!this.sorted) {
      this.list.sort((a, b) => {
        if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
        const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
        return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
      });
      this.sorted = true;
    }
    return this.list;
  }

  /** Entities with their mention counts, most mentioned first. */
  counts(): { id: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const m of this.list) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
  }

  has(id: string): boolean {
    return this.list.some((m) => m.id === id);
  }

  get size(): number {
    return this.list.length;
  }

  clear(): void {
    this.list = [];
    this.byNode.clear();
  }
}

/** The mention's range, or null once its text has left the page (the rescan will replace it). */
export function liveRange(m: PageMention): Range | null {
  return m.range.startContainer.isConnected ? m.range : null;
}
