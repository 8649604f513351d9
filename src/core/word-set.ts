/**
 * A small set of folded words (lower case, no diacritics) that says whether a token is one of them
 * by comparing its folded characters in place. The matcher asks it about the words around every span
 * it finds; making each a string first (`foldedWord`) cost the whole engine about a sixth of its speed.
 */
import type { Tokens } from './tokenize.ts';

export class WordSet {
  /** The words by length, as character codes. */
  private readonly byLength: Uint16Array[][] = [];

  constructor(words: Iterable<string>) {
    for (const w of words) (this.byLength[w.length] ??= []).push(Uint16Array.from(w, (c) => c.charCodeAt(0)));
  }

  /** Whether token k's folded form is one of the words. */
  has(tokens: Tokens, k: number): boolean {
    const candidates = this.byLength[tokens.foldLen[k]!];
    if (candidates === undefined) return false;
    const chars = tokens.chars;
    const from = tokens.foldStart[k]!;
    for (const w of candidates) {
      let i = 0;
      while (i < w.length && chars[from + i] === w[i]) i++;
      if (i === w.length) return true;
    }
    return false;
  }
}
