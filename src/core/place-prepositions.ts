/**
 * A preposition of place right before a name says it is a place: "premiered in Washington", "a rally
 * near Jordan's border" — not the Washington or the Jordan a page has named in full ("Denzel
 * Washington starred in the film, which premiered in Washington"). The resolver lets such a name's
 * place reading outrank a person's surname (resolve.ts). Only prepositions that put a thing in a place,
 * not those a person takes too ("spoke to Washington", "a letter from Jordan").
 */
import { T_CAP, T_HYPHEN, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

const OF_PLACE = new WordSet('in near outside inside across throughout around'.split(' '));

/** Whether token k follows a lower-case preposition of place, in the same sentence and with nothing between. */
export function placePrepositionBefore(tokens: Tokens, k: number): boolean {
  if (k < 1) return false;
  const f = tokens.flags[k]!;
  if ((f & (T_JOIN | T_HYPHEN | T_SENT)) !== T_JOIN) return false;
  return (tokens.flags[k - 1]! & T_CAP) === 0 && OF_PLACE.has(tokens, k - 1);
}
