/**
 * A small set of folded words (lower case, no diacritics) that says whether a token is one of them
 * by comparing its folded characters in place. The matcher asks it about the words around every span
 * it finds; making each a string first (`foldedWord`) cost the whole engine about a sixth of its speed.
 *
 * The words are found by the FNV-1a hash the tokenizer already computed for every token (hash.ts),
 * in a small open-addressing table: a token that is none of them — nearly every one asked about — is
 * ruled out by one probe, instead of being compared with every word of its length.
 */
import { fnvString, tableSize } from './hash.ts';
import type { Tokens } from './tokenize.ts';

/** Bits of the filter that rules words out before the table is probed (see WordSet.has), unless told. */
const FILTER_BITS = 2048;

export class WordSet {
  /**
   * One bit per word, at its hash modulo the filter's size: a token whose bit is clear is none of the
   * words. The matcher and its rules ask about 28,000 tokens in 50 pages, 1 in 25 of them one of
   * the words: most are ruled out by this bit, without going round the table's slots.
   */
  private readonly filter: Uint32Array;
  private readonly filterMask: number;
  /** Each slot's word as character codes (undefined: empty slot), its hash, and its index in `list`. */
  private readonly words: Array<Uint16Array | undefined>;
  private readonly hashes: Int32Array;
  private readonly indices: Int32Array;
  private readonly mask: number;
  /** The words, as given (duplicates dropped): indexOf's numbering. */
  readonly list: readonly string[];

  /** `filterBits`: a power of two; more for a set asked about nearly every word (cues.ts). */
  constructor(words: Iterable<string>, filterBits = FILTER_BITS) {
    const list = [...new Set(words)];
    this.list = list;
    this.filter = new Uint32Array(filterBits / 32);
    this.filterMask = filterBits - 1;
    const size = tableSize(list.length);
    this.words = new Array<Uint16Array | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.indices = new Int32Array(size);
    this.mask = size - 1;
    list.forEach((w, index) => {
      const h = fnvString(w);
      let slot = h & this.mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.words[slot] = Uint16Array.from(w, (c) => c.charCodeAt(0));
      this.hashes[slot] = h;
      this.indices[slot] = index;
      this.filter[(h & this.filterMask) >>> 5]! |= 1 << (h & 31);
    });
  }

  /** Whether token k's folded form is one of the words. */
  has(tokens: Tokens, k: number): boolean {
    return this.indexOf(tokens, k) >= 0;
  }

  /** The index in `list` of token k's folded form, or -1 when it is none of the words. */
  indexOf(tokens: Tokens, k: number): number {
    const h = tokens.hash[k]!;
    if ((this.filter[(h & this.filterMask) >>> 5]! & (1 << (h & 31))) === 0) return -1;
    const len = tokens.foldLen[k]!;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const w = this.words[slot];
      if (w === undefined) return -1;
      if (this.hashes[slot] !== h || w.length !== len) continue;
      const chars = tokens.chars;
      const from = tokens.foldStart[k]!;
      let i = 0;
      while (i < len && chars[from + i] === w[i]) i++;
      if (i === len) return this.indices[slot]!;
    }
  }
}
