/**
 * A town's name followed by a capitalised everyday word begins the name of something else: "Paris
 * Motor Show", "Cannes Film Festival", "Brooklyn Daily Eagle", "Camden Lock", "Green Card", "Kanye
 * West", "the Las Vegas Grand Prix". (A word no dataset name uses is already read as part of an
 * unknown name; see `unknownName` in match.ts. This covers the everyday words.) Not for countries and
 * regions, whose names lead governments, parties and teams that are about them ("Russian President",
 * "Oklahoma Republican"); and not before words that say when or what kind of place, or who in it ("in
 * London Thursday", "Taipei City", "London Mayor Sadiq Khan", "the Chicago Office of Emergency
 * Management": the town's officials and offices are about the town, as org-heads.ts leaves government
 * bodies alone; so are its office holders: "Brisbane Lord Mayor", "San Antonio Archbishop Gustavo
 * García-Siller").
 */
import { lowerJoinedWithin, T_ALLCAPS, T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { DAY_WORDS, MONTH_WORDS } from './dates.ts';
import { A1, A2, cue } from './cues.ts';

const NOT_A_NAME = new WordSet([...DAY_WORDS, ...MONTH_WORDS, ...`morning afternoon evening night
city town village region province state county district municipality prefecture governorate area metro
mayor lord governor sheriff police prosecutor prosecutors officials residents authorities voters fans
archbishop bishop office department ministry government administration agency authority`.split(/\s+/)]);

/**
 * Whether token k may be a capitalised everyday word joined to the name before it, in running text
 * (not a headline, where every word has a capital), and none of the words that leave the town a town.
 * (The caller asks the lexicon whether it is a common word.)
 */
export function everydayWordAfter(tokens: Tokens, k: number): boolean {
  if (k >= tokens.count) return false;
  const f = tokens.flags[k]!;
  return (f & (T_CAP | T_JOIN | T_ALLCAPS | T_TITLE | T_SENT | T_HYPHEN)) === (T_CAP | T_JOIN) && !NOT_A_NAME.has(tokens, k);
}

/**
 * Instruments named after the place where they were made or that first used them, in lower case after
 * the place: "the Copenhagen criteria", "the Maastricht criteria", "the Dublin regulation", "the
 * Normandy format", "the Luxembourg compromise", "the Washington consensus". A name the dataset knows
 * ("the Paris agreement", "the Minsk agreements") is matched whole before this is asked.
 */
const INSTRUMENTS = new WordSet(`criteria format regulation regulations compromise doctrine consensus protocol strategy pact rules
  accord accords declaration convention formula clause`.split(/\s+/).filter(Boolean));
const THE = new WordSet(['the']);

/**
 * Whether the place at tokens [first, last] names an instrument: "the" before it, in any case, and one
 * of INSTRUMENTS right after it, in lower case.
 */
export function instrumentAround(tokens: Tokens, first: number, last: number): boolean {
  const next = last + 1;
  if (first < 1 || next >= tokens.count || (tokens.flags[first]! & T_JOIN) === 0 || !THE.has(tokens, first - 1)) return false;
  return (tokens.flags[next]! & (T_CAP | T_JOIN)) === T_JOIN && INSTRUMENTS.has(tokens, next);
}
/** instrumentAround's cue: an instrument's word right after the name (cues.ts). */
export const INSTRUMENT_CUE = cue([INSTRUMENTS, A1]);

/**
 * A crude oil's grade or a price benchmark named after the place it comes from, in lower case after the
 * place: "Russia's flagship Urals grade", "the Murban blend", "Dubai swaps". (Not
 * "crude" alone: "Texas crude output" is about the state.)
 */
const GRADES = new WordSet('grade grades blend futures swaps benchmark'.split(' '));

/** Whether one of `words`, in lower case and not after a hyphen, follows the place that ends at token `last`. */
function lowerWordAfter(tokens: Tokens, last: number, words: WordSet): boolean {
  const next = last + 1;
  return next < tokens.count && (tokens.flags[next]! & (T_CAP | T_JOIN | T_HYPHEN)) === T_JOIN && words.has(tokens, next);
}

/** Whether one of GRADES, in lower case, follows the place that ends at token `last`. */
export function gradeAfter(tokens: Tokens, last: number): boolean {
  return lowerWordAfter(tokens, last, GRADES);
}
/** gradeAfter's cue (cues.ts). */
export const GRADE_CUE = cue([GRADES, A1]);

/**
 * A military unit named after a place, in lower case after it: "Russia's Somalia battalion", "the
 * Sparta battalion", "a Kyiv brigade" — the unit, which recruited or served there, not the place.
 */
const UNITS = new WordSet(['battalion', 'battalions', 'brigade', 'brigades', 'regiment', 'regiments']);

/** Whether one of UNITS, in lower case, follows the place that ends at token `last`. */
export function unitAfter(tokens: Tokens, last: number): boolean {
  return lowerWordAfter(tokens, last, UNITS);
}
/** unitAfter's cue (cues.ts). */
export const UNIT_CUE = cue([UNITS, A1]);

/**
 * A car model named after a town, the word after it: "Hyundai's Tucson models were recalled", "the Santa
 * Fe SUV" — the car, not the town. (Not "Tucson dealers", which sell there; nor a country's "model" of
 * doing things, "the China model": the caller asks it of a town's name only.)
 */
const VEHICLES = new WordSet(['model', 'models', 'suv', 'suvs', 'sedan', 'sedans', 'hatchback', 'hatchbacks', 'crossover', 'crossovers', 'minivan', 'minivans']);

/** Whether one of VEHICLES follows the place that ends at token `last`, in any case ("SUV"; "Tivola Models" is no town either). */
export function vehicleAfter(tokens: Tokens, last: number): boolean {
  const next = last + 1;
  return next < tokens.count && (tokens.flags[next]! & (T_JOIN | T_HYPHEN)) === T_JOIN && VEHICLES.has(tokens, next);
}
/** vehicleAfter's cue (cues.ts). */
export const VEHICLE_CUE = cue([VEHICLES, A1]);

/**
 * A syndrome or a virus named after the place where it was first seen, in lower case after the place,
 * one word between at most: "Stockholm syndrome", "Havana syndrome", "Zika virus", "Middle East
 * respiratory syndrome". The condition is no card for the place. (Not "fever" or "flu", which news
 * writes after a place's name for what goes round there: "Texas flu cases rose".)
 */
const CONDITIONS = new WordSet(['syndrome', 'virus']);

/**
 * Whether one of CONDITIONS, in lower case, follows the place that ends at token `last`, or the one word
 * after it. (No arrow made per call here: this runs for every name, and under tsx each arrow is named by
 * esbuild's __name helper when it is made — two such arrows made the engine a tenth slower.)
 */
export function conditionAfter(tokens: Tokens, last: number): boolean {
  if (!lowerJoinedWithin(tokens, last + 1)) return false;
  return CONDITIONS.has(tokens, last + 1) || (lowerJoinedWithin(tokens, last + 2) && CONDITIONS.has(tokens, last + 2));
}
/** conditionAfter's cue: the condition's word right after the name or one word on (cues.ts). */
export const CONDITION_CUE = cue([CONDITIONS, A1], [CONDITIONS, A2]);

