/**
 * "Barcelona's Lamine Yamal", "Liverpool's Mohamed Salah": sports news names a player after their
 * club's possessive, and the club goes by its town's name. The town's card is the wrong one there. The
 * club is read only where the dataset lists the person named right after the possessive with a
 * club of that name: "Chicago's Brandon Johnson", the mayor, lists no club, and keeps the city.
 */
import { possessiveAt } from './gaps.ts';
import type { Lexicon } from './lexicon.ts';
import type { Span } from './match.ts';
import * as format from './format.ts';

const ORGANIZATION = format.KIND_CODES.indexOf('organization');
const PERSON = format.KIND_CODES.indexOf('person');

/** What may stand between the possessive and the person's name: "Barcelona's Lamine Yamal" ('s and a space). */
const POSSESSIVE_GAP = /^['’]s?\s$/;

/**
 * The organisation among span i's readings that the person chosen at span i + 1 (`chosen(j)`: the
 * entity chosen there, -1 if none) is listed with, when span i ends in a possessive right before them;
 * -1 otherwise.
 */
export function clubOfPlayerAfter(lex: Lexicon, text: string, spans: readonly Span[], i: number, chosen: (j: number) => number): number {
  const span = spans[i]!;
  const next = spans[i + 1];
  if (!next || !possessiveAt(text, span.end) || !POSSESSIVE_GAP.test(text.slice(span.end, next.start))) return -1;
  const person = chosen(i + 1);
  if (person < 0 || lex.entityKind[person] !== PERSON) return -1;
  for (const entry of span.entries) {
    const e = lex.entryEntity[entry]!;
    if (lex.entityKind[e] === ORGANIZATION && lex.lists(person, e)) return e;
  }
  return -1;
}
