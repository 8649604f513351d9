/**
 * Reference lists and bibliographies name authors surname first: "Burton, David (September 2013)",
 * "Derby, Mark. The Prophet and the Policeman", "Lee, Ann J. (2010)". A surname there that is also a
 * town (Burton upon Trent; Derby) is the author, not the town. The sign: a comma, then a capitalised
 * given name, then what follows a name in a citation — an initial, a bracket, a full stop, a comma or
 * a semicolon.
 *
 * "Augusta, Georgia" and "Melbourne, Victoria" have the shape too, but there the word after the comma
 * is a place; the matcher checks that (see `givenNotPlace` in match.ts) before it trusts this.
 */
import { T_CAP, T_SENT, type Tokens } from './tokenize.ts';

/**
 * The token after the comma when token k is followed by ", Given" closed as in a citation; -1 if not.
 * (The caller decides whether that token is a given name and not a place.)
 */
export function givenNameAfterComma(text: string, tokens: Tokens, k: number): number {
  const given = k + 1;
  if (given >= tokens.count || (tokens.flags[given]! & (T_CAP | T_SENT)) !== T_CAP) return -1;
  if (text.charCodeAt(tokens.end[k]!) !== 44 || tokens.start[given]! - tokens.end[k]! !== 2 || text.charCodeAt(tokens.end[k]! + 1) !== 32) return -1;
  const after = tokens.end[given]!;
  const c = text.charCodeAt(after);
  if (c === 46 || c === 44 || c === 59) return given; // . , ;
  if (c !== 32) return -1;
  const d = text.charCodeAt(after + 1);
  if (d === 40) return given; // (
  // An initial: "Lee, Ann J."
  const next = given + 1;
  return next < tokens.count && tokens.start[next] === after + 1 && tokens.letters[next] === 1 && (tokens.flags[next]! & T_CAP) !== 0 &&
    text.charCodeAt(tokens.end[next]!) === 46 ? given : -1;
}
