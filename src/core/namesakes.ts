/**
 * Places that only the words around them can name: little-known namesakes of world-famous places
 * (Paris, Texas and Paris; London, Ontario and London; Jamaica in Queens and the island), and towns
 * named like a word or a given name ("Rugby", "Tyler", "David").
 *
 * Why: the resolver weighs homonyms by prominence × the page's support, and the support of a town
 * counts its country and the other places of that country. On an American page every American
 * namesake then outweighed the famous place ("our correspondent in Paris" became Paris, Texas), and a
 * page that mentions Texas in one paragraph moved every Paris of the page there; a New Zealand page
 * that names England made "Rugby union" the town of Rugby. So a namesake needs support that singles
 * it out within its country — twice over on the page (resolve.ts: WITHIN_COUNTRY) — and either
 * may be singled out by its region or a town of it named near it (nearby.ts): "Damascus is a small
 * city in Oregon", "Floods hit Chiriquí … In David, the hospital…". A namesake of a world-famous place
 * only within its sentence, or beside a town of its region there: "The film opened in Paris. He lives
 * in Texas." is Paris, France. ("Paris, Texas" and "Tyler, Texas" themselves: containers.ts.)
 */
import type { Lexicon } from './lexicon.ts';
import type { Span } from './match.ts';
import * as format from './format.ts';
import { nearRange } from './nearby.ts';

const { E_WORDLIKE, F_COUNTRY, F_REGION, KIND_CODES, M_NEEDS_CONTEXT, M_ORDINARY, MODE_MASK } = format;
const PLACE = KIND_CODES.indexOf('place');

/** A place this well known (prominence)… */
export const FAMOUS_PLACE = 0.7;
/** …and a namesake this little known. */
export const OBSCURE_NAMESAKE = 0.5;
/** A town this well known (prominence: Venice, Naples, Valencia)… */
export const KNOWN_TOWN = 0.5;
/**
 * …has namesakes this obscure (Venice, Florida; Naples, Florida; Donetsk in Rostov, 0.201) that need
 * support singling them out as a world-famous place's do: "Brad Pitt and George Clooney promoted their
 * film in Venice" names two Americans, which speaks for every American town and singles none out, and
 * "Russia's proxies have controlled Donetsk" names Russia. (0.2 let the Rostov town through.)
 */
export const OBSCURE_TOWN = 0.25;
/** A town this well known (prominence) is no evidence for the towns of its region (singlesOut). */
export const BIG_CITY = 0.5;
/** The page's support that singles a namesake out, in units of DocumentContext.direct. */
export const NAMESAKE_SUPPORT = 2;

/** The world-famous place among a span's name readings, or -1. */
export function famousPlaceAmong(lex: Lexicon, span: Span): number {
  if (span.entries.length < 2) return -1;
  for (const entry of span.entries) {
    const entity = lex.entryEntity[entry]!;
    if ((lex.entryFlags[entry]! & MODE_MASK) === M_ORDINARY && lex.entityKind[entity] === PLACE && lex.prominence(entity) >= FAMOUS_PLACE) return entity;
  }
  return -1;
}

/** The best-known town among a span's ordinary readings, if it is well known (KNOWN_TOWN), or -1. */
export function knownTownAmong(lex: Lexicon, span: Span): number {
  let best = -1;
  for (const entry of span.entries) {
    const entity = lex.entryEntity[entry]!;
    if ((lex.entryFlags[entry]! & MODE_MASK) === M_ORDINARY && lex.isTown(entity) && lex.prominence(entity) >= KNOWN_TOWN && (best < 0 || lex.prominence(entity) > lex.prominence(best))) best = entity;
  }
  return best;
}

/** Whether `entity` is an obscure town (OBSCURE_TOWN) named like `known`, a knownTownAmong result. */
export function isObscureNamesake(lex: Lexicon, entity: number, known: number): boolean {
  return known >= 0 && entity !== known && lex.isTown(entity) && lex.prominence(entity) < OBSCURE_TOWN;
}

/**
 * Whether `entity` is a little-known place named like `famous` (a famousPlaceAmong result). (A region
 * is no namesake of a city — the state of Washington is known in its own right, not as the capital's
 * namesake — though it may be one of a country: Saint Lucia, Malta.)
 */
export function isNamesake(lex: Lexicon, entity: number, famous: number): boolean {
  return famous >= 0 && entity !== famous && lex.entityKind[entity] === PLACE && lex.prominence(entity) < OBSCURE_NAMESAKE &&
    !((lex.entityFlags[entity]! & F_REGION) !== 0 && lex.isTown(famous));
}

/**
 * The namesake among the readings of `spans[i]` that a place named in the same sentence singles out, or
 * -1: "Damascus is a small city in Oregon". (Not the next sentence's: "The film opened in Paris. He
 * lives in Texas." is Paris, France.) `chosen(j)`: the entity the resolver chose for the block's span
 * j, or -1.
 */
export function namesakeNamedNear(lex: Lexicon, text: string, spans: readonly Span[], i: number, famous: number, chosen: (j: number) => number): number {
  const sentence = sentenceRange(text, spans, i);
  const local = placeNamedNear(lex, spans, i, chosen, famous, sentence);
  if (local >= 0) return local;
  // "In Oregon, farmers waited. She grew up in Damascus, east of Portland": a town of the namesake's
  // region in its sentence, however big, lets the region named in a sentence nearby single it out.
  for (let j = sentence[0]; j <= sentence[1]; j++) {
    const x = j === i ? -1 : chosen(j);
    if (x >= 0 && lex.isTown(x) && spans[i]!.entries.some((entry) => sharesRegion(lex, lex.entryEntity[entry]!, x))) return placeNamedNear(lex, spans, i, chosen, famous);
  }
  return -1;
}

/** Whether town x lies in a region that place e lies in. */
function sharesRegion(lex: Lexicon, e: number, x: number): boolean {
  if (e === x) return false;
  for (let k = lex.contextStart[e]!; k < lex.contextStart[e + 1]!; k++) {
    const y = lex.context[k]!;
    if ((lex.entityFlags[y]! & F_REGION) !== 0 && lex.lists(x, y)) return true;
  }
  return false;
}

/** A sentence's end between two names: a stop, then a capital; or a line break. */
const SENTENCE_BREAK = /[.!?]["”’)\]]*\s+["“‘(]?\p{Lu}|\n/u;

/** nearRange (nearby.ts), within the sentence of spans[i]. */
function sentenceRange(text: string, spans: readonly Span[], i: number): [number, number] {
  let [from, to] = nearRange(spans, i);
  for (let j = i; j > from; j--) if (SENTENCE_BREAK.test(text.slice(spans[j - 1]!.end, spans[j]!.start))) { from = j; break; }
  for (let j = i; j < to; j++) if (SENTENCE_BREAK.test(text.slice(spans[j]!.end, spans[j + 1]!.start))) { to = j; break; }
  return [from, to];
}

/**
 * The town among the readings of `spans[i]` that needs context for a name that is also a word or a
 * given name ("David", Panama; "Rugby"), and that a place named near it singles out — "Floods hit
 * Chiriquí … In David, the hospital…" — or -1. (Its region named anywhere on the page is not enough:
 * resolve.ts, chooseShortForm.)
 */
export function wordTownNamedNear(lex: Lexicon, spans: readonly Span[], i: number, chosen: (j: number) => number): number {
  return placeNamedNear(lex, spans, i, chosen, WORD_TOWNS);
}

/** Whether an entry names a town (no country or region) by a word or a given name (E_WORDLIKE). */
export function wordTown(lex: Lexicon, entry: number): boolean {
  const e = lex.entryEntity[entry]!;
  return (lex.entryFlags[entry]! & E_WORDLIKE) !== 0 && lex.isTown(e);
}

/** placeNamedNear's `famous` when it looks for a word-like town, not a namesake of a famous place. */
const WORD_TOWNS = -2;

/**
 * The entity of the first reading of spans[i] that a place named near the span singles out, or -1:
 * among namesakes of `famous`, or word-like towns if `famous` is WORD_TOWNS. (Not a predicate passed
 * in: this runs for many spans, and a closure per call was garbage.)
 */
function placeNamedNear(lex: Lexicon, spans: readonly Span[], i: number, chosen: (j: number) => number, famous: number, within: [number, number] | null = null): number {
  let range = within; // (nearRange only when some entry qualifies: most spans have none)
  for (const entry of spans[i]!.entries) {
    const e = lex.entryEntity[entry]!;
    const mode = lex.entryFlags[entry]! & MODE_MASK;
    if (famous === WORD_TOWNS ? mode !== M_NEEDS_CONTEXT || !wordTown(lex, entry) : mode !== M_ORDINARY || !isNamesake(lex, e, famous)) continue;
    const [from, to] = range ??= nearRange(spans, i);
    for (let j = from; j <= to; j++) if (j !== i && singlesOut(lex, e, chosen(j))) return e;
  }
  return -1;
}

/**
 * Whether entity x, named near place e, singles e out within its country: x is e's region or another
 * entity e lists, an entity that lists e, or a place of e's region. (Never a country.)
 */
function singlesOut(lex: Lexicon, e: number, x: number): boolean {
  if (x < 0 || x === e || (lex.entityFlags[x]! & F_COUNTRY) !== 0) return false;
  const xPlace = lex.entityKind[x] === PLACE;
  // A big city says little of the towns of its region: it is named everywhere, and in lists of big
  // cities ("Amsterdam … New York City … Rome" is no Amsterdam and Rome of New York State).
  if (lex.isTown(x) && lex.prominence(x) >= BIG_CITY) return false;
  for (let k = lex.contextStart[e]!; k < lex.contextStart[e + 1]!; k++) {
    const y = lex.context[k]!;
    if (y === x || (xPlace && (lex.entityFlags[y]! & F_REGION) !== 0 && lex.lists(x, y))) return true;
  }
  return lex.lists(x, e);
}

/**
 * The one town among a span's readings that the page pins down by the region or country after it
 * (containers.ts, Span.placed), or -1: "DUBLIN, Ohio (AP) — … The storm hit Dublin at noon." A reader
 * who has met Dublin, Ohio, does not take the next bare "Dublin" for Ireland's capital: a page means
 * one place by one name (unless it pins two towns of the name: "London, Ontario … London, England").
 * `pinned`: the towns the page pins, each once.
 */
export function pinnedTownAmong(lex: Lexicon, span: Span, pinned: readonly number[]): number {
  let town = -1;
  for (const entry of span.entries) {
    const entity = lex.entryEntity[entry]!;
    if (entity === town || !pinned.includes(entity)) continue;
    if (town >= 0) return -1;
    town = entity;
  }
  return town;
}
