/**
 * A short word written all in capitals inside ordinary prose is an abbreviation or a code, not a name
 * spelt in capitals: "Germany's DAX index" is not Dax, the French town; "a coordinator for CAIR" is not
 * Čair in Skopje; "8 p.m. EST" is not Est, the Burkina Faso region; "NARA" is the US National Archives,
 * not Nara prefecture. A name written in capitals only in a headline, a dateline ("ROME (Reuters) —",
 * "NICE, France") or a run of capitals ("NEW YORK", "PARIS BUREAU") stays a name.
 *
 * The matcher then keeps only the readings that are written in capitals themselves: acronyms ("EU"),
 * and names spelt that way ("NASA").
 */
import { T_ALLCAPS, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';

/** The longest word read as an abbreviation: longer words in capitals are shouted names ("TUSCALOOSA"). */
const MAX_LETTERS = 4;

/** Whether token k is a short word in capitals within prose (see the module comment). */
export function capsWordInProse(text: string, tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  const f = flags[k]!;
  if ((f & (T_ALLCAPS | T_TITLE)) !== T_ALLCAPS || tokens.letters[k]! > MAX_LETTERS || tokens.letters[k]! < 2) return false;
  // A run of capitals: a neighbour on the same line in capitals too.
  if (k > 0 && (f & T_SENT) === 0 && (flags[k - 1]! & T_ALLCAPS) !== 0) return false;
  if (k + 1 < tokens.count && (flags[k + 1]! & T_SENT) === 0 && (flags[k + 1]! & T_ALLCAPS) !== 0) return false;
  return !(lineStart(text, tokens.start[k]!) && datelineMark(text, tokens.end[k]!));
}

/**
 * Whether the one word at token k, in capitals at a line's start and followed by a dateline's mark, opens
 * a dateline ("WASHINGTON (AP) —", "WASHINGTON, D.C. —"): a place, as sure as one named inside a sentence,
 * though its capitals and its place at the start prove nothing of themselves.
 */
export function datelineAt(text: string, tokens: Tokens, k: number): boolean {
  return (tokens.flags[k]! & T_ALLCAPS) !== 0 && tokens.letters[k]! > MAX_LETTERS && lineStart(text, tokens.start[k]!) && datelineMark(text, tokens.end[k]!);
}

/** Whether only spaces lie between offset `at` and the start of its line (or of the text). */
function lineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether a dateline's mark follows offset `at`: a comma, an opening bracket or a dash, after spaces. */
function datelineMark(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
  const c = text.charCodeAt(i);
  return c === 44 || c === 40 || c === 45 || c === 0x2013 || c === 0x2014;
}
