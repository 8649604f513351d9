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
  private readonly blocks: Array<{ text: string; spans: Span[] }> = [];
  private readonly lexicon: Lexicon;
  private readonly options: ResolveOptions;

  constructor(lexicon: Lexicon, options: ResolveOptions = {}) {
    this.lexicon = lexicon;
    this.options = options;
  }

  /** Adds blocks (matched now, once); returns the index of the first one added. */
  add(blocks: readonly string[]): number {
    const first = this.blocks.length;
    for (const text of blocks) this.blocks.push({ text: String(text), spans: matchBlock(String(text), this.lexicon) });
    return first;
  }

  get blockCount(): number { return this.blocks.length; }

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
