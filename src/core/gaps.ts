/**
 * What lies between two words in the original text (the tokenizer keeps words, not the punctuation
 * between them): the rules that read a comma, an ampersand or a possessive there ask here.
 */

/** Whether the text between two words, [from, to), is a comma and one space: "Augusta, Georgia", "Derby, Mark". */
export function commaBetween(text: string, from: number, to: number): boolean {
  return to - from === 2 && text.charCodeAt(from) === 44 && (text.charCodeAt(from + 1) === 32 || text.charCodeAt(from + 1) === 0xa0);
}

/** Whether the gap [from, to) between two words holds the character `code` once, and otherwise only spaces. */
export function gapHas(text: string, from: number, to: number, code: number): boolean {
  let seen = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === code && !seen) seen = true;
    else if (c !== 32 && c !== 0xa0) return false;
  }
  return seen;
}

/**
 * Whether a possessive ending begins at offset `at`, right after a word (the tokenizer leaves it out
 * of the word): "Turkey's", "Turkey’s", "Leeds'" — not a closing quote ("the 'Alabama' coach").
 */
export function possessiveAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 39 && c !== 0x2019) return false;
  return (text.charCodeAt(at + 1) | 32) === 115 || (text.charCodeAt(at - 1) | 32) === 115;
}

/** Where the possessive at offset `at` ends ("'s": two code units on, "s'": one), or `at` if there is none. */
export function possessiveEnd(text: string, at: number): number {
  if (!possessiveAt(text, at)) return at;
  return (text.charCodeAt(at + 1) | 32) === 115 ? at + 2 : at + 1;
}
