/**
 * People named like places: "Miranda's life", "Chelsea's husband", "Sydney's mother". A town's or a
 * region's possessive right before what only a person has — a spouse, parents, a life or a career —
 * names a person: of the name's readings the people's stand, and with none, the place's card is still
 * the wrong card. (A country is left alone by the caller: "America's sons and daughters".)
 */
import { possessiveAt } from './gaps.ts';
import type { Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

/** What a person has and a town does not. ("Death" is not among them: "Dallas's death toll".) */
const PERSON_HAS = new WordSet(`life career wife husband mother father mom dad son daughter sister brother boyfriend
girlfriend fiance fiancee widow widower parents`.split(/\s+/));

/** Whether the name ending at token `last` is followed by its possessive and what only a person has. */
export function personalPossessive(text: string, tokens: Tokens, last: number): boolean {
  return possessiveAt(text, tokens.end[last]!) && last + 1 < tokens.count && PERSON_HAS.has(tokens, last + 1);
}
