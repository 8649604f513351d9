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
import { REGION_NAME_LANGUAGES, REGION_NAMES_PATH, type RegionNames } from '../pipeline/region-names.ts';
import { readAdmin1 } from '../pipeline/regions.ts';
import countries from 'world-countries';

interface IsoRegion { name: string; admin?: string }

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const pkg = process.argv[2];
if (!pkg || !existsSync(join(pkg, 'regions'))) {
  console.error('usage: npx tsx data/scripts/extract-region-names.ts PATH/TO/iso3166-2-db (the unpacked package, with its regions/ folder)');
  process.exit(2);
}
const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
const dictDir = process.argv[3] ?? '/usr/share/dict';
const DICTS: Record<string, { file: string; codes: string[] }> = {
  fr: { file: 'french', codes: ['fra'] }, es: { file: 'spanish', codes: ['spa'] }, it: { file: 'italian', codes: ['ita'] },
  pt: { file: 'portuguese', codes: ['por'] }, de: { file: 'ngerman', codes: ['deu', 'gsw'] },
};
const words = new Map<string, Set<string>>();
for (const [lang, d] of Object.entries(DICTS)) {
  const file = join(dictDir, d.file);
  if (!existsSync(file)) { console.error(`missing word list ${file} (apt-get install wfrench wspanish witalian wportuguese wngerman)`); process.exit(2); }
  words.set(lang, new Set(readFileSync(file, 'utf8').split('\n').map((w) => w.trim()).filter(Boolean)));
}
/** cca2 → ISO 639-3 codes of its languages. */
const spokenIn = new Map(countries.map((c) => [c.cca2, Object.keys(c.languages ?? {})]));
/**
 * Whether a one-word name is an everyday word: in lowercase, in any of the five lists (a page in one
 * language reads the names of all five: Italian "Centre" would be French "centre"); a German name,
 * also when it is the plural of a German noun ("Marken", of "Marke"). (German capitalises its nouns,
 * and its list holds place names too, "Andalusien" among them: only the plural tells a noun.)
 */
function everydayWord(lang: string, name: string): boolean {
  if (/[\s-]/.test(name)) return false;
  const lower = name.toLowerCase();
  if ([...words.values()].some((list) => list.has(lower))) return true;
  const german = words.get('de')!;
  return lang === 'de' && ((name.endsWith('n') && german.has(name.slice(0, -1))) || (name.endsWith('en') && german.has(name.slice(0, -2))));
}

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
const other = REGION_NAME_LANGUAGES.map((lang) => [lang, namesIn(lang)] as const);
const names: RegionNames['names'] = {};
const everyday: RegionNames['everyday'] = {};
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
    if (everydayWord(lang, name)) {
      if (!DICTS[lang]!.codes.some((code) => spokenIn.get(r.code.slice(0, 2))?.includes(code))) { wordsLeftOut++; continue; }
      (everyday[r.code] ??= []).push(lang);
    }
    entry[lang] = name;
  }
  if (Object.keys(entry).length) names[r.code] = entry;
}
const out: RegionNames = {
  source: `iso3166-2-db ${version}, regions/*/{${REGION_NAME_LANGUAGES.join(',')}}.json, joined on GeoNames admin1 codes`,
  url: 'https://github.com/esosedi/3166',
  licence: 'MIT',
  names,
  everyday,
};
writeFileSync(fileURLToPath(REGION_NAMES_PATH), JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(names).length} regions' names written (${Object.values(everyday).flat().length} everyday words kept); skipped: ${noEntry} regions without an entry, ${otherPlace} whose entry names another place, ${wordsLeftOut} names that are everyday words of a language not spoken there`);
