/**
 * WordNet 3.1 (Princeton University; licence notice in sources.json) instance synsets: nouns whose
 * lemma is capitalised and that have an "@i" (instance hypernym) pointer — about 7,700 named
 * people, places, organisations and events.
 *
 * Used two ways:
 * 1. descriptions: the gloss of a place instance becomes the one-line description of the matching
 *    country or city (matched by name and by the country its part-holonym chain leads to);
 * 2. extra entities (id wordnet:<offset>, low prominence): people (historic figures), organisations,
 *    wars and battles, and natural features that no other source covers.
 * Gloss text is WordNet's, shortened; records that carry it name WordNet in `source`.
 */
import type { MatchMode } from '../../src/data/schema.ts';
import { isCommonWord } from './common-words.ts';
import { COMMON_SURNAMES, FIRST_NAMES } from '../../src/core/given-names.ts';
import type { CityInfo } from './cities.ts';
import { AS_OF, RECORD_SOURCE } from './sources.ts';
import { distinctiveName } from './region-titles.ts';
import { aliasList, capitalise, clip, nameKey, pushTo, type Draft } from './util.ts';

export interface Synset {
  offset: string;
  lexFile: number;
  /** Lemmas with spaces for underscores, in WordNet's order. */
  words: string[];
  pointers: Array<{ symbol: string; offset: string; pos: string }>;
  gloss: string;
}

/** Parses WordNet's data.noun (or any excerpt of it: lines not starting with an offset are skipped). */
export function parseDataNoun(text: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const bar = line.indexOf(' | ');
    const head = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
    const gloss = bar >= 0 ? line.slice(bar + 3).trim() : '';
    const offset = head[0]!;
    const lexFile = Number(head[1]);
    const wCnt = parseInt(head[3]!, 16);
    let i = 4;
    const words: string[] = [];
    for (let k = 0; k < wCnt; k++) {
      words.push(head[i]!.replace(/\([a-z]+\)$/, '').replace(/_/g, ' '));
      i += 2;
    }
    const pCnt = Number(head[i]);
    i++;
    const pointers: Synset['pointers'] = [];
    for (let k = 0; k < pCnt; k++) {
      pointers.push({ symbol: head[i]!, offset: head[i + 1]!, pos: head[i + 2]! });
      i += 4;
    }
    out.set(offset, { offset, lexFile, words, pointers, gloss });
  }
  return out;
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Instance synsets with a capitalised first lemma, in offset order. */
export function instances(synsets: Map<string, Synset>): Synset[] {
  return [...synsets.values()]
    .filter((s) => isCapitalised(s.words[0] ?? '') && s.pointers.some((p) => p.symbol === '@i'))
    .sort((a, b) => a.offset.localeCompare(b.offset));
}

/** The first lemma of the synset's (first) instance hypernym: "city", "terrorist organization". */
export function classOf(s: Synset, synsets: Map<string, Synset>): string {
  const p = s.pointers.find((x) => x.symbol === '@i');
  return (p && synsets.get(p.offset)?.words[0]) ?? '';
}

/** The gloss without examples, cut to its first clause, capitalised: one card line. */
export function glossLine(gloss: string, max = 200): string {
  let g = gloss.replace(/;?\s*"[^"]*"/g, '').trim();
  const semi = g.indexOf('; ');
  if (semi > 0) g = g.slice(0, semi);
  g = g.replace(/\s*\((?:born |died |circa |c\. )?[-\d\s]+(?:BC|AD)?[-\d\s]*\)\s*$/, '').trim();
  return clip(capitalise(g), max);
}

/** Birth/death years from a person gloss: "(1879-1955)", "(born 1930)", "(384-322 BC)". */
export function lifeYears(gloss: string): { born?: number; died?: number } {
  let m = /\((\d{1,4})\s*-\s*(\d{1,4})\s*BC\)/.exec(gloss);
  if (m) return { born: -Number(m[1]), died: -Number(m[2]) };
  m = /\((?:circa |c\. )?(\d{3,4})\s*-\s*(\d{3,4})\)/.exec(gloss);
  if (m && Number(m[2]) >= Number(m[1])) return { born: Number(m[1]), died: Number(m[2]) };
  m = /\(born (\d{3,4})\)/.exec(gloss);
  if (m) return { born: Number(m[1]) };
  m = /\(died (\d{3,4})\)/.exec(gloss);
  if (m) return { died: Number(m[1]) };
  return {};
}

/** Date span of an event from its gloss: "1853-1856", "1914-18", "in 1066". BC dates are skipped. */
export function eventDates(gloss: string): { from: string; to?: string } | undefined {
  if (/\bBC\b/.test(gloss)) return undefined;
  let m = /\b(\d{3,4})\s*-\s*(\d{2,4})\b/.exec(gloss);
  if (m) {
    const from = m[1]!;
    let to = m[2]!;
    if (to.length < from.length) to = from.slice(0, from.length - to.length) + to;
    if (Number(to) >= Number(from) && Number(to) <= 2100) return { from, to };
  }
  m = /\bin (\d{3,4})\b/.exec(gloss);
  if (m && Number(m[1]) <= 2100) return { from: m[1]! };
  return undefined;
}

const COUNTRY_CLASSES = /country|^state$|republic|kingdom|sultanate|emirate|principality|island|archipelago|colony|dependency|possession|territory|commonwealth|monarchy|city state|duchy/i;
const CITY_CLASSES = new Set(['city', 'town', 'port', 'national capital', 'state capital', 'provincial capital', 'port of entry', 'capital', 'urban center', 'township', 'village', 'resort', 'seaport']);

export interface WordNetIndex {
  synsets: Map<string, Synset>;
  instances: Synset[];
  /** cca2 → country synset */
  countrySynset: Map<string, Synset>;
  /** "TR:ankara" → city synsets */
  cityGloss: Map<string, Synset[]>;
  /**
   * Folded capitalised lemma → every synset with it: the named instances (people, places, planets,
   * gods …) and the capitalised words (peoples, languages, breeds, drinks: "Somali", "Hereford", "Cognac").
   */
  byName: Map<string, Synset[]>;
  /**
   * The countries (cca2) a synset is or lies in, by its part holonyms: every one WordNet names
   * ("Karelia": Finland and Russia), also by a holonym named as a country of ours is.
   */
  countriesOf: (s: Synset) => Set<string>;
}

/**
 * Indexes WordNet for description look-ups. `countryNames` maps cca2 → names to try (display name
 * first, then ordinary aliases).
 */
export function indexWordNet(synsets: Map<string, Synset>, countryNames: Map<string, string[]>): WordNetIndex {
  const inst = instances(synsets);
  const byWord = new Map<string, Synset[]>();
  for (const s of inst) {
    if (s.lexFile !== 15) continue;
    for (const w of s.words) {
      const k = nameKey(w);
      const list = byWord.get(k) ?? [];
      list.push(s);
      byWord.set(k, list);
    }
  }
  const countrySynset = new Map<string, Synset>();
  const countryOfSynset = new Map<string, string>();
  for (const [cca2, names] of [...countryNames].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const n of names) {
      const hit = (byWord.get(nameKey(n)) ?? []).find((s) => {
        const cls = classOf(s, synsets);
        return COUNTRY_CLASSES.test(cls) && !/American state|Australian state|Canadian province|region/i.test(cls) && !countryOfSynset.has(s.offset);
      });
      if (hit) {
        countrySynset.set(cca2, hit);
        countryOfSynset.set(hit.offset, cca2);
        break;
      }
    }
  }
  const countryOf = (s: Synset): string | undefined => {
    for (const h of holonymsOf(synsets, s)) {
      const c = countryOfSynset.get(h.offset);
      if (c) return c;
    }
    return undefined;
  };
  const cityGloss = new Map<string, Synset[]>();
  for (const s of inst) {
    if (s.lexFile !== 15 || !CITY_CLASSES.has(classOf(s, synsets))) continue;
    const cca2 = countryOf(s);
    if (!cca2) continue;
    for (const w of s.words) {
      if (!isCapitalised(w) || /^capital of /i.test(w)) continue;
      const k = `${cca2}:${nameKey(w)}`;
      const list = cityGloss.get(k) ?? [];
      if (!list.includes(s)) list.push(s);
      cityGloss.set(k, list);
    }
  }
  const byName = new Map<string, Synset[]>();
  for (const s of synsets.values()) {
    for (const w of new Set(s.words.filter(isCapitalised).map(nameKey))) pushTo(byName, w, s);
  }
  const countryByName = new Map<string, string>();
  for (const [cca2, names] of countryNames) for (const n of names) if (!countryByName.has(nameKey(n))) countryByName.set(nameKey(n), cca2);
  const countriesOf = (s: Synset): Set<string> => {
    const out = new Set<string>();
    for (const h of [s, ...holonymsOf(synsets, s)]) {
      const c = countryOfSynset.get(h.offset);
      if (c) out.add(c);
      if (h === s) continue;
      for (const w of h.words) { const named = countryByName.get(nameKey(w)); if (named) out.add(named); }
    }
    return out;
  };
  return { synsets, instances: inst, countrySynset, cityGloss, byName, countriesOf };
}

/**
 * Glosses we do not show on a city card: they state a political status that has since changed or
 * may change ("capital of Kampuchea", "the future capital", "in South Vietnam"); the generated
 * description ("Capital of Cambodia") is safer.
 */
const STALE_GLOSS = /capital|communist|former|soviet|south vietnam|kampuchea|zaire|yugoslavia|rhodesia|ceylon|burma|dictatorship|future|czechoslovakia|east germany|west germany|recognized/i;
const PLACE_WORD = /\b(?:city|town|port|seaport|resort|center|centre|metropolis|municipality|village|suburb|borough)\b/i;

/** The places a synset lies in (its part holonyms, up to five levels), nearest first. */
function holonymsOf(synsets: ReadonlyMap<string, Synset>, s: Synset): Synset[] {
  const out: Synset[] = [];
  let frontier = [s];
  for (let depth = 0; depth < 5 && frontier.length; depth++) {
    const next: Synset[] = [];
    for (const f of frontier) {
      for (const p of f.pointers) {
        const t = p.symbol === '#p' ? synsets.get(p.offset) : undefined;
        if (t) next.push(t);
      }
    }
    out.push(...next);
    frontier = next;
  }
  return out;
}

/** Where a city of ours lies within its country, to check WordNet's city against. */
export interface CityRegion {
  /** Its first-level region's name, if known. */
  region?: string;
  /** The names of every first-level region of its country. */
  regionsOfCountry: readonly string[];
  /** Its country's names. */
  countryNames: readonly string[];
}

/** The one city WordNet places in that country under one of `names`, or undefined. */
export function citySynset(index: WordNetIndex, cca2: string, names: readonly string[]): Synset | undefined {
  for (const n of names) {
    const list = index.cityGloss.get(`${cca2}:${nameKey(n)}`);
    if (list?.length === 1) return list[0];
  }
  return undefined;
}

/**
 * Whether WordNet's city `s` lies in our city's region: 'ours' if its gloss names our region or the
 * places it lies in (its part holonyms) do; 'elsewhere' if those name another region of the country;
 * 'unknown' if they name none. (WordNet knows one Alexandria in the United States, Louisiana's; the
 * largest of ours is Virginia's, which its gloss, "a town in Louisiana on the Red River", would have
 * described, and Pasadena, Texas was "a city in southwestern California".) WordNet puts Oxford, "a
 * university town in northern Mississippi", in Georgia: the gloss naming our region is taken first.
 * Only our region named in the gloss counts: a gloss names the places around a town too, "to the
 * southeast of Delhi", "near the Arizona border".
 */
export function cityRegionVerdict(index: WordNetIndex, s: Synset, where: CityRegion): 'ours' | 'elsewhere' | 'unknown' {
  const own = where.region;
  const isOwn = (r: string): boolean => own !== undefined && sameRegionName(r, own);
  if (regionsNamedIn(glossLine(s.gloss), where.regionsOfCountry).some(isOwn)) return 'ours';
  const around = new Set(holonymsOf(index.synsets, s).map((h) => nameKey(h.words[0]!)));
  // (A region named like its country, the State of Mexico, is not told from the country so.)
  const named = where.regionsOfCountry.filter((r) => around.has(nameKey(r)) && !where.countryNames.some((c) => nameKey(c) === nameKey(r)));
  return named.length === 0 ? 'unknown' : named.some(isOwn) ? 'ours' : 'elsewhere';
}

/** The region names written in `text` as whole words, each at most once, a longer first ("West Virginia" is not also Virginia). */
function regionsNamedIn(text: string, regions: readonly string[]): string[] {
  let rest = text;
  const found: string[] = [];
  for (const r of [...regions].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    if (!re.test(rest)) continue;
    found.push(r);
    rest = rest.replace(re, ' ');
  }
  return found;
}

/**
 * Whether two names of a region are one: alike once the words for a kind of region are set aside,
 * or one the other's first words ("Veracruz" and "Veracruz-Llave"; not "North" and "South Carolina").
 */
function sameRegionName(a: string, b: string): boolean {
  const [x, y] = [distinctiveName(a), distinctiveName(b)];
  return x !== '' && y !== '' && (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `));
}

/**
 * Which of our cities each WordNet city is, by id: of the cities of its name in its country, the
 * largest, unless WordNet places it in another region; then the largest of the region it names
 * (Pasadena, California, not Pasadena, Texas: cityRegionVerdict).
 */
export function matchCities(index: WordNetIndex, cities: readonly CityInfo[], whereIs: (city: CityInfo) => CityRegion): Map<string, Synset> {
  const out = new Map<string, Synset>();
  const seen = new Set<string>(); // country:name keys met, largest city first
  const matched = new Set<string>();
  for (const c of [...cities].sort((a, b) => b.population - a.population || a.id.localeCompare(b.id))) {
    const k = `${c.country}:${nameKey(c.name)}`;
    const largest = !seen.has(k);
    seen.add(k);
    if (matched.has(k)) continue;
    const s = citySynset(index, c.country, [c.name, ...c.formerNames]);
    if (!s) continue;
    const verdict = cityRegionVerdict(index, s, whereIs(c));
    if (verdict === 'ours' || (largest && verdict === 'unknown')) { out.set(c.id, s); matched.add(k); }
  }
  return out;
}

/** The one-liner of WordNet's city `s` (citySynset), if its gloss is safe to show on a city's card. */
export function cityDescription(s: Synset): string | undefined {
  const line = glossLine(s.gloss);
  if (STALE_GLOSS.test(line) || !PLACE_WORD.test(line) || line.split(' ').length < 4) return undefined;
  return line;
}

export function countryDescription(index: WordNetIndex, cca2: string): string | undefined {
  const s = index.countrySynset.get(cca2);
  return s ? glossLine(s.gloss) : undefined;
}

const ORG_SUBKIND: Record<string, string> = {
  'terrorist organization': 'armed-group', 'guerrilla force': 'armed-group', 'drug cartel': 'armed-group',
  'nongovernmental organization': 'ngo', 'political movement': 'movement', 'secret society': 'society',
  'federal government': 'government',
};
const EVENT_SUBKIND: Record<string, string> = {
  'pitched battle': 'battle', 'naval battle': 'battle', battle: 'battle', 'amphibious assault': 'battle', siege: 'siege',
  war: 'war', 'civil war': 'war', 'world war': 'war', Crusade: 'war', revolution: 'revolution', rebellion: 'rebellion',
  campaign: 'campaign', genocide: 'genocide', "coup d'etat": 'coup', slaughter: 'massacre', 'terrorist attack': 'attack',
};
const FEATURE_SUBKIND: Record<string, string> = {
  river: 'body-of-water', lake: 'body-of-water', sea: 'body-of-water', bay: 'body-of-water', gulf: 'body-of-water',
  strait: 'body-of-water', ocean: 'body-of-water', channel: 'body-of-water', inlet: 'body-of-water', firth: 'body-of-water',
  estuary: 'body-of-water', sound: 'body-of-water', canal: 'body-of-water', loch: 'body-of-water', waterfall: 'landmark',
  'mountain peak': 'mountain', range: 'mountain', volcano: 'mountain', hill: 'mountain', pass: 'landmark', valley: 'landmark',
  gorge: 'landmark', tableland: 'landmark', desert: 'desert', peninsula: 'peninsula', cape: 'landmark', isthmus: 'landmark',
  promontory: 'landmark', continent: 'continent', forest: 'landmark', island: 'island', archipelago: 'island',
  'geographical area': 'region', 'national park': 'park', 'Aegean island': 'island',
};

/** A person's display name: the first multi-word lemma ending like the first lemma ("Albert Einstein"). */
export function personName(words: string[]): string {
  const caps = words.filter(isCapitalised);
  const first = caps[0] ?? words[0]!;
  if (first.includes(' ')) return first;
  const last = first.split(' ').at(-1)!;
  return caps.find((w) => w.includes(' ') && w.split(' ').at(-1) === last) ?? first;
}

/** The surname of "Albert Einstein"; none for "Henry III", "Alexander the Great", "Joan of Arc", "Martin Luther King Jr.". */
export function surnameOf(name: string): string | undefined {
  const parts = name.split(' ');
  if (parts.length < 2) return undefined;
  if (parts.some((p) => /^\p{Ll}/u.test(p) && !/^(?:de|da|van|von|der|den|du|la|le|al|el|bin|ibn|di|del)$/.test(p))) return undefined;
  const last = parts.at(-1)!;
  if (/^(?:[IVXLC]+|Jr\.?|Sr\.?)$/.test(last) || last.length < 3 || !/^\p{Lu}/u.test(last)) return undefined;
  return last;
}

export interface WordNetEntityOptions {
  /** Folded names already taken by generated places (no WordNet place duplicates them). */
  placeNameKeys: Set<string>;
}

/** Titles that make a name of English words a person's: "President Grant", "Queen Victoria", "Captain Cook". */
const PERSON_TITLES = new Set('president queen king captain saint pope emperor empress prince princess general admiral sir lady lord'.split(' '));

/**
 * Whether a person's name of several words is made of English words alone — no given name, no title
 * before it: "Black Hawk", "Sun King", "Little Giant", "Desert Fox" (not "Bob Hope", "Queen Victoria").
 */
export function wordsOnlyName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || PERSON_TITLES.has(words[0]!.toLowerCase())) return false;
  return words.every((w) => /^(?:of|the|and|with)$/i.test(w) || (isCommonWord(w) && !FIRST_NAMES.has(w.toLowerCase())));
}

/** Whether a person's name is a common given name and a common English surname, nothing else: "John Smith", "James Brown". */
export function everydayFullName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length === 2 && FIRST_NAMES.has(words[0]!) && COMMON_SURNAMES.has(words[1]!);
}

/** Extra entities from WordNet instances: people, organisations, events and natural features. */
export function buildWordNetEntities(index: WordNetIndex, opts: WordNetEntityOptions): Draft[] {
  const drafts: Draft[] = [];
  const usedCountry = new Set([...index.countrySynset.values()].map((s) => s.offset));
  for (const s of index.instances) {
    const cls = classOf(s, index.synsets);
    let kind: Draft['kind'];
    let subkind: string | undefined;
    let prominence = 0.1;
    if (s.lexFile === 18) { kind = 'person'; prominence = 0.12; }
    else if (s.lexFile === 14 && ORG_SUBKIND[cls]) { kind = 'organization'; subkind = ORG_SUBKIND[cls]; }
    else if ((s.lexFile === 4 || s.lexFile === 28) && EVENT_SUBKIND[cls]) { kind = 'event'; subkind = EVENT_SUBKIND[cls]; }
    else if ((s.lexFile === 17 || s.lexFile === 15) && FEATURE_SUBKIND[cls] && !usedCountry.has(s.offset)) { kind = 'place'; subkind = FEATURE_SUBKIND[cls]; }
    else continue;

    const caps = s.words.filter(isCapitalised);
    const name = kind === 'person' ? personName(s.words) : caps[0]!;
    if (name.length < 3 || name.length > 160) continue;
    if (kind === 'place' && caps.some((w) => opts.placeNameKeys.has(nameKey(w)))) continue;

    const items: Array<[string, MatchMode]> = [];
    const singleCommon = !name.includes(' ') && isCommonWord(name);
    // A one-word person name ("Samuel", "Homer") or a one-word common noun ("Southwest") links only in
    // context; so does a person's name or nickname made of English words alone ("Black Hawk", "Sun King",
    // "Desert Fox": "a Black Hawk helicopter").
    // And so does a name as common as "John Smith": most who bear it in the news are not WordNet's.
    if (singleCommon || (kind === 'person' && (!name.includes(' ') || wordsOnlyName(name) || everydayFullName(name)))) items.push([name, 'needs-context']);
    for (const w of caps) {
      if (w === name) continue;
      let mode: MatchMode = 'ordinary';
      if (/^[A-Z0-9]{2,8}$/.test(w)) mode = 'acronym';
      else if (kind === 'person' && (!w.includes(' ') || wordsOnlyName(w))) mode = 'needs-context';
      else if (!w.includes(' ') && isCommonWord(w)) mode = 'needs-context';
      if (w.length < 3 && mode !== 'acronym') continue;
      items.push([w, mode]);
    }
    // A person known by a multi-word name is also written by surname alone.
    const surname = kind === 'person' ? surnameOf(name) : undefined;
    if (surname) items.push([surname, 'needs-context']);

    const facts: NonNullable<Draft['facts']> = [];
    if (kind === 'person') {
      const { born, died } = lifeYears(s.gloss);
      if (born !== undefined) facts.push({ type: 'born', year: born });
      if (died !== undefined) facts.push({ type: 'died', year: died });
    } else if (kind === 'event') {
      const d = eventDates(s.gloss);
      if (d) facts.push(d.to ? { type: 'dates', from: d.from, to: d.to } : { type: 'dates', from: d.from });
    }
    const description = glossLine(s.gloss) || capitalise(cls || kind);
    const summaryText = s.gloss.replace(/;?\s*"[^"]*"/g, '').trim();
    drafts.push({
      id: `wordnet:${s.offset}`,
      kind,
      ...(subkind ? { subkind } : {}),
      name,
      aliases: aliasList(name, items),
      description,
      ...(summaryText.length > description.length + 20 ? { summary: clip(capitalise(summaryText), 1200) } : {}),
      ...(facts.length ? { facts } : {}),
      prominence: singleCommon ? 0.03 : prominence,
      asOf: AS_OF.wordnet,
      source: { ...RECORD_SOURCE.wordnet },
    });
  }
  return drafts;
}
