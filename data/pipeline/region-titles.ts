/**
 * English Wikipedia titles of first-level regions, keyed by GeoNames admin1 code ("AR.11" → "La
 * Pampa Province"): read from region-titles.json, which data/scripts/extract-region-titles.ts
 * extracts once from the iso3166-2-db package (MIT) and which is committed.
 *
 * The two sources join on (country, admin1 code), but codes get reused when a country redraws its
 * regions (Morocco's MA.04 was Oriental, is now Rabat-Salé-Kénitra), so a title is kept only when it
 * names the same place as our record (`sameRegion`).
 */
import { readFileSync } from 'node:fs';
import levenshtein from 'fast-levenshtein';

/** Words that say what kind of region it is, not which one. */
const GENERIC = new Set(('province governorate oblast region state department prefecture county district of the autonomous municipality ' +
  'city republic territory capital federal division special administrative krai kray okrug voivodeship canton parish rayon emirate community').split(' '));

// (Not util.ts's foldText, which spells đ as d: the committed titles were joined with this fold.)
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
const words = (s: string): string[] => fold(s).split(' ').filter((w) => w && !GENERIC.has(w));

/** A region's name without the words that say what kind of region it is: "Dhaka Division" → "dhaka", "Sevastopol City" → "sevastopol" (folded). */
export function distinctiveName(name: string): string {
  return words(name).join(' ');
}

/** A title without its disambiguation: "Victoria (state)" → "Victoria". */
export function bareTitle(title: string): string {
  return title.replace(/\s*\(.*\)$/, '');
}

/**
 * Whether our region name and an article title name the same place: a word in common once generic
 * words are set aside ("La Pampa" / "La Pampa Province"), or bare names that differ by little more
 * than transliteration ("Yardimli District" / "Yardımlı Rayon", one edit in five letters).
 */
export function sameRegion(ours: string, title: string): boolean {
  const a = words(ours);
  const b = words(bareTitle(title));
  if (a.length === 0 || b.length === 0) return false;
  if (a.some((w) => b.includes(w))) return true;
  const x = a.join('');
  const y = b.join('');
  return Math.min(x.length, y.length) >= 5 && levenshtein.get(x, y) <= Math.floor(Math.max(x.length, y.length) / 5);
}

export interface RegionTitles { source: string; url: string; licence: string; titles: Record<string, string> }

export const REGION_TITLES_PATH = new URL('./region-titles.json', import.meta.url);

export function loadRegionTitles(): RegionTitles {
  return JSON.parse(readFileSync(REGION_TITLES_PATH, 'utf8')) as RegionTitles;
}
