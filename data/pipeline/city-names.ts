/**
 * Big cities' names in the other languages of the news we read ("Londres", "Moskau", "Pékin",
 * "Varsovia"), keyed by our city id: read from city-names.json, which data/scripts/extract-city-names.ts
 * extracts once from CLDR (Unicode License v3) and which is committed; `addCityNames` makes them
 * aliases in their language (they match on pages in another language only: core/format.ts, E_FOREIGN).
 *
 * Why: a French page's "Pékin" was Pekin, Illinois, and its "Londres", "Moscou" and "Varsovie" were
 * no one.
 */
import type { Alias } from '../../src/data/schema.ts';
import { isCommonWordName, type CityInfo } from './cities.ts';
import { loadPlaceNames, townsOfNote, type PlaceNames } from './place-names.ts';
import { nameKey, type Draft } from './util.ts';

export const CITY_NAMES_PATH = new URL('./city-names.json', import.meta.url);

/** By city id ("city:2761369"). */
export function loadCityNames(): PlaceNames {
  return loadPlaceNames(CITY_NAMES_PATH);
}

/**
 * Names of big cities in other languages that CLDR lacks (it names only the cities time zones are named
 * after), written in-house from the cities' common exonyms; by city id. Left out, as in the extraction:
 * names that are everyday words ("Praga" is a plague in Portuguese, "Colonia" a colony, Spanish "Roma"
 * also an adjective).
 */
export const IN_HOUSE_CITY_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'city:2867714': { es: 'Múnich', it: 'Monaco di Baviera', pt: 'Munique', de: 'München' }, // Munich
  'city:2911298': { fr: 'Hambourg', es: 'Hamburgo', it: 'Amburgo' }, // Hamburg
  'city:3173435': { it: 'Milano', es: 'Milán', pt: 'Milão', de: 'Mailand' }, // Milan
  'city:3176959': { it: 'Firenze', es: 'Florencia', pt: 'Florença', de: 'Florenz' }, // Florence
  'city:3172394': { it: 'Napoli', es: 'Nápoles', de: 'Neapel' }, // Naples
  'city:3165524': { it: 'Torino', es: 'Turín', pt: 'Turim' }, // Turin
  'city:3164603': { it: 'Venezia', fr: 'Venise', es: 'Venecia', pt: 'Veneza', de: 'Venedig' }, // Venice
  'city:3176219': { it: 'Genova', fr: 'Gênes', es: 'Génova', de: 'Genua' }, // Genoa
  'city:1816670': { fr: 'Pékin', es: 'Pekín', pt: 'Pequim', it: 'Pechino' }, // Beijing
  'city:498817': { fr: 'Saint-Pétersbourg', es: 'San Petersburgo', it: 'San Pietroburgo', pt: 'São Petersburgo', de: 'Sankt Petersburg' }, // Saint Petersburg
  'city:2747373': { fr: 'La Haye', es: 'La Haya', it: "L'Aia", pt: 'Haia', de: 'Den Haag' }, // The Hague
  'city:2803138': { fr: 'Anvers', es: 'Amberes', it: 'Anversa' }, // Antwerp
  'city:2995469': { es: 'Marsella', it: 'Marsiglia', pt: 'Marselha' }, // Marseille
  'city:2973783': { es: 'Estrasburgo', it: 'Strasburgo', de: 'Straßburg' }, // Strasbourg
  'city:2990440': { es: 'Niza', it: 'Nizza' }, // Nice
  'city:2996944': { it: 'Lione' }, // Lyon
  'city:2661604': { fr: 'Bâle', es: 'Basilea' }, // Basel
  'city:3094802': { fr: 'Cracovie', es: 'Cracovia', de: 'Krakau' }, // Kraków
  'city:104515': { fr: 'La Mecque', es: 'La Meca', it: 'La Mecca', de: 'Mekka' }, // Mecca
  'city:281184': { fr: 'Jérusalem', es: 'Jerusalén', pt: 'Jerusalém' }, // Jerusalem
  'city:361058': { fr: 'Alexandrie', es: 'Alejandría' }, // Alexandria
  'city:99072': { fr: 'Mossoul' }, // Mosul
  'city:170063': { fr: 'Alep', es: 'Alepo' }, // Aleppo
  'city:2650225': { fr: 'Édimbourg', es: 'Edimburgo' }, // Edinburgh
  'city:4335045': { fr: 'La Nouvelle-Orléans', es: 'Nueva Orleans' }, // New Orleans
  'city:4560349': { fr: 'Philadelphie', es: 'Filadelfia' }, // Philadelphia
  'city:5128581': { es: 'Nueva York', pt: 'Nova Iorque' }, // New York City
  'city:3369157': { fr: 'Le Cap', es: 'Ciudad del Cabo', it: 'Città del Capo', pt: 'Cidade do Cabo', de: 'Kapstadt' }, // Cape Town
  'city:1261481': { es: 'Nueva Delhi', it: 'Nuova Delhi', pt: 'Nova Deli', de: 'Neu-Delhi' }, // New Delhi
};

/** How many names of its own in other languages make a city known beyond its size… */
const KNOWN_ABROAD_NAMES = 3;
/** …and the prominence that is then its least. */
export const KNOWN_ABROAD = 0.5;

/** A city's names in other languages: CLDR's, with ours where CLDR has none or another (IN_HOUSE_CITY_NAMES). */
export function cityNamesOf(source: Pick<PlaceNames, 'names'>, id: string): Record<string, string> {
  return { ...(source.names[id] ?? {}), ...(IN_HOUSE_CITY_NAMES[id] ?? {}) };
}

/**
 * Adds each city's names in other languages to its draft, with their language, and credits their
 * source in the draft's; a city with three or more is at least KNOWN_ABROAD in prominence. A name the
 * city already has is left out; one that is also another town's of note, a region's, or an English
 * word, or an everyday word where it is spoken, needs context.
 */
export function addCityNames(drafts: Draft[], source: Pick<PlaceNames, 'names' | 'everyday'>, cities: readonly CityInfo[], regionNames: readonly string[]): void {
  const towns = townsOfNote(cities);
  const regions = new Set(regionNames.map(nameKey));
  for (const draft of drafts) {
    const names = cityNamesOf(source, draft.id);
    const inHouse = IN_HOUSE_CITY_NAMES[draft.id] ?? {};
    if (!Object.keys(names).length) continue;
    const credits = new Set<string>();
    const everyday = new Set(source.everyday[draft.id] ?? []);
    const taken = new Set([draft.name, ...draft.aliases.map((a) => a.text)].map(nameKey));
    for (const [lang, name] of Object.entries(names)) {
      const key = nameKey(name);
      if (taken.has(key)) continue;
      taken.add(key);
      const elsewhere = [...(towns.get(key) ?? [])].some((id) => id !== draft.id);
      const doubtful = elsewhere || regions.has(key) || everyday.has(lang) || isCommonWordName(name);
      const alias: Alias = { text: name, match: doubtful ? 'needs-context' : 'ordinary', lang };
      draft.aliases.push(alias);
      credits.add(inHouse[lang] === name ? 'Backstory editors' : 'Unicode CLDR');
    }
    // Known abroad by names of its own in three languages or more ("Venezia", "Venise", "Venedig"), a
    // city is known beyond its size: Venice's 51,000 people gave it a provincial town's 0.3, too little to
    // link "residents of Venice" on its own.
    const ownNames = new Set(Object.values(names).map(nameKey).filter((k) => k !== nameKey(draft.name)));
    if (ownNames.size >= KNOWN_ABROAD_NAMES && (draft.prominence ?? 0) < KNOWN_ABROAD) draft.prominence = KNOWN_ABROAD;
    if (credits.size) {
      const cldr = credits.has('Unicode CLDR');
      draft.source = { ...draft.source, name: `${draft.source.name}; names in other languages: ${[...credits].sort().join(', ')}`, licence: cldr ? `${draft.source.licence}; Unicode-3.0` : draft.source.licence };
    }
  }
}
