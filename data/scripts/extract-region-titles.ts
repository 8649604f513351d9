/**
 * Writes data/pipeline/region-titles.json (see region-titles.ts): the English Wikipedia title of each
 * first-level region, by GeoNames admin1 code.
 *
 *   npx tsx data/scripts/extract-region-titles.ts PATH/TO/iso3166-2-db
 *
 * Run by hand, not by `npm run data`: the iso3166-2-db package (MIT) is 280 MB unpacked, too heavy
 * for a devDependency, for ~3,000 short facts. Unpack it anywhere (`npm pack iso3166-2-db`, then
 * `tar xzf`) and pass its folder. The output is committed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGION_TITLES_PATH, sameRegion, type RegionTitles } from '../pipeline/region-titles.ts';
import { readAdmin1 } from '../pipeline/regions.ts';

interface IsoRegion { name: string; admin?: string; reference?: { wikipedia?: string | null } }

const pkg = process.argv[2];
if (!pkg || !existsSync(join(pkg, 'regions'))) {
  console.error('usage: npx tsx data/scripts/extract-region-titles.ts PATH/TO/iso3166-2-db (the unpacked package, with its regions/ folder)');
  process.exit(2);
}
const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
const admin1 = readAdmin1();
const byCode = new Map<string, IsoRegion>();
for (const country of readdirSync(join(pkg, 'regions')).sort()) {
  const file = join(pkg, 'regions', country, 'en_ref.json');
  if (!existsSync(file)) continue;
  for (const r of JSON.parse(readFileSync(file, 'utf8')) as IsoRegion[]) if (r.admin) byCode.set(`${country}.${r.admin}`, r);
}
const titles: Record<string, string> = {};
let noEntry = 0, notEnglish = 0, otherPlace = 0;
for (const r of [...admin1].sort((a, b) => a.code.localeCompare(b.code))) {
  const iso = byCode.get(r.code);
  if (!iso) { noEntry++; continue; }
  const wiki = iso.reference?.wikipedia ?? '';
  if (!wiki.startsWith('en:')) { notEnglish++; continue; }
  const title = wiki.slice(3).replace(/_/g, ' ');
  if (!sameRegion(r.name, title)) { otherPlace++; continue; }
  titles[r.code] = title;
}
const out: RegionTitles = { source: `iso3166-2-db ${version}, regions/*/en_ref.json, joined on GeoNames admin1 codes`, url: 'https://github.com/esosedi/3166', licence: 'MIT', titles };
writeFileSync(fileURLToPath(REGION_TITLES_PATH), JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(titles).length} titles written; skipped: ${noEntry} regions without an entry, ${notEnglish} without an English title, ${otherPlace} whose entry names another place`);
