/**
 * Amounts and measures are no names: "$3M" (three million dollars) is not 3M the company, nor "a 300 HP
 * engine" HP. The tokenizer keeps "3M" one word (digits and letters run together); the currency sign
 * right before it says what it is. A unit after a number says what it is too.
 */
import { T_JOIN, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

/** $, £, €, ¥, ₹ (UTF-16 code units). */
const CURRENCY = new Set([0x24, 0xa3, 0x20ac, 0xa5, 0x20b9]);
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Whether token k begins with a digit right after a currency sign: "$3M", "€5bn". */
export function amountAt(text: string, tokens: Tokens, k: number): boolean {
  const start = tokens.start[k]!;
  const c = text.charCodeAt(start);
  return start > 0 && c >= DIGIT_0 && c <= DIGIT_9 && CURRENCY.has(text.charCodeAt(start - 1));
}

/** Units written in capitals after a number that are also names: "300 HP" (HP), "500 BHP" (BHP), "2 TB". */
const UNITS = new WordSet('hp bhp ps cv kw mw gw kwh mwh gb mb tb kb mph mpg fps mp cc'.split(' '));

/** Whether token k is a unit right after a number: "a 300 HP engine", "a 12 MP camera". */
export function unitAt(tokens: Tokens, k: number): boolean {
  return k > 0 && (tokens.flags[k]! & T_JOIN) !== 0 && tokens.letters[k - 1] === 0 && UNITS.has(tokens, k);
}
