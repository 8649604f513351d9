/**
 * The lexicon compiler: entities in, the binary artifact out (layout in format.ts).
 *
 * It runs at build time (data/scripts/compile-lexicon.ts) and in tests and benchmarks; it is pure
 * (no file system) so the same code can compile an imported pack in the browser later.
 *
 * Decisions baked in here, so the runtime does not repeat them per page:
 * - each alias is tokenized with the page tokenizer, so both sides fold alike;
 * - a one-word alias that is a common English word is marked E_COMMON (capital needed, and a
 *   sentence-initial capital is not enough); an alias made only of common words needs capitals;
 * - an alias written in capitals ("NATO" as a display name) is treated as an acronym;
 * - a person's surname becomes an M_COREF alias (links only after the full name appears), and so does
 *   a named storm's given name ("Milton" of "Hurricane Milton");
 * - entity metadata for the resolver: kind, prominence, country, context ids (related + fact ids).
 */
import type { Entity } from '../data/schema.ts';
import { commonWords } from './common-words.ts';
import { FIRST_NAMES, GIVEN_NAME_PLACE_MIN_PROMINENCE, GIVEN_NAME_REGION_MIN_PROMINENCE, GIVEN_NAMES } from './given-names.ts';
import { foldWords, trieStepsOf } from './fold.ts';
import { isForeign } from './other-languages.ts';
import { ARTICLE_PARTICLES, SURNAME_PARTICLES } from './particles.ts';
import { edgeHash, filterBits, fnvString, startKey, tableSize } from './hash.ts';
import { createTokens, foldedWord, tokenize, T_ALLCAPS, T_CAP, type Tokens } from './tokenize.ts';
import {
  E_AMPERSAND, E_COMMON, E_FOREIGN, E_GENERIC_BODY, E_LEAD_MASK, E_LEAD_SHIFT, E_LETTERS_SHIFT, E_OWN_DOT, E_PLUS, E_POSSESSIVE, E_WORDLIKE, E_TOKENS_SHIFT, F_BRAND, F_CITY, F_COUNTRY, F_MEDIA, F_REGION, F_TEAM, F_WEAK, FORMAT_VERSION, HEADER_BYTES, KIND_CODES, MAGIC,
  M_ACRONYM, M_COREF, M_DEMONYM, M_NEEDS_CONTEXT, M_ORDINARY, MAX_ALIAS_TOKENS, Section, TF_COMMON, TF_GIVEN, TF_TITLE,
} from './format.ts';

/** What the compiler reads from an entity (a full schema Entity fits). */
export type LexiconEntity = Pick<Entity, 'id' | 'kind' | 'name' | 'aliases'> &
  Partial<Pick<Entity, 'subkind' | 'related' | 'facts' | 'prominence' | 'source' | 'wikidata' | 'wikipedia'>>;

export interface CompileOptions {
  /** Frequent words: a one-word alias among them needs a capital and more than a sentence-initial one (default: core list). */
  commonWords?: ReadonlySet<string>;
  /** Further lowercase dictionary words: a one-word alias among them needs a capital (but may start a sentence). */
  dictionaryWords?: ReadonlySet<string>;
  /**
   * Every lowercase word a full dictionary lists, however rare ("imperial", "sterling", "mentor"): a
   * one-word little-known place named like one needs the document's context, as a common word does.
   */
  rareWords?: ReadonlySet<string>;
  /**
   * Ids of towns an English dictionary describes as towns ("Latakia: a port city in western Syria",
   * "Anchorage"): the dictionary that lists the rarer word (a tobacco, a mooring) also lists the town,
   * so with a capital the word is that town to an English reader, not a little-known place named like
   * a word (see rareWords).
   */
  dictionaryTowns?: ReadonlySet<string>;
  /** Entities known only from a weak source; default: the source's name mentions WordNet. */
  isWeak?: (entity: LexiconEntity) => boolean;
}

export interface CompileStats {
  entities: number;
  aliases: number;
  tokens: number;
  nodes: number;
  skipped: number;
}

/** Prominence assumed when a record has none: curated records are relevant news names; WordNet ones are not. */
const DEFAULT_PROMINENCE = 0.6;
const DEFAULT_WEAK_PROMINENCE = 0.2;
/** Lowercase words a multi-word name may keep in lowercase ("Bay of Pigs", "Bashar al-Assad"). */
const CONNECTORS = new Set('a an the and or of in on at to for by with de la le el al du von van der den da di del des y e et bin ibn'.split(' '));
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Organisations of many countries (subkinds): none is one country's body. */
const MANY_COUNTRIES = new Set(['igo', 'alliance', 'bloc']);
/** Titles that end a name before its place ("Fourth Earl of Chesterfield", "Mary Queen of Scots"): no surname. */
/**
 * Features a neighbourhood or town may be named after, with a place's name before ("Brighton Beach"),
 * and what a town is: "Texas City", "Iowa City" need their capital — "the Texas city of El Paso" is none.
 */
const FEATURE_WORDS = new Set('beach park heights village gardens square hill hills city town'.split(' '));
const TITLES_OF_RANK = new Set('king queen prince princess duke duchess earl marquis marquess count countess baron baroness lord lady emperor empress sultan emir sheikh patriarch pope'.split(' '));
/** Words that begin a surname in lower case: "al-Assad", "de Gaulle", "van Gogh", "bin Salman". */
const LOWER_CASE_PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES, ...ARTICLE_PARTICLES]);
/** Titles and honorifics that precede names: "President Erdoğan" is a title and a surname, not an unknown two-word name. */
const HONORIFICS = new Set(('mr mrs ms dr prof sir dame lord lady sheikh sheik emir amir ayatollah imam mullah king queen crown prince princess pope cardinal ' +
  'rabbi sultan tsar czar kaiser shah chancellor premier minister senator sen rep congressman congresswoman governor gov mayor general gen ' +
  'admiral adm colonel col captain capt lieutenant lt sergeant sgt commander cmdr chief judge justice president pres vice deputy secretary ' +
  'ambassador envoy spokesman spokeswoman director chairman chairwoman ceo coach saint st mount mt lake river cape fort port north south ' +
  'east west northern southern eastern western central upper lower greater new old san santa al el').split(' '));
/**
 * Words of offices that stand before a person's name in an alias ("President Reagan", "Secretary of
 * State Rubio", "President-elect Trump"): left out of the mention (format.ts, E_LEAD_SHIFT). Not the
 * styles that are part of how a person is known ("Queen Elizabeth", "Pope Francis", "Sheikh Tahnoun",
 * "Sir Keir Starmer", "Lord Cameron").
 */
const OFFICE_WORDS = new Set(('president pres vice deputy prime minister chancellor premier senator sen rep representative congressman ' +
  'congresswoman governor gov mayor general gen admiral adm colonel col captain capt lieutenant lt sergeant sgt commander cmdr chief ' +
  'judge justice secretary ambassador envoy spokesman spokeswoman director chairman chairwoman ceo coach dr prof attorney foreign ' +
  'defence defense interior home finance treasury state of elect former').split(' '));

/**
 * Words that name a kind of body every country has: courts, chambers, ministries, and parties by their
 * family ("Labour", "the Liberals"). With nothing but common words around them, such a name says
 * nothing of whose body it is. The same words in the Romance languages of the news we read, folded:
 * "Partido Republicano" and "Parti socialiste" are as generic in Spanish and French ("Donald Trump
 * sigue dominando al Partido Republicano" is the party of the United States, not Chile's).
 */
const INSTITUTION_WORDS = new Set(('court party senate parliament assembly congress ministry cabinet representatives commons guard staff ' +
  'labour labor democrats republicans liberals conservatives greens socialists democratic republican liberal conservative socialist ' +
  'partido parti partito tribunal corte cour congreso congresso senado senat senato asamblea assembleia assemblee assemblea parlamento parlement ' +
  'ministerio ministere ministero republicano republicana republicain repubblicano democrata democrate democratico democratica ' +
  'socialista socialiste conservador conservadora conservateur laborista travailliste').split(' '));
/** Words that put a body above nations: "International Criminal Court", "European Parliament". */
const BEYOND_NATIONS = new Set('international european world global united nations african arab asian pan'.split(' '));
/** Words that make a body one nation's own, however common: "Revolutionary Guard" is Iran's ("National Guard" is any country's). */
const ONE_NATIONS = new Set(['revolutionary']);
const MODE_RANK = [0, 1, 2, 4, 3]; // lower wins when one entity has the same alias twice: ordinary, acronym, needs-context, coref, demonym

/**
 * WordNet-only records: the source is WordNet itself (a city merely described with WordNet's words is
 * not weak) — except a person who has died: WordNet (2011) tells a life that is over as well as any
 * source, and "Richard Nixon" or "Adolf Hitler", named in full, is that person (0.46 before: no card).
 */
const defaultIsWeak = (e: LexiconEntity): boolean =>
  (/^wordnet/i.test(e.source?.name ?? '') || /^(wordnet|wn):/.test(e.id)) && !(e.kind === 'person' && e.facts?.some((f) => f.type === 'died') === true);

/** The places bulk sources list by the thousand (GeoNames' towns and areas): their names are no one's choice. */
const AREAS = new Set(['city', 'county', 'region', 'territory', 'country']);

/**
 * Whether a place is a landmark, a museum, a river …: not a town or an area, which bulk sources list by
 * the thousand. Its one-word names are the ones news writes, chosen by editors who mark the risky ones
 * needs-context ("Prado": a town in Brazil), so a rarer word among them needs its capital, not the
 * page's support. (A record WordNet alone gives links only with strong support anyway: F_WEAK.)
 */
const namedFeature = (e: LexiconEntity): boolean => e.kind === 'place' && !AREAS.has(e.subkind ?? '');

/** Prominence from which a person's surname is the usual reading of a word shared with a little-known place. */
const FAMOUS_PERSON_MIN_PROMINENCE = 0.7;
/** Prominence under which a region named like a word needs its towns on the page, or a region word beside it (Wales, 0.4, does not). */
const OBSCURE_REGION = 0.3;

/** A folded word's singular by English's regular plurals ("lakes" → "lake", "counties" → "county"); else the word. */
function singularOf(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * One name to index; `own`: the entity's display name (not an alternative spelling); `short`: words
 * of a written-short form ("St", "Mt") that need their capital.
 */
interface AliasSpec { text: string; mode: number; own?: boolean; short?: ReadonlySet<string>; foreign?: boolean }

/**
 * How news shortens the first word of a place's or a saint's name: "St. Petersburg", "St Lucia",
 * "Sault Ste. Marie", "Mt. Everest", "Ft. Lauderdale". (The tokenizer joins "St." to the next word.)
 */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([['Saint', 'St'], ['Sainte', 'Ste'], ['Mount', 'Mt'], ['Fort', 'Ft']]);
const SHORT_WORDS: ReadonlySet<string> = new Set([...SHORT_FORMS.values()].map((w) => w.toLowerCase()));
const SHORTENABLE = /\b(Saint|Sainte|Mount|Fort)\b(?= \p{Lu})/gu;

/** The name as news writes it short ("Saint Lucia" → "St Lucia"), or null if it has no such word. */
function writtenShort(text: string): string | null {
  const short = text.replace(SHORTENABLE, (w) => SHORT_FORMS.get(w)!);
  return short === text ? null : short;
}

/**
 * A person's surname by the record's name: its last word, of the name before a title ("Reza Pahlavi,
 * Crown Prince of Iran"; "Catherine of Aragon": the place a title names is no surname, and "Iran" or
 * "Wales" after the full name was the person), past a suffix ("Jr."); none for one word, for a word
 * shorter than three letters or a title of rank, or for a monarch's numeral ("Charles III").
 */
function surnameOf(name: string): string | null {
  const words = name.replace(/\([^)]*\)/g, ' ').split(/,| of /)[0]!.trim().split(/\s+/);
  while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1]!.toLowerCase().replace(/[.,]/g, ''))) words.pop();
  const last = words[words.length - 1]?.replace(/[.,]+$/, '');
  // (A monarch's or a pope's numeral is no surname: "Charles III" made "III" a name of his, which
  // "World War III" and "Title III" then matched.)
  return words.length >= 2 && last && last.length >= 3 && !TITLES_OF_RANK.has(last.toLowerCase()) && !/^[IVXLC]+$/.test(last) ? last : null;
}

/** A named storm's given name: "Milton" of "Hurricane Milton", "Haiyan" of "Super Typhoon Haiyan"; null for any other name. */
function stormNameOf(name: string): string | null {
  const m = /^(?:Hurricane|(?:Super )?Typhoon|(?:Tropical |Severe Tropical )?(?:Storm|Cyclone)) (\p{Lu}[\p{L}'’-]+)$/u.exec(name.trim());
  return m ? m[1]! : null;
}

/** Compiles entities into the lexicon artifact. Entities must have unique ids. */
export function compileLexicon(entities: readonly LexiconEntity[], options: CompileOptions = {}, stats?: CompileStats): Uint8Array {
  const common = options.commonWords ?? commonWords();
  const dictionary = options.dictionaryWords;
  const rare = options.rareWords;
  const isWeak = options.isWeak ?? defaultIsWeak;
  const tokens: Tokens = createTokens(32);

  const entityIndex = new Map<string, number>();
  entities.forEach((e, i) => { if (!entityIndex.has(e.id)) entityIndex.set(e.id, i); });

  // Token interning.
  const tokenIds = new Map<string, number>();
  const tokenStrings: string[] = [];
  const intern = (s: string): number => {
    let id = tokenIds.get(s);
    if (id === undefined) { id = tokenStrings.length; tokenIds.set(s, id); tokenStrings.push(s); }
    return id;
  };

  // Trie over token ids; node 0 is the root.
  const edges = new Map<number, number>();
  let nodeCount = 1;
  const edgeList: number[] = []; // parent, token, child triples
  const child = (parent: number, token: number): number => {
    const key = parent * 4194304 + token;
    let c = edges.get(key);
    if (c === undefined) { c = nodeCount++; edges.set(key, c); edgeList.push(parent, token, c); }
    return c;
  };

  // Entries, deduplicated per (node, entity) keeping the strongest mode.
  const entryNode: number[] = [];
  const entryEntity: number[] = [];
  const entryFlags: number[] = [];
  const entryCase: number[] = [];
  const entryCaps: number[] = [];
  const entryAt = new Map<number, number>();
  // How aliases begin (startKey values): all of them, and those that may be written in lowercase.
  const starts = new Set<number>();
  const lowerStarts = new Set<number>();
  const firstWords = new Set<number>();
  let aliasCount = 0;
  let skipped = 0;

  const addAlias = (entity: number, spec: AliasSpec): void => {
    tokenize(spec.text, tokens);
    const n = tokens.count;
    if (n === 0 || n > MAX_ALIAS_TOKENS) { skipped++; return; }
    let mode = spec.mode;
    const words: string[] = [];
    let letters = 0;
    let caseMask = 0;
    let allCapitalLetters = true;
    let wordInCapitals = false; // "US" in "US Supreme Court": an acronym, not the word "us"
    const firstLetters = tokens.letters[0]!;
    for (let k = 0; k < n; k++) {
      words.push(foldedWord(tokens, k));
      const l = tokens.letters[k]!;
      for (let b = 0; b < l && letters + b < 31; b++) if (tokens.caseMask[k]! & (1 << b)) caseMask |= 1 << (letters + b);
      if (l > 0 && (tokens.flags[k]! & T_ALLCAPS) === 0) allCapitalLetters = false;
      if (l >= 2 && (tokens.flags[k]! & T_ALLCAPS) !== 0) wordInCapitals = true;
      letters += l;
    }
    // One letter names nothing by itself ("e&" folds to "e"): it would mark every "E" of a page.
    if (n === 1 && words[0]!.length < 2) { skipped++; return; }
    const steps = trieStepsOf(tokens); // (the trie's path: the words, and a step after a possessive inside)
    // One word that usually means something else needs the document's support to name a place: a
    // little-known place named like a given name ("David", Panama), an English word ("University",
    // Florida), a nationality ("German", Isle of Man) or a famous person's surname ("Obama", Japan);
    // and any place's alternative spelling that folds to an English word (Iceland's "Ísland" → "island").
    // A little-known town named like a rarer word ("Mentor", Ohio: "Han Solo's Mentor"; "Imperial",
    // California: "Imperial troops") needs more: words beside it that place it (E_WORDLIKE, namesakes.ts).
    // (A region is not held to that: its towns or a region word beside it are enough; below.)
    const e = entities[entity]!;
    let rareWord = false;
    let wordKnown = false;
    if (mode === M_ORDINARY && n === 1 && e.kind === 'place') {
      const w = words[0]!;
      // (The dictionary, not `common`: that list holds names that merely look like words — Jordan, Chad.)
      const wordLike = dictionary?.has(w) === true;
      const littleKnown = e.subkind !== 'country' && (e.prominence ?? 0) < GIVEN_NAME_PLACE_MIN_PROMINENCE;
      // (A well-known region is known by a given name too, where it is the best-known place of that name:
      // "in Virginia" — not "Victoria", the Australian state's, and a Canadian capital's before it.)
      const givenName = GIVEN_NAMES.has(w) && (e.subkind !== 'region' || (e.prominence ?? 0) < GIVEN_NAME_REGION_MIN_PROMINENCE || (e.prominence ?? 0) < (bestPlaceNamed.get(w) ?? 0));
      // A town the dictionary describes is known by its rarer word: "flights to Anchorage", "shelling
      // in Latakia", "protests in Cork". (Not by a common word, which titles capitalise: "Student
      // Performance in Reading, Mathematics and Science"; nor by a given name: "Florence said".)
      // (By any of its names in English: WordNet gives them with the town, "Geneva" for Genève. Not by a
      // name in another language: French "Bâle" is Gareth Bale on a Portuguese page.)
      // And a landmark, a museum or a river is known by its name: "the Louvre" (a louvre is a slatted
      // vent), "the Acropolis", "the Seine" (a net), "Etna erupted".
      wordKnown = spec.foreign !== true && (options.dictionaryTowns?.has(e.id) === true || namedFeature(e));
      if ((littleKnown && (givenName || wordLike || demonymWords.has(w) || famousSurnames.has(w))) || (wordLike && !spec.own)) mode = M_NEEDS_CONTEXT;
      else if (littleKnown && !wordKnown && e.subkind !== 'region' && rare?.has(w) === true) { mode = M_NEEDS_CONTEXT; rareWord = true; }
      // A region of little note named like a word, or like a word's plural, needs the page to name its
      // towns, or a word beside it ("Lakes state"), as a town named like a word does: "Prices reached
      // a Plateau" (Benin), "The Emerald Lakes" on a New Zealand page (South Sudan), "Alpha, Gamma,
      // Zeta and Omega" (Montenegro). A well-known one (Wales, 0.4) is left alone; on its own
      // country's pages its towns place it ("Southland" beside Invercargill).
      else if (e.subkind === 'region' && (e.prominence ?? 0) < OBSCURE_REGION && rare !== undefined && (rare.has(w) || rare.has(singularOf(w)))) { mode = M_NEEDS_CONTEXT; rareWord = true; }
    }
    // A city named as its own country or territory ("Hong Kong", "Singapore", "Luxembourg", "Macau"): the
    // bare name is the country in news, unless the page says otherwise (the city's record stays for
    // its region's and its own context, and for "Luxembourg City").
    if (mode === M_ORDINARY && e.kind === 'place' && e.subkind === 'city' && countryNameOf.get(e.id) === words.join(' ')) mode = M_NEEDS_CONTEXT;
    // A war or battle named after its place ("Vietnam", "Hastings", "Gallipoli") is, in one word, the
    // place: even on a page that names the war in full, "tours to Vietnam" are to the country. (WordNet
    // lists such metonyms among an event's names.) A storm's given name is another matter: it links only
    // after the storm's full name, as a surname does ("Hurricane Milton … Milton's winds").
    if (n === 1 && e.kind === 'event' && !spec.own && mode !== M_COREF && placeWords.has(words[0]!)) return;
    // A person's one-word alias that is also a word ("Marine" for Marine Le Pen) is a short form, not
    // a name that links on its own.
    if (mode === M_ORDINARY && n === 1 && e.kind === 'person' && !spec.own && dictionary?.has(words[0]!) === true) mode = M_NEEDS_CONTEXT;
    // "NATO", "UNHCR": written in capitals, short → an acronym whatever the record says.
    if (mode === M_ORDINARY && allCapitalLetters && letters >= 2 && letters <= 6 && n <= 3) mode = M_ACRONYM;
    let flags = mode;
    let caps = 0;
    // English words all ("Homeland Security", "White House"): a name only when capitalised.
    const isCommon = (w: string) => common.has(w) || CONNECTORS.has(w) || dictionary?.has(w) === true;
    if (mode === M_ORDINARY) {
      if (n === 1) {
        if (common.has(words[0]!)) { flags |= E_COMMON; caps = 1; }
        // (And a town known by a rarer word (dictionaryTowns): "latakia tobacco", "a cork" are no towns.)
        else if (dictionary?.has(words[0]!) || (wordKnown && rare?.has(words[0]!))) caps = 1;
        // One or two letters ("Ur", "Y") are too easily a word, an initial or a unit.
        else if (letters <= 2) caps = 1;
      } else if (words.every(isCommon)) {
        // (The words the name itself capitalises: "Red Sea crisis", "Gulf states", "occupied West Bank".)
        for (let k = 0; k < n; k++) if (!CONNECTORS.has(words[k]!) && (tokens.flags[k]! & T_CAP) !== 0) caps |= 1 << k;
      } else if (e.kind === 'place' && words.slice(1).every((w) => FEATURE_WORDS.has(w))) {
        // A place named by another and a feature ("Brighton Beach" in Brooklyn, "Jackson Heights"): in
        // lower case the words describe ("Brighton beach" is the beach at Brighton).
        for (let k = 1; k < n; k++) if ((tokens.flags[k]! & T_CAP) !== 0) caps |= 1 << k;
      } else if (e.kind === 'place' && demonymWords.has(words[0]!)) {
        // A place named by a nationality and English words ("Spanish Town", "English Bay"): in lower case
        // the words describe ("a Spanish town", "an English bay"), so the name needs the capitals it has.
        // (Not a body's: "the Indian army" is the Indian Army.)
        for (let k = 0; k < n; k++) if ((k === 0 || isCommon(words[k]!)) && !CONNECTORS.has(words[k]!) && (tokens.flags[k]! & T_CAP) !== 0) caps |= 1 << k;
      }
    }
    // "St Lucia": the short word needs its capital ("st" is also a street, "ft" feet).
    if (spec.short) for (let k = 0; k < n && k < 31; k++) if (spec.short.has(words[k]!)) caps |= 1 << k;
    if (mode !== M_ORDINARY && mode !== M_ACRONYM) {
      // Surnames, short forms and demonyms are capitalised in English — but for a particle that begins a
      // surname, which is written in lower case inside a sentence ("al-Maliki's government", "de Gaulle").
      // (Not "the": "the Republicans", France's, would take the word from the Republicans of the US.)
      for (let k = 0; k < n && k < 31; k++) if (!CONNECTORS.has(words[k]!) || (k === 0 && (n === 1 || !LOWER_CASE_PARTICLES.has(words[0]!)))) caps |= 1 << k;
      if (n === 1 && common.has(words[0]!)) flags |= E_COMMON;
      if (n === 1 && (mode === M_NEEDS_CONTEXT || mode === M_COREF) && (isCommon(words[0]!) || GIVEN_NAMES.has(words[0]!) || rareWord)) flags |= E_WORDLIKE;
    }
    // "Supreme Court", "Labour": a kind of body every country has (format.ts, E_GENERIC_BODY). Of words
    // however rare, as long as they are English words: "Democratic Alliance", "Constitutional Court".
    if (e.kind === 'organization' && mode !== M_ACRONYM && !wordInCapitals && words.some((w) => INSTITUTION_WORDS.has(w)) &&
      words.every((w) => (isCommon(w) || rare?.has(w) === true || INSTITUTION_WORDS.has(w)) && !BEYOND_NATIONS.has(w) && !ONE_NATIONS.has(w))) flags |= E_GENERIC_BODY;
    // "H&M": the ampersand too, wherever it stands (format.ts, E_AMPERSAND); "McDonald's": the possessive
    // (E_POSSESSIVE).
    if (n > 1 && spec.text.includes('&')) flags |= E_AMPERSAND;
    if (/['’]s$/.test(spec.text.trimEnd())) flags |= E_POSSESSIVE;
    // "OPEC+": the plus too (E_PLUS).
    if (/\p{L}\+$/u.test(spec.text.trimEnd())) flags |= E_PLUS;
    // "Andalucía", "Bayern": a name in another language, for pages in another language (format.ts, E_FOREIGN).
    if (spec.foreign) flags |= E_FOREIGN;
    // "Calif.": the abbreviation's dot is part of the name as written (format.ts, E_OWN_DOT).
    if (tokens.letters[n - 1]! >= 2 && /\p{L}\.$/u.test(spec.text.trimEnd())) flags |= E_OWN_DOT;
    // Can a lowercase word begin this alias? (The matcher skips other lowercase words unread.)
    const firstHash = fnvString(words[0]!);
    const start = startKey(firstHash, n > 1 ? fnvString(words[1]!) : 0);
    starts.add(start);
    firstWords.add(startKey(firstHash, 0));
    if (mode === M_ACRONYM ? (caseMask & 1) === 0 || firstLetters === 0 : (caps & 1) === 0) lowerStarts.add(start);
    flags |= Math.min(letters, 255) << E_LETTERS_SHIFT;
    flags |= n << E_TOKENS_SHIFT;
    // "President Reagan": the office words before a person's name are no part of the mention — where
    // the name begins right after them ("State Counsellor Aung San Suu Kyi" keeps its whole title).
    if (e.kind === 'person' && n > 1 && OFFICE_WORDS.has(words[0]!)) {
      let lead = 0;
      while (lead < n - 1 && lead < E_LEAD_MASK && OFFICE_WORDS.has(words[lead]!)) lead++;
      if (foldWords(e.name).includes(words[lead]!)) flags |= lead << E_LEAD_SHIFT;
    }

    let node = 0;
    for (const w of steps) node = child(node, intern(w));
    const key = node * 2097152 + entity;
    const prev = entryAt.get(key);
    if (prev !== undefined) {
      // (The same alias with and without its dot, "Calif." and "Calif": the dot is still owned. With and
      // without a possessive, in the same mode: the possessive is not needed. "BRICS" and "BRICS+" for
      // one record: the plus is not needed either way.)
      // (A record's name that is the same in English and in another language — a Spanish "Florida" beside
      // the English one — is an English name too.)
      if ((flags & E_PLUS) === 0) entryFlags[prev] = entryFlags[prev]! & ~E_PLUS;
      else if ((entryFlags[prev]! & E_PLUS) === 0) flags &= ~E_PLUS;
      if ((flags & E_FOREIGN) === 0) entryFlags[prev] = entryFlags[prev]! & ~E_FOREIGN;
      else if ((entryFlags[prev]! & E_FOREIGN) === 0) flags &= ~E_FOREIGN;
      if (MODE_RANK[flags & 7]! >= MODE_RANK[entryFlags[prev]! & 7]!) {
        entryFlags[prev] = entryFlags[prev]! | (flags & E_OWN_DOT);
        if ((flags & 7) === (entryFlags[prev]! & 7) && (flags & E_POSSESSIVE) === 0) entryFlags[prev] = entryFlags[prev]! & ~E_POSSESSIVE;
        return;
      }
      flags |= entryFlags[prev]! & E_OWN_DOT;
      entryFlags[prev] = flags; entryCase[prev] = caseMask; entryCaps[prev] = caps;
      return;
    }
    entryAt.set(key, entryNode.length);
    entryNode.push(node); entryEntity.push(entity); entryFlags.push(flags); entryCase.push(caseMask); entryCaps.push(caps);
    aliasCount++;
  };

  // What one record's aliases need to know of the others, in one pass: each city's country's name
  // (a city named as its country), one-word place names (an event named after a place), nationality
  // words ("German", "Turkish") and famous people's surnames ("Obama") (places named like one).
  const countryNameOf = new Map<string, string>();
  const placeWords = new Set<string>();
  const demonymWords = new Set<string>();
  const famousSurnames = new Set<string>();
  // The best-known place's prominence for each one-word place name (a region named like a given name).
  const bestPlaceNamed = new Map<string, number>();
  for (const e of entities) {
    for (const a of e.aliases) if (a.match === 'demonym') { const f = foldWords(a.text); if (f.length === 1) demonymWords.add(f[0]!); }
    if (e.kind === 'person' && (e.prominence ?? 0) >= FAMOUS_PERSON_MIN_PROMINENCE) {
      // (By the same rule as the surname alias: "Diana, Princess of Wales" has none, and Wales keeps its
      // name. And only where the record says the surname alone is the person: "Obama" is, but not
      // "Lincoln" or "Darwin", which news uses for the towns.)
      const last = surnameOf(e.name);
      const f = last ? foldWords(last) : [];
      if (f.length === 1 && e.aliases.some((a) => a.match === 'needs-context' && foldWords(a.text).join(' ') === f[0])) famousSurnames.add(f[0]!);
    }
    if (e.kind !== 'place') continue;
    for (const t of [e.name, ...e.aliases.filter((a) => a.match === 'ordinary').map((a) => a.text)]) {
      const f = foldWords(t);
      if (f.length === 1) { placeWords.add(f[0]!); bestPlaceNamed.set(f[0]!, Math.max(bestPlaceNamed.get(f[0]!) ?? 0, e.prominence ?? 0)); }
    }
    if (e.subkind !== 'city') continue;
    const c = e.facts?.find((f) => f.type === 'country' && 'id' in f && f.id !== undefined);
    const j = c && 'id' in c && c.id !== undefined ? entityIndex.get(c.id) : undefined;
    if (j !== undefined) countryNameOf.set(e.id, foldWords(entities[j]!.name).join(' '));
  }

  const modeCode = { ordinary: M_ORDINARY, acronym: M_ACRONYM, 'needs-context': M_NEEDS_CONTEXT, demonym: M_DEMONYM } as const;
  entities.forEach((e, i) => {
    if (entityIndex.get(e.id) !== i) return; // duplicate id: first wins
    // A record may list its own name as "needs context" ("Apple", "Ford", "The Times"): the name is
    // then ambiguous by the record's own account and links only with support.
    // ("Sainsbury" needing context does not make "Sainsbury's" need it: the possessive tells them apart.
    // Nor does the name written alike in another language: Portuguese "Porto Novo", which needs context
    // there, is Benin's capital Porto-Novo in English.)
    const nameKey = foldWords(e.name).join(' ');
    const possessive = (t: string): boolean => /['’]s$/.test(t.trimEnd());
    const selfContext = e.aliases.some((a) => a.match === 'needs-context' && !isForeign(a.lang) && foldWords(a.text).join(' ') === nameKey && possessive(a.text) === possessive(e.name));
    addAlias(i, { text: e.name, mode: selfContext ? M_NEEDS_CONTEXT : M_ORDINARY, own: true });
    for (const a of e.aliases) addAlias(i, { text: a.text, mode: modeCode[a.match], foreign: isForeign(a.lang) });
    // "Saint Petersburg" is also written "St. Petersburg" (an alias the record may list already: kept once).
    for (const a of [{ text: e.name, match: selfContext ? 'needs-context' : 'ordinary' } as const, ...e.aliases]) {
      const short = a.match === 'acronym' ? null : writtenShort(a.text);
      if (short) addAlias(i, { text: short, mode: modeCode[a.match], short: SHORT_WORDS, foreign: 'lang' in a && isForeign(a.lang) });
    }
    if (e.kind === 'person') {
      // The surname, for "Fahrettin Altun … Altun" even when the record does not list it.
      const last = surnameOf(e.name);
      if (last) addAlias(i, { text: last, mode: M_COREF });
    }
    // A storm's given name, for "Hurricane Milton struck Florida … Milton's winds": after the full name
    // only, as a surname (the name alone is a town's, a person's, or next year's storm).
    if (e.kind === 'event') {
      const given = stormNameOf(e.name);
      if (given) addAlias(i, { text: given, mode: M_COREF });
    }
  });

  // Entity metadata.
  const entityCount = entities.length;
  const kind = new Uint8Array(entityCount);
  const eflags = new Uint8Array(entityCount);
  const prominence = new Uint8Array(entityCount);
  const country = new Int32Array(entityCount).fill(-1);
  const contextStart = new Uint32Array(entityCount + 1);
  const context: number[] = [];
  const strings: string[] = [];
  entities.forEach((e, i) => {
    kind[i] = Math.max(0, KIND_CODES.indexOf(e.kind));
    const weak = isWeak(e);
    let f = weak ? F_WEAK : 0;
    if (e.subkind === 'country' || e.id.startsWith('country:')) f |= F_COUNTRY;
    if (e.subkind === 'region') f |= F_REGION;
    // (A stock index is a company's product, known by its acronym as one: "the FTSE 100", "the DAX"; so is
    // a price benchmark an exchange lists: "WTI".)
    if (e.subkind === 'company' || e.subkind === 'news-agency' || e.subkind === 'stock-index' || e.subkind === 'price-benchmark') f |= F_BRAND;
    if (e.kind === 'place' && e.subkind === 'city') f |= F_CITY;
    if (e.subkind === 'sports-club') f |= F_TEAM;
    if (e.subkind === 'media') f |= F_MEDIA;
    eflags[i] = f;
    const p = e.prominence ?? (weak ? DEFAULT_WEAK_PROMINENCE : DEFAULT_PROMINENCE);
    prominence[i] = Math.round(Math.min(1, Math.max(0, p)) * 255);
    const ctx = new Set<number>();
    const link = (id: string | undefined): number => {
      if (id === undefined) return -1;
      const j = entityIndex.get(id);
      if (j === undefined || j === i) return -1;
      ctx.add(j);
      return j;
    };
    for (const r of e.related ?? []) link(r);
    for (const fact of e.facts ?? []) {
      if ('id' in fact) {
        const j = link(fact.id);
        if (j >= 0 && country[i]! < 0 && (fact.type === 'country' || fact.type === 'nationality')) country[i] = j;
      }
      if ('ofId' in fact) link(fact.ofId);
    }
    contextStart[i] = context.length;
    for (const j of ctx) context.push(j);
    strings.push(e.id, e.name);
  });
  contextStart[entityCount] = context.length;
  // Entities without a country or nationality fact (many organisations, some people): the one
  // country among their related ids, else their headquarters' country — but for a body of many
  // countries (an intergovernmental organisation, an alliance, a bloc), whose seat or founding member
  // is no country of its own: the OECD is no French body, nor ASEAN an Indonesian one.
  entities.forEach((e, i) => {
    if (country[i]! >= 0 || eflags[i]! & F_COUNTRY || MANY_COUNTRIES.has(e.subkind ?? '')) return;
    let only = -1;
    for (let k = contextStart[i]!; k < contextStart[i + 1]!; k++) {
      const j = context[k]!;
      if (eflags[j]! & F_COUNTRY) only = only === -1 ? j : -2;
    }
    if (only >= 0) { country[i] = only; return; }
    const hq = e.facts?.find((f) => f.type === 'headquarters');
    const h = hq && 'id' in hq && hq.id !== undefined ? entityIndex.get(hq.id) : undefined;
    if (h !== undefined && country[h]! >= 0) country[i] = country[h]!;
  });

  // Token table.
  // Common words and honorifics are interned too (most already are), flagged, so the matcher can tell
  // "Hatay Governor" (a word) from "Paris Hilton" (an unknown name) around a one-word match.
  for (const w of common) intern(w);
  for (const w of HONORIFICS) intern(w);
  for (const w of FIRST_NAMES) intern(w);
  for (const w of CONNECTORS) intern(w);
  const tokenFlags = new Uint8Array(tokenStrings.length);
  tokenStrings.forEach((w, t) => {
    if (common.has(w) || CONNECTORS.has(w) || HONORIFICS.has(w)) tokenFlags[t]! |= TF_COMMON;
    if (FIRST_NAMES.has(w)) tokenFlags[t]! |= TF_GIVEN;
    if (HONORIFICS.has(w)) tokenFlags[t]! |= TF_TITLE;
  });
  const tokenCount = tokenStrings.length;
  const tokenTableSize = tableSize(tokenCount);
  const tokenTable = new Int32Array(tokenTableSize * 2);
  const tokenOffsets = new Uint32Array(tokenCount + 1);
  let charTotal = 0;
  for (let t = 0; t < tokenCount; t++) { tokenOffsets[t] = charTotal; charTotal += tokenStrings[t]!.length; }
  tokenOffsets[tokenCount] = charTotal;
  const tokenChars = new Uint16Array(charTotal);
  const rootChild = new Int32Array(tokenCount).fill(-1);
  for (let t = 0; t < tokenCount; t++) {
    const s = tokenStrings[t]!;
    const off = tokenOffsets[t]!;
    for (let k = 0; k < s.length; k++) tokenChars[off + k] = s.charCodeAt(k);
    rootChild[t] = edges.get(t) ?? -1; // edge key of (root 0, token t) is t
    const h = fnvString(s);
    let slot = h & (tokenTableSize - 1);
    while (tokenTable[slot * 2 + 1] !== 0) slot = (slot + 1) & (tokenTableSize - 1);
    tokenTable[slot * 2] = h;
    tokenTable[slot * 2 + 1] = t + 1;
  }

  // Start filters: about 16 bits per key and two bits per key keep false positives under 2%.
  const filterOf = (keys: ReadonlySet<number>, bitsPerKey = 16): Uint32Array => {
    let bits = 1024;
    while (bits < keys.size * bitsPerKey) bits *= 2;
    const filter = new Uint32Array(bits / 32);
    for (const key of keys) filter[(key & (bits - 1)) >>> 5]! |= filterBits(key);
    return filter;
  };
  const lowerStart = filterOf(lowerStarts);
  const lowerStartBits = lowerStart.length * 32;
  const start = filterOf(starts);
  // (Half as many bits a key: a false positive costs only the two probes of Start that every word took
  // before, and the filter stays small — in the cache beside Start, and 64 kB less in the extension.)
  const firstWord = filterOf(firstWords, 8);

  // Edge table.
  const edgeCount = edgeList.length / 3;
  // Edge filter: about 16 bits per edge, two per key (false positives under 2%), keyed by the child word's hash.
  let edgeFilterBits = 1024;
  while (edgeFilterBits < edgeCount * 16) edgeFilterBits *= 2;
  const edgeFilter = new Uint32Array(edgeFilterBits / 32);
  // (Up to 0.75 full: a walk probes the table only after the edge filter lets a word through, mostly for
  // an edge that is there, and at 0.75 such a probe reads 2.5 slots on average, at 0.6 1.75, at 0.5 1.5
  // — while each doubling of the table costs the worker 12 bytes a slot: at 0.6, the edges of 720 more
  // names (80,400 in all) doubled it, 1.5 MB more, with the table 31 % full.)
  const edgeTableSize = tableSize(edgeCount, 0.75);
  const edgeTable = new Int32Array(edgeTableSize * 3);
  const nodeChildBits = new Uint32Array(nodeCount);
  for (let k = 0; k < edgeList.length; k += 3) {
    const parent = edgeList[k]!, token = edgeList[k + 1]!, c = edgeList[k + 2]!;
    nodeChildBits[parent]! |= 1 << (token & 31);
    const key = edgeHash(parent, fnvString(tokenStrings[token]!));
    edgeFilter[(key & (edgeFilterBits - 1)) >>> 5]! |= filterBits(key);
    let slot = edgeHash(parent, token) & (edgeTableSize - 1);
    while (edgeTable[slot * 3] !== 0) slot = (slot + 1) & (edgeTableSize - 1);
    edgeTable[slot * 3] = parent + 1;
    edgeTable[slot * 3 + 1] = token;
    edgeTable[slot * 3 + 2] = c;
  }

  // Entries grouped by node (counting sort), in insertion order within a node.
  const entryCount = entryNode.length;
  const nodeEntries = new Uint32Array(nodeCount + 1);
  for (const nd of entryNode) nodeEntries[nd + 1]!++;
  for (let k = 0; k < nodeCount; k++) nodeEntries[k + 1]! += nodeEntries[k]!;
  const fillPos = nodeEntries.slice(0, nodeCount);
  const eEntity = new Uint32Array(entryCount), eFlags = new Uint32Array(entryCount);
  const eCase = new Int32Array(entryCount), eCaps = new Int32Array(entryCount);
  for (let k = 0; k < entryCount; k++) {
    const at = fillPos[entryNode[k]!]!++;
    eEntity[at] = entryEntity[k]!; eFlags[at] = entryFlags[k]!; eCase[at] = entryCase[k]!; eCaps[at] = entryCaps[k]!;
  }

  // Strings.
  const encoder = new TextEncoder();
  const encoded = strings.map((s) => encoder.encode(s));
  const stringOffsets = new Uint32Array(strings.length + 1);
  let byteTotal = 0;
  encoded.forEach((b, k) => { stringOffsets[k] = byteTotal; byteTotal += b.length; });
  stringOffsets[strings.length] = byteTotal;
  const stringBytes = new Uint8Array(byteTotal);
  encoded.forEach((b, k) => stringBytes.set(b, stringOffsets[k]));

  const meta = new Uint32Array([tokenCount, tokenTableSize, nodeCount, edgeTableSize, entryCount, entityCount, aliasCount, lowerStartBits, edgeFilterBits, start.length * 32, firstWord.length * 32]);
  const sections: ArrayBufferView[] = [];
  sections[Section.Meta] = meta;
  sections[Section.TokenChars] = tokenChars;
  sections[Section.TokenOffsets] = tokenOffsets;
  sections[Section.TokenTable] = tokenTable;
  sections[Section.Edges] = edgeTable;
  sections[Section.NodeEntries] = nodeEntries;
  sections[Section.EntryEntity] = eEntity;
  sections[Section.EntryFlags] = eFlags;
  sections[Section.EntryCase] = eCase;
  sections[Section.EntryCaps] = eCaps;
  sections[Section.LowerStart] = lowerStart;
  sections[Section.NodeChildBits] = nodeChildBits;
  sections[Section.EdgeFilter] = edgeFilter;
  sections[Section.Start] = start;
  sections[Section.FirstWord] = firstWord;
  sections[Section.EntityKind] = kind;
  sections[Section.EntityFlags] = eflags;
  sections[Section.EntityProminence] = prominence;
  sections[Section.EntityCountry] = country;
  sections[Section.ContextStart] = contextStart;
  sections[Section.Context] = Uint32Array.from(context);
  sections[Section.StringOffsets] = stringOffsets;
  sections[Section.StringBytes] = stringBytes;
  sections[Section.TokenFlags] = tokenFlags;
  sections[Section.RootChild] = rootChild;

  if (stats) Object.assign(stats, { entities: entityCount, aliases: aliasCount, tokens: tokenCount, nodes: nodeCount, skipped });
  return pack(sections);
}

function pack(sections: ArrayBufferView[]): Uint8Array {
  const align = (x: number) => (x + 7) & ~7;
  let size = align(HEADER_BYTES);
  const offsets: number[] = [];
  for (const s of sections) { offsets.push(size); size = align(size + s.byteLength); }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, sections.length, true);
  sections.forEach((s, k) => {
    view.setUint32(12 + k * 8, offsets[k]!, true);
    view.setUint32(16 + k * 8, s.byteLength, true);
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), offsets[k]);
  });
  return out;
}
