/**
 * Folding of whole names, for keys and look-ups outside the hot path (the compiler, `lookup`, tests).
 * It runs the page tokenizer itself, so a name folds exactly as the same words fold in a page.
 */
import { createTokens, tokenize, type Tokens } from './tokenize.ts';

let scratch: Tokens | undefined;

/** The folded words of `text`: "Turkey's Erdoğan" → ["turkey", "erdogan"]. */
export function foldWords(text: string): string[] {
  scratch ??= createTokens(16);
  tokenize(text, scratch);
  const t = scratch;
  const words: string[] = [];
  for (let k = 0; k < t.count; k++) {
    words.push(String.fromCharCode(...t.chars.subarray(t.foldStart[k], t.foldStart[k]! + t.foldLen[k]!)));
  }
  return words;
}

/** A name folded to one comparable key: "İzmir" → "izmir", "Recep Tayyip  Erdoğan" → "recep tayyip erdogan". */
export function foldName(text: string): string {
  return foldWords(text).join(' ');
}
