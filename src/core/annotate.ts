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
import { documentCapitalisesNouns, documentIsForeign, tallyWords } from './other-languages.ts';
import { resolveDocument, type Mention, type ResolveOptions } from './resolve.ts';
import { createTokens, tokenize, type Tokens } from './tokenize.ts';
import { spansOutsideTickers } from './tickers.ts';
import { spansOutsideAddresses } from './web-addresses.ts';

export interface AnnotateOptions extends ResolveOptions {
  /**
   * The page's declared language ("fr", "en-GB"; `<html lang>`), for a text too short to tell its
   * language by itself. Text in another language than English is matched more strictly
   * (other-languages.ts).
   */
  language?: string;
}

/** Scratch buffers shared by all calls (the engine is synchronous, so one set suffices). */
let tokens: Tokens | undefined;
let ids: Int32Array | undefined;

/** One document (a page or an article) annotated block by block. */
export class DocumentAnnotator {
  private blocks: Array<{ text: string; spans: Span[] }> = [];
  private chars = 0;
  private readonly lexicon: Lexicon;
  private readonly options: AnnotateOptions;
  /** Whether the document is in another language than English: decided on its first words, then kept. */
  private foreign: boolean | undefined;
  /** Whether that language capitalises its nouns (German): decided with `foreign`. */
  private capitalNouns = false;

  constructor(lexicon: Lexicon, options: AnnotateOptions = {}) {
    this.lexicon = lexicon;
    this.options = options;
  }

  /** Adds blocks (matched now, once); returns the index of the first one added. */
  add(blocks: readonly string[]): number {
    const first = this.blocks.length;
    tokens ??= createTokens(1024);
    for (let b = 0; b < blocks.length; b++) {
      const text = String(blocks[b]);
      tokenize(text, tokens);
      // The language, from the first block's words and, if they are too few, the next blocks'.
      if (this.foreign === undefined) {
        const tally = { words: 0, english: 0, german: 0 };
        tallyWords(tokens, tally);
        this.foreign = documentIsForeign(tally, blocks.slice(b + 1), this.options.language);
        this.capitalNouns = this.foreign && documentCapitalisesNouns(tally, this.options.language);
      }
      // (The spans hold original offsets and no reference to the buffers.)
      const r = findSpans(text, tokens, this.lexicon, ids, this.foreign, this.capitalNouns);
      ids = r.scratch;
      // (Names in a web address or a stock ticker are no mentions: web-addresses.ts, tickers.ts.)
      this.blocks.push({ text, spans: spansOutsideTickers(text, spansOutsideAddresses(text, r.spans)) });
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
export function annotateBlocks(blocks: readonly string[], lexicon: Lexicon, options?: AnnotateOptions): Mention[][] {
  const doc = new DocumentAnnotator(lexicon, options);
  doc.add(blocks);
  return doc.resolve();
}

/** Annotates one text. Mentions are sorted and never overlap; offsets are UTF-16 code units into `text`. */
export function annotate(text: string, lexicon: Lexicon, options?: AnnotateOptions): Mention[] {
  return annotateBlocks([text], lexicon, options)[0] ?? [];
}
