/**
 * "Turkey's parliament approved the bill", "Jordan's central bank held rates": a country's name that
 * opens a sentence proves nothing by its capital when it is also a word or a given name (Turkey, Chad,
 * Jordan) — but before its possessive and what only a state has, it is the state. The word after the
 * possessive says so; the matcher then takes the capital as proven.
 */
import { T_AFTER_POSSESSIVE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

/** What only a state has, right after its possessive (folded, either case). */
const STATE_WORDS = new WordSet(`government parliament army military navy president prime premier king queen foreign defence defense
  interior finance central ministry embassy ambassador economy currency police security armed supreme constitutional election
  elections ruling opposition state national capital border`.split(/\s+/).filter(Boolean));

/**
 * Whether the name ending at token `last` is followed by its possessive and a word only a state has.
 * (The tokenizer flags the word after a possessive, spaces only between: T_AFTER_POSSESSIVE.)
 */
export function statePossessiveAt(tokens: Tokens, last: number): boolean {
  const next = last + 1;
  return next < tokens.count && (tokens.flags[next]! & T_AFTER_POSSESSIVE) !== 0 && STATE_WORDS.has(tokens, next);
}
