/**
 * Big cities' names in the other languages of the news we read ("Londres", "Moskau", "Pékin",
 * "Varsovia"), keyed by our city id: read from city-names.json, which data/scripts/extract-city-names.ts
 * extracts once from CLDR (Unicode License v3) and which is committed; `addCityNames` makes them
 * aliases in their language (they match on pages in another language only: core/format.ts, E_FOREIGN).
 *
 * Why: a French page's "Pékin" was Pekin, Illinois, and its "Londres", "Moscou" and "Varsovie" were
 * no one.
 */
import { readFileSync } from 'node:fs';
import type { Alias } from '../../src/data/schema.ts';
import { isCommonWordName, type CityInfo } from './cities.ts';
import { nameKey, type Draft } from './util.ts';

export interface CityNames {
  source: string; url: string; licence: string;
  /** "city:2761369" → language → name. */
  names: Record<string, Record<string, string>>;
  /** City id → the languages in which its name is also an everyday word: those link only in context. */
  everyday: Record<string, string[]>;
}

export const CITY_NAMES_PATH = new URL('./city-names.json', import.meta.url);

export function loadCityNames(): CityNames {
  return JSON.parse(readFileSync(CITY_NAMES_PATH, 'utf8')) as CityNames;
}

/** Another town this big, or a region, named so makes the name doubtful: it links only in context ("Vienne" is also a French town). */
const TOWN_OF_NOTE = 50_000;

/**
 * Adds each city's names in other languages to its draft, with their language. A name the city
 * already has is left out; one that is also another town's of note, a region's, or an English word,
 * or an everyday word where it is spoken, needs context.
 */
export function addCityNames(drafts: Draft[], source: Pick<CityNames, 'names' | 'everyday'>, cities: readonly CityInfo[], regionNames: readonly string[]): number {
  const townsOfNote = new Map<string, Set<string>>();
  for (const c of cities) {
    if (c.population < TOWN_OF_NOTE) continue;
    for (const key of [c.name, ...c.formerNames].map(nameKey)) {
      const ids = townsOfNote.get(key) ?? new Set<string>();
      ids.add(c.id);
      townsOfNote.set(key, ids);
    }
  }
  const regions = new Set(regionNames.map(nameKey));
  let added = 0;
  for (const draft of drafts) {
    const names = source.names[draft.id];
    if (!names) continue;
    const everyday = new Set(source.everyday[draft.id] ?? []);
    const taken = new Set([draft.name, ...draft.aliases.map((a) => a.text)].map(nameKey));
    for (const [lang, name] of Object.entries(names)) {
      const key = nameKey(name);
      if (taken.has(key)) continue;
      taken.add(key);
      const elsewhere = [...(townsOfNote.get(key) ?? [])].some((id) => id !== draft.id);
      const doubtful = elsewhere || regions.has(key) || everyday.has(lang) || isCommonWordName(name);
      const alias: Alias = { text: name, match: doubtful ? 'needs-context' : 'ordinary', lang };
      draft.aliases.push(alias);
      added++;
    }
  }
  return added;
}
