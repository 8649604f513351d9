/**
 * "They named their children Brooklyn, Romeo and Cruz", "Firefox was originally named Phoenix", "a
 * boat named Nantucket": right after "named" (with "their son", "the boat" between, or nothing), a
 * place's name is given as a name to someone or something — no mention of the place. (Not before a
 * possessive: "was named Britain's player of the year" is Britain's. A country is left alone by the
 * caller: "was named Belgium coach" is the national team's.)
 */
import { possessiveAt } from './gaps.ts';
import { lowerJoined, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { B1, B3, cue } from './cues.ts';

/** (Not "renamed": "Saigon was renamed Ho Chi Minh City" names the place itself.) */
const NAMED = new WordSet(['named', 'nicknamed', 'christened']);
/** "named their son", "named her daughter", "named the boat". */
const DETERMINERS = new WordSet('their his her its our my your the a'.split(' '));

/** Words that may follow a name given as a name: "originally named Phoenix but…". */
const AFTER_NAME = new WordSet('and but or nor after because until since when while'.split(' '));

/**
 * Whether the name at tokens [first, last] is given as a name after "named" (see above): at a clause's
 * end or before AFTER_NAME. Before another lowercase word the place qualifies a noun, and "named" is
 * "appointed": "Trump named Wall Street veteran Steven Mnuchin".
 */
export function givenAsName(text: string, tokens: Tokens, first: number, last: number): boolean {
  if (first < 1 || (tokens.flags[first]! & (T_JOIN | T_SENT)) !== T_JOIN || possessiveAt(text, tokens.end[last]!)) return false;
  if (last + 1 < tokens.count && lowerJoined(tokens, last + 1) && !AFTER_NAME.has(tokens, last + 1)) return false;
  let k = first - 1;
  if (NAMED.has(tokens, k)) return true;
  // "named their children", "named the boat": a determiner and one noun between.
  if (k < 2 || !lowerJoined(tokens, k) || !lowerJoined(tokens, k - 1)) return false;
  k -= 1;
  return DETERMINERS.has(tokens, k) && NAMED.has(tokens, k - 1);
}
/** givenAsName's cue: the naming verb, right before the name or before a determiner and a word (cues.ts). */
export const GIVEN_AS_NAME_CUE = cue([NAMED, B1], [NAMED, B3]);

/** "a man named", "a woman called", "a dog named": someone or something that merely bears the name. */
const BEARERS = new WordSet(`man woman boy girl baby child person someone resident student teacher driver passenger customer
patient suspect victim dog cat horse puppy kitten`.split(/\s+/));
const CALLED = new WordSet(['named', 'called']);
const A = new WordSet(['a', 'an', 'one']);

/**
 * Whether the name at token `first` follows "a man named", "a woman called", "a dog named": its bearer
 * is someone the reader does not know, not the famous bearer of the name ("A man named George Washington
 * was arrested" is no president).
 */
export function bearerNamed(tokens: Tokens, first: number): boolean {
  const k = first - 1; // "named"
  if (k < 2 || (tokens.flags[first]! & (T_JOIN | T_SENT)) !== T_JOIN || !lowerJoined(tokens, k) || !CALLED.has(tokens, k)) return false;
  return (tokens.flags[k - 1]! & T_JOIN) !== 0 && BEARERS.has(tokens, k - 1) && A.has(tokens, k - 2);
}
/** bearerNamed's cue (cues.ts). */
export const BEARER_CUE = cue([CALLED, B1]);
