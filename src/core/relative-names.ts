/**
 * "Her daughter Florence", "their son Austin", "survived by his husband, Jordan": right after a word
 * for a relative, a name of one word is that relative's given name — no city, state or country, and no
 * famous person's surname. News writes so in obituaries, profiles and crime reports. (A name the
 * dataset knows in full goes on as one longer span, "his wife Victoria Beckham", and is read as such.)
 */
import { T_AFTER_COMMA, T_ALLCAPS, T_CAP, T_JOIN, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, cue } from './cues.ts';

/** Words for a relative (not "partner", which may be a country or a firm: "its partner Jordan"). */
const RELATIVES = new WordSet(`son sons daughter daughters wife husband brother brothers sister sisters mother father mom dad
grandson granddaughter grandsons granddaughters grandmother grandfather niece nephew cousin aunt uncle stepson stepdaughter
stepmother stepfather twin fiance fiancee girlfriend boyfriend widow widower`.split(/\s+/));

/**
 * Whether the one-word name at token k follows a word for a relative, across spaces or a comma only.
 * (After a capitalised one, "Mother Russia", the two make a longer name, which the matcher reads first.)
 */
export function relativesName(tokens: Tokens, k: number): boolean {
  if (k < 1) return false;
  const flags = tokens.flags;
  if ((flags[k]! & (T_JOIN | T_AFTER_COMMA)) === 0) return false;
  if (RELATIVES.has(tokens, k - 1)) return true;
  // (A list's later name only after "and" or a comma: asked of few names, in a function of its own — the
  // matcher asks this of every one-word name, and a larger function here made it a twentieth slower.)
  return (flags[k - 1]! & T_CAP) === 0 ? (flags[k]! & T_JOIN) !== 0 && AND.has(tokens, k - 1) && inListOfRelatives(tokens, k) :
    (flags[k]! & T_AFTER_COMMA) !== 0 && inListOfRelatives(tokens, k);
}

/**
 * "his sons, Austin and Denver", "daughters Mary, Anne and Ruth": whether the name at token k ends a list
 * after a word for a relative, each name of one capitalised word, the last after "and" — and the name
 * ends there ("his wife, Mila, and Corva officials" are the town's).
 */
function inListOfRelatives(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  const after = k + 1;
  if (after < tokens.count && (flags[after]! & T_JOIN) !== 0 && !AND.has(tokens, after)) return false;
  let j = k - 1;
  if ((flags[k]! & T_JOIN) !== 0 && (flags[j]! & T_CAP) === 0 && AND.has(tokens, j)) j--;
  for (let names = 0; names < LIST_NAMES && j >= 1 && (flags[j]! & T_CAP) !== 0 && (flags[j]! & (T_JOIN | T_AFTER_COMMA)) !== 0; names++) {
    if (RELATIVES.has(tokens, j - 1)) return j < k - 1 || (flags[k]! & T_AFTER_COMMA) !== 0;
    j--;
  }
  return false;
}

const AND = new WordSet(['and']);
/** How many names of such a list may stand before the one asked about. */
const LIST_NAMES = 3;

/** A generation's numeral after a name: "Martin Luther King III", "Joseph P. Kennedy II". */
const GENERATIONS = new WordSet(['ii', 'iii', 'iv']);
/**
 * A son's or a father's suffix after a name, with a capital: "Hank Williams Jr.", "Frank Sinatra, Jr.", "Jnr" as
 * British papers write it; "Martin Luther King Sr." (the father of the King the dataset knows, named like him).
 */
const JUNIOR = new WordSet(['jr', 'jnr', 'sr', 'snr']);

/**
 * Whether the word after token `last` is a generation's numeral, in capitals, or a son's or a father's suffix:
 * the name before it is a relative's named like the person the dataset knows ("Martin Luther King III",
 * "Hank Williams Jr." are not their fathers). (A numeral or a suffix the dataset's name holds, "John
 * Paul II", "Robert Downey Jr.", is matched with it.)
 */
export function generationAfter(tokens: Tokens, last: number): boolean {
  const k = last + 1;
  if (k >= tokens.count) return false;
  const f = tokens.flags[k]!;
  return ((f & (T_JOIN | T_ALLCAPS)) === (T_JOIN | T_ALLCAPS) && GENERATIONS.has(tokens, k)) ||
    ((f & (T_JOIN | T_AFTER_COMMA)) !== 0 && (f & T_CAP) !== 0 && JUNIOR.has(tokens, k));
}
/** generationAfter's cue (cues.ts). */
export const GENERATION_CUE = cue([GENERATIONS, A1], [JUNIOR, A1]);

/** A family's words after its name: "the Bush family", "the Kennedy clan", "the Gandhi dynasty". */
const FAMILIES = new WordSet('family families clan dynasty household siblings'.split(' '));

const THE = new WordSet(['the']);

/**
 * Whether the one-word name at token `at`, between "the" and a family's word (lower case, joined), is
 * a family's: one member's card, the father's or the best known, is not the family's ("The Bush family
 * said George H.W. Bush's widow…" was the president). (Not after "a": "a Houston family sued" is a
 * family from the town.)
 */
export function familyAfter(tokens: Tokens, at: number): boolean {
  const k = at + 1;
  return at >= 1 && k < tokens.count && (tokens.flags[at]! & T_JOIN) !== 0 && THE.has(tokens, at - 1) &&
    (tokens.flags[k]! & (T_JOIN | T_CAP)) === T_JOIN && FAMILIES.has(tokens, k);
}
/** familyAfter's cue (cues.ts). */
export const FAMILY_CUE = cue([FAMILIES, A1]);
