/**
 * English names of cities that GeoNames writes as their country does: "Geneva" for Genève,
 * "Gothenburg" for Göteborg, "Nuremberg", "Seville", "Fez", "Cracow". They come from the WordNet city
 * that describes the city (wordnet.ts, citySynset), whose lemmas are the names English has used.
 *
 * WordNet's lemmas are not all names a reader meets today, so a lemma is kept only when:
 * - it is written as a name, every word capitalised ("Mexican capital" is a description);
 * - no country or region of ours has it (but a region the city is the seat of: the canton of Geneva),
 *   nor another city as large or larger ("Delhi" for New Delhi, "Santiago" for Santiago de Cuba,
 *   "Pernambuco" for Recife, "Syracuse" for Siracusa, New York's being larger); a smaller namesake
 *   leaves it to the resolver, as any shared name does;
 * - it is not one of the city's names in another language (city-names.ts gives those, tagged with
 *   their language: "Roma" is Rome in Italian, and the Romani people in English);
 * - it is no everyday English word (WordNet's rarer lowercase lemmas do not count: "geneva" is a gin),
 *   nor one of the few that name something else today (NOT_NAMES_TODAY);
 * - it is not the city's one-word name cut short ("Trent" for Trento, "Sana" for Sanaa, "Aquila" for
 *   L'Aquila: a river, a given name, a constellation);
 * - it is a spelling of the city's own name, not another name: at most two fifths of its letters differ
 *   (Levenshtein distance of the folded names). What this leaves out is mostly nicknames ("Windy City", "Motown") and names of another age ("Danzig", "Port Arthur",
 *   "Karl-Marx-Stadt"), which name history or something else more often than the city in today's news.
 */
import levenshtein from 'fast-levenshtein';
import { isCommonWordName } from './cities.ts';
import type { CityInfo } from './cities.ts';
import { nameKey, pushTo, type Draft } from './util.ts';

/** How far (Levenshtein distance over the longer name's length) a lemma may be from the city's name. */
const MAX_SPELLING_DISTANCE = 0.4;

/**
 * Lemmas that pass the rules but name something else in today's English: Ankara's old name is the
 * wool and the breeds of goat, cat and rabbit; "Basia" is a spelling of Basra no English text uses.
 */
const NOT_NAMES_TODAY = new Set(['Angora', 'Basia']);

/** The city a lemma may name. */
export interface NamedCity {
  name: string;
  aliases: readonly string[];
  /** Its names in other languages. */
  foreign: readonly string[];
  population: number;
}

/**
 * The lemmas of WordNet's city (`lemmas`) that are English names of `city`, by the rules above.
 * `placeSize`: for a name key (util.ts, nameKey), the population of the largest other city of ours of
 * that name, Infinity if a region or a country has it, 0 if no other place does.
 */
export function englishCityNames(lemmas: readonly string[], city: NamedCity, placeSize: (key: string) => number): string[] {
  const { name } = city;
  const own = new Set([name, ...city.aliases, ...city.foreign].map(nameKey));
  const nameFolded = nameKey(name);
  const folded = nameFolded.replace(/[^\p{L}]/gu, '');
  const out: string[] = [];
  for (const lemma of lemmas) {
    const key = nameKey(lemma);
    if (own.has(key) || placeSize(key) >= city.population) continue;
    if (!lemma.split(' ').every((w) => /^\p{Lu}/u.test(w)) || isCommonWordName(lemma) || NOT_NAMES_TODAY.has(lemma)) continue;
    if (!/\s/.test(lemma) && !/\s/.test(name) && (folded.startsWith(key) || folded.endsWith(key))) continue;
    if (levenshtein.get(key, nameFolded) > MAX_SPELLING_DISTANCE * Math.max(key.length, nameFolded.length)) continue;
    own.add(key);
    out.push(lemma);
  }
  return out;
}

/**
 * englishCityNames' `placeSize` for each city (by id): the population of the largest other city of a
 * name, Infinity where a country or a region has it — but a region the city is the seat of (the canton
 * of Geneva; a country named like its capital keeps the name: "Luxembourg", "Kuwait").
 */
export function placeSizes(cities: readonly CityInfo[], regions: readonly Draft[], countries: readonly Draft[]): (id: string) => (key: string) => number {
  const citiesOf = new Map<string, CityInfo[]>();
  for (const c of cities) for (const n of [c.name, ...c.formerNames]) pushTo(citiesOf, nameKey(n), c);
  const seatsOf = new Map<string, string[]>(); // '' for an area with no seat that could be the city
  for (const d of [...regions, ...countries]) {
    const capital = d.id.startsWith('region:') ? d.facts?.find((f) => f.type === 'capital') : undefined;
    const seat = capital && 'id' in capital ? (capital.id ?? '') : '';
    for (const n of [d.name, ...d.aliases.map((a) => a.text)]) pushTo(seatsOf, nameKey(n), seat);
  }
  return (id) => (key) => (seatsOf.get(key) ?? []).some((seat) => seat !== id) ? Infinity
    : Math.max(0, ...(citiesOf.get(key) ?? []).filter((c) => c.id !== id).map((c) => c.population));
}
