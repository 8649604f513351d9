/**
 * People named like places: "Miranda's life", "Chelsea's husband", "Sydney's mother". A town's or a
 * region's possessive right before what only a person has — a spouse, parents, a life or a career —
 * names a person: of the name's readings the people's stand, and with none, the place's card is still
 * the wrong card. (A country is left alone by the caller: "America's sons and daughters".) So does a
 * personal honorific before the name, countries included: "Mr. Jordan said he would appeal", "Mrs.
 * Paris told reporters" (`honorificBefore`).
 */
import { possessiveAt } from './gaps.ts';
import { T_CAP, T_JOIN, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, B1, cue } from './cues.ts';

/** What a person has and a town does not. ("Death" is not among them: "Dallas's death toll".) */
const PERSON_HAS = new WordSet(`life career wife husband mother father mom dad son daughter sister brother boyfriend
girlfriend fiance fiancee widow widower parents`.split(/\s+/));

/** Whether the name ending at token `last` is followed by its possessive and what only a person has. */
export function personalPossessive(text: string, tokens: Tokens, last: number): boolean {
  return possessiveAt(text, tokens.end[last]!) && last + 1 < tokens.count && PERSON_HAS.has(tokens, last + 1);
}
/** personalPossessive's cue (cues.ts). */
export const PERSONAL_POSSESSIVE_CUE = cue([PERSON_HAS, A1]);

/** Honorifics only a person takes (not "St.", a saint's and many towns' name; nor "Miss", a pageant's title). */
const HONORIFICS = new WordSet(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof']);

/** Whether a capitalised personal honorific stands right before token `first`: "Mr. Jordan", "Dr Houston". */
export function honorificBefore(tokens: Tokens, first: number): boolean {
  const h = first - 1;
  return h >= 0 && (tokens.flags[first]! & T_JOIN) !== 0 && (tokens.flags[h]! & T_CAP) !== 0 && HONORIFICS.has(tokens, h);
}
/** honorificBefore's cue (cues.ts). */
export const HONORIFIC_CUE = cue([HONORIFICS, B1]);
