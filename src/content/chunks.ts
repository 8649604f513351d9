/**
 * Cuts a scan's blocks into annotate requests. One request used to carry the whole document, so a
 * page with more than MAX_BLOCKS blocks (200,000 short paragraphs) sent a message the worker's
 * validation dropped — no marks at all — and a block longer than the document budget (a 10 MB text
 * node) was dropped instead of truncated. Now:
 *
 *  - the document budget (MAX_DOCUMENT_CHARS) truncates: the block that crosses it is cut;
 *  - a block longer than CHUNK_CHARS is split into pieces at white space (a piece is a view of the
 *    same text nodes with shifted starts, so `locate` maps its offsets back unchanged);
 *  - requests hold at most CHUNK_CHARS characters and MAX_BLOCKS blocks, so each one is a bounded
 *    message and a bounded task in the worker, and the first marks paint before the last request.
 */
import { MAX_BLOCKS } from '../message-limits.ts';
import type { Block } from './blocks.ts';
import { CHUNK_CHARS, MAX_DOCUMENT_CHARS, PIECE_CUT_WINDOW } from './constants.ts';

/** A view of `block` from character `from` to `to` (same nodes, starts shifted). */
function piece(block: Block, from: number, to: number): Block {
  return { text: block.text.slice(from, to), nodes: block.nodes, starts: block.starts.map((s) => s - from), element: block.element };
}

/** Splits a block longer than `max` at white space (or hard at `max` when there is none nearby). */
export function splitBlock(block: Block, max = CHUNK_CHARS): Block[] {
  if (block.text.length <= max) return [block];
  const out: Block[] = [];
  let from = 0;
  while (from < block.text.length) {
    let to = Math.min(from + max, block.text.length);
    if (to < block.text.length) {
      const space = block.text.lastIndexOf(' ', to);
      if (space > to - max * PIECE_CUT_WINDOW) to = space + 1;
    }
    out.push(piece(block, from, to));
    from = to;
  }
  return out;
}

/** The blocks within the document budget (the one that crosses it cut short), split into request-sized pieces. */
export function budgeted(blocks: Block[], budget = MAX_DOCUMENT_CHARS): Block[] {
  const out: Block[] = [];
  let total = 0;
  for (const b of blocks) {
    if (total >= budget) break;
    const kept = total + b.text.length <= budget ? b : piece(b, 0, budget - total);
    total += kept.text.length;
    out.push(...splitBlock(kept));
  }
  return out;
}

/** Groups blocks into requests of at most CHUNK_CHARS characters and MAX_BLOCKS blocks. */
export function requests(blocks: Block[], maxChars = CHUNK_CHARS, maxBlocks = MAX_BLOCKS): Block[][] {
  const out: Block[][] = [];
  let current: Block[] = [];
  let chars = 0;
  for (const b of blocks) {
    if (current.length && (chars + b.text.length > maxChars || current.length >= maxBlocks)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(b);
    chars += b.text.length;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Turns the blocks a walk yields into annotate requests as the walk goes: the first request as soon
 * as `firstChars` characters are in (the first marks need not wait for the whole page), every later
 * one at `laterChars`, the rest on `end()`. The document budget applies across the whole scan.
 */
export class RequestQueue {
  private pending: Block[] = [];
  private pendingChars = 0;
  private queuedChars = 0;
  private sent = 0;

  constructor(private readonly firstChars: number, private readonly laterChars = CHUNK_CHARS, private readonly budget = MAX_DOCUMENT_CHARS) {}

  /** Characters the next request waits for. */
  get threshold(): number {
    return this.sent ? this.laterChars : this.firstChars;
  }

  /** Characters still missing before the next request goes out (for the walk's group size). */
  get missing(): number {
    return Math.max(1, this.threshold - this.pendingChars);
  }

  /** The document budget is spent: walking on would only collect text that is never sent. */
  get exhausted(): boolean {
    return this.queuedChars >= this.budget;
  }

  /** Adds walked blocks; returns the requests now ready to send, in order. */
  add(blocks: Block[]): Block[][] {
    for (const b of budgeted(blocks, this.budget - this.queuedChars)) {
      this.pending.push(b);
      this.pendingChars += b.text.length;
      this.queuedChars += b.text.length;
    }
    const ready: Block[][] = [];
    while (this.pendingChars >= this.threshold) {
      const head = requests(this.pending, this.threshold)[0]!;
      ready.push(this.take(head));
    }
    return ready;
  }

  /** The walk is over: whatever is left, as requests. */
  end(): Block[][] {
    return requests(this.pending).map((r) => this.take(r));
  }

  private take(batch: Block[]): Block[] {
    this.pending = this.pending.slice(batch.length);
    for (const b of batch) this.pendingChars -= b.text.length;
    this.sent++;
    return batch;
  }
}
