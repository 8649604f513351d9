/**
 * A preposition of place right before a name says it is a place: "premiered in Washington", "a rally
 * near Jordan's border" — not the Washington or the Jordan a page has named in full ("Denzel
 * Washington starred in the film, which premiered in Washington"). The resolver lets such a name's
 * place reading outrank a person's surname (resolve.ts). Only prepositions that put a thing in a place,
 * not those a person takes too ("spoke to Washington", "a letter from Jordan"). And a journey's end or
 * start ("her arrival at JFK", "landed in Washington", "flights from Houston") is a place, never a person:
 * the matcher drops person readings there.
 */
import { T_CAP, T_HYPHEN, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, cue } from './cues.ts';

const OF_PLACE = new WordSet('in near outside inside across throughout around'.split(' '));

/** Whether token k follows a lower-case preposition of place, in the same sentence and with nothing between. */
export function placePrepositionBefore(tokens: Tokens, k: number): boolean {
  if (k < 1) return false;
  const f = tokens.flags[k]!;
  if ((f & (T_JOIN | T_HYPHEN | T_SENT)) !== T_JOIN) return false;
  return (tokens.flags[k - 1]! & T_CAP) === 0 && OF_PLACE.has(tokens, k - 1);
}

/** Words of a journey before "at", "in", "into", "from" or "to" and a place: "arrival at", "flew into", "flights from". */
const JOURNEY = new WordSet('arrival arrivals arrive arrived arrives arriving landed landing lands land flew fly flies flying flight flights departed departure departures departing depart layover stopover'.split(' '));
const JOURNEY_PREPOSITIONS = new WordSet(['at', 'in', 'into', 'from', 'to']);

/** Whether token k follows a journey's word and its preposition ("her arrival at JFK"), in one clause. */
export function journeyBefore(tokens: Tokens, k: number): boolean {
  if (k < 2) return false;
  const flags = tokens.flags;
  if ((flags[k]! & (T_JOIN | T_HYPHEN | T_SENT)) !== T_JOIN || (flags[k - 1]! & (T_JOIN | T_CAP | T_SENT)) !== T_JOIN) return false;
  return JOURNEY_PREPOSITIONS.has(tokens, k - 1) && JOURNEY.has(tokens, k - 2);
}

/**
 * Prepositions that put a thing over, across or off a stretch of the world: "weakened over the
 * Atlantic", "off the Pacific coast". A magazine is written in, never flown over.
 */
const ACROSS = new WordSet('over across off under beneath crossing crossed toward towards through into'.split(' '));
/** "in the Atlantic", "from the Pacific": a place too — unless writing comes first ("an essay in the Atlantic"). */
const IN_FROM = new WordSet(['in', 'from']);
const WRITING = new WordSet('wrote writes writing written published publishes essay essays article articles piece column op-ed story interview cover report'.split(' '));
const THE = new WordSet(['the']);

/**
 * Whether the name whose first word is token k (a lower-case "the" of its own, or the word after one)
 * follows one of ACROSS, or "in" or "from" not after writing, in one clause: "over the Atlantic".
 */
export function acrossThe(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  // (The name may begin with its article, as the dataset writes "the Atlantic", or after it.)
  const the = k >= 0 && k < tokens.count && (flags[k]! & T_CAP) === 0 && THE.has(tokens, k) ? k : k - 1;
  if (the < 1 || the + 1 >= tokens.count || (flags[the]! & (T_JOIN | T_CAP | T_SENT)) !== T_JOIN || (flags[the + 1]! & T_JOIN) === 0 || !THE.has(tokens, the)) return false;
  const p = the - 1;
  if ((flags[p]! & T_CAP) !== 0) return false;
  if (ACROSS.has(tokens, p)) return true;
  return IN_FROM.has(tokens, p) && !(p >= 1 && (flags[p]! & T_JOIN) !== 0 && WRITING.has(tokens, p - 1));
}

const BASED = new WordSet(['based', 'headquartered']);

/**
 * Whether "-based" follows the name that ends at token `last`: "the Zürich-based insurer", "a Santander
 * based bank" — where something is based is a place, whatever company shares its name.
 */
export function basedAfter(tokens: Tokens, last: number): boolean {
  const k = last + 1;
  return k < tokens.count && (tokens.flags[k]! & T_JOIN) !== 0 && BASED.has(tokens, k);
}
/** basedAfter's cue (cues.ts). */
export const BASED_CUE = cue([BASED, A1]);
