/**
 * The entry points that tie tokenizer, matcher and resolver together.
 *
 * Matching is per block and cached; resolution is per document (it needs every block: a surname in
 * paragraph 9 links to the full name in paragraph 2). The content script therefore keeps one
 * DocumentAnnotator per page, adds blocks as they are found, and re-resolves — which is cheap
 * compared with matching, so new blocks never cost a re-scan of old ones.
 */
import type { Lexicon } from './lexicon.ts';
import { findSpans, type Span } from './match.ts';
import { resolveDocument, type Mention, type ResolveOptions } from './resolve.ts';
import { createTokens, tokenize, type Tokens } from './tokenize.ts';

/** Scratch buffers shared by all calls (the engine is synchronous, so one set suffices). */
let tokens: Tokens | undefined;
let ids: Int32Array | undefined;

/** Tokenizes and matches one block; the spans hold original offsets and no reference to the buffers. */
export function matchBlock(text: string, lexicon: Lexicon): Span[] {
  tokens ??= createTokens(1024);
  tokenize(text, tokens);
  const r = findSpans(text, tokens, lexicon, ids);
  ids = r.scratch;
  return r.spans;
}

/** One document (a page or an article) annotated block by block. */
export class DocumentAnnotator {
  private blocks: Array<{ text: string; spans: Span[] }> = [];
  private chars = 0;
  private readonly lexicon: Lexicon;
  private readonly options: ResolveOptions;

  constructor(lexicon: Lexicon, options: ResolveOptions = {}) {
    this.lexicon = lexicon;
    this.options = options;
  }

  /** Adds blocks (matched now, once); returns the index of the first one added. */
  add(blocks: readonly string[]): number {
    const first = this.blocks.length;
    for (const raw of blocks) {
      const text = String(raw);
      this.blocks.push({ text, spans: matchBlock(text, this.lexicon) });
      this.chars += text.length;
    }
    return first;
  }

  get blockCount(): number { return this.blocks.length; }

  /** Characters of text the document holds. */
  get textLength(): number { return this.chars; }

  /**
   * Forgets the oldest blocks until at most `maxChars` characters are left: a page that grows
   * forever (a feed) keeps bounded memory, and its newest text resolves against its recent past.
   * Block indices shift down by the number returned.
   */
  forgetOldest(maxChars: number): number {
    let drop = 0;
    while (drop < this.blocks.length && this.chars > maxChars) this.chars -= this.blocks[drop++]!.text.length;
    if (drop) this.blocks = this.blocks.slice(drop);
    return drop;
  }

  /** Mentions of every block added so far, resolved against the whole document; one array per block. */
  resolve(): Mention[][] {
    return resolveDocument(this.lexicon, this.blocks, this.options);
  }
}

/** Annotates the text blocks of one document, resolving across them. Offsets are per block. */
export function annotateBlocks(blocks: readonly string[], lexicon: Lexicon, options?: ResolveOptions): Mention[][] {
  const doc = new DocumentAnnotator(lexicon, options);
  doc.add(blocks);
  return doc.resolve();
}

/** Annotates one text. Mentions are sorted and never overlap; offsets are UTF-16 code units into `text`. */
export function annotate(text: string, lexicon: Lexicon, options?: ResolveOptions): Mention[] {
  return annotateBlocks([text], lexicon, options)[0] ?? [];
}
