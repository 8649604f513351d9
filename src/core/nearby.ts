/**
 * The names near a span: the words of a sentence or two around it say which of its readings is meant
 * ("Damascus, a small city in Oregon"; "Lee Jae-myung's Democratic Party") where the page as a whole
 * is about something else. Spans of one block, in order; "near" is a distance in UTF-16 code units.
 */
import type { Span } from './match.ts';
import type { Lexicon } from './lexicon.ts';
import { F_REGION } from './format.ts';

/** How near a name must be to speak for a span: a sentence or two. */
export const NEARBY = 250;
/** How near the names that tell whose a body is must be: a clause ("Lee, the leader of the Democratic Party"). */
export const CLAUSE = 100;

/** The first and last index (inclusive) of the spans of `spans` within `distance` of spans[i], i included. */
export function nearRange(spans: readonly Span[], i: number, distance = NEARBY): [number, number] {
  const span = spans[i]!;
  let from = i;
  while (from > 0 && span.start - spans[from - 1]!.end <= distance) from--;
  let to = i;
  while (to + 1 < spans.length && spans[to + 1]!.start - span.end <= distance) to++;
  return [from, to];
}

/** Whether a name within a clause of spans[i] belongs to `country` (or is it): "the Swiss city of Lausanne". */
export function countryNamedNear(spans: readonly Span[], i: number, country: number, countryAt: (j: number) => number): boolean {
  const [from, to] = nearRange(spans, i, CLAUSE);
  for (let j = from; j <= to; j++) if (j !== i && countryAt(j) === country) return true;
  return false;
}

/**
 * Whether some span within a clause of spans[i] may name entity e, chosen or not: "New Plymouth
 * Taranaki 58,300" in a table of towns and their regions places the town even where the region's own
 * reading was too weak to choose.
 */
export function readingNear(lex: Lexicon, spans: readonly Span[], i: number, e: number): boolean {
  const [from, to] = nearRange(spans, i, CLAUSE);
  for (let j = from; j <= to; j++) {
    if (j === i) continue;
    for (const entry of spans[j]!.entries) if (lex.entryEntity[entry] === e) return true;
  }
  return false;
}

/**
 * Whether a town or region of country c other than spans[i]'s is named within a clause of it: "beaches
 * near İzmir, Çanakkale and Muğla" lists towns of several provinces, each named by its town alone.
 * `chosen(j)`: the entity chosen for span j, or -1.
 */
export function placeOfCountryNear(lex: Lexicon, spans: readonly Span[], i: number, c: number, chosen: (j: number) => number): boolean {
  const [from, to] = nearRange(spans, i, CLAUSE);
  for (let j = from; j <= to; j++) {
    const x = j === i ? -1 : chosen(j);
    if (x >= 0 && lex.entityCountry[x] === c && x !== c && (lex.isTown(x) || (lex.entityFlags[x]! & F_REGION) !== 0)) return true;
  }
  return false;
}

/**
 * Whether most of the names within a clause of spans[i] that belong to a country belong to another
 * than `country`: "Lee Jae-myung, leader of the opposition Democratic Party" names South Korea's party,
 * whatever else the page is about. (A clause, not a sentence or two: "the Tories take on Labour" is
 * not Zimbabwe's Labour for a headline about Mugabe below it.) `countryAt(j)`: the country of what
 * span j names, or -1.
 */
export function mostlyOtherCountriesNear(spans: readonly Span[], i: number, country: number, countryAt: (j: number) => number): boolean {
  const [from, to] = nearRange(spans, i, CLAUSE);
  let own = 0;
  let other = 0;
  for (let j = from; j <= to; j++) {
    if (j === i) continue;
    const c = countryAt(j);
    if (c === country) own++;
    else if (c >= 0) other++;
  }
  return other > own;
}

/**
 * Whether a name chosen within a clause of spans[i] is tied to entity e in the dataset — e lists it, or
 * it lists e: "Turkey and Syria agreed", "Georgia's parliament in Tbilisi". That is evidence enough for
 * a name whose capital proves nothing at a sentence's start (match.ts, Span.weak).
 */
export function relatedNamedNear(lex: Lexicon, spans: readonly Span[], i: number, e: number, chosen: (j: number) => number): boolean {
  const [from, to] = nearRange(spans, i, CLAUSE);
  for (let j = from; j <= to; j++) {
    const x = j === i ? -1 : chosen(j);
    if (x >= 0 && x !== e && (lex.lists(e, x) || lex.lists(x, e))) return true;
  }
  return false;
}
