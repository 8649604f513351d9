/**
 * Photo credits: "Jeon Heon-Kyun/EPA", "EPA/ANDREW GOMBERT", "Fethi Belaid/AFP/Getty Images". A word
 * in capitals joined by a slash to a photographer's name is the agency that supplied the picture. AFP,
 * AP and Reuters are news agencies the dataset knows; "EPA" there is the European Pressphoto Agency,
 * not the US Environmental Protection Agency. So the matcher keeps only the readings of such a word that
 * are companies or news agencies (F_BRAND).
 *
 * The name on the other side of the slash is a capitalised word that is no name of ours by itself,
 * or a given name: "EU/IMF loans", "US/Mexico border" name what they name.
 */
import type { Lexicon } from './lexicon.ts';
import * as format from './format.ts';
import { T_ALLCAPS, T_CAP, type Tokens } from './tokenize.ts';

const { TF_GIVEN } = format;
const SLASH = 47;

/**
 * Whether token k, a word in capitals, is an agency's name in a photo credit. `idAt(j)`: token j's
 * word id in the lexicon (-1: unknown).
 */
export function inPhotoCredit(text: string, tokens: Tokens, lexicon: Lexicon, idAt: (j: number) => number, k: number): boolean {
  if ((tokens.flags[k]! & T_ALLCAPS) === 0) return false;
  const start = tokens.start[k]!;
  const end = tokens.end[k]!;
  if (k > 0 && text.charCodeAt(start - 1) === SLASH && tokens.end[k - 1] === start - 1 && photographer(tokens, lexicon, idAt, k - 1)) return true;
  return k + 1 < tokens.count && text.charCodeAt(end) === SLASH && tokens.start[k + 1] === end + 1 && photographer(tokens, lexicon, idAt, k + 1);
}

/**
 * Whether token j may end or begin a photographer's name: capitalised, and no name of ours by itself
 * ("Mexico" is), unless a given name ("Laurent" only begins longer names of ours).
 */
function photographer(tokens: Tokens, lexicon: Lexicon, idAt: (j: number) => number, j: number): boolean {
  if ((tokens.flags[j]! & T_CAP) === 0) return false;
  const id = idAt(j);
  if (id < 0 || (lexicon.tokenFlags[id]! & TF_GIVEN) !== 0) return true;
  const node = lexicon.rootChild[id]!;
  return node < 0 || lexicon.nodeEntries[node] === lexicon.nodeEntries[node + 1];
}
