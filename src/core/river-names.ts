/**
 * A river called by its bare name: "water from the Colorado", "barges stranded on the Mississippi",
 * "the Mississippi and Ohio rivers crested". English names a river with "the", and a state, a country
 * or a town without it (the few that take it, "The Gambia" or "The Hague", the dataset spells so: one
 * name with its article). So a state's, a country's or a town's name after "the", where the noun
 * phrase ends, or before "rivers", is the river the dataset calls "<Name> River" —
 * or, where the words say a river and the dataset has none of the name, one it does not know.
 * ("The Colorado legislature", "the Ohio Supreme Court" go on with a noun: the state's.)
 */
import type { Lexicon } from './lexicon.ts';
import { T_CAP, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, B1, cue } from './cues.ts';

const THE = new WordSet(['the']);
const AND = new WordSet(['and']);
const RIVERS = new WordSet(['rivers']);
/**
 * Prepositions and conjunctions after a river's name, where a state's or a country's would be followed
 * by a noun of it ("the Colorado legislature"). (Not "and": "the Colorado and Utah delegations".)
 */
const ALONG = new WordSet(('at near into through past below above along between upstream downstream ' +
  'as after before when where while since until because').split(' '));
/** What only a river does, or has, right after its name: "the Ohio overflowed", "the Paraná basin". */
const RIVER_WORDS = new WordSet(('flows flowed crested crests overflowed overflows swelled meanders meandered ' +
  'basin delta watershed estuary headwaters tributary tributaries banks').split(' '));

/** No river; a river if the dataset has one of the name; a river whether or not it has. */
export const RIVER_NONE = 0;
export const RIVER_IF_KNOWN = 1;
export const RIVER_SURELY = 2;

/** Whether token k is a lower-case word joined to the one before it (or any word, in a title-case line). */
function lowerOrTitleJoined(tokens: Tokens, k: number): boolean {
  return k < tokens.count && (tokens.flags[k]! & T_JOIN) !== 0 && (tokens.flags[k]! & (T_CAP | T_TITLE)) !== T_CAP;
}

/** What the words around the name [first, last] say of a river (RIVER_*). */
export function riverAround(tokens: Tokens, first: number, last: number): number {
  const next = last + 1;
  // "the Mississippi and Ohio rivers", "the Tigris and Euphrates rivers" (either name).
  if (lowerOrTitleJoined(tokens, next) && RIVERS.has(tokens, next)) return RIVER_SURELY;
  if (lowerOrTitleJoined(tokens, next) && AND.has(tokens, next) && next + 2 < tokens.count && (tokens.flags[next + 1]! & (T_JOIN | T_CAP)) === (T_JOIN | T_CAP) &&
    lowerOrTitleJoined(tokens, next + 2) && RIVERS.has(tokens, next + 2)) return RIVER_SURELY;
  // After "the" (a capital one only where it opens the sentence).
  // (A capital "The" inside a sentence is a title's own — "the band The Ohio Players" — unless the line
  // is a headline in title case: "Barges Stranded On The Mississippi".)
  const a = first - 1;
  if (a < 0 || (tokens.flags[first]! & T_JOIN) === 0 || !THE.has(tokens, a)) return RIVER_NONE;
  if ((tokens.flags[a]! & (T_CAP | T_SENT | T_TITLE)) === T_CAP) return RIVER_NONE;
  if (next >= tokens.count || (tokens.flags[next]! & T_JOIN) === 0) return RIVER_IF_KNOWN; // the phrase ends: "water from the Colorado."
  if ((tokens.flags[next]! & (T_CAP | T_TITLE)) === T_CAP) return RIVER_NONE; // "the Colorado Supreme Court"
  if (RIVER_WORDS.has(tokens, next)) return RIVER_SURELY;
  return ALONG.has(tokens, next) ? RIVER_IF_KNOWN : RIVER_NONE;
}
/** riverAround's cue (cues.ts). */
export const RIVER_CUE = cue([RIVERS, A1], [AND, A1], [THE, B1]);

/** The lexicon whose word "river" riverWord holds: looked up once per lexicon, not for every "the U.S." at a phrase's end. */
let riverLexicon: Lexicon | null = null;
let riverWord = -1;

function riverWordOf(lexicon: Lexicon): number {
  if (riverLexicon !== lexicon) { riverLexicon = lexicon; riverWord = lexicon.stepId('river'); }
  return riverWord;
}

/**
 * The lexicon entries of the river called "<name> River", where trie node `node` is the name's (the span's
 * own node: one step further, no string to build and fold), or null.
 */
export function riverEntries(lexicon: Lexicon, node: number): number[] | null {
  const word = riverWordOf(lexicon);
  const river = word < 0 ? -1 : lexicon.child(node, word);
  if (river < 0 || lexicon.nodeEntries[river] === lexicon.nodeEntries[river + 1]) return null;
  const entries: number[] = [];
  for (let e = lexicon.nodeEntries[river]!; e < lexicon.nodeEntries[river + 1]!; e++) entries.push(e);
  return entries;
}
