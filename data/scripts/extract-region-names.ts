/**
 * Writes data/pipeline/region-names.json (see region-names.ts): the names of each first-level region
 * in French, Spanish, Portuguese, Italian and German, by GeoNames admin1 code.
 *
 *   npx tsx data/scripts/extract-region-names.ts PATH/TO/iso3166-2-db [DICT_DIR]
 *
 * Run by hand, not by `npm run data`, for the reason extract-region-titles.ts gives (the package is
 * 280 MB unpacked). The output is committed.
 *
 * DICT_DIR (default /usr/share/dict) holds Debian's word lists for the five languages (`apt-get
 * install wfrench wspanish witalian wportuguese wngerman`): a one-word name that is an everyday word
 * in one of them ("Centro"; "Marken", German for the Marche; "Sind", German for Sindh, and a verb) is
 * left out, unless the language is spoken in the region's
 * country, where the name is the region's own ("Toscana", "Bayern", also the plural of "Bayer"):
 * those are kept and listed as everyday words, and link only in context.
 *
 * The package joins on admin1 codes too, which countries reuse when they redraw their regions, so a
 * region's names are kept only when the package's English name for that code names the same place as
 * ours (`sameRegion`).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sameRegion } from '../pipeline/region-titles.ts';
import { OTHER_LANGUAGES, type PlaceNames } from '../pipeline/place-names.ts';
import { REGION_NAMES_PATH } from '../pipeline/region-names.ts';
import { readAdmin1 } from '../pipeline/regions.ts';
import { EverydayWords } from './everyday-words.ts';

interface IsoRegion { name: string; admin?: string }

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const pkg = process.argv[2];
if (!pkg || !existsSync(join(pkg, 'regions'))) {
  console.error('usage: npx tsx data/scripts/extract-region-names.ts PATH/TO/iso3166-2-db (the unpacked package, with its regions/ folder)');
  process.exit(2);
}
const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
const everyday = new EverydayWords(process.argv[3]);

/** "ES.51" → that region's name in `lang`, from regions/<country>/<lang>.json. */
function namesIn(lang: string): Map<string, string> {
  const byCode = new Map<string, string>();
  for (const country of readdirSync(join(pkg!, 'regions')).sort()) {
    const file = join(pkg!, 'regions', country, `${lang}.json`);
    if (!existsSync(file)) continue;
    for (const r of JSON.parse(readFileSync(file, 'utf8')) as IsoRegion[]) if (r.admin && r.name?.trim()) byCode.set(`${country}.${r.admin}`, r.name.trim());
  }
  return byCode;
}

const english = namesIn('en');
const other = OTHER_LANGUAGES.map((lang) => [lang, namesIn(lang)] as const);
const names: PlaceNames['names'] = {};
const everydayNames: PlaceNames['everyday'] = {};
let noEntry = 0, otherPlace = 0, wordsLeftOut = 0;
for (const r of [...readAdmin1()].sort((a, b) => a.code.localeCompare(b.code))) {
  const en = english.get(r.code);
  if (!en) { noEntry++; continue; }
  if (!sameRegion(r.name, en)) { otherPlace++; continue; }
  const entry: Record<string, string> = {};
  for (const [lang, byCode] of other) {
    const name = byCode.get(r.code);
    // (A name spelt as the English one adds nothing: most regions keep their name in every language.)
    if (!name || fold(name) === fold(r.name) || fold(name) === fold(en)) continue;
    if (everyday.has(lang, name)) {
      if (!everyday.spoken(lang, r.code.slice(0, 2))) { wordsLeftOut++; continue; }
      (everydayNames[r.code] ??= []).push(lang);
    }
    entry[lang] = name;
  }
  if (Object.keys(entry).length) names[r.code] = entry;
}
const out: PlaceNames = {
  source: `iso3166-2-db ${version}, regions/*/{${OTHER_LANGUAGES.join(',')}}.json, joined on GeoNames admin1 codes`,
  url: 'https://github.com/esosedi/3166',
  licence: 'MIT',
  names,
  everyday: everydayNames,
};
writeFileSync(fileURLToPath(REGION_NAMES_PATH), JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(names).length} regions' names written (${Object.values(everydayNames).flat().length} everyday words kept); skipped: ${noEntry} regions without an entry, ${otherPlace} whose entry names another place, ${wordsLeftOut} names that are everyday words of a language not spoken there`);
