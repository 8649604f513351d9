/**
 * What the three sources of names in other languages share (region-names.ts, city-names.ts,
 * country-names.ts): the languages, the committed files' shape, and which towns are big enough that a
 * name they share makes another place's name doubtful.
 */
import { readFileSync } from 'node:fs';
import type { CityInfo } from './cities.ts';
import { nameKey } from './util.ts';

/** The languages whose names we take: those other-languages.ts recognises on a page. */
export const OTHER_LANGUAGES = ['fr', 'es', 'pt', 'it', 'de'] as const;
export type OtherLanguage = (typeof OTHER_LANGUAGES)[number];

/** A committed file of places' names in other languages (region-names.json, city-names.json). */
export interface PlaceNames {
  source: string; url: string; licence: string;
  /** Key ("ES.51" for a region, "city:2761369" for a city) → language → name. */
  names: Record<string, Record<string, string>>;
  /** Key → the languages in which its name is also an everyday word ("toscana", Tuscan): these link only in context. */
  everyday: Record<string, string[]>;
}

export function loadPlaceNames(path: URL): PlaceNames {
  return JSON.parse(readFileSync(path, 'utf8')) as PlaceNames;
}

/**
 * A town this big, named like another place's name in another language, makes that name doubtful:
 * it links only in context ("Vienne" is also a French town). A village does not (Andalucía, Colombia,
 * has 17,000 people).
 */
export const TOWN_OF_NOTE = 50_000;

/** Folded name (and former name) → ids of the towns of note that have it. */
export function townsOfNote(cities: readonly CityInfo[]): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const c of cities) {
    if (c.population < TOWN_OF_NOTE) continue;
    for (const key of [c.name, ...c.formerNames].map(nameKey)) {
      const ids = byName.get(key) ?? new Set<string>();
      ids.add(c.id);
      byName.set(key, ids);
    }
  }
  return byName;
}
