/**
 * A town's or a region's name followed by capitalised words that end in a noun in the plural names a
 * team or a body after the place: "Lucknow Super Giants", "Kolkata Knight Riders", "the Norvale Summer
 * Royals". The dataset does not know it (a name it knows is matched whole before this is asked), and
 * the place's card is the wrong card there. (An unknown word right after the name already ends it,
 * "Paarl Royals", and an everyday word after a town's, "Paris Motor Show": match.ts, town-compounds.ts.
 * This reads past an everyday word to the plural, after a region too, or a town named like something
 * else as well: Lucknow, the city and the siege.) Not a party's members or its elected ones ("Texas
 * Young Democrats", "Ankara MEPs"), its forces or people ("Texas State Troopers"), nor what happened
 * there, written with capitals ("the Paris Summer Games"): those are about the place. Nor after a
 * country's name (the caller).
 */
import type { Lexicon } from './lexicon.ts';
import { T_ALLCAPS, T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, B1, cue } from './cues.ts';

/** Plurals after a place that are about the place: its parties' members, its forces and people, what happened there. */
const ABOUT_THE_PLACE = new WordSet(`democrats republicans conservatives liberals greens tories socialists nationalists unionists
mps meps msps mlas tds senators lawmakers legislators councillors councilors delegates ministers mayors
forces troops troopers residents voters citizens officials authorities
games olympics attacks riots protests talks elections floods fires wildfires`.split(/\s+/));

/** How many capitalised words after the place may lead up to the plural ("Super Giants"). */
const MAX_WORDS = 2;
/** Shortest plural counted: "Kings" (not "Ads", "Us"). */
const MIN_LETTERS = 4;
const S = 115;

/**
 * Whether the capitalised words after token `last`, in running text (not a headline, where every word
 * has a capital), end within MAX_WORDS in a word in the plural that is no place's name (`idAt`: the
 * lexicon's id of a token, -1 for a word it does not hold). (Most such words are no name the dataset
 * holds, or a team's nickname: "Royals", "Kings"; a surname in the plural's form is a person's name,
 * which no more names the place: "Georgia Evans".)
 */
export function pluralNameAfter(tokens: Tokens, lexicon: Lexicon, idAt: (k: number) => number, last: number): boolean {
  const { flags, chars, foldStart, foldLen } = tokens;
  for (let j = last + 1; j < tokens.count && j <= last + MAX_WORDS; j++) {
    if ((flags[j]! & (T_JOIN | T_CAP | T_SENT | T_TITLE | T_HYPHEN | T_ALLCAPS)) !== (T_JOIN | T_CAP)) return false;
    const end = foldStart[j]! + foldLen[j]! - 1;
    // (Not "-ss": "Express", "Congress".)
    if (tokens.letters[j]! < MIN_LETTERS || chars[end] !== S || chars[end - 1] === S || ABOUT_THE_PLACE.has(tokens, j)) continue;
    if (!lexicon.namesPlace(idAt(j))) return true;
  }
  return false;
}


/**
 * A club's initials before its town: "FC Copenhagen", "SK Sturm", "CD Leganes", "RC Lens", "VfB Stuttgart"
 * (a club, not the town: where the dataset has the club, its name is matched whole before this is asked).
 */
const CLUB_PREFIXES = new WordSet('fc afc sc sk cf cd ac ss sv vfb vfl tsv rc ud fk nk'.split(' '));

/** Whether a club's initials come right before the name that begins at token `first` ("FC Copenhagen"; in a headline too). */
export function clubPrefixBefore(tokens: Tokens, first: number): boolean {
  return first >= 1 && (tokens.flags[first]! & T_JOIN) !== 0 && CLUB_PREFIXES.has(tokens, first - 1);
}
/** clubPrefixBefore's cue (cues.ts). */
export const CLUB_PREFIX_CUE = cue([CLUB_PREFIXES, B1]);

/** A British club's second word after its town: "Crawley Town", "Bristol Rovers", "Wigan Athletic". */
const CLUB_SUFFIXES = new WordSet('town rovers athletic albion wanderers harriers academical hotspur argyle'.split(' '));

/**
 * Whether a British club's second word, capitalised, follows the name that ends at token `last`, in
 * running text: "Crawley Town fans" are the club's. (Not in a title-case line, where every word has a
 * capital: "This U.S. Town Will Take Your Breath Away"; the caller asks it of a town's name only.)
 */
export function clubSuffixAfter(tokens: Tokens, last: number): boolean {
  const k = last + 1;
  return k < tokens.count && (tokens.flags[k]! & (T_JOIN | T_CAP | T_HYPHEN | T_SENT | T_TITLE)) === (T_JOIN | T_CAP) && CLUB_SUFFIXES.has(tokens, k);
}
/** clubSuffixAfter's cue (cues.ts). */
export const CLUB_SUFFIX_CUE = cue([CLUB_SUFFIXES, A1]);
