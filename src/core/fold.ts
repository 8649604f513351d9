/**
 * Folding of whole names, for keys and look-ups outside the hot path (the compiler, `lookup`, tests).
 * It runs the page tokenizer itself, so a name folds exactly as the same words fold in a page.
 */
import { createTokens, foldedWord, T_AFTER_COMMA, T_AFTER_POSSESSIVE, tokenize, type Tokens } from './tokenize.ts';

let scratch: Tokens | undefined;

/** The folded words of `text`: "Turkey's Erdoğan" → ["turkey", "erdogan"]. */
export function foldWords(text: string): string[] {
  scratch ??= createTokens(16);
  tokenize(text, scratch);
  const words: string[] = [];
  for (let k = 0; k < scratch.count; k++) words.push(foldedWord(scratch, k));
  return words;
}

/**
 * The word the name index puts where a name goes on after a possessive: "People's Liberation Army" is
 * people, POSSESSIVE_STEP, liberation, army in the trie, so "New York's Times Square" does not walk
 * into "New York Times". (No word of a page folds to it: the tokenizer cuts the possessive off.)
 */
export const POSSESSIVE_STEP = "'s";
/** The step for a comma inside a name ("Catherine, Princess of Wales"), as POSSESSIVE_STEP is for a possessive. */
export const COMMA_STEP = ',';

/** The steps of a name in the name index: its folded words, with POSSESSIVE_STEP after a possessive inside it. */
export function trieSteps(text: string): string[] {
  scratch ??= createTokens(16);
  tokenize(text, scratch);
  return trieStepsOf(scratch);
}

/** trieSteps of a name already tokenized (the compiler has its tokens in hand). */
export function trieStepsOf(tokens: Tokens): string[] {
  const steps: string[] = [];
  for (let k = 0; k < tokens.count; k++) {
    if (k > 0 && (tokens.flags[k]! & T_AFTER_POSSESSIVE) !== 0) steps.push(POSSESSIVE_STEP);
    else if (k > 0 && (tokens.flags[k]! & T_AFTER_COMMA) !== 0) steps.push(COMMA_STEP);
    steps.push(foldedWord(tokens, k));
  }
  return steps;
}

/** A name folded to one comparable key: "İzmir" → "izmir", "Recep Tayyip  Erdoğan" → "recep tayyip erdogan". */
export function foldName(text: string): string {
  return foldWords(text).join(' ');
}
