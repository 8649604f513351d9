/**
 * Folding of whole names, for keys and look-ups outside the hot path (the compiler, `lookup`, tests).
 * It runs the page tokenizer itself, so a name folds exactly as the same words fold in a page.
 */
import { createTokens, foldedWord, tokenize, type Tokens } from './tokenize.ts';

let scratch: Tokens | undefined;

/** The folded words of `text`: "Turkey's Erdoğan" → ["turkey", "erdogan"]. */
export function foldWords(text: string): string[] {
  scratch ??= createTokens(16);
  tokenize(text, scratch);
  const words: string[] = [];
  for (let k = 0; k < scratch.count; k++) words.push(foldedWord(scratch, k));
  return words;
}

/** A name folded to one comparable key: "İzmir" → "izmir", "Recep Tayyip  Erdoğan" → "recep tayyip erdogan". */
export function foldName(text: string): string {
  return foldWords(text).join(' ');
}
