/**
 * "Augusta, Georgia", "Paris, Texas", "Innisfil, Ontario", "Tbilisi, Georgia", "Albany, N.Y.": news
 * places a town by the region or country it lies in, after a comma ("Washington, D.C.": by a second
 * name of its own). The pair decides both names at once — Augusta is the one in the US state of
 * Georgia, and Georgia is that state, not the country — which the document-wide weighing of homonyms
 * cannot, since it reads each name on its own.
 *
 * When the town is one we do not know ("Murdochville, Quebec"), a capitalised word that is no known
 * name stands for it, and the second name is read as a region if it can be one ("Quebec" the
 * province, not Quebec City); unless it can also be a country ("Gori, Georgia" may be either).
 */
import type { Lexicon } from './lexicon.ts';
import * as format from './format.ts';
import type { Span } from './match.ts';
import { possessiveAt } from './gaps.ts';

const { E_WORDLIKE, F_CITY, F_COUNTRY, F_REGION, MODE_MASK, M_COREF, M_NEEDS_CONTEXT, TF_COMMON, TF_GIVEN } = format;
const PLACE = format.KIND_CODES.indexOf('place');
const EVENT = format.KIND_CODES.indexOf('event');

/** Whether entry `a` is a short form: a surname, a name that needs context. */
function shortForm(lex: Lexicon, a: number): boolean {
  const mode = lex.entryFlags[a]! & MODE_MASK;
  return mode === M_NEEDS_CONTEXT || mode === M_COREF;
}

/** Whether entry `a` reads as a place, or an event named after one. */
function placeOrEvent(lex: Lexicon, a: number): boolean {
  const kind = lex.entityKind[lex.entryEntity[a]!];
  return kind === PLACE || kind === EVENT;
}

const isContainer = (lex: Lexicon, e: number): boolean => (lex.entityFlags[e]! & (F_REGION | F_COUNTRY)) !== 0;
/** A place that may lie in a region or country: a town, or a region (not a country). */
const mayLieWithin = (lex: Lexicon, e: number): boolean => lex.entityKind[e] === PLACE && (lex.entityFlags[e]! & F_COUNTRY) === 0;

/**
 * Whether place c may hold place t: a region or a country holds any place; with `towns`, a town also
 * holds a landmark, a museum or a river ("the Hermitage in St Petersburg").
 */
function holds(lex: Lexicon, c: number, t: number, towns: boolean): boolean {
  if (isContainer(lex, c)) return true;
  return towns && (lex.entityFlags[c]! & F_CITY) !== 0 && (lex.entityFlags[t]! & (F_CITY | F_REGION)) === 0;
}

/** Whether entry `a` reads as a place that lies in one of the places among `entries` that may hold it (see holds). */
function liesIn(lex: Lexicon, a: number, entries: readonly number[], towns = false): boolean {
  const t = lex.entryEntity[a]!;
  if (!mayLieWithin(lex, t)) return false;
  for (const b of entries) {
    const c = lex.entryEntity[b]!;
    if (holds(lex, c, t, towns) && lex.lists(t, c)) return true;
  }
  return false;
}

/**
 * "Town, Container": keeps, of each span, the readings that fit together — the towns that lie in one
 * of the second span's regions or countries, and those containers. Changes nothing when none fit.
 */
export function pairTownContainer(text: string, lex: Lexicon, town: Span, container: Span, placeAfterPossessive = false): void {
  if (!pairTownIn(text, lex, town, container, placeAfterPossessive) && !possessiveAt(text, container.end) && !sameEntity(lex, town, container)) placedElsewhere(text, lex, town, container);
}

/**
 * Keeps the readings of `town` and `container` that fit together; false when none do. Alone, for "Valencia
 * in Spain", "Birmingham in Alabama": after "in", the region or country decides the town as it does
 * after a comma, and a town the landmark or museum before it ("the Hermitage in St Petersburg") — but
 * only where it fits: "Erdoğan in Syria", "Georgia in Europe" place nothing, and a town said to be in a
 * country it does not lie in is simply somewhere else for a while.
 */
export function pairTownIn(text: string, lex: Lexicon, town: Span, container: Span, placeAfterPossessive = false): boolean {
  // "Akar, Turkey's defence minister" is a person, and "Paris, France's president said" no pair either —
  // unless what the possessive has is a place (`placeAfterPossessive`, the caller's reading of the words
  // after it): "Tripoli, Lebanon's second-largest city". A person's surname (a short form) may give way
  // to the town, as in "Burton, Michigan", and so may an event named after it ("Port Arthur,
  // Australia"); a full name or an organisation may not.
  if (possessiveAt(text, container.end) && !placeAfterPossessive) return false;
  if (!town.entries.every((a) => placeOrEvent(lex, a) || shortForm(lex, a)) ||
    !town.entries.some((a) => liesIn(lex, a, container.entries, true))) return false;
  town.entries = town.entries.filter((a) => liesIn(lex, a, container.entries, true));
  town.placed = true;
  container.entries = container.entries.filter((b) => town.entries.some((a) => holds(lex, lex.entryEntity[b]!, lex.entryEntity[a]!, true) && lex.lists(lex.entryEntity[a]!, lex.entryEntity[b]!)));
  // A region's short name ("Quebec", which needs context beside its capital's name) counts here — unless
  // a country of the name holds the town too: "TAIPEI, Taiwan" is the country, not its province.
  if (container.entries.some((b) => (lex.entityFlags[lex.entryEntity[b]!]! & F_REGION) !== 0) &&
    !container.entries.some((b) => (lex.entityFlags[lex.entryEntity[b]!]! & F_COUNTRY) !== 0)) container.regionWord = true;
  // So does a country's that needs it: "Goma, in eastern Congo" is the Democratic Republic's.
  if (container.entries.some((b) => (lex.entityFlags[lex.entryEntity[b]!]! & F_COUNTRY) !== 0)) container.placed = true;
  return true;
}

/**
 * "Georgetown in Penang": after "in", a state or a province that none of the town's readings lies in
 * places it as a comma would (placedElsewhere) — a town of the name we do not know, not Guyana's
 * capital. A town is not in a region for a while, as a person or a club is ("Erdoğan in Syria",
 * "Liverpool in Bavaria" say only where they are): only a name all of whose readings are towns, and a
 * region no country shares the name of.
 */
export function pairTownInRegion(text: string, lex: Lexicon, town: Span, container: Span): void {
  if (pairTownIn(text, lex, town, container)) return;
  const flagsOf = (x: number) => lex.entityFlags[lex.entryEntity[x]!]!;
  // (A short form of another's name may be among the town's readings: "Georgetown" for the university,
  // which is not in Penang either.)
  const townOrShortForm = (a: number) => (flagsOf(a) & F_CITY) !== 0 || (lex.entryFlags[a]! & MODE_MASK) === M_NEEDS_CONTEXT;
  if (!town.entries.some((a) => (flagsOf(a) & F_CITY) !== 0) || !town.entries.every(townOrShortForm)) return;
  // (Only a region's name: "Georgetown in Washington" may mean the capital, which holds a Georgetown.)
  if (container.entries.length === 0 || !container.entries.every((b) => (flagsOf(b) & F_REGION) !== 0)) return;
  // (And a region of another country than any of the town's: "El Fasher in Darfur" names a region its
  // record does not list, but the town is in it all the same.)
  const countryOf = (x: number) => lex.countryOf(lex.entryEntity[x]!);
  if (town.entries.some((a) => container.entries.some((b) => countryOf(a) === countryOf(b)))) return;
  placedElsewhere(text, lex, town, container);
}

/**
 * "Washington, D.C.": a name and another of the same place, after a comma, are that place (both spans
 * keep only its readings).
 */
function sameEntity(lex: Lexicon, town: Span, second: Span): boolean {
  for (const b of second.entries) {
    const e = lex.entryEntity[b]!;
    if (lex.entityKind[e] !== PLACE || !town.entries.some((a) => lex.entryEntity[a] === e)) continue;
    town.entries = town.entries.filter((a) => lex.entryEntity[a] === e);
    second.entries = second.entries.filter((x) => lex.entryEntity[x] === e);
    return true;
  }
  return false;
}

/** Prominence under which a place placed in a country it does not lie in is taken for a namesake we do not know. */
const LITTLE_KNOWN = 0.3;
/**
 * After "Town, Country": the list goes on — ", Iraq", "; Syria", " and Iran", past a reference mark
 * (",[111] El Alamein") — so the comma only separated names.
 */
const LIST_GOES_ON = /^(?:\[\d+\])?\s*(?:[,;]\s*(?:\[\d+\]\s*)?\p{Lu}|(?:and|or|&)\s)/u;
/** Before a town: a list's comma or conjunction ends here ("Amman, Cairo", "Iraq and Cairo"). */
const LIST_RUNS_IN = /(?:[,;]|\s(?:and|or|&))\s*$/u;

/** Whether place e's record lists a first-level region (most towns' records do; a few lack it). */
function listsRegion(lex: Lexicon, e: number): boolean {
  for (let k = lex.contextStart[e]!; k < lex.contextStart[e + 1]!; k++) if ((lex.entityFlags[lex.context[k]!]! & F_REGION) !== 0) return true;
  return false;
}

/**
 * "Middle Island, New Zealand": a little-known place placed in a country it does not lie in is
 * another place of that name, one we do not know — not the parish of Saint Kitts. The span is then
 * doubted as a word of a longer unknown name is. Not in a list of places ("Afrin, Turkey and Iraq"),
 * where the comma only separates names, and only after a country, which every place's record lists —
 * or after a state or province of a country neither the place's nor its neighbour: "Berlin,
 * Connecticut" is no German capital, "Poland, Maine" no country; or of its own country, another than
 * the one its record lists ("Woodside, California" is no town in New York).
 */
function placedElsewhere(text: string, lex: Lexicon, town: Span, container: Span): void {
  if (container.entries.length === 0) return;
  const flagsOf = (b: number) => lex.entityFlags[lex.entryEntity[b]!]!;
  let regions: number[] | null = null;
  if (container.entries.every((b) => (flagsOf(b) & F_COUNTRY) !== 0)) {
    if (!town.entries.every((a) => mayLieWithin(lex, lex.entryEntity[a]!))) return;
  } else {
    // Of the second name's readings, those that may hold a town ("Connecticut" is a river too); of the
    // first's, its places ("Berlin" is Irving Berlin too, whom no state follows).
    regions = container.entries.filter((b) => (flagsOf(b) & (F_REGION | F_COUNTRY)) !== 0);
    if (regions.length === 0 || !regions.every((b) => (flagsOf(b) & F_COUNTRY) === 0)) return;
    // (A country is its own: "DENMARK, S.C. (AP)", "Poland, Maine", "Peru, Ind." are towns named like
    // countries, which no state of another country holds.)
    const countryOf = (entry: number) => lex.countryOf(lex.entryEntity[entry]!);
    const places = town.entries.filter((a) => mayLieWithin(lex, lex.entryEntity[a]!) || (flagsOf(a) & F_COUNTRY) !== 0);
    // (Nor a neighbour's: "from Damascus, Hatay to London" lists two places that lie a border apart.)
    const apart = (c: number, d: number) => c !== d && !lex.lists(c, d) && !lex.lists(d, c);
    // Of its own country, a state the record does not list where it lists another: "Woodside,
    // California" is not the Woodside in New York. (A record that lists no region says nothing.)
    const otherRegion = (a: number, b: number) => countryOf(a) === countryOf(b) && listsRegion(lex, lex.entryEntity[a]!) && !lex.lists(lex.entryEntity[a]!, lex.entryEntity[b]!);
    // (A country is no town near a border: "MEXICO, Maine" is not Mexico, which lists the US beside it.)
    const neither = (a: number, b: number) => (flagsOf(a) & F_COUNTRY) !== 0 ? countryOf(a) !== countryOf(b) : apart(countryOf(a), countryOf(b)) || otherRegion(a, b);
    // (Only the best-known place need lie apart: "Paris, Ontario" is no French capital, though a Paris in
    // Texas lies in a country beside Canada — a list pairs a town with a region near it, not a namesake's.)
    const known = places.reduce((x, a) => (x < 0 || lex.prominence(lex.entryEntity[a]!) > lex.prominence(lex.entryEntity[x]!) ? a : x), -1);
    if (known < 0 || countryOf(known) < 0 || !regions.every((b) => neither(known, b))) return;
  }
  if (LIST_GOES_ON.test(text.slice(container.end, container.end + 8))) return;
  // A well-known town too ("Rabat, Malta" is no Moroccan capital), unless a list runs into the pair:
  // "Amman, Cairo, Jordan" — "Cairo" may close one item as well as open one.
  if (!town.entries.every((a) => lex.prominence(lex.entryEntity[a]!) < LITTLE_KNOWN) && LIST_RUNS_IN.test(text.slice(Math.max(0, town.start - 6), town.start))) return;
  town.inLongerName = town.elsewhere = true;
  // What holds a town is a region, not a town of the name: "near Delhi, New York" is the state, not the
  // city (the town is one we do not know, but the comma still says where it lies).
  if (regions && regions.length < container.entries.length) container.entries = regions;
}

/**
 * "Murdochville, Quebec": after an unknown town — word id `before` (-1: a word the lexicon does not
 * hold), no common word and no known name's first word — a name that can be a region and no country
 * is the region. Not when its first word (id `first`) is a given name: "King, Michael" is an author.
 */
export function afterUnknownTown(lex: Lexicon, before: number, first: number, container: Span): void {
  if (before >= 0 && ((lex.tokenFlags[before]! & TF_COMMON) !== 0 || lex.rootChild[before]! >= 0)) return;
  // "King, Michael (2003)" in a reference list: an author, not a town and a region.
  if (first >= 0 && (lex.tokenFlags[first]! & TF_GIVEN) !== 0) return;
  let region = false;
  for (const b of container.entries) {
    const flags = lex.entityFlags[lex.entryEntity[b]!]!;
    // Nor a region named like a word: "Gamma, Zeta and Omega" lists letters, not a town of Montenegro.
    if ((flags & F_COUNTRY) !== 0 || (lex.entryFlags[b]! & E_WORDLIKE) !== 0) return;
    if ((flags & F_REGION) !== 0) region = true;
  }
  if (region) container.regionWord = true;
}
