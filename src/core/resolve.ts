/**
 * The resolver: decides, for one document, which entity each matched span stands for and how sure
 * we are (confidence in [0, 1]); spans below the threshold are dropped.
 *
 * Precision first — a wrong card costs more than a missing one — so every rule here only ever lowers
 * confidence unless the document itself supports the link:
 *  1. names (ordinary aliases, acronyms) get a base confidence from how they matched (several words >
 *     one word > a common word; a lowercase one-word name is suspicious) and from prominence (a
 *     village named like a surname starts low); WordNet-only entities start lower still;
 *  2. the entities named unambiguously form the document's context; homonyms (Damascus, Syria vs
 *     Damascus, Oregon) are weighed by prominence × context support (related ids, shared country);
 *  3. surnames and short forms (needs-context, coref) link after a full mention of the same entity,
 *     or — needs-context only — when several of the document's entities are directly related;
 *  4. a capital at the start of a sentence or in a headline is confirmed only by a confident mention
 *     of the same entity elsewhere in the document;
 *  5. demonyms link to their country with lower confidence, and never displace a name;
 *  6. a word the document also uses as the surname of a person we do not know ("Gerald R. Ford")
 *     keeps only person readings elsewhere in it ("Ford" is then not the carmaker), and right after
 *     that given name it is never a known person's short form ("Marsha P. Johnson");
 *  7. a lesser-known person's short form that is also a word or a common name ("May", "Smith") gets
 *     only half support from a country; a lesser-known organisation's acronym ("SP", "RSS") needs the
 *     page's support unless it names a company or news agency — and its country, named far less than
 *     another and not beside it, is no support (strayAcronym);
 *  8. the words around a span may say what it is: a region ("Santa Fe province"; only region readings
 *     then), or part of a longer name (match.ts: inLongerName), which the page's support does not
 *     lift when it is an organisation's or a work's (inNamedBody);
 *  9. what is named near a span — a sentence or two (nearby.ts) — may decide where the page as a
 *     whole cannot: a little-known namesake of a world-famous place ("Paris, Texas") and a town named
 *     like a word ("Rugby", "Tyler") need their own region or its towns named there, not merely their
 *     country on the page (namesakes.ts); a generic body ("Democratic Party") among another country's
 *     names is that country's, on a page not mainly about its own;
 * 10. two people sharing a surname, neither named in full and both backed by the page ("Clinton"):
 *     no link.
 * The weights are in one place (WEIGHTS) so they can be tuned against the evaluation; the distances
 * and prominence bounds of the rules about what is named near a span are in their modules.
 */
import type { Kind } from '../data/schema.ts';
import type { Lexicon } from './lexicon.ts';
import { somePlace, type Span } from './match.ts';
import { ACRONYM_COREF, linkAcronyms } from './acronym-coref.ts';
import { companyBesideCompany } from './company-lists.ts';
import { clubOfPlayerAfter } from './player-clubs.ts';
import * as format from './format.ts';
import { famousPlaceAmong, isNamesake, isObscureNamesake, knownTownAmong, pinnedTownAmong, NAMESAKE_SUPPORT, namesakeNamedNear, OBSCURE_NAMESAKE, wordTown, wordTownNamedNear } from './namesakes.ts';
import { countryNamedNear, placeOfCountryNear, readingNear, mostlyOtherCountriesNear, relatedNamedNear } from './nearby.ts';
import { isRegionName, regionAmongRegions, regionBesideRegion } from './region-lists.ts';

// Module-local copies of hot-path constants (why: see tokenize.ts).
const { E_TOKENS_SHIFT, E_COMMON, E_GENERIC_BODY, E_LETTERS_SHIFT, E_OWN_DOT, E_POSSESSIVE, E_WORDLIKE, F_BRAND, F_COUNTRY, F_REGION, F_TEAM, F_WEAK, KIND_CODES, M_ACRONYM, M_COREF, M_DEMONYM, M_NEEDS_CONTEXT, M_ORDINARY, MODE_MASK } = format;

const PLACE = KIND_CODES.indexOf('place');
const PERSON = KIND_CODES.indexOf('person');
const EVENT = KIND_CODES.indexOf('event');
const ORGANIZATION = KIND_CODES.indexOf('organization');

/** Prominence under which a town of a country the page barely names needs something on the page that places it (strayTown). */
const STRAY_TOWN = 0.3;
/** Prominence from which a region named like a foreign country is known in its own right (Georgia, the US state). */
const KNOWN_REGION = 0.4;
/** Prominence under which a town's name, used in an organisation's name on the page, is doubted elsewhere on it. */
const BODY_NAMESAKE_TOWN = 0.4;

export const WEIGHTS = {
  multiWord: 0.92,
  oneWord: 0.86,
  commonWord: 0.78,
  lowercaseWord: 0.5,
  acronym: 0.9,
  shortAcronym: 0.8,
  /**
   * Below this prominence an acronym needs the document's support (its country or a related entity
   * named): "SP", "RSS", "PT", "TPP" are far more often something else — single player, a feed, Pacific
   * Time, a trade deal — than India's Samajwadi Party or Taiwan's People's Party. Companies and news
   * agencies are exempt: IBM, VW and AFP are those names everywhere; and so is an acronym whose
   * entity the page names in full ("the Meridian Harbour Authority … the MHA").
   */
  famousAcronym: 0.7,
  unsupportedAcronym: 0.5,
  /** A little-known town nothing on the page places (strayTown): a company's, a person's or a product's name. */
  strayTown: 0.5,
  /** Prominence factor for one-word names: floor + (1 − floor)·√prominence. */
  oneWordProminenceFloor: 0.4,
  multiWordProminenceFloor: 0.75,
  weakSource: 0.6,
  /** Confidence added per unit of context support (capped at supportCap units). */
  supportBonus: 0.05,
  supportCap: 3,
  /** Homonym weight = (prominence + prominenceEpsilon) · (1 + supportWeight · support). */
  prominenceEpsilon: 0.05,
  supportWeight: 20,
  /** A country-mate (another entity of the same country) is worth this much support, capped in total. */
  mateSupport: 0.5,
  mateCap: 1,
  /** Support from a place's own country, or any country for a word-like short form (see DocumentContext.direct). */
  countrySupport: 0.5,
  /**
   * Prominence from which a person's word-like short form gets full support from their country: "Trump"
   * on a page that names the United States is Donald Trump; "Smith" or "May" is not Jack Smith or
   * Theresa May for that alone.
   */
  famousShortForm: 0.8,
  /** Prominence from which such a distinctive surname needs no support at all (Trump, Putin, Macron, Netanyahu). */
  worldFamousShortForm: 0.9,
  /**
   * Of two people named in full with one surname, the one better known by this much is what the bare
   * surname means ("Trump" beside Melania Trump); closer than that, the surname gets no card.
   */
  surnameOwner: 0.2,
  /** Context beyond the first unit of support stands in for prominence: each further unit adds this much. */
  supportAsProminence: 0.15,
  coref: 0.9,
  contextLinked: 0.55,
  contextPerSupport: 0.05,
  contextMax: 0.85,
  contextWeak: 0.45,
  demonym: 0.45,
  demonymCountryNamed: 0.65,
  unconfirmedCapital: 0.3,
  /** A one-word match inside what looks like a longer unknown name ("Paris Hilton"). */
  inLongerName: 0.5,
  /** A word the document also uses as the surname of a person we do not know ("Gerald Ford … Ford"). */
  unknownPersonsSurname: 0.5,
  /**
   * A generic institution name ("Supreme Court", "Labour"; format.ts, E_GENERIC_BODY) of a country the
   * document names far less than another (see CountryTally): on a New Zealand page, "the House of
   * Representatives" is New Zealand's, not the US House.
   */
  foreignInstitution: 0.5,
  /** "Far less": fewer than this share of the leading country's mentions. */
  leadingCountryShare: 0.2,
  /** How often a page names a country's people and places, leading all others, to be about it. */
  homeCountryMentions: 3,
} as const;

export interface ResolveOptions {
  /** Mentions below this confidence are not returned (default 0.5). */
  threshold?: number;
  /** Only these kinds (default: all). */
  kinds?: readonly Kind[];
  /** Link demonyms ("Turkish") to their country (default true). */
  demonyms?: boolean;
}

/** One recognised name in the text. Offsets are UTF-16 code units into the original text (block). */
export interface Mention {
  start: number;
  end: number;
  /** The text as written: text.slice(start, end). */
  text: string;
  entityId: string;
  kind: Kind;
  /** How sure the engine is, in [0, 1]. */
  confidence: number;
}

export const DEFAULT_THRESHOLD = 0.5;

interface Choice { entity: number; conf: number }

/**
 * The generation after `gen` for tables whose entries count only while stamped with the current one
 * (so a new document starts empty without clearing anything); at the Int32 limit the stamps are
 * cleared and counting starts again.
 */
function nextGeneration(gen: number, ...stamps: Int32Array[]): number {
  if (gen < 0x7fffffff) return gen + 1;
  for (const s of stamps) s.fill(0);
  return 1;
}

/**
 * Per-entity tables for one DocumentContext, kept from document to document: building a context
 * was a Set, a Map of arrays and another Map per document (a fifth of the resolver's time, and most
 * of its garbage). An entry counts only while its stamp is the context's generation, so a new
 * context starts empty without clearing anything.
 */
class ContextTables {
  /** Entity → the generation in which it is a member. */
  readonly memberGen: Int32Array;
  /** Entity x → the generation in which listedHead[x] and countryCount[x] hold. */
  readonly listedGen: Int32Array;
  /** Entity x → the first link of the members whose context lists x (-1: none). */
  readonly listedHead: Int32Array;
  /** Country → its members (the country itself included, if a member). */
  readonly countryCount: Int32Array;
  /** Links of the lists above: a member, and the next link of the same list (-1: the end). */
  linkMember = new Int32Array(256);
  linkNext = new Int32Array(256);
  gen = 0;

  constructor(entityCount: number) {
    this.memberGen = new Int32Array(entityCount);
    this.listedGen = new Int32Array(entityCount);
    this.listedHead = new Int32Array(entityCount);
    this.countryCount = new Int32Array(entityCount);
  }

  /** A generation no entry holds yet. */
  nextGen(): number {
    return this.gen = nextGeneration(this.gen, this.memberGen, this.listedGen);
  }

  /** Room for `links` links. */
  reserve(links: number): void {
    if (this.linkMember.length >= links) return;
    let cap = this.linkMember.length;
    while (cap < links) cap *= 2;
    const member = new Int32Array(cap); member.set(this.linkMember); this.linkMember = member;
    const next = new Int32Array(cap); next.set(this.linkNext); this.linkNext = next;
  }
}

/**
 * The entities the document names confidently, with quick support look-ups. Valid until the next
 * context is built on the same tables.
 */
class DocumentContext {
  private readonly lex: Lexicon;
  private readonly gen: number;
  private readonly memberGen: Int32Array;
  private readonly listedGen: Int32Array;
  private readonly listedHead: Int32Array;
  private readonly countryCount: Int32Array;
  private readonly linkMember: Int32Array;
  private readonly linkNext: Int32Array;
  /** How many members are companies or news agencies (F_BRAND). */
  private readonly brandCount: number;

  constructor(lex: Lexicon, members: readonly number[], tables: ContextTables) {
    this.lex = lex;
    const gen = this.gen = tables.nextGen();
    const { memberGen, listedGen, listedHead, countryCount } = tables;
    let links = 0;
    for (const d of members) links += lex.contextStart[d + 1]! - lex.contextStart[d]!;
    tables.reserve(links);
    const { linkMember, linkNext } = tables;
    let link = 0;
    let brands = 0;
    for (const d of members) {
      if (memberGen[d] === gen) continue;
      memberGen[d] = gen;
      if ((lex.entityFlags[d]! & F_BRAND) !== 0) brands++;
      for (let k = lex.contextStart[d]!; k < lex.contextStart[d + 1]!; k++) {
        const x = lex.context[k]!;
        if (listedGen[x] !== gen) { listedGen[x] = gen; listedHead[x] = -1; countryCount[x] = 0; }
        linkMember[link] = d; linkNext[link] = listedHead[x]!; listedHead[x] = link++;
      }
      const c = lex.entityCountry[d]!;
      if (c >= 0) {
        if (listedGen[c] !== gen) { listedGen[c] = gen; listedHead[c] = -1; countryCount[c] = 0; }
        countryCount[c]!++;
      }
    }
    this.memberGen = memberGen; this.listedGen = listedGen; this.listedHead = listedHead; this.countryCount = countryCount;
    this.linkMember = linkMember; this.linkNext = linkNext;
    this.brandCount = brands;
  }

  /** Whether the document names e confidently. */
  has(e: number): boolean {
    return this.memberGen[e] === this.gen;
  }

  /**
   * Members directly related to e: either side lists the other. By default a place's own country
   * counts half — every village in Turkey is "related" to Turkey, so that alone must not make one
   * likely. `rivals` (the other readings of the same words) are never evidence: the city of Moscow,
   * chosen by prominence, must not make the Moscow region likelier. `w`: what each kind of member is
   * worth (see Weighing).
   */
  direct(e: number, rivals: readonly number[] = NONE, w: Weighing = BY_DEFAULT): number {
    const lex = this.lex;
    let n = 0;
    const ownCountry = lex.entityKind[e] === PLACE ? lex.entityCountry[e]! : -1;
    const first = lex.contextStart[e]!;
    const end = lex.contextStart[e + 1]!;
    for (let k = first; k < end; k++) {
      const x = lex.context[k]!;
      if (x !== e && this.has(x) && !rivals.includes(x)) n += x === ownCountry ? w.ownCountry : weightOf(lex, x, w);
    }
    // Members that list e, unless counted above: a member d that is no rival was counted iff e lists
    // it. (Looked up in e's list, not in an array of those counted: no array per call — and the
    // "?? []" allocated one for every entity no member lists, which is most.)
    if (this.listedGen[e] === this.gen) {
      for (let link = this.listedHead[e]!; link >= 0; link = this.linkNext[link]!) {
        const d = this.linkMember[link]!;
        if (d === e || rivals.includes(d) || (!w.townsWithin && lex.isTown(d))) continue;
        if (!lex.lists(e, d)) n += weightOf(lex, d, w);
      }
    }
    return n;
  }

  /**
   * Whether a member of the given kind is tied to e: either record lists the other (Keir Starmer and
   * Labour, Christine Lagarde and the ECB).
   */
  tiedOfKind(e: number, kind: number): boolean {
    const lex = this.lex;
    for (let k = lex.contextStart[e]!; k < lex.contextStart[e + 1]!; k++) {
      const x = lex.context[k]!;
      if (lex.entityKind[x] === kind && this.has(x)) return true;
    }
    if (this.listedGen[e] !== this.gen) return false;
    for (let link = this.listedHead[e]!; link >= 0; link = this.linkNext[link]!) if (lex.entityKind[this.linkMember[link]!] === kind) return true;
    return false;
  }

  /** Members that are companies or news agencies, other than e and its rivals. */
  brands(e: number, rivals: readonly number[] = NONE): number {
    const lex = this.lex;
    let n = this.brandCount - (this.has(e) && (lex.entityFlags[e]! & F_BRAND) !== 0 ? 1 : 0);
    for (const r of rivals) if (r !== e && this.has(r) && (lex.entityFlags[r]! & F_BRAND) !== 0) n--;
    return n;
  }

  /** Members of the same country as e (not counting e or its rivals). */
  mates(e: number, rivals: readonly number[] = NONE): number {
    const c = this.lex.entityCountry[e]!;
    if (c < 0) return 0;
    let n = (this.listedGen[c] === this.gen ? this.countryCount[c]! : 0) - (this.has(e) ? 1 : 0);
    for (const r of rivals) if (r !== e && this.has(r) && this.lex.entityCountry[r] === c) n--;
    return n;
  }

  /**
   * The entities of a span's entries that are members: the only rivals direct, mates and support can
   * meet (they count members alone, so a rival that is not one changes nothing). A homonym such as
   * "Victoria" or "Wilson" has a dozen entries, and each entry's support went through every rival,
   * looking each up among the members; few of them ever are members.
   */
  memberRivals(span: Span): readonly number[] {
    if (span.entries.length < 2) return NONE;
    let out: number[] | null = null;
    for (const entry of span.entries) {
      const x = this.lex.entryEntity[entry]!;
      if (this.has(x)) (out ??= []).push(x);
    }
    return out ?? NONE;
  }

  /** Members related to e (weighed by `w`), and a unit for every two of its country's (capped). */
  support(e: number, rivals: readonly number[] = NONE, w: Weighing = BY_DEFAULT): number {
    return this.direct(e, rivals, w) + Math.min(WEIGHTS.mateCap, WEIGHTS.mateSupport * this.mates(e, rivals));
  }
}

/** What DocumentContext.direct counts each member related to an entity for, by what the member is. */
interface Weighing {
  /** The entity's own country (a place's). */
  readonly ownCountry: number;
  /** Another country. */
  readonly countries: number;
  readonly regions: number;
  /** Whether towns that list the entity count (each 1). */
  readonly townsWithin: boolean;
}
/** A place's own country counts half: every village in Turkey is "related" to Turkey. */
const BY_DEFAULT: Weighing = { ownCountry: WEIGHTS.countrySupport, countries: 1, regions: 1, townsWithin: true };
/** A lesser-known person's word-like short form ("May", "Smith"): any country counts half (WEIGHTS.famousShortForm). */
const FOR_WORDLIKE_SHORT_FORM: Weighing = { ...BY_DEFAULT, countries: WEIGHTS.countrySupport };
/**
 * What singles a place out within its country — its region, the people and bodies related to it — not
 * its country (namesakes.ts: a little-known namesake of a famous place).
 */
const WITHIN_COUNTRY: Weighing = { ...BY_DEFAULT, ownCountry: 0 };
/**
 * What ties a town named like a word ("Rugby", "Tyler") to the page beyond its containers: neither its
 * country nor its region counts (namesakes.ts).
 */
const BEYOND_CONTAINERS: Weighing = { ownCountry: 0, countries: WEIGHTS.countrySupport, regions: 0, townsWithin: true };
/**
 * A region named like a town that lies in it ("New York", the state and the city): the towns of the
 * region named on the page count no more for it than for the town — "Manhattan" is as much in the one
 * as in the other, though the data ties it to the state alone.
 */
const REGION_NAMED_LIKE_ITS_TOWN: Weighing = { ...BY_DEFAULT, townsWithin: false };
/** What ties a body to the page besides countries: its people, its other bodies, its places (strayAcronym). */
const BEYOND_COUNTRIES: Weighing = { ownCountry: 0, countries: 0, regions: 1, townsWithin: true };

/** A related member's worth by `w`: a region, a country, or anything else (1). */
function weightOf(lex: Lexicon, x: number, w: Weighing): number {
  const flags = lex.entityFlags[x]!;
  return (flags & F_REGION) !== 0 ? w.regions : (flags & F_COUNTRY) !== 0 ? w.countries : 1;
}

const NONE: readonly number[] = [];
const SHORT_FORMS = (1 << M_NEEDS_CONTEXT) | (1 << M_COREF);
const NAMES = (1 << M_ORDINARY) | (1 << M_ACRONYM);

function baseConfidence(lex: Lexicon, entry: number, span: Span, support: number): number {
  const flags = lex.entryFlags[entry]!;
  const mode = flags & MODE_MASK;
  const entity = lex.entryEntity[entry]!;
  // A little-known place the document's context clearly points to is as good as a better-known one.
  const p = Math.min(1, lex.prominence(entity) + WEIGHTS.supportAsProminence * Math.max(0, support - 1));
  const multi = ((flags >>> E_TOKENS_SHIFT) & 0xff) > 1;
  let base: number;
  if (mode === M_ACRONYM) base = ((flags >>> E_LETTERS_SHIFT) & 0xff) >= 3 ? WEIGHTS.acronym : WEIGHTS.shortAcronym;
  // (Events are often written in lowercase: "the global financial crisis".)
  else if (span.lowercase && (!multi || lex.entityKind[entity] !== EVENT)) base = WEIGHTS.lowercaseWord;
  else if (multi) base = WEIGHTS.multiWord;
  else if (flags & E_COMMON) base = WEIGHTS.commonWord;
  else base = WEIGHTS.oneWord;
  const floor = multi || mode === M_ACRONYM ? WEIGHTS.multiWordProminenceFloor : WEIGHTS.oneWordProminenceFloor;
  base *= floor + (1 - floor) * Math.sqrt(p);
  if (lex.entityFlags[entity]! & F_WEAK) base *= WEIGHTS.weakSource;
  if (span.inLongerName && !span.inNamedBody && mode !== M_ACRONYM) base *= WEIGHTS.inLongerName;
  return base;
}

/** Whether `region` is a first-level region named like `country`, a country not its own: Georgia (US) and Georgia. */
function regionNamedLikeForeignCountry(lex: Lexicon, region: number, country: number): boolean {
  return (lex.entityFlags[region]! & F_REGION) !== 0 && (lex.entityFlags[country]! & F_COUNTRY) !== 0 && lex.entityCountry[region] !== country;
}

/** Whether chooseName has entries to weigh: names, or a region's short name with a region word beside it. */
function namesApply(span: Span): boolean {
  return (span.modes & NAMES) !== 0 || ((span.regionWord || span.placed) && (span.modes & (1 << M_NEEDS_CONTEXT)) !== 0);
}

/** Whether e is a region that another reading of the span, a town, lies in ("New York"). */
function regionOfTownAmong(lex: Lexicon, span: Span, e: number): boolean {
  if (span.entries.length < 2 || (lex.entityFlags[e]! & F_REGION) === 0) return false;
  for (const entry of span.entries) {
    const t = lex.entryEntity[entry]!;
    if (t !== e && lex.isTown(t) && lex.lists(t, e)) return true;
  }
  return false;
}

/**
 * Picks among a span's name entries (ordinary, acronym), weighing prominence and context. `local`: a
 * namesake that places named beside the span single out (namesakes.ts).
 */
function chooseName(lex: Lexicon, span: Span, context: DocumentContext | null, local = -1): Choice | null {
  let total = 0;
  let best: Choice | null = null;
  let bestWeight = -1;
  let bestSupport = 0;
  let bestBase = 0;
  let bestAcronym = false;
  // Only homonyms have rivals, and only those the document names count (see memberRivals).
  const rivals = context ? context.memberRivals(span) : NONE;
  // "Santa Fe province": only its region readings, if it has any (region-words.ts). The words are the
  // context a region's short name needs ("Idlib" is the city unless the document says otherwise).
  const regionsOnly = span.regionWord && span.entries.some((e) => isRegionName(lex, e));
  const famous = context ? famousPlaceAmong(lex, span) : -1;
  // (Or an obscure town named like a well-known one: Venice, Florida.)
  const known = context && famous < 0 ? knownTownAmong(lex, span) : -1;
  let knownRegionUnsupported = false;
  for (const entry of span.entries) {
    const mode = lex.entryFlags[entry]! & MODE_MASK;
    // (A town placed by its region, "Tyler, Texas", has the context its short name needs.)
    if (regionsOnly ? !isRegionName(lex, entry) : (mode === M_NEEDS_CONTEXT && !span.placed) || mode === M_COREF || mode === M_DEMONYM) continue;
    const entity = lex.entryEntity[entry]!;
    // A little-known namesake of a world-famous place needs support that singles it out (namesakes.ts),
    // unless a place named beside this span did (`local`), or the words beside it say which it is
    // ("Georgia Rep. Marjorie Taylor Greene": region-words.ts).
    let support = 0;
    if (context && entity !== local && !regionsOnly && (isNamesake(lex, entity, famous) || isObscureNamesake(lex, entity, known))) {
      const specific = context.direct(entity, rivals, WITHIN_COUNTRY);
      support = specific >= NAMESAKE_SUPPORT ? Math.min(WEIGHTS.supportCap, specific) : 0;
      // "Lake Burton in north Georgia" on a page about Alabama football: a state named like another
      // country is no little-known namesake on a page that names two more of its own country's people
      // and places, or one of its own ("Georgia regulators … customers in Atlanta"), and nothing tied
      // to that other country (its neighbours, towns, leaders).
      if (support === 0 && regionNamedLikeForeignCountry(lex, entity, famous) && (context.mates(entity, rivals) >= 2 || specific >= 1) && context.direct(famous, rivals) === 0) {
        support = Math.min(WEIGHTS.supportCap, context.support(entity, rivals));
      }
      // Unsupported, it is no reading at all, and takes no confidence from the famous place either:
      // "Officials met in Washington" is D.C., though three little towns share its name. A region
      // known in its own right that is named like a foreign country is another matter (below).
      if (support === 0) {
        if (regionNamedLikeForeignCountry(lex, entity, famous) && lex.prominence(entity) >= KNOWN_REGION) knownRegionUnsupported = true;
        continue;
      }
    } else if (context) support = Math.min(WEIGHTS.supportCap, context.support(entity, rivals, regionOfTownAmong(lex, span, entity) ? REGION_NAMED_LIKE_ITS_TOWN : BY_DEFAULT));
    const weight = (lex.prominence(entity) + WEIGHTS.prominenceEpsilon) * (1 + WEIGHTS.supportWeight * support);
    total += weight;
    if (weight > bestWeight) {
      bestWeight = weight; best = { entity, conf: 0 }; bestSupport = support; bestBase = baseConfidence(lex, entry, span, support);
      bestAcronym = mode === M_ACRONYM && (span.capsRun || !distinctiveAcronym(lex, entry));
    }
  }
  if (!best) return null;
  const share = bestWeight / total;
  best.conf = Math.min(0.99, bestBase * (0.4 + 0.6 * share) + WEIGHTS.supportBonus * bestSupport);
  // "Pledged to Georgia regulators", with nothing else on the page to tell: the country and the US
  // state are both well known, so neither gets a card — a missing one costs less than a wrong one.
  if (knownRegionUnsupported && bestSupport === 0 && best.entity === famous) best.conf = Math.min(best.conf, WEIGHTS.contextWeak);
  // In an organisation's or a feature's name ("the Chatham Islands Council"), after the page's support:
  // a place the page is about is still not what those words name. A country's abbreviation too, at the
  // head of an organisation's name ("US Airways", "Healthline Media UK Ltd"); another acronym is the
  // body's own ("IBM Corp"), and a country's before a court or a district is the country's ("U.S.
  // District Court").
  if (bestAcronym ? span.inOrgName && lex.entityKind[best.entity] === PLACE : span.inNamedBody) best.conf *= WEIGHTS.inLongerName;
  if (bestAcronym && bestSupport < 1 && lex.prominence(best.entity) < WEIGHTS.famousAcronym && (lex.entityFlags[best.entity]! & F_BRAND) === 0 &&
    !context?.has(best.entity)) {
    best.conf *= WEIGHTS.unsupportedAcronym;
  }
  // "Delta cancelled 300 flights": a little-known place that nothing on the page supports — not its
  // country, nor a place or person of it — is no likelier than a far better-known name that the word is
  // short for (Delta Air Lines), which itself waits for context. Neither is shown on the word alone.
  if (context && bestSupport === 0 && !bestAcronym && lex.entityKind[best.entity] === PLACE && lex.prominence(best.entity) < OBSCURE_NAMESAKE &&
    betterKnownShortForm(lex, span, best.entity)) {
    best.conf *= WEIGHTS.unsupportedAcronym;
  }
  return best;
}

/**
 * Whether a name the page says nothing for gives way to another entity's short form that the page
 * links: "Floods hit Gaza and Inhambane provinces in Mozambique" is the Mozambican province, though
 * "Gaza" alone is the Palestinian territory. (The page supports the short form, or it would not be
 * linked; it names nothing tied to the name's entity, nor its country.) One word only: a name of
 * several ("British Indian Ocean Territory") is the entity it spells, whatever else shares it.
 */
function unsupportedBesideSupported(lex: Lexicon, span: Span, name: Choice, short: Choice, context: DocumentContext): boolean {
  if (span.tokenCount > 1 || short.entity === name.entity || short.conf < DEFAULT_THRESHOLD || context.has(short.entity)) return false;
  const rivals = context.memberRivals(span);
  return context.support(name.entity, rivals) === 0;
}

/** Prominence by which a short form's entity outranks a little-known place named like it (chooseName). */
const FAR_BETTER_KNOWN = 0.25;

/** Whether a needs-context reading of the span is far better known than place e. */
function betterKnownShortForm(lex: Lexicon, span: Span, e: number): boolean {
  const p = lex.prominence(e) + FAR_BETTER_KNOWN;
  for (const entry of span.entries) {
    if ((lex.entryFlags[entry]! & MODE_MASK) === M_NEEDS_CONTEXT && lex.prominence(lex.entryEntity[entry]!) >= p) return true;
  }
  return false;
}

/**
 * Picks among a span's surname / short-form entries. `local`: a town named like a word that places
 * named beside the span single out (namesakes.ts, wordTownNamedNear).
 */
function chooseShortForm(lex: Lexicon, span: Span, context: DocumentContext, local = -1): Choice | null {
  let best: Choice | null = null;
  let second = 0;
  let secondEntity = -1;
  const rivals = context.memberRivals(span);
  let countriesOnly = true;
  for (const entry of span.entries) if ((lex.entityFlags[lex.entryEntity[entry]!]! & F_COUNTRY) === 0) countriesOnly = false;
  for (const entry of span.entries) {
    const mode = lex.entryFlags[entry]! & MODE_MASK;
    if (mode !== M_NEEDS_CONTEXT && mode !== M_COREF) continue;
    const entity = lex.entryEntity[entry]!;
    // "He attended Mass.": a region's short name that is an English word ("Mass.", "Miss.", "Ill.")
    // names it only where the words around say so ("Boston, Mass.": containers.ts), which chooseName
    // weighs; never as a short form of the region named elsewhere. So does a little-known region named
    // by a word ("Central", "East"). (A known region's own name may: "Victoria's premier" on a page that
    // names Australia and Melbourne.)
    if ((lex.entryFlags[entry]! & E_COMMON) !== 0 && (lex.entityFlags[entity]! & F_REGION) !== 0 &&
      ((lex.entryFlags[entry]! & E_OWN_DOT) !== 0 || lex.prominence(entity) < KNOWN_REGION)) continue;
    let conf = 0;
    if (context.has(entity)) conf = WEIGHTS.coref; // named in full
    else if (mode === M_NEEDS_CONTEXT) {
      const wordLike = (lex.entryFlags[entry]! & E_WORDLIKE) !== 0 && lex.prominence(entity) < WEIGHTS.famousShortForm;
      // A town named like a word or a given name ("Rugby", "Green", "Tyler"): that the page names its
      // region and country says nothing of the word; only the words beside it do ("Tyler, Texas":
      // containers.ts, then chooseName; "Floods hit Chiriquí … In David": `local`), or what the page
      // names that is tied to the town itself.
      const town = entity !== local && wordTown(lex, entry);
      // A team's nickname ("Sharks", "Warriors", "Penguins"): the page names its town or its own people,
      // not merely its country — a headline about sharks on an American page is no hockey team's.
      const team = (lex.entityFlags[entity]! & F_TEAM) !== 0;
      // (One that is an everyday word opening a sentence, where its capital proves nothing, takes two
      // signs: "Heat warnings were issued for Miami", "Lightning struck a house in Tampa". A club named
      // for its town is another matter: "Chelsea won 2-0 at Stamford Bridge".)
      const townEnough = team && !(span.unprovenCapital && (lex.entryFlags[entry]! & E_COMMON) !== 0 && !somePlace(lex, span));
      const direct = context.direct(entity, rivals, team ? BEYOND_COUNTRIES : town ? BEYOND_CONTAINERS : wordLike ? FOR_WORDLIKE_SHORT_FORM : BY_DEFAULT);
      const support = direct + (town || team ? 0 : Math.min(WEIGHTS.mateCap, WEIGHTS.mateSupport * context.mates(entity, rivals)));
      // Linked: two entities of the document name it directly (related ids, facts), or one does and
      // further ones share its country ("Akar" beside Turkey, Hatay and Erdoğan) — or, for a team, its
      // own town does ("Seahawks" on a page that names Seattle).
      // So does any one sign for a world leader's or celebrity's distinctive surname: "Biden said the
      // United States…", "Trump and Biden debated in Atlanta, Georgia". (Not a surname that is a word
      // or a common name, E_WORDLIKE: "Harris", "Kim", "Lee" take two signs like anyone's.)
      const famousSurname = lex.entityKind[entity] === PERSON && (lex.entryFlags[entry]! & E_WORDLIKE) === 0 && lex.prominence(entity) >= WEIGHTS.famousShortForm;
      // And a world-famous company's name that is a word ("Apple", "Amazon", "Meta"), written with a
      // capital, on a page that names another company: "the EU fined Apple and Meta, as Google waits".
      // (At a sentence's start, two others; never after "the": "deforestation in the Amazon".)
      // (Or before what a company does, "Amazon said", "Tesla reported": a river does not report.)
      const famousBrand = (lex.entityFlags[entity]! & F_BRAND) !== 0 && lex.prominence(entity) >= WEIGHTS.famousShortForm && !span.afterThe &&
        (span.reports || context.brands(entity, rivals) >= (span.unprovenCapital ? 2 : 1));
      // A person's surname beside a body the dataset ties them to — "Messi scored twice as Inter Miami won",
      // "Lagarde said the ECB would cut" — and a body's short name beside one of its people named in full:
      // "Keir Starmer led Labour to victory". (Not a surname that is a word or a common name: "Harris",
      // "Kim" and "Lee" take two signs like anyone's.)
      const kind = lex.entityKind[entity];
      const ownTie = direct >= 1 && (kind === PERSON ? (lex.entryFlags[entry]! & E_WORDLIKE) === 0 && context.tiedOfKind(entity, ORGANIZATION) : kind === ORGANIZATION && context.tiedOfKind(entity, PERSON));
      // A short name only countries share, and no word ("Congo" for either republic): one place or
      // person of one of them on the page says which ("Congo's health ministry … South Kivu province" was
      // the Democratic Republic at 0.45, no card). (Not "Emirates", an airline's too: Dubai backs both.)
      const countryTie = direct >= 1 && countriesOnly && (lex.entryFlags[entry]! & E_WORDLIKE) === 0;
      if (direct >= 2 || (direct >= 1 && (support >= 2 || townEnough || ownTie || countryTie)) || (famousSurname && support >= 1) || famousBrand) conf = Math.min(WEIGHTS.contextMax, WEIGHTS.contextLinked + WEIGHTS.contextPerSupport * support);
      // And a head of state's or government's of the first rank needs no sign at all: "Trump met Putin in
      // Alaska", "Macron and Starmer proposed…" — headlines and short items name them so. (Not after "in"
      // or "to": "crowds gathered in Obama" is the Japanese town's, if anyone's; nor where the word is
      // another entity's own name, a country's or a region's: the page decides between them.)
      else if (famousSurname && lex.prominence(entity) >= WEIGHTS.worldFamousShortForm && !span.afterPlacePreposition && !someOrdinary(lex, span)) conf = WEIGHTS.contextLinked;
      else if (support >= 1) conf = WEIGHTS.contextWeak;
      if (lex.entityFlags[entity]! & F_WEAK) conf *= WEIGHTS.weakSource;
    }
    // (At equal confidence, the better known first.)
    if (!best || conf > best.conf || (conf === best.conf && lex.prominence(entity) > lex.prominence(best.entity))) {
      second = best?.conf ?? 0; secondEntity = best?.entity ?? -1; best = { entity, conf };
    } else if (conf > second) { second = conf; secondEntity = entity; }
  }
  // Two people with the same surname, both plausible: not sure which. Plausible is close in confidence,
  // or — neither named in full — both backed by the page: "Clinton" on a page that names the United
  // States and the Democrats is Bill or Hillary, and which of them is the more famous says nothing.
  // Both named in full and about as well known ("George W. Bush met George H.W. Bush. Bush said"): a
  // coin toss, no card. (Far better known, the one is what the surname means: "Trump" on a page that
  // also names Melania Trump.)
  // (Not two places, one within the other, that share a short name — "Gaza" for the Gaza Strip and Gaza
  // City: either card is about the place the reader means.)
  // (Nor an organisation chosen over a person: "Tesla's Model S" on a page that also fits Nikola Tesla is
  // the company the word more often means, which the weighing above already chose.)
  // (Bodies that share a name, "Supreme Court", are a toss only when the page backs them alike: a page
  // that names the United States far more than Canada means the US court.)
  if (best && second > 0 && (best.conf - second < 0.1 || (second >= WEIGHTS.contextWeak && best.conf < WEIGHTS.coref && lex.entityKind[best.entity] !== ORGANIZATION)) &&
    !nestedPlaces(lex, best.entity, secondEntity) &&
    !(lex.entityKind[best.entity] === ORGANIZATION && lex.entityKind[secondEntity] === PERSON)) {
    const toss = second >= WEIGHTS.coref && lex.prominence(best.entity) - lex.prominence(secondEntity) < WEIGHTS.surnameOwner;
    best.conf = Math.max(0, toss ? Math.min(best.conf - 0.3, WEIGHTS.contextWeak) : best.conf - 0.3);
  }
  // "Mehmet Akar" is not Hulusi Akar, even right after "Hulusi Akar".
  if (best && span.inLongerName) best.conf *= WEIGHTS.inLongerName;
  return best;
}

/** Whether some reading of the span is an ordinary name: an entity's own name, not a short form of one. */
function someOrdinary(lex: Lexicon, span: Span): boolean {
  for (const entry of span.entries) if ((lex.entryFlags[entry]! & MODE_MASK) === M_ORDINARY) return true;
  return false;
}

/** Whether a and b are places one of which lies in the other (the data lists it there). */
function nestedPlaces(lex: Lexicon, a: number, b: number): boolean {
  return b >= 0 && lex.entityKind[a] === PLACE && lex.entityKind[b] === PLACE && (lex.lists(a, b) || lex.lists(b, a));
}

function chooseDemonym(lex: Lexicon, span: Span, context: DocumentContext): Choice | null {
  for (const entry of span.entries) {
    if ((lex.entryFlags[entry]! & MODE_MASK) !== M_DEMONYM) continue;
    const entity = lex.entryEntity[entry]!;
    const conf = context.has(entity) ? WEIGHTS.demonymCountryNamed : WEIGHTS.demonym;
    return { entity, conf: span.inLongerName ? conf * WEIGHTS.inLongerName : conf };
  }
  return null;
}

/**
 * The choices made for the spans of one document that read alike. A page names the same few entities
 * again and again ("Erdoğan" twenty times), and each choice depends only on the span's entries and its
 * lowercase / in-a-longer-name flags, besides the document's context, which is fixed during a pass:
 * spans that read alike share one Reading and each choice is made once per document. (Weighing a
 * country's support reads its whole context list: this saves most of the resolver's work.)
 * The name choice is made in the passes over distinct readings; short form and demonym on first
 * need (undefined: not chosen yet). Choices are never modified once made, so spans may share them.
 */
interface Reading {
  /** The first span that reads so. */
  span: Span;
  /** Whether some span that reads so is no weak capital: only those seed the context or name an entity. */
  strong: boolean;
  name: Choice | null | undefined;
  short: Choice | null | undefined;
  demonym: Choice | null | undefined;
}

/**
 * Tables indexed by trie node, kept from document to document and stamped by generation like
 * ContextTables: they replace a Map and a Set per document.
 */
class NodeTables {
  /** Node → the generation in which readingAt[node] holds. */
  readonly readingGen: Int32Array;
  /** Node → the index (among the document's distinct readings) of the latest reading there. */
  readonly readingAt: Int32Array;
  /** Node → the generation in which a span there follows a given name not its own (Span.afterFirstName). */
  readonly surnameGen: Int32Array;
  /** Node → the generation in which a span there begins or ends an organisation's name (Span.inOrgName). */
  readonly orgNameGen: Int32Array;
  /** Node → the generation in which a span there is placed where none of its readings lies (Span.elsewhere). */
  readonly elsewhereGen: Int32Array;
  gen = 0;

  constructor(nodeCount: number) {
    this.readingGen = new Int32Array(nodeCount);
    this.readingAt = new Int32Array(nodeCount);
    this.surnameGen = new Int32Array(nodeCount);
    this.orgNameGen = new Int32Array(nodeCount);
    this.elsewhereGen = new Int32Array(nodeCount);
  }

  nextGen(): number {
    return this.gen = nextGeneration(this.gen, this.readingGen, this.surnameGen, this.orgNameGen, this.elsewhereGen);
  }

  /** Whether, in the document read last, a span at this node follows a given name not its own. */
  unknownSurname(node: number): boolean {
    return this.surnameGen[node] === this.gen;
  }

  /** Whether, in the document read last, a span at this node begins or ends an organisation's name. */
  inOrgName(node: number): boolean {
    return this.orgNameGen[node] === this.gen;
  }

  /** Whether, in the document read last, a span at this node is placed where none of its readings lies. */
  elsewhere(node: number): boolean {
    return this.elsewhereGen[node] === this.gen;
  }
}

/** What resolving needs besides the spans, per lexicon: its tables, allocated once. */
interface Scratch {
  /** Two sets: a document's second context is built while its first is still in use. */
  contexts: [ContextTables, ContextTables];
  /** A third, for the acronyms' context while the second is in use: made on the first page that needs it. */
  acronymContext?: ContextTables;
  nodes: NodeTables;
  countries: CountryTally;
}
const scratchOf = new WeakMap<Lexicon, Scratch>();
function scratchFor(lex: Lexicon): Scratch {
  let s = scratchOf.get(lex);
  if (!s) {
    s = { contexts: [new ContextTables(lex.entityCount), new ContextTables(lex.entityCount)], nodes: new NodeTables(lex.nodeCount), countries: new CountryTally(lex.entityCount) };
    scratchOf.set(lex, s);
  }
  return s;
}

/**
 * How often a document names each country — itself or its places, people and bodies — by its
 * confident names, span by span: a New Zealand page names New Zealand hundreds of times and the
 * United States a few. Also how often it names each town (addTown), so a town can be told from the
 * only thing the page names of its country (strayTown). Kept from document to document, stamped by
 * generation like ContextTables.
 */
class CountryTally {
  private readonly count: Int32Array;
  private readonly stamp: Int32Array;
  /** Per country: how often the document names places of it that lie in one of its regions (addPlace). */
  private readonly regional: Int32Array;
  private gen = 0;
  /** The most mentions of one country in the current document. */
  leading = 0;

  constructor(entityCount: number) {
    this.count = new Int32Array(entityCount);
    this.stamp = new Int32Array(entityCount);
    this.regional = new Int32Array(entityCount);
  }

  /** Starts a document. */
  reset(): void { this.gen = nextGeneration(this.gen, this.stamp); this.leading = 0; }

  /** Clears entity e's counts the first time the current document meets it. */
  private touch(e: number): void {
    if (this.stamp[e] !== this.gen) { this.stamp[e] = this.gen; this.count[e] = 0; this.regional[e] = 0; }
  }

  add(c: number): void {
    this.touch(c);
    if (++this.count[c]! > this.leading) this.leading = this.count[c]!;
  }

  /** Counts a mention of town t (kept in the same table, whose country entries it never touches). */
  addTown(t: number): void {
    this.touch(t);
    this.count[t]!++;
  }

  /** Counts a mention of a place in region r (the region itself or a town of it) of country c. */
  addPlace(r: number, c: number): void {
    this.addTown(r);
    this.touch(c);
    this.regional[c]!++;
  }

  /** How many times the document names places that lie in a region of country c. */
  regionalOf(c: number): number {
    return this.stamp[c] === this.gen ? this.regional[c]! : 0;
  }

  /** How many times the document names country c, or town t (addTown). */
  named(e: number): number {
    return this.stamp[e] === this.gen ? this.count[e]! : 0;
  }

  /** Whether country c is (one of) the document's most named. */
  leads(c: number): boolean {
    return this.stamp[c] === this.gen && this.count[c] === this.leading;
  }

  /** Whether the document names country c far less than the country it names most. */
  minor(c: number): boolean {
    return (this.stamp[c] === this.gen ? this.count[c]! : 0) < WEIGHTS.leadingCountryShare * this.leading;
  }
}

/**
 * Whether e is a town known too little to be named without context, of a country the document names
 * far less than another, or names only by this town ("4-1 win at Villa Park" on a Czech football page).
 */
function strayTown(lex: Lexicon, e: number, countries: CountryTally): boolean {
  const c = lex.entityCountry[e]!;
  return lex.isTown(e) && lex.prominence(e) < STRAY_TOWN && c >= 0 && (countries.minor(c) || countries.named(c) <= countries.named(e));
}

/**
 * If e is a town known too little to be named without context, of a region the document names by
 * nothing but this town, on a page that names places of its country's other regions, that region; else
 * -1. "The Whole Foods store on Westlake" on a Seattle page (Westlake, Ohio); "Kendall Jenner" on a
 * celebrity page full of California (Kendall, Florida); Spanish "Pekín" on a page about China and the
 * United States (Pekin, Illinois).
 */
function strayRegion(lex: Lexicon, e: number, countries: CountryTally): number {
  const c = lex.entityCountry[e]!;
  if (!lex.isTown(e) || lex.prominence(e) >= STRAY_TOWN || c < 0) return -1;
  const r = regionOf(lex, e);
  return r >= 0 && countries.named(r) <= countries.named(e) && countries.regionalOf(c) - countries.named(r) >= STRAY_REGION_OTHERS ? r : -1;
}

/** Whether town e is a stray of its region (strayRegion) that nothing within a clause of spans[i] places: its region read there, or another place of its country. */
function strayInRegionHere(lex: Lexicon, spans: readonly Span[], i: number, e: number, countries: CountryTally, chosen: (j: number) => number): boolean {
  const r = strayRegion(lex, e, countries);
  return r >= 0 && !readingNear(lex, spans, i, r) && !placeOfCountryNear(lex, spans, i, lex.entityCountry[e]!, chosen);
}

/** How often a page names places of a country's other regions before a town of a region it names only by that town is doubted. */
const STRAY_REGION_OTHERS = 2;

/** The first-level region a place lies in (a region: itself), or -1. */
function regionOf(lex: Lexicon, e: number): number {
  if ((lex.entityFlags[e]! & F_REGION) !== 0) return e;
  if (!lex.isTown(e)) return -1;
  const c = lex.entityCountry[e]!;
  for (let k = lex.contextStart[e]!; k < lex.contextStart[e + 1]!; k++) {
    const x = lex.context[k]!;
    if ((lex.entityFlags[x]! & F_REGION) !== 0 && lex.entityCountry[x] === c) return x;
  }
  return -1;
}

/** Letters from which an acronym is a name of its own, whatever the body's fame ("UNESCO", "ASEAN", "USAID"). */
const DISTINCTIVE_ACRONYM_LETTERS = 5;

/**
 * Whether an acronym entry is long enough to be no other thing's: five letters, or four of a body of no
 * one country ("OECD", "FIFA", "OSCE"). The short ones are what collide — "SP", "RSS", "PT", "TPP" are
 * single player, a feed, Pacific Time, a trade deal — and they still need the page's support
 * (WEIGHTS.famousAcronym), as any acronym does among words in capitals, where every word is written
 * so ("RECORD PACE"; match.ts, capsRun).
 */
function distinctiveAcronym(lex: Lexicon, entry: number): boolean {
  const letters = (lex.entryFlags[entry]! >>> E_LETTERS_SHIFT) & 0xff;
  return letters >= DISTINCTIVE_ACRONYM_LETTERS || (letters === DISTINCTIVE_ACRONYM_LETTERS - 1 && lex.entityCountry[lex.entryEntity[entry]!]! < 0);
}

/** Whether the span names entity e by an acronym of it, and by no other name of it. */
function readByAcronym(lex: Lexicon, span: Span, e: number): boolean {
  let acronym = false;
  for (const entry of span.entries) {
    if (lex.entryEntity[entry] !== e) continue;
    const mode = lex.entryFlags[entry]! & MODE_MASK;
    if (mode === M_ACRONYM) acronym = true;
    else if (mode === M_ORDINARY) return false;
  }
  return acronym;
}

/**
 * Whether the span is a lesser-known body's acronym (below WEIGHTS.famousAcronym, and not a company's
 * or a news agency's) of a country the document names far less than another, that nothing else on the
 * page ties to that body: none of its people, bodies or places, and not its full name.
 */
function strayAcronym(lex: Lexicon, span: Span, e: number, countries: CountryTally, context: DocumentContext, readings: Readings): boolean {
  if (lex.entityKind[e] !== ORGANIZATION || lex.prominence(e) >= WEIGHTS.famousAcronym || (lex.entityFlags[e]! & F_BRAND) !== 0) return false;
  const c = lex.entityCountry[e]!;
  if (c < 0 || !countries.minor(c) || !readByAcronym(lex, span, e) || context.direct(e, NONE, BEYOND_COUNTRIES) >= 1) return false;
  for (const r of readings.distinct) {
    if (r.name && r.name.entity === e && r.name.conf >= DEFAULT_THRESHOLD && !readByAcronym(lex, r.span, e)) return false;
  }
  return true;
}

/** Whether entity e is a little-known town. */
function littleKnownTown(lex: Lexicon, e: number): boolean {
  return lex.isTown(e) && lex.prominence(e) < OBSCURE_NAMESAKE;
}

/**
 * The town among the span's ordinary readings that lies in the document's leading country, when the
 * chosen reading is a little-known town of a country the document names far less, and so is that
 * town; else -1.
 */
function homeCountryTown(lex: Lexicon, span: Span, chosen: number, countries: CountryTally): number {
  if (!littleKnownTown(lex, chosen)) return -1;
  const c = lex.entityCountry[chosen]!;
  if (c < 0 || !countries.minor(c)) return -1;
  for (const entry of span.entries) {
    const e = lex.entryEntity[entry]!;
    if (e === chosen || (lex.entryFlags[entry]! & MODE_MASK) !== M_ORDINARY || !littleKnownTown(lex, e)) continue;
    const home = lex.entityCountry[e]!;
    if (home >= 0 && countries.leads(home)) return e;
  }
  return -1;
}

/** Whether the span reads entity e by a generic institution name ("Supreme Court"; format.ts, E_GENERIC_BODY). */
function genericBody(lex: Lexicon, span: Span, e: number): boolean {
  for (const entry of span.entries) if (lex.entryEntity[entry] === e && (lex.entryFlags[entry]! & E_GENERIC_BODY) !== 0) return true;
  return false;
}

/** The one person among the span's readings whom the page names in full, as a coreference; null if none or two. */
function personNamedInFull(lex: Lexicon, span: Span, context: DocumentContext): Choice | null {
  let named = -1;
  for (const entry of span.entries) {
    const e = lex.entryEntity[entry]!;
    if (lex.entityKind[e] !== PERSON || !context.has(e) || e === named) continue;
    if (named >= 0) return null;
    named = e;
  }
  return named >= 0 ? { entity: named, conf: WEIGHTS.coref } : null;
}

/**
 * What a block's span j names, by its name or short form (both chosen by the country tally), or -1:
 * `first` is the index of the block's first span among the document's.
 */
function chosenIn(readings: Readings, first: number): (j: number) => number {
  return (j) => {
    const r = readings.ofSpan[first + j]!;
    const c = r.short && (!r.name || r.short.conf > r.name.conf) ? r.short : r.name;
    return c && c.conf >= DEFAULT_THRESHOLD ? c.entity : -1;
  };
}

/** The readings of a document's spans: each span's (in order), and the distinct ones. */
interface Readings {
  ofSpan: Reading[];
  distinct: Reading[];
}

/** The Reading of each span, sharing one among spans that read alike; marks the unknown surnames' nodes. */
function readingsOf(spans: readonly Span[], tables: NodeTables): Readings {
  const gen = tables.nextGen();
  const { readingGen, readingAt, surnameGen, orgNameGen, elsewhereGen } = tables;
  const ofSpan: Reading[] = new Array<Reading>(spans.length);
  const distinct: Reading[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const node = span.node;
    // The latest reading at the span's node, if it reads alike.
    let r = readingGen[node] === gen ? distinct[readingAt[node]!]! : null;
    if (!r || !sameReading(r.span, span)) {
      r = { span, strong: false, name: undefined, short: undefined, demonym: undefined };
      readingGen[node] = gen; readingAt[node] = distinct.length; distinct.push(r);
    }
    if (!span.weak) r.strong = true;
    // Surnames of people we do not know ("Gerald R. Ford"): their other readings are doubted everywhere.
    if (span.afterFirstName) surnameGen[node] = gen;
    if (span.inOrgName) orgNameGen[node] = gen;
    if (span.elsewhere) elsewhereGen[node] = gen;
    ofSpan[k] = r;
  }
  return { ofSpan, distinct };
}

/** The best-known place among a span's readings, or -1. */
function bestKnownPlace(lex: Lexicon, span: Span): number {
  let best = -1;
  for (const entry of span.entries) {
    const e = lex.entryEntity[entry]!;
    if (lex.entityKind[e] === PLACE && (best < 0 || lex.prominence(e) > lex.prominence(best))) best = e;
  }
  return best;
}

/** Whether the choosers read spans a and b alike: same entries, same spelling and context-word flags. */
function sameReading(a: Span, b: Span): boolean {
  if (a.lowercase !== b.lowercase || a.inLongerName !== b.inLongerName || a.inNamedBody !== b.inNamedBody || a.inOrgName !== b.inOrgName ||
    a.regionWord !== b.regionWord || a.placed !== b.placed || a.afterThe !== b.afterThe || a.unprovenCapital !== b.unprovenCapital || a.reports !== b.reports || a.teamTown !== b.teamTown ||
    a.entries.length !== b.entries.length) return false;
  for (let k = 0; k < a.entries.length; k++) if (a.entries[k] !== b.entries[k]) return false;
  return true;
}

/**
 * The one body among the span's acronym readings that the page names in full before it, or -1.
 * `inFull`: each body named in full → the index of the first span naming it; `at`: this span's index.
 */
function bodyNamedInFull(lex: Lexicon, span: Span, inFull: ReadonlyMap<number, number>, at: number): number {
  let body = -1;
  for (const entry of span.entries) {
    const e = lex.entryEntity[entry]!;
    const namedAt = inFull.get(e);
    if ((lex.entryFlags[entry]! & MODE_MASK) !== M_ACRONYM || e === body || namedAt === undefined || namedAt >= at) continue;
    if (body >= 0) return -1;
    body = e;
  }
  return body;
}

/** Whether the span's reading of `entity` is spelt with its possessive ("McDonald's"; format.ts, E_POSSESSIVE). */
function spelledPossessive(lex: Lexicon, span: Span, entity: number): boolean {
  return span.entries.some((e) => lex.entryEntity[e] === entity && (lex.entryFlags[e]! & E_POSSESSIVE) !== 0);
}

/** Resolves the spans of all blocks of one document. Returns, per block, its mentions in order. */
export function resolveDocument(lex: Lexicon, blocks: ReadonlyArray<{ text: string; spans: readonly Span[] }>, options: ResolveOptions = {}): Mention[][] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const demonyms = options.demonyms ?? true;
  // (One block, the common case: its spans as they are.)
  const all: readonly Span[] = blocks.length === 1 ? blocks[0]!.spans : blocks.flatMap((b) => b.spans);

  // The document's context is built at the default threshold whatever the caller shows, so a link
  // never changes with the display threshold — only which links are returned. Choices depend on the
  // reading alone, so these two passes go over the distinct readings, not over every span.
  const scratch = scratchFor(lex);
  const readings = readingsOf(all, scratch.nodes);
  // 1. Names by prominence alone; the clear ones seed the context.
  // (A town named for its team has no card, but names the town its teams belong to: match.ts, teamTown.
  // It is in both contexts below.)
  const teamTowns: number[] = [];
  for (const r of readings.distinct) if (r.span.teamTown) { const town = bestKnownPlace(lex, r.span); if (town >= 0) teamTowns.push(town); }
  const seed: number[] = teamTowns.slice();
  for (const r of readings.distinct) {
    if (!r.strong || !namesApply(r.span)) continue;
    const c = chooseName(lex, r.span, null);
    if (c && c.conf >= DEFAULT_THRESHOLD) seed.push(c.entity);
  }
  const context1 = new DocumentContext(lex, seed, scratch.contexts[0]);

  // 2. Names again, now with context; the confident ones are the document's full mentions.
  // (Duplicates are fine: the context skips them. Once it is built, context2.has tells the named.)
  const named: number[] = teamTowns;
  for (const r of readings.distinct) {
    if (!namesApply(r.span)) continue;
    const c = r.name = chooseName(lex, r.span, context1);
    if (c && r.strong && c.conf >= DEFAULT_THRESHOLD) named.push(c.entity);
  }
  const context2 = new DocumentContext(lex, named, scratch.contexts[1]);
  // Acronyms once more, against that context and one another: an acronym's support may be a body that
  // itself needed the page's (India → the BCCI → the ICC: "The ICC confirmed that India will play
  // Pakistan … after the BCCI refused" is the cricket council, which the BCCI is tied to, not the
  // criminal court), or another little-known acronym of one meaning that the dataset ties to it ("The
  // BCCI said the IPL final will be in Ahmedabad": each is the other's support).
  // (Its own first choice is its rival there, no support for itself: memberRivals.)
  // (A weak one is in that context for the others' sake: itself it counts as named only when another
  // member supports it — context.has would take it for named in full.)
  let weak: number[] | null = null;
  for (const r of readings.distinct) {
    if (r.strong && r.name && r.name.conf < DEFAULT_THRESHOLD && r.span.entries.length === 1 && (r.span.modes & (1 << M_ACRONYM)) !== 0) (weak ??= []).push(r.name.entity);
  }
  const context3 = weak ? new DocumentContext(lex, named.concat(weak), scratch.acronymContext ??= new ContextTables(lex.entityCount)) : context2;
  for (const r of readings.distinct) {
    if ((r.span.modes & (1 << M_ACRONYM)) === 0 || !namesApply(r.span)) continue;
    // (One reading already shown has nothing to gain but a little confidence: not asked again.)
    if (r.span.entries.length === 1 && r.name && r.name.conf >= DEFAULT_THRESHOLD) continue;
    const c = chooseName(lex, r.span, context3);
    if (c && (!r.name || c.conf > r.name.conf) && !(weak?.includes(c.entity) && !context2.has(c.entity) && context3.direct(c.entity) === 0)) r.name = c;
  }
  // Which countries the document is about, by how often it names them (for generic bodies and stray towns).
  const countries = scratch.countries;
  countries.reset();
  // (Short forms count too: "Yoon" twenty-six times says the page is about South Korea.)
  for (const r of readings.ofSpan) {
    let c = r.name;
    if (r.span.modes & SHORT_FORMS) {
      if (r.short === undefined) r.short = chooseShortForm(lex, r.span, context2);
      if (r.short && (!c || r.short.conf > c.conf)) c = r.short;
    }
    if (c && r.strong && c.conf >= DEFAULT_THRESHOLD) {
      const country = lex.countryOf(c.entity);
      // (Not a company's or a news agency's: a page's "Follow on Instagram" and "(AFP)" say nothing of
      // the countries it is about, and made "May's Budget war with Hammond" a town in Indiana. Nor a body
      // read by a name every country's may have: that reading is the tally's to decide, and counted, it
      // voted for itself — "In Sweden the Social Democratic Party won" tied Portugal with Sweden and
      // kept Portugal's party.)
      if (country >= 0 && (lex.entityFlags[c.entity]! & F_BRAND) === 0 && !genericBody(lex, r.span, c.entity)) countries.add(country);
      if (lex.isTown(c.entity)) countries.addTown(c.entity);
      const region = country >= 0 ? regionOf(lex, c.entity) : -1;
      if (region >= 0) countries.addPlace(region, country);
    }
  }

  // "Hastings" in the New Zealand article's list of its cities: of two little-known towns of one name,
  // the one in the country the page names most, when the other's country it names far less. (Both
  // are weighed by what the page names of their countries, and a page about one country names others
  // too: the New Zealand article names England often enough to win Hastings for it.) Per reading, so
  // the rules below that ask what a nearby span names see the town chosen here.
  for (const r of readings.distinct) {
    if (!r.name || r.span.entries.length < 2) continue;
    const home = homeCountryTown(lex, r.span, r.name.entity, countries);
    if (home >= 0) r.name = { entity: home, conf: r.name.conf };
  }

  // The towns the page pins down by the region or country after them: "Dublin, Ohio" (namesakes.ts,
  // pinnedTownAmong); the bodies and places it names in full, in words ("the Australian Federal Police",
  // "John F. Kennedy International Airport").
  // (Each body with the index of the first span that names it in full: its acronym means it after that.)
  let pinned: number[] | null = null;
  let inFull: Map<number, number> | null = null;
  for (const r of readings.distinct) {
    if (r.span.placed && r.name && r.name.conf >= DEFAULT_THRESHOLD && lex.isTown(r.name.entity)) (pinned ??= []).push(r.name.entity);
  }
  for (let j = 0; j < readings.ofSpan.length; j++) {
    const r = readings.ofSpan[j]!;
    if (!r.name || r.name.conf < DEFAULT_THRESHOLD || r.span.tokenCount < 2 || (r.span.modes & (1 << M_ACRONYM)) !== 0 ||
      (lex.entityKind[r.name.entity] !== ORGANIZATION && lex.entityKind[r.name.entity] !== PLACE)) continue;
    if (!inFull?.has(r.name.entity)) (inFull ??= new Map()).set(r.name.entity, j);
  }

  // 3. Every span's final choice.
  const out: Mention[][] = [];
  let k = 0; // index of span in `all`, which lists the blocks' spans in this order
  for (const b of blocks) {
    const mentions: Mention[] = [];
    const first = k;
    const chosen = chosenIn(readings, first);
    // (A generic body's name is no evidence of its country: that is what is in question.)
    // (Nor a company's or a news agency's, as in the country tally above.)
    const countryAt = (j: number): number => {
      const e = chosen(j);
      return e >= 0 && !genericBody(lex, b.spans[j]!, e) && (lex.entityFlags[e]! & F_BRAND) === 0 ? lex.countryOf(e) : -1;
    };
    for (let i = 0; i < b.spans.length; i++) {
      const span = b.spans[i]!;
      const r = readings.ofSpan[k++]!;
      // (Spans without name entries never got a name choice: r.name is then undefined.)
      let choice = r.name ?? null;
      // "Damascus is a small city in Oregon": a namesake of a famous place that the places beside it single out.
      if (choice && span.entries.length > 1 && (famousPlaceAmong(lex, span) === choice.entity || knownTownAmong(lex, span) === choice.entity)) {
        const local = namesakeNamedNear(lex, b.text, b.spans, i, choice.entity, chosen);
        if (local >= 0) choice = chooseName(lex, span, context2, local) ?? choice;
      }
      // "DUBLIN, Ohio (AP) — … The storm hit Dublin at noon": the town the page pinned down, not the famous
      // one — unless the page names the famous one's country, as a page about both places would.
      if (pinned && choice && span.entries.length > 1 && !span.placed && lex.entityKind[choice.entity] === PLACE) {
        const town = pinnedTownAmong(lex, span, pinned);
        const country = lex.countryOf(choice.entity);
        // (With the confidence the name had: whether the word names a place here at all — "Columbus is
        // beautiful and subtle", a film's title on a page that says where it was shot — is another question.)
        if (town >= 0 && town !== choice.entity && (country < 0 || country === lex.countryOf(town) || !context2.has(country))) choice = { entity: town, conf: choice.conf };
      }
      // "The Australian Federal Police charged two men. The AFP said…": an acronym of a body the page names
      // in full is that body's, however well known another body of those letters is (Agence France-Presse);
      // so is a place's: "Delays hit John F. Kennedy International Airport. JFK handled…" is no president.
      // (After the full name only: "SYDNEY (AFP) — Australian Federal Police charged…" opens with the agency's credit.)
      // (Not inside a longer name, which it does not name: "U.S. Games Systems, Inc." on a page that names the United States.)
      if (inFull && choice && !span.inLongerName && span.modes & (1 << M_ACRONYM)) {
        const body = bodyNamedInFull(lex, span, inFull, k - 1);
        if (body >= 0) choice = { entity: body, conf: Math.max(body === choice.entity ? choice.conf : 0, ACRONYM_COREF) };
      }
      // "83 mm in Cordoba, 41 in Santa Fe, 50 in Entre Rios": a town named like a region, listed among
      // regions of that region's country, is the region (region-lists.ts). Here only: a page that lists
      // provinces once may still name their capitals elsewhere (the New Zealand article's table of
      // cities and regions, and "its most populous city is Auckland").
      if (choice && span.entries.length > 1) {
        let region = regionAmongRegions(lex, b.spans, i, choice.entity, chosen);
        // "La Pampa and Buenos Aires", "Georgia and Alabama": beside a name that is only a region.
        let conf = choice.conf;
        if (region < 0) {
          region = regionBesideRegion(lex, b.text, b.spans, i, choice.entity, chosen);
          // (The list is the context: "Georgia", the country and the US state, gets no card alone. Not
          // inside a longer name, which doubts it whatever the list says.)
          if (region >= 0 && !span.inLongerName) conf = Math.max(conf, WEIGHTS.contextLinked);
        }
        if (region >= 0) choice = { entity: region, conf };
      }
      // A capital with no evidence needs the same entity named confidently elsewhere.
      // (Or one the dataset ties it to, named within a clause: "Turkey and Syria agreed" opening a sentence.)
      if (choice && span.weak && !context2.has(choice.entity) && !relatedNamedNear(lex, b.spans, i, choice.entity, chosen)) {
        choice = { entity: choice.entity, conf: Math.min(choice.conf, WEIGHTS.unconfirmedCapital) };
      }
      // (Chosen in the country tally above, unless this span's modes, stale after a town-and-region
      // pair filtered its entries, differ from its reading's first span's.)
      if (span.modes & SHORT_FORMS && r.short === undefined) r.short = chooseShortForm(lex, span, context2);
      let short = span.modes & SHORT_FORMS ? r.short ?? null : null;
      // "Floods hit Chiriquí, in western Panama. In David, …": a town named like a word, singled out
      // by the places named beside it.
      if ((!short || short.conf < DEFAULT_THRESHOLD) && span.modes & (1 << M_NEEDS_CONTEXT)) {
        const town = wordTownNamedNear(lex, b.spans, i, chosen);
        if (town >= 0) short = chooseShortForm(lex, span, context2, town) ?? short;
      }
      // "Ford, General Motors and Stellantis": a company's short name in a list beside a company the page
      // names for certain (company-lists.ts). (Asked at the default threshold, whatever the caller shows:
      // a link never changes with the display threshold.)
      if ((!short || short.conf < DEFAULT_THRESHOLD) && span.modes & (1 << M_NEEDS_CONTEXT) && !span.inLongerName) {
        const company = companyBesideCompany(lex, b.text, b.spans, i, chosen);
        if (company >= 0) short = { entity: company, conf: Math.max(short && short.entity === company ? short.conf : 0, WEIGHTS.contextLinked) };
      }
      // "Barcelona's Lamine Yamal": a town's possessive before a player the dataset lists with a club
      // of that name is the club (player-clubs.ts). The person is the evidence, so it outranks the town.
      const club = span.entries.length > 1 ? clubOfPlayerAfter(lex, b.text, b.spans, i, chosen) : -1;
      if (club >= 0) {
        const conf = Math.max(short && short.entity === club ? short.conf : 0, choice ? choice.conf : 0, WEIGHTS.contextLinked);
        choice = short = { entity: club, conf };
      }
      // ("Premiered in Washington", on a page about Denzel Washington: after a preposition of place, the
      // place.)
      const placed = span.afterPlacePreposition && choice !== null && choice.conf >= DEFAULT_THRESHOLD && lex.entityKind[choice.entity] === PLACE;
      // ("Buried in a cemetery in Santos", on a page about Pelé: after a preposition of place, a town's name is
      // the town — or no card — never the club named after it, however the page supports the club.)
      if (short && span.afterPlacePreposition && (lex.entityFlags[short.entity]! & F_TEAM) !== 0 && somePlace(lex, span)) short = null;
      if (short && (!choice || short.conf > choice.conf || unsupportedBesideSupported(lex, span, choice, short, context2)) && !(placed && lex.entityKind[short.entity] === PERSON)) choice = short;
      // A short form where its capital proves nothing, like a name there (above), needs the person named
      // in full: "Home Page" on a page that names Google but not Larry Page (match.ts, capitalWordBefore).
      if (choice && choice === short && span.weak && !context2.has(choice.entity)) choice = { entity: choice.entity, conf: Math.min(choice.conf, WEIGHTS.unconfirmedCapital) };
      if (demonyms && span.modes & (1 << M_DEMONYM) && (!choice || choice.conf < DEFAULT_THRESHOLD)) {
        if (r.demonym === undefined) r.demonym = chooseDemonym(lex, span, context2);
        const d = r.demonym;
        if (d && (!choice || d.conf > choice.conf)) choice = d;
      }
      // After a given name that is not theirs ("Marsha P. Johnson"), a surname is never a known
      // person's short form: their full name would have matched whole.
      if (choice === short && span.afterFirstName) choice = null;
      // Nor is it a place, however famous: "du cinéaste David France", "Anatole France" (the place's
      // prominence carried it over the doubt a longer name casts).
      if (choice && span.afterFirstName && span.inLongerName && lex.entityKind[choice.entity] === PLACE) choice = null;
      // The same word elsewhere: that unknown person, not another reading — nor another person of the
      // same surname, unless the page names them in full.
      if (choice && !span.inLongerName && span.tokenCount === 1 && scratch.nodes.unknownSurname(span.node) &&
        (lex.entityKind[choice.entity] !== PERSON || (choice === short && !context2.has(choice.entity)))) {
        choice = { entity: choice.entity, conf: choice.conf * WEIGHTS.unknownPersonsSurname };
      }
      // "CAIRO, Ill. (AP) — … Cairo residents were told to leave": a place the page names as one we do not
      // know (Span.elsewhere) is that place throughout the page, not the famous one — unless the page pins
      // this reading down itself.
      if (choice && !span.inLongerName && !span.placed && scratch.nodes.elsewhere(span.node) && lex.entityKind[choice.entity] === PLACE && !pinned?.includes(choice.entity)) {
        choice = { entity: choice.entity, conf: choice.conf * WEIGHTS.inLongerName };
      }
      // "Pinewood Studios … the Pinewood expansion", "Camden Market … Camden set for a makeover": a
      // little-known town's name that the page also uses in an organisation's name is that
      // organisation's short name, or another place's, more often than the town.
      if (choice && !span.inNamedBody && scratch.nodes.inOrgName(span.node) && lex.isTown(choice.entity) && lex.prominence(choice.entity) < BODY_NAMESAKE_TOWN) {
        choice = { entity: choice.entity, conf: choice.conf * WEIGHTS.inLongerName };
      }
      // An institution every country has ("Supreme Court"; format.ts, E_GENERIC_BODY) is read by the
      // countries the page names.
      if (choice && lex.entityKind[choice.entity] === ORGANIZATION && genericBody(lex, span, choice.entity)) {
        const c = lex.countryOf(choice.entity);
        if (c >= 0 && countries.leads(c)) {
          // "The Supreme Court heard arguments" on a page about the United States — its officials, states
          // and towns named throughout, if not the country itself: an institution of the country the page
          // names most, and often, is that country's, as surely as one the page ties to it twice.
          if (choice.conf >= WEIGHTS.contextWeak && choice.conf < WEIGHTS.contextLinked && countries.named(c) >= WEIGHTS.homeCountryMentions) {
            choice = { entity: choice.entity, conf: WEIGHTS.contextLinked };
          }
        } else if (c >= 0 && countries.leading > 0 && (countries.minor(c) || mostlyOtherCountriesNear(b.spans, i, c, countryAt))) {
          // "Supreme Court" on a page about another country is most likely that country's own; so is one
          // named mostly among another country's people and places, on a page not mainly about its own.
          choice = { entity: choice.entity, conf: choice.conf * WEIGHTS.foreignInstitution };
        }
      }
      // "BHP Billiton and Rio Tinto", "Epsom salts", "Good Morning America Kanye West Says": a little-known
      // town of a country the page barely names, that nothing on the page places — none of its region
      // or towns, and not its country beside it ("the Libyan city of Sirte") — is another thing of that name.
      // So is one of a region the page names by this town alone, on a page that names places of the
      // country's other regions — unless its region is read or another place of its country is named
      // within a clause ("near İzmir, Çanakkale and Muğla"); its country named beside it is no help then
      // ("Westlake, surrounded by Amazon headquarters" on a Seattle page).
      if (choice && context2.direct(choice.entity, NONE, WITHIN_COUNTRY) < 1 && (strayInRegionHere(lex, b.spans, i, choice.entity, countries, chosen) ||
        (strayTown(lex, choice.entity, countries) && !countryNamedNear(b.spans, i, lex.entityCountry[choice.entity]!, countryAt)))) {
        choice = { entity: choice.entity, conf: choice.conf * WEIGHTS.strayTown };
      }
      // "les pays de l'Est", "l'Atlantique" on a French page: a part of the world, unless the place's
      // country is named within a clause ("la ville de Sur, à Oman"; match.ts, Span.worldPart).
      if (choice && span.worldPart && lex.entityKind[choice.entity] === PLACE) {
        const c = lex.countryOf(choice.entity);
        if (c < 0 || !countryNamedNear(b.spans, i, c, countryAt)) continue;
      }
      // "RSS Feeds" on an American page whose menu names India once, "GDP (PPP)" in the New Zealand
      // article: the page-wide support that lets a lesser-known body's acronym link counts its country
      // anywhere on the page; a country the page barely names, and not within a clause, is no support.
      if (choice && strayAcronym(lex, span, choice.entity, countries, context2, readings) &&
        !countryNamedNear(b.spans, i, lex.entityCountry[choice.entity]!, countryAt)) {
        choice = { entity: choice.entity, conf: choice.conf * WEIGHTS.unsupportedAcronym };
      }
      // "His wife Melania", "Mr. Jordan said": a person the page names in full, or no one (match.ts,
      // Span.namedInFullOnly). (The span, read as part of a longer name, adds no one to the page's context itself.)
      if (span.namedInFullOnly) choice = personNamedInFull(lex, span, context2);
      if (!choice || choice.conf < threshold) continue;
      const kind = lex.entityKindName(choice.entity);
      if (kinds && !kinds.has(kind)) continue;
      // ("McDonald's said": a reading spelt with its possessive owns it; Span.possessiveEnd.)
      const end = span.possessiveEnd > span.end && spelledPossessive(lex, span, choice.entity) ? span.possessiveEnd : span.end;
      mentions.push({
        start: span.start,
        end,
        text: b.text.slice(span.start, end),
        entityId: lex.entityId(choice.entity),
        kind,
        confidence: Math.round(choice.conf * 1000) / 1000,
      });
    }
    out.push(mentions);
  }
  // 4. "British Airways … BA": the initials of a body named in full (acronym-coref.ts).
  linkAcronyms(blocks, out, threshold);
  return out;
}
