/**
 * The names of first-level regions in the other languages of the news we read (French, Spanish,
 * Portuguese, Italian, German), keyed by GeoNames admin1 code ("ES.51" → "Andalucía", "Andalousie",
 * "Andalusien"): read from region-names.json, which data/scripts/extract-region-names.ts extracts once
 * from the iso3166-2-db package (MIT) and which is committed; `OtherLanguageNames` makes them aliases.
 *
 * Why: GeoNames names a region in English, and a Spanish page writes "Andalucía", which was then
 * found only as a small Colombian town of that name; a German one writes "Bayern", a French one
 * "Californie".
 */
import type { MatchMode } from '../../src/data/schema.ts';
import { isCommonWordName, type CityInfo } from './cities.ts';
import { GIVEN_NAMES } from '../../src/core/given-names.ts';
import { distinctiveName } from './region-titles.ts';
import { loadPlaceNames, townsOfNote, type PlaceNames } from './place-names.ts';
import { nameKey } from './util.ts';
import { wordnetLowercaseWords } from './wordnet-words.ts';

export const REGION_NAMES_PATH = new URL('./region-names.json', import.meta.url);

export function loadRegionNames(): PlaceNames {
  return loadPlaceNames(REGION_NAMES_PATH);
}

/**
 * Which of a region's names in other languages become its aliases, and how they match. The package's
 * names are not all clean (some regions carry a neighbour's name, "Ruvuma" for Rukwa, or the title of
 * an article on all of a country's regions), and many are words. Left out:
 * - a name the region already has, another region's name in the same country, or a name two regions
 *   of a country share;
 * - an English word or its plural ("Gales", Spanish for Wales: English words turn up on pages in every
 *   language);
 * - every name of a region named after a town of its country ("Nueva York", "San Paolo", "Daca" for
 *   Dhaka Division: news in those languages means the town; "la Comunidad de Madrid" is read by
 *   region-words.ts), or by English words ("Freistaat" for Free State, "Centro");
 * - the one-word names of a region named like a person ("Virginie": "nos journalistes Virginie Ballet").
 * Linking only in context: a name that is also a town's of note or a region's anywhere ("Centre",
 * "Bahía"), a short form of the region's English name ("Palmyra" for Palmyra Atoll), an everyday word
 * in its own language ("Toscana" is also "Tuscan": see extract-region-names.ts), the name of regions in
 * two countries ("Regione Centrale"), and every name of a region the caller calls weak (little known,
 * or itself named by an English word: "Nord" for Cameroon's North).
 */
export class OtherLanguageNames {
  /** "TZ" → the folded GeoNames names of its regions; and those of every region in the world. */
  private readonly regionNames = new Map<string, Set<string>>();
  private readonly anyRegion = new Set<string>();
  /** "TZ" → folded name in other languages → how many of its regions have it. */
  private readonly uses = new Map<string, Map<string, number>>();
  /** Folded name in other languages → how many regions of the world have it. */
  private readonly worldUses = new Map<string, number>();
  /** "TZ" → the folded names of its towns; and those of every town of note in the world. */
  private readonly townsIn = new Map<string, Set<string>>();
  private readonly anyTown: ReadonlyMap<string, unknown>;

  private readonly names: PlaceNames['names'];
  private readonly everyday: PlaceNames['everyday'];

  constructor(source: Pick<PlaceNames, 'names' | 'everyday'>, admin1: ReadonlyArray<{ code: string; name: string }>, cities: readonly CityInfo[]) {
    const names = (this.names = source.names);
    this.everyday = source.everyday;
    for (const r of admin1) {
      const country = r.code.slice(0, 2);
      setIn(this.regionNames, country).add(nameKey(r.name));
      this.anyRegion.add(nameKey(r.name));
      const counts = this.uses.get(country) ?? new Map<string, number>();
      for (const key of new Set(Object.values(names[r.code] ?? {}).map(nameKey))) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        this.worldUses.set(key, (this.worldUses.get(key) ?? 0) + 1);
      }
      this.uses.set(country, counts);
    }
    for (const c of cities) for (const key of [c.name, ...c.formerNames].map(nameKey)) setIn(this.townsIn, c.country).add(key);
    this.anyTown = townsOfNote(cities);
  }

  /**
   * The aliases region `code` gains. base, display: its names; weak: its names in other languages link
   * only in context whatever they are (its own name is an English word, or it is little known);
   * existing: its aliases so far.
   */
  aliases(code: string, base: string, display: string, weak: boolean, existing: ReadonlyArray<readonly [string, MatchMode, string?]>): Array<[string, MatchMode, string]> {
    const names = this.names[code];
    if (!names) return [];
    const country = code.slice(0, 2);
    const towns = this.townsIn.get(country);
    // (Also "Dhaka Division" for Dhaka, "New York" for New York City: the name's kind or the town's " City" aside.)
    if ([base, display].some((n) => towns?.has(nameKey(n)) || towns?.has(`${nameKey(n)} city`) || towns?.has(distinctiveName(n)))) return [];
    // A region named by English words alone ("North West", "Free State", "Central District") is named
    // by words in other languages too ("Nordwest", "Freistaat", "Centro"), which are no names there.
    if (words(display).every((w) => englishWord(w))) return [];
    // A region named like a person ("Virginia", "Victoria") is named so in other languages too: French
    // "Virginie" is the state and a woman's name, as "nos journalistes Virginie Ballet et…" shows.
    const givenName = GIVEN_NAMES.has(nameKey(base)) || GIVEN_NAMES.has(nameKey(display));
    const taken = new Set([nameKey(base), nameKey(display), ...existing.map(([text]) => nameKey(text))]);
    const others = this.regionNames.get(country);
    const counts = this.uses.get(country);
    const out: Array<[string, MatchMode, string]> = [];
    const everyday = new Set(this.everyday[code] ?? []);
    for (const [lang, name] of Object.entries(names)) {
      const key = nameKey(name);
      if (taken.has(key) || others?.has(key) || (counts?.get(key) ?? 0) > 1 || englishWord(name) || (givenName && !/\s/.test(name.trim()))) continue;
      taken.add(key);
      const shortForm = words(name).every((w) => words(display).includes(w)); // "Palmyra" for "Palmyra Atoll"
      const shared = (this.worldUses.get(key) ?? 0) > 1; // "Regione Centrale", "Provincia del Noroeste"
      out.push([name, weak || shortForm || shared || everyday.has(lang) || this.anyTown.has(key) || this.anyRegion.has(key) || isCommonWordName(name) ? 'needs-context' : 'ordinary', lang]);
    }
    return out;
  }
}

let wordnet: Set<string> | undefined;
/**
 * Whether a one-word name is an English word, or its plural: Spanish "Gales" (Wales) is the plural of
 * "gale" (WordNet's lowercase lemmas, wordnet-words.ts).
 */
function englishWord(name: string): boolean {
  if (/\s/.test(name.trim())) return false;
  wordnet ??= wordnetLowercaseWords();
  const word = nameKey(name);
  // (English adds "es" after s, x, z, ch and sh: "marches"; Italian "Galles" is no "gall".)
  return wordnet.has(word) || (word.endsWith('s') && wordnet.has(word.slice(0, -1))) || (/(?:[sxz]|ch|sh)es$/.test(word) && wordnet.has(word.slice(0, -2)));
}

/** The folded words of a name. */
function words(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}

function setIn<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}
