/** Unit tests of the dataset pipeline modules on tiny fixtures (no build output needed). */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntity, type Entity } from '../../../src/data/schema.ts';
import { cardShardOf, fnv1a32, slugifyTitle } from '../../../src/data/ids.ts';
import { buildCountries, type WorldCountry } from '../../../data/pipeline/countries.ts';
import { buildCities, isCommonWordName, selectCities, WORDNET_TOWN, type CityRecord } from '../../../data/pipeline/cities.ts';
import { buildRegions, isGenericRegionName, shortRegionName } from '../../../data/pipeline/regions.ts';
import { sameRegion } from '../../../data/pipeline/region-titles.ts';
import { englishCityNames } from '../../../data/pipeline/city-english-names.ts';
import { newsSpellings } from '../../../data/pipeline/city-spellings.ts';
import { cityDisplayName } from '../../../data/pipeline/city-display-names.ts';
import { buildWordNetEntities, cityDescription, cityRegionVerdict, citySynset, classOf, eventDates, glossLine, indexWordNet, lifeYears, parseDataNoun, personName, surnameOf, wordsOnlyName, everydayFullName } from '../../../data/pipeline/wordnet.ts';
import { loadPacks, parsePackText } from '../../../data/pipeline/packs.ts';
import { mergeAll } from '../../../data/pipeline/merge.ts';
import { writeCardStore } from '../../../data/pipeline/cards.ts';
import { annotateWorld, type Topology } from '../../../data/pipeline/atlas.ts';
import { COMMON_WORDS, isCommonWord } from '../../../data/pipeline/common-words.ts';
import { BuildError, aliasList, clip, type Draft } from '../../../data/pipeline/util.ts';
import { addCityNames, KNOWN_ABROAD } from '../../../data/pipeline/city-names.ts';
import { addCountryNames } from '../../../data/pipeline/country-names.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const COUNTRIES: WorldCountry[] = [
  {
    name: { common: 'Türkiye', official: 'Republic of Türkiye', native: { tur: { official: 'Türkiye Cumhuriyeti', common: 'Türkiye' } } },
    cca2: 'TR', cca3: 'TUR', ccn3: '792', independent: true, unMember: true, capital: ['Ankara'],
    altSpellings: ['TR', 'Turkiye', 'Republic of Turkey'], region: 'Asia', subregion: 'Western Asia',
    languages: { tur: 'Turkish' }, currencies: { TRY: { name: 'Turkish lira' } }, latlng: [39, 35], borders: ['SYR', 'XYZ'], area: 783562,
    demonyms: { eng: { f: 'Turkish', m: 'Turkish' } },
  },
  {
    name: { common: 'Syria', official: 'Syrian Arab Republic' }, cca2: 'SY', cca3: 'SYR', ccn3: '760', independent: true, unMember: true,
    capital: ['Damascus'], altSpellings: ['SY', 'Syrian Arab Republic'], subregion: 'Western Asia', latlng: [35, 38], borders: ['TUR'],
    demonyms: { eng: { f: 'Syrian', m: 'Syrian' } },
  },
  {
    name: { common: 'India', official: 'Republic of India' }, cca2: 'IN', cca3: 'IND', independent: true, capital: ['New Delhi'],
    altSpellings: ['IN', 'Bhārat', 'Republic of India'], subregion: 'Southern Asia', demonyms: { eng: { f: 'Indian', m: 'Indian' } },
  },
  {
    name: { common: 'British Indian Ocean Territory', official: 'British Indian Ocean Territory' }, cca2: 'IO', cca3: 'IOT', independent: false,
    altSpellings: ['IO'], demonyms: { eng: { f: 'Indian', m: 'Indian' } },
  },
  {
    name: { common: 'United States', official: 'United States of America' }, cca2: 'US', cca3: 'USA', independent: true, capital: ['Washington D.C.'],
    altSpellings: ['US', 'USA', 'United States of America'], demonyms: { eng: { f: 'American', m: 'American' } },
  },
  { name: { common: 'Iceland', official: 'Iceland' }, cca2: 'IS', cca3: 'ISL', independent: true, altSpellings: ['IS', 'Island'] },
  { name: { common: 'Georgia', official: 'Georgia' }, cca2: 'GE', cca3: 'GEO', independent: true, altSpellings: ['GE', 'Sakartvelo'] },
  {
    name: { common: 'Vatican City', official: 'Vatican City State' }, cca2: 'VA', cca3: 'VAT', independent: true,
    altSpellings: ['VA'], demonyms: { eng: { f: 'Vatican', m: 'Vatican' } },
  },
];

describe('ids', () => {
  it('slugifies Wikipedia titles as CONTRIBUTING-DATA.md says', () => {
    expect(slugifyTitle('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugifyTitle('Justice and Development Party (Turkey)')).toBe('justice-and-development-party-turkey');
    expect(slugifyTitle('İzmir Province')).toBe('izmir-province');
  });
  it('picks a stable two-hex-digit shard', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(cardShardOf('country:tr')).toMatch(/^[0-9a-f]{2}$/);
    expect(cardShardOf('country:tr')).toBe(cardShardOf('country:tr'));
    expect(cardShardOf('x', 16)).toMatch(/^0[0-9a-f]$/);
  });
});

describe('common words', () => {
  it('knows everyday words and not place names', () => {
    for (const w of ['of', 'most', 'best', 'hope', 'police', 'said', 'mobile', 'split', 'nice', 'reading', 'bath', 'bar', 'male']) expect(isCommonWord(w), w).toBe(true);
    for (const w of ['ankara', 'idlib', 'hatay', 'erdogan']) expect(COMMON_WORDS.has(w), w).toBe(false);
    expect(isCommonWordName('Of')).toBe(true);
    expect(isCommonWordName('New Of')).toBe(false);
  });
});

describe('util', () => {
  it('dedupes aliases by folded text and drops the display name', () => {
    const a = aliasList('Turkey', [['Türkiye', 'ordinary'], ['Turkiye', 'ordinary'], ['turkey', 'ordinary'], ['TR', 'acronym']]);
    expect(a).toEqual([{ text: 'Türkiye', match: 'ordinary' }, { text: 'TR', match: 'acronym' }]);
    expect(aliasList('Of', [['Of', 'needs-context']])).toEqual([{ text: 'Of', match: 'needs-context' }]);
  });
  it('clips at a word boundary', () => {
    expect(clip('one two three four', 12)).toBe('one two…');
  });
});

describe('countries', () => {
  const built = buildCountries(COUNTRIES, { TR: { name: 'Turkey' } }, { capitalIdOf: (cc) => (cc === 'TR' ? 'city:323786' : undefined) });
  const get = (id: string): (typeof built.drafts)[number] => built.drafts.find((d) => d.id === id)!;
  it('uses news names, keeps the source name as alias, and validates', () => {
    const tr = get('country:tr');
    expect(tr.name).toBe('Turkey');
    expect(tr.wikipedia).toBe('Turkey');
    expect(tr.aliases).toContainEqual({ text: 'Türkiye', match: 'ordinary' });
    expect(tr.aliases).toContainEqual({ text: 'Turkish', match: 'demonym' });
    expect(tr.related).toEqual(['city:323786', 'country:sy']);
    expect(tr.facts).toContainEqual({ type: 'capital', value: 'Ankara', id: 'city:323786' });
    for (const d of built.drafts) expect(parseEntity(d).ok, d.id).toBe(true);
  });
  it('never uses word-like two-letter codes, keeps safe acronyms', () => {
    const texts = (id: string): string[] => get(id).aliases.map((a) => a.text);
    expect(texts('country:in')).not.toContain('IN');
    expect(texts('country:is')).not.toContain('Island');
    expect(get('country:us').aliases).toContainEqual({ text: 'USA', match: 'acronym' });
    expect(get('country:us').aliases).toContainEqual({ text: 'US', match: 'acronym' });
  });
  it('keeps a name we list ourselves as a name, though the source gives it as the demonym ("the Vatican said")', () => {
    expect(get('country:va').aliases).toContainEqual({ text: 'Vatican', match: 'ordinary' });
    expect(get('country:va').aliases.some((a) => a.match === 'demonym')).toBe(false);
  });
  it('gives a demonym shared with a sovereign state only to the state', () => {
    expect(get('country:io').aliases.some((a) => a.match === 'demonym')).toBe(false);
    expect(get('country:in').aliases).toContainEqual({ text: 'Indian', match: 'demonym' });
  });
  it('disambiguates Wikipedia titles', () => {
    expect(get('country:ge').wikipedia).toBe('Georgia (country)');
    expect(get('country:sy').aliases).toContainEqual({ text: 'Syrian Arab Republic', match: 'ordinary' });
  });
});

const city = (id: number, name: string, country: string, code: string, admin: string, pop: number, lon = 30, lat = 40): CityRecord =>
  ({ cityId: id, name, country, featureCode: code, adminCode: admin, population: pop, loc: { coordinates: [lon, lat] } });
const CITY_RECORDS: CityRecord[] = [
  city(1526273, 'Nur-Sultan', 'KZ', 'PPLC', '05', 345604, 71.45, 51.18),
  city(323786, 'Ankara', 'TR', 'PPLC', '68', 3517182),
  city(323779, 'Antakya', 'TR', 'PPLA', '31', 210000),
  city(749780, 'Çanakkale', 'TR', 'PPLA', '17', 87791),
  city(741240, 'Of', 'TR', 'PPL', '61', 20000),
  city(2990440, 'Nice', 'FR', 'PPLA2', '93', 338620),
  city(4076598, 'Mobile', 'US', 'PPLA2', 'AL', 190000),
  city(169389, 'Idlib', 'SY', 'PPLA', '12', 128840),
  city(5, 'Kornstadt am Main', 'DE', 'PPLA2', '05', 650000),
  city(6, 'Kornstadt (Oder)', 'DE', 'PPLA3', '11', 51000),
  city(7, 'Kingston upon Hull', 'GB', 'PPLA2', 'ENG', 260000),
  city(1841811, 'Gwangju', 'KR', 'PPLA', '29', 1416938),
  city(1841810, 'Gwangju', 'KR', 'PPLA2', '13', 179000),
  city(1, 'Smallville', 'US', 'PPL', 'KS', 5000),
  city(2, 'Some District', 'TR', 'PPLX', '34', 50000),
  city(3, 'Old Town', 'TR', 'PPLH', '34', 500000),
];
const ADMIN1 = [
  { code: 'TR.31', name: 'Hatay' }, { code: 'TR.17', name: 'Canakkale' }, { code: 'TR.68', name: 'Ankara' },
  { code: 'SY.12', name: 'Idlib' }, { code: 'SY.05', name: 'Suwayda' }, { code: 'US.GA', name: 'Georgia' }, { code: 'ZZ.01', name: 'Nowhere' },
  { code: 'FR.93', name: "Provence-Alpes-Cote d'Azur" }, { code: 'FR.11', name: 'Ile-de-France' }, { code: 'KZ.05', name: 'Astana' },
];
/** Titles as region-titles.json gives them (TR.31's is made up: a country's naming rule comes first). */
const REGION_TITLES = { 'FR.93': "Provence-Alpes-Côte d'Azur", 'KZ.05': 'Astana', 'TR.31': 'Hatay (made up)' };
const countryNames: Record<string, string> = { TR: 'Turkey', SY: 'Syria', US: 'United States', FR: 'France', KZ: 'Kazakhstan' };

describe('short names of other countries\' regions', () => {
  it('drops the kind of division, but leaves compass words, English words and adjectives alone', () => {
    expect(shortRegionName('Taranaki Region')).toBe('Taranaki');
    expect(shortRegionName('Kursk Oblast')).toBe('Kursk');
    expect(shortRegionName('Hawke\'s Bay Region')).toBe('Hawke\'s Bay');
    for (const name of ['Eastern District', 'South Governorate', 'North-West Province', 'Jewish Autonomous Oblast', 'Central Ethiopia Regional State', 'Centre Region', 'Ohio']) {
      expect(shortRegionName(name), name).toBeUndefined();
    }
  });
  it('gives the region its short name, needing context (many are another thing\'s name too)', () => {
    const nz = buildRegions([{ code: 'NZ.F9', name: 'Taranaki Region' }], [], () => 'New Zealand');
    expect(nz.drafts[0]!.aliases).toContainEqual({ text: 'Taranaki', match: 'needs-context' });
  });
  it('gives a region named only by where it lies its name only in context ("Southern District")', () => {
    const built = buildRegions([{ code: 'IL.01', name: 'Southern District' }, { code: 'ZA.10', name: 'North West' }, { code: 'ZA.05', name: 'Eastern Cape' }], [], () => 'Testland');
    const region = (code: string) => built.drafts.find((d) => d.id === `region:${code}`)!;
    expect(region('il.01').aliases).toContainEqual({ text: 'Southern District', match: 'needs-context' });
    expect(region('za.10').aliases).toContainEqual({ text: 'North West', match: 'needs-context' });
    // A proper name beside the compass word is the region's own, anywhere.
    expect(region('za.05').aliases).toEqual([]);
    expect(isGenericRegionName('Northern Territory')).toBe(true);
    for (const name of ['Western Australia', 'Upper Austria', 'Central Java', 'North Rhine-Westphalia']) expect(isGenericRegionName(name), name).toBe(false);
  });
  it('gives a region named as its seat is its name only in context: the bare name is the town', () => {
    const towns = selectCities([city(21, 'Valmora', 'MT', 'PPLC', '60', 7_000), city(22, 'Sliema', 'MT', 'PPLA', '56', 20_000)]);
    const built = buildRegions([{ code: 'MT.60', name: 'Valmora' }, { code: 'MT.56', name: 'Tas-Sliema' }], towns, () => 'Malta');
    const region = (code: string) => built.drafts.find((d) => d.id === `region:${code}`)!;
    expect(region('mt.60').aliases).toContainEqual({ text: 'Valmora', match: 'needs-context' });
    expect(region('mt.56').aliases).toEqual([]);
  });
});

describe('the abbreviations news writes after a town for its state or province', () => {
  it('gives US states and Canadian provinces theirs, needing context ("London, Ont.", "Nanaimo, B.C.")', () => {
    const built = buildRegions([{ code: 'CA.08', name: 'Ontario' }, { code: 'CA.02', name: 'British Columbia' }, { code: 'US.VA', name: 'Virginia' }, { code: 'QZ.08', name: 'Velmora' }], [], () => 'Testland');
    const aliases = (code: string) => built.drafts.find((d) => d.id === `region:${code}`)!.aliases;
    expect(aliases('ca.08')).toContainEqual({ text: 'Ont.', match: 'needs-context' });
    expect(aliases('ca.02')).toContainEqual({ text: 'B.C.', match: 'needs-context' });
    expect(aliases('us.va')).toContainEqual({ text: 'Va.', match: 'needs-context' });
    // (By country and code: another country's region 08 is not Ontario.)
    expect(aliases('qz.08')).toEqual([]);
  });

  it('gives Australia\'s states theirs: "NSW" in capitals, "Qld" and "Vic" in context, none where the letters name others ("WA")', () => {
    const built = buildRegions([{ code: 'AU.02', name: 'New South Wales' }, { code: 'AU.04', name: 'Queensland' }, { code: 'AU.07', name: 'Victoria' }, { code: 'AU.08', name: 'Western Australia' }], [], () => 'Australia');
    const aliases = (code: string) => built.drafts.find((d) => d.id === `region:${code}`)!.aliases;
    expect(aliases('au.02')).toContainEqual({ text: 'NSW', match: 'acronym' });
    expect(aliases('au.04')).toContainEqual({ text: 'Qld', match: 'needs-context' });
    expect(aliases('au.07')).toContainEqual({ text: 'Vic', match: 'needs-context' });
    expect(aliases('au.08').map((a) => a.text)).not.toContain('WA');
  });
});

describe('region seats', () => {
  it('seats a region that holds the national capital there, but for the few seated in another town (Ontario in Toronto, not Ottawa)', () => {
    const towns = selectCities([
      city(41, 'Capitola', 'CA', 'PPLC', '08', 900_000), city(42, 'Lakeport', 'CA', 'PPLA', '08', 2_700_000),
      city(43, 'Harnvik', 'QZ', 'PPLC', '01', 900_000), city(44, 'Ostrel', 'QZ', 'PPLA', '01', 2_700_000),
    ]);
    const built = buildRegions([{ code: 'CA.08', name: 'Ontario' }, { code: 'QZ.01', name: 'Velmora' }], towns, () => 'Testland');
    const capital = (code: string) => built.drafts.find((d) => d.id === `region:${code}`)!.facts!.find((f) => f.type === 'capital')?.value;
    expect(capital('ca.08')).toBe('Lakeport');
    expect(capital('qz.01')).toBe('Harnvik');
  });
});

describe('city names', () => {
  it('drops the suffix GeoNames writes after a few Japanese cities\' names ("Nara-shi"), and keeps the name it gave', () => {
    const [nara, other] = selectCities([city(31, 'Harumi-shi', 'JP', 'PPLA', '29', 350_000), city(32, 'Kobashi', 'JP', 'PPL', '29', 200_000)]);
    expect(nara!.name).toBe('Harumi');
    expect(nara!.formerNames).toContain('Harumi-shi');
    expect(other!.name).toBe('Kobashi');
    // Only in Japan.
    expect(selectCities([city(33, 'Tarn-shi', 'KR', 'PPLA', '01', 350_000)])[0]!.name).toBe('Tarn-shi');
  });
});

describe('towns WordNet describes', () => {
  it('are known beyond their size; a town named like a word stays little known', () => {
    const drafts = buildCities(selectCities([city(11, 'Tivola', 'IT', 'PPL', '07', 20_000), city(12, 'Mobile', 'US', 'PPL', 'AL', 20_000), city(13, 'Brenna', 'IT', 'PPL', '07', 20_000)]), {
      countryName: () => 'Italy', region: () => undefined, regionNameKeys: new Set(), countryNameKeys: new Set(),
      descriptionOf: (c) => (c.name === 'Brenna' ? undefined : 'A town of the test'),
    });
    const prominence = (name: string) => drafts.find((d) => d.name === name)!.prominence!;
    expect(prominence('Tivola')).toBe(WORDNET_TOWN);
    expect(prominence('Brenna')).toBeLessThan(WORDNET_TOWN);
    expect(prominence('Mobile')).toBeLessThan(0.1);
  });
});

describe("a national capital's card", () => {
  it('says it is the capital, unless WordNet\'s gloss says so itself', () => {
    const drafts = buildCities(selectCities([city(21, 'Portmara', 'IT', 'PPLC', '07', 900_000), city(22, 'Velo', 'IT', 'PPL', '07', 300_000), city(23, 'Sarno', 'FR', 'PPLC', '11', 900_000)]), {
      countryName: (cc) => (cc === 'IT' ? 'Italy' : 'France'), region: () => undefined, regionNameKeys: new Set(), countryNameKeys: new Set(),
      descriptionOf: (c) => (c.name === 'Sarno' ? 'The capital and largest city of the test' : 'Port city on the test coast'),
    });
    const description = (name: string) => drafts.find((d) => d.name === name)!.description;
    expect(description('Portmara')).toBe('Capital of Italy');
    expect(description('Velo')).toBe('Port city on the test coast');
    expect(description('Sarno')).toBe('The capital and largest city of the test');
  });

  it("and a region's seat, that it is the region's capital", () => {
    const [seat] = buildCities(selectCities([city(24, 'Lakeford', 'IT', 'PPLA', '07', 500_000)]), {
      countryName: () => 'Italy', region: () => ({ name: 'Tuscia', id: 'region:it.07' }), regionNameKeys: new Set(), countryNameKeys: new Set(),
    });
    expect(seat!.description).toBe('City in Italy, capital of Tuscia');
  });
});

describe('a British place\'s card', () => {
  it('calls it a city by its status, not its size (uk-cities.ts); elsewhere a city is one of 100,000 people', () => {
    const drafts = buildCities(selectCities([city(31, 'Luton', 'GB', 'PPL', 'ENG', 210_000), city(32, 'Wells', 'GB', 'PPL', 'ENG', 20_000), city(33, 'Tivola', 'IT', 'PPL', '07', 210_000)]), {
      countryName: (cc) => (cc === 'GB' ? 'United Kingdom' : 'Italy'), region: () => undefined, regionNameKeys: new Set(), countryNameKeys: new Set(),
    });
    const description = (name: string) => drafts.find((d) => d.name === name)!.description;
    expect(description('Luton')).toMatch(/^Town in /);
    expect(description('Wells')).toMatch(/^City in /);
    expect(description('Tivola')).toMatch(/^City in /);
  });
});

describe('the name a city\'s card shows (city-display-names.ts)', () => {
  it('is the Wikipedia title where it spells the same name without marks', () => {
    expect(cityDisplayName('Ludhiāna', 'IN', 'Ludhiana', [], false)).toBe('Ludhiana');
    expect(cityDisplayName('Montréal', 'CA', 'Montreal', [], false)).toBe('Montreal');
    // (A title that only tells namesakes apart counts by its name: "Tripoli, Lebanon".)
    expect(cityDisplayName('Trīpolī', 'LB', 'Tripoli, Lebanon', [], false)).toBe('Tripoli');
  });

  it('drops transliteration\'s marks in a country of another script, not a Latin-script language\'s accents', () => {
    expect(cityDisplayName('Qal‘at Bīshah', 'SA', undefined, [], false)).toBe('Qalat Bishah');
    expect(cityDisplayName('Mişrātah', 'LY', undefined, [], false)).toBe('Misratah');
    expect(cityDisplayName('Kandahār', 'AF', undefined, ['Qandahar'], false)).toBe('Kandahar');
    expect(cityDisplayName('Sétif', 'DZ', undefined, [], false)).toBe('Sétif');
    expect(cityDisplayName('Şanlıurfa', 'TR', undefined, [], false)).toBe('Şanlıurfa');
    expect(cityDisplayName('Jūrmala', 'LV', undefined, [], false)).toBe('Jūrmala');
  });

  it('drops the romanisation signs English leaves out: soft signs, ejectives, Korean breves; not Chinese apostrophes', () => {
    expect(cityDisplayName('Ryazan’', 'RU', undefined, [], false)).toBe('Ryazan');
    // (Russian's soft sign inside a name: the news spelling the build made an alias, or the name as it is.)
    expect(cityDisplayName('Kramators’k', 'UA', undefined, [], false, 'Kramatorsk')).toBe('Kramatorsk');
    expect(cityDisplayName("Nar'yan-Mar", 'RU', undefined, [], false, 'Naryan-Mar')).toBe('Naryan-Mar');
    expect(cityDisplayName('Kamensk-Ural’skiy', 'RU', undefined, [], false, 'Kamensk-Uralsky')).toBe('Kamensk-Uralsky');
    expect(cityDisplayName('Engel’s', 'RU', undefined, [], false)).toBe('Engel’s');
    expect(cityDisplayName('Tver’sk', 'RU', undefined, [], false, 'Tversk')).toBe('Tversk');
    expect(cityDisplayName('P’ot’i', 'GE', undefined, [], false)).toBe('Poti');
    expect(cityDisplayName('Namp’o', 'KP', undefined, [], false)).toBe('Nampo');
    expect(cityDisplayName('Kaesŏng', 'KP', undefined, [], false)).toBe('Kaesong');
    expect(cityDisplayName('Tai’an', 'CN', undefined, [], false)).toBe('Tai’an');
    expect(cityDisplayName("Coeur d'Alene", 'US', undefined, [], false)).toBe("Coeur d'Alene");
  });

  it('is WordNet\'s English name: the title\'s, or another word for a name with letters English lacks', () => {
    expect(cityDisplayName('Genève', 'CH', undefined, ['Geneva'], false)).toBe('Geneva');
    expect(cityDisplayName('Sevilla', 'ES', 'Seville', ['Seville'], false)).toBe('Seville');
    expect(cityDisplayName('Göteborg', 'SE', 'Gothenburg', ['Goeteborg', 'Gothenburg'], false)).toBe('Gothenburg');
    expect(cityDisplayName('Sevilla', 'ES', undefined, ['Seville'], false)).toBe('Sevilla');
  });

  it('keeps the name where the title is the name, the English name is the name without its umlaut or spelt out, or dated', () => {
    expect(cityDisplayName('Kraków', 'PL', 'Kraków', ['Cracow'], false)).toBe('Kraków');
    expect(cityDisplayName('Düsseldorf', 'DE', undefined, ['Dusseldorf'], false)).toBe('Düsseldorf');
    expect(cityDisplayName('Würzburg', 'DE', undefined, ['Wuerzburg'], false)).toBe('Würzburg');
    expect(cityDisplayName('Córdoba', 'ES', undefined, ['Cordova'], false)).toBe('Córdoba');
  });

  it('keeps a name the build chose on purpose', () => {
    expect(cityDisplayName('Mysuru', 'IN', 'Mysore', ['Mysore'], true)).toBe('Mysuru');
  });

  it('leaves GeoNames\' name an alias, with the town\'s mode', () => {
    const [town] = buildCities(selectCities([city(31, 'Qaryat Ḩamrā’', 'SY', 'PPL', '01', 40_000)]), {
      countryName: () => 'Testland', region: () => undefined, regionNameKeys: new Set(), countryNameKeys: new Set(),
    });
    expect(town!.name).toBe('Qaryat Hamra');
    expect(town!.aliases).toEqual([{ text: 'Qaryat Ḩamrā’', match: 'ordinary' }]);
  });
});

describe('towns GeoNames spells letter for letter (city-spellings.ts)', () => {
  const texts = (name: string, country: string) => newsSpellings(name, country).map((s) => s.text);
  it('drops Arabic\'s article, in its forms, where Arabic is spoken; never as a name to stand alone', () => {
    expect(newsSpellings('Al Qarnūbah', 'IQ')).toEqual([{ text: 'Qarnūbah', mayStandAlone: false }]);
    expect(texts('Ash Shuwaykah', 'SA')).toEqual(['Shuwaykah']);
    expect(texts('Aţ Ţarmīn', 'JO')).toEqual(['Ţarmīn']);
    expect(texts('El Barrouk', 'SD')).toEqual(['Barrouk']);
    expect(texts('Ad-Dammeen', 'SD')).toEqual(['Dammeen']);
    expect(texts('Al ‘Azzūnah', 'IQ')).toEqual(['Azzūnah']);
    expect(texts('Al Qarnūbah', 'FR')).toEqual([]); // (not where Arabic is not spoken)
    expect(texts('Alcobrenda', 'MA')).toEqual([]); // (a name that begins so)
    expect(texts('As soon', 'IQ')).toEqual([]); // (a lower-case word after it: no article)
  });
  it('writes Cyrillic endings and soft signs as news does: "-y" (Ukraine: "-yi"), no apostrophe', () => {
    expect(newsSpellings('Zelenyy Bor', 'RU')).toEqual([{ text: 'Zeleny Bor', mayStandAlone: true }]);
    expect(texts('Sosnoviy', 'KZ')).toEqual(['Sosnovy']);
    expect(texts('Kryvyy Lug', 'UA')).toEqual(['Kryvyi Lug']);
    expect(texts('Tver’sk', 'RU')).toEqual(['Tversk']);
    expect(texts("Mel'nikovo-Staryy", 'BY')).toEqual(['Melnikovo-Stary']);
    expect(texts('Zelenyy Bor', 'PL')).toEqual([]);
    expect(texts('Rudnyyka', 'RU')).toEqual([]); // (inside a word: not the ending)
  });
  it('become aliases: alone for a city of note whose spelling names nothing else, else in context', () => {
    const drafts = buildCities(selectCities([
      city(21, 'Al Qarnūbah', 'IQ', 'PPLA', '01', 400_000), city(22, 'Zelenyy Bor', 'RU', 'PPL', '02', 400_000),
      city(23, 'Tver’sk', 'RU', 'PPL', '02', 40_000), city(24, 'Vol’sk', 'RU', 'PPL', '02', 400_000), city(25, 'At Table', 'IQ', 'PPL', '01', 30_000),
      city(26, 'Engel’s', 'RU', 'PPL', '02', 300_000),
    ]), {
      countryName: () => 'Testland', region: () => undefined, regionNameKeys: new Set(['volsk']), countryNameKeys: new Set(),
      namedOtherwise: (name) => name === 'Engels',
    });
    const aliases = (name: string) => drafts.find((d) => d.name === name)!.aliases;
    // (The card shows the name without its transliteration's marks: city-display-names.ts.)
    expect(aliases('Al Qarnubah')).toEqual([{ text: 'Qarnūbah', match: 'needs-context' }]);
    expect(aliases('Zeleny Bor')).toEqual([{ text: 'Zelenyy Bor', match: 'ordinary' }]);
    // (The card shows the news spelling; GeoNames' name stays an alias with the town's mode, the spelling keeps its own.)
    expect(aliases('Tversk')).toEqual([{ text: 'Tversk', match: 'needs-context' }, { text: 'Tver’sk', match: 'ordinary' }]); // (a small town)
    expect(aliases('Volsk')).toEqual([{ text: 'Volsk', match: 'needs-context' }, { text: 'Vol’sk', match: 'ordinary' }]); // (a region's name)
    expect(aliases('At Table')).toEqual([]); // (a word)
    expect(aliases('Engel’s')).toEqual([]); // (another thing's name)
  });
});

describe('a city English names "X City"', () => {
  it('is Quebec City, and "Québec" alone names it only in context (alone, it is the province)', () => {
    const [q] = buildCities(selectCities([city(6325494, 'Québec', 'CA', 'PPLA', '10', 528_595, -71.2, 46.8)]), {
      countryName: () => 'Canada', region: () => ({ name: 'Quebec', id: 'region:ca.10' }), regionNameKeys: new Set(), countryNameKeys: new Set(),
    });
    expect(q!.name).toBe('Quebec City');
    expect(q!.aliases).toEqual([{ text: 'Québec', match: 'needs-context' }]);
    expect(q!.wikipedia).toBe('Quebec City');
  });
});

describe('US towns\' Wikipedia titles', () => {
  // Made-up towns of Georgia; longitude -84, latitude 33 and around (0.01° ≈ 1 km).
  const records: CityRecord[] = [
    city(101, 'Velmont', 'US', 'PPL', 'GA', 120_000, -84, 33),
    city(102, 'Harrowgate', 'US', 'PPL', 'GA', 400_000, -83, 33),
    city(103, 'Flatwick', 'US', 'PPL', 'GA', 90_000, -83.05, 33), // 5 km from Harrowgate
    city(104, 'Pinecrest', 'US', 'PPL', 'GA', 60_000, -82, 33),
    city(105, 'Pinecrest', 'US', 'PPL', 'GA', 55_000, -81, 33),
    city(106, 'Aldmoor Township', 'US', 'PPL', 'GA', 70_000, -80, 33),
    city(107, 'Ruxton-Bly', 'US', 'PPL', 'GA', 60_000, -79, 33),
    city(108, 'Smallton', 'US', 'PPL', 'GA', 20_000, -78, 33),
    city(109, 'Lexington-Fayette', 'US', 'PPL', 'GA', 300_000, -77, 33),
    city(110, 'Dunmere', 'US', 'PPL', 'GA', 80_000, -77.05, 33), // beside a record with no article of that name
  ];
  const drafts = buildCities(selectCities(records), {
    countryName: (cc) => countryNames[cc],
    region: (k) => (k === 'US.GA' ? { name: 'Georgia', id: 'region:us.ga' } : undefined),
    regionNameKeys: new Set(),
    countryNameKeys: new Set(),
  });
  const title = (id: number) => drafts.find((d) => d.id === `city:${id}`)!.wikipedia;

  it('titles a town "Town, State", as Wikipedia names US places', () => {
    expect(title(101)).toBe('Velmont, Georgia');
    expect(title(102)).toBe('Harrowgate, Georgia');
  });
  it('gives none where the article may be another\'s: a neighbourhood, a shared name, a township, a census area, a small town', () => {
    expect(title(103)).toBeUndefined();
    expect(title(104)).toBeUndefined();
    expect(title(105)).toBeUndefined();
    expect(title(106)).toBeUndefined();
    expect(title(107)).toBeUndefined();
    expect(title(108)).toBeUndefined();
    expect(title(109)).toBeUndefined();
    expect(title(110)).toBe('Dunmere, Georgia');
  });
});

describe('cities and regions', () => {
  const cities = selectCities(CITY_RECORDS);
  const regions = buildRegions(ADMIN1, cities, (cc) => countryNames[cc], REGION_TITLES);
  const drafts = buildCities(cities, {
    countryName: (cc) => countryNames[cc],
    region: (k) => regions.byKey.get(k),
    regionNameKeys: regions.baseNameKeys,
    countryNameKeys: new Set(['turkey', 'syria']),
  });
  const byName = (n: string): (typeof drafts)[number] => drafts.find((d) => d.name === n)!;
  const region = (id: string): (typeof regions.drafts)[number] => regions.drafts.find((d) => d.id === id)!;

  it('keeps capitals and towns ≥ 15,000, drops small, historical and small sections', () => {
    expect(cities.map((c) => c.name).sort()).toEqual(['Ankara', 'Antakya', 'Astana', 'Idlib', 'Mobile', 'Nice', 'Of', 'Çanakkale',
      'Kornstadt am Main', 'Kornstadt (Oder)', 'Kingston upon Hull', 'Gwangju', 'Gwangju'].sort());
  });
  it('gives a US state the abbreviation news writes after its towns, needing context', () => {
    expect(region('region:us.ga').aliases).toContainEqual({ text: 'Ga.', match: 'needs-context' });
  });
  it('names a city as news does, without its locator; a small town only in context', () => {
    expect(byName('Kornstadt am Main').aliases).toContainEqual({ text: 'Kornstadt', match: 'ordinary' });
    expect(byName('Kornstadt (Oder)').aliases).toContainEqual({ text: 'Kornstadt', match: 'needs-context' });
    expect(byName('Kingston upon Hull').aliases).toEqual([{ text: 'Hull', match: 'ordinary' }]);
    expect(byName('Ankara').aliases).toEqual([]);
  });
  it('fixes Nur-Sultan to Astana and keeps the old name', () => {
    const a = byName('Astana');
    expect(a.id).toBe('city:1526273');
    expect(a.aliases).toContainEqual({ text: 'Nur-Sultan', match: 'ordinary' });
    expect(a.location).toEqual({ lat: 51.18, lon: 71.45 });
  });
  it('flags towns named like English words, not famous ones', () => {
    const of = byName('Of');
    expect(of.aliases).toContainEqual({ text: 'Of', match: 'needs-context' });
    expect(of.prominence).toBeLessThan(0.1);
    expect(byName('Mobile').aliases).toContainEqual({ text: 'Mobile', match: 'needs-context' });
    expect(byName('Nice').aliases).toEqual([]);
    expect(byName('Nice').prominence!).toBeGreaterThan(0.2);
  });
  it('ranks by population with a capital boost', () => {
    expect(byName('Ankara').prominence!).toBeGreaterThan(byName('Antakya').prominence!);
    expect(byName('Antakya').prominence!).toBeGreaterThan(byName('Of').prominence!);
  });
  it('sets Wikipedia titles only by sure rules', () => {
    expect(byName('Ankara').wikipedia).toBe('Ankara');
    expect(byName('Çanakkale').wikipedia).toBe('Çanakkale');
    expect(byName('Idlib').wikipedia).toBe('Idlib');
    expect(byName('Mobile').wikipedia).toBeUndefined();
    expect(byName('Nice').wikipedia).toBeUndefined();
    // A title written for a country's name is its largest town's (Gwangju the metropolitan city, not the Gyeonggi town).
    expect(drafts.find((d) => d.id === 'city:1841811')!.wikipedia).toBe('Gwangju');
    expect(drafts.find((d) => d.id === 'city:1841810')!.wikipedia).toBeUndefined();
  });
  it('links cities to country and region, with an undated population label', () => {
    const a = byName('Antakya');
    expect(a.related).toEqual(['country:tr', 'region:tr.31']);
    expect(a.facts).toContainEqual({ type: 'other', label: 'Population', value: '210,000 (GeoNames)' });
    expect(a.facts?.some((f) => f.type === 'population')).toBe(false);
    for (const d of [...drafts, ...regions.drafts]) expect(parseEntity(d).ok, String(d.id)).toBe(true);
  });
  it('names Turkish provinces and Syrian governorates the Wikipedia way', () => {
    const hatay = region('region:tr.31');
    expect(hatay.name).toBe('Hatay Province');
    expect(hatay.wikipedia).toBe('Hatay Province');
    expect(hatay.aliases).toContainEqual({ text: 'Hatay', match: 'ordinary' });
    expect(hatay.facts).toContainEqual({ type: 'capital', value: 'Antakya', id: 'city:323779' });
    const can = region('region:tr.17');
    expect(can.name).toBe('Çanakkale Province');
    expect(can.aliases).toContainEqual({ text: 'Çanakkale', match: 'needs-context' });
    const idlib = region('region:sy.12');
    expect(idlib.name).toBe('Idlib Governorate');
    expect(idlib.aliases).toContainEqual({ text: 'Idlib', match: 'needs-context' });
    expect(region('region:sy.05').wikipedia).toBe('As-Suwayda Governorate');
    expect(region('region:us.ga').wikipedia).toBe('Georgia (U.S. state)');
    expect(regions.drafts.find((d) => d.id === 'region:zz.01')).toBeUndefined();
  });
  it('takes other regions\' titles from region-titles.json, but not a town\'s article', () => {
    expect(region('region:fr.93').wikipedia).toBe("Provence-Alpes-Côte d'Azur");
    expect(region('region:fr.93').source?.name).toContain('Wikipedia title: iso3166-2-db');
    expect(region('region:tr.31').source?.name).not.toContain('iso3166-2-db');
    expect(region('region:fr.11').wikipedia).toBeUndefined(); // none known
    expect(region('region:kz.05').wikipedia).toBeUndefined(); // "Astana" is the city's article
    expect(region('region:tr.31').wikipedia).toBe('Hatay Province');
  });
  it('takes a title that says it is the region\'s, though a town has the bare name ("São Paulo (state)")', () => {
    const towns = selectCities([city(31, 'Velmora', 'QZ', 'PPLA', '01', 900_000), city(32, 'Dunmarra', 'QZ', 'PPLA', '02', 900_000)]);
    const built = buildRegions([{ code: 'QZ.01', name: 'Velmora' }, { code: 'QZ.02', name: 'Dunmarra' }], towns, () => 'Quizland',
      { 'QZ.01': 'Velmora (state)', 'QZ.02': 'Dunmarra (city)' });
    expect(built.drafts.find((d) => d.id === 'region:qz.01')!.wikipedia).toBe('Velmora (state)');
    expect(built.drafts.find((d) => d.id === 'region:qz.02')!.wikipedia).toBeUndefined(); // the town's article
  });
  it('joins region titles only where the article names the same place', () => {
    expect(sameRegion('La Pampa', 'La Pampa Province')).toBe(true);
    expect(sameRegion('Victoria', 'Victoria (Australia)')).toBe(true);
    expect(sameRegion('Yardimli District', 'Yardımlı Rayon')).toBe(true); // transliteration
    expect(sameRegion('Ngouni', 'Ngounié Province')).toBe(true);
    expect(sameRegion('Rabat-Salé-Kénitra', 'Oriental (Morocco)')).toBe(false); // a code reused after a reform
    expect(sameRegion('Southern Governorate', 'Northern Governorate')).toBe(false); // only generic words in common
    expect(sameRegion('Haa', 'Ha District')).toBe(false); // too short to call a spelling variant
  });
});

describe('wordnet', () => {
  const synsets = parseDataNoun(fixture('wordnet-sample.txt'));
  it('parses synsets, pointers and glosses', () => {
    const e = synsets.get('10974490')!;
    expect(e.lexFile).toBe(18);
    expect(e.words).toEqual(['Einstein', 'Albert Einstein']);
    expect(classOf(e, synsets)).toBe('physicist');
    expect(synsets.get('09063076')!.pointers).toContainEqual({ symbol: '#p', offset: '09061886', pos: 'n' });
  });
  it('reads names, years and dates from glosses', () => {
    expect(personName(['Einstein', 'Albert Einstein'])).toBe('Albert Einstein');
    expect(personName(['Lenin', 'Vladimir Lenin', 'Vladimir Ilich Lenin', 'Vladimir Ilyich Ulyanov'])).toBe('Vladimir Lenin');
    expect(lifeYears('physicist (1879-1955)')).toEqual({ born: 1879, died: 1955 });
    expect(lifeYears('philosopher (384-322 BC)')).toEqual({ born: -384, died: -322 });
    expect(lifeYears('writer (born 1930)')).toEqual({ born: 1930 });
    expect(eventDates('a war in Crimea; 1853-1856')).toEqual({ from: '1853', to: '1856' });
    expect(eventDates('a war; 1914-18')).toEqual({ from: '1914', to: '1918' });
    expect(eventDates('the battle in 1066 in which')).toEqual({ from: '1066' });
    expect(glossLine('physicist born in Germany who formulated relativity; he also (1879-1955)')).toBe('Physicist born in Germany who formulated relativity');
    expect(surnameOf('Albert Einstein')).toBe('Einstein');
    expect(surnameOf('Henry III')).toBeUndefined();
    expect(surnameOf('Alexander the Great')).toBeUndefined();
  });
  it('tells a person\'s name made of English words alone ("a Black Hawk helicopter") from a name with a given name or a title', () => {
    for (const n of ['Black Hawk', 'Sun King', 'Desert Fox', 'Father of the Submarine']) expect(wordsOnlyName(n), n).toBe(true);
    for (const n of ['Bob Hope', 'Queen Victoria', 'President Grant', 'Captain Cook', 'Albert Einstein', 'Einstein']) expect(wordsOnlyName(n), n).toBe(false);
  });
  it('tells a name as common as "John Smith" from a rarer one', () => {
    for (const n of ['John Smith', 'James Brown', 'John Adams']) expect(everydayFullName(n), n).toBe(true);
    for (const n of ['Richard Nixon', 'Andrew Jackson', 'John Quincy Adams', 'Smith']) expect(everydayFullName(n), n).toBe(false);
  });
  it('finds country synsets and city glosses through part holonyms', () => {
    const index = indexWordNet(synsets, new Map([['TR', ['Turkey']], ['FR', ['France']]]));
    expect(index.countrySynset.get('TR')?.offset).toBe('09061886');
    expect(cityDescription(citySynset(index, 'FR', ['Nice'])!)).toBe('A city in southeastern France on the Mediterranean');
    // Ankara's gloss names its capital status, which we never take from WordNet.
    expect(cityDescription(citySynset(index, 'TR', ['Ankara'])!)).toBeUndefined();
    const extra = buildWordNetEntities(index, { placeNameKeys: new Set() });
    const einstein = extra.find((d) => d.id === 'wordnet:10974490')!;
    expect(einstein).toMatchObject({ kind: 'person', name: 'Albert Einstein', facts: [{ type: 'born', year: 1879 }, { type: 'died', year: 1955 }] });
    expect(einstein.aliases).toContainEqual({ text: 'Einstein', match: 'needs-context' });
    expect(einstein.prominence!).toBeLessThan(0.2);
    const war = extra.find((d) => d.id === 'wordnet:01306230')!;
    expect(war).toMatchObject({ kind: 'event', subkind: 'war', name: 'Crimean War', facts: [{ type: 'dates', from: '1853', to: '1856' }] });
    for (const d of extra) expect(parseEntity(d).ok, String(d.id)).toBe(true);
  });
  it('places a WordNet city in its region, by its gloss first, then by the places it lies in', () => {
    const index = indexWordNet(synsets, new Map([['US', ['United States']], ['CH', ['Switzerland']]]));
    const us = { regionsOfCountry: ['Louisiana', 'Virginia', 'West Virginia', 'Mississippi', 'Georgia', 'California', 'Texas'], countryNames: ['United States', 'America'] };
    const alexandria = citySynset(index, 'US', ['Alexandria'])!;
    expect(cityDescription(alexandria)).toBe('A town in Louisiana on the Red River');
    expect(cityRegionVerdict(index, alexandria, { ...us, region: 'Louisiana' })).toBe('ours');
    // Our largest Alexandria is Virginia's: not the town WordNet describes.
    expect(cityRegionVerdict(index, alexandria, { ...us, region: 'Virginia' })).toBe('elsewhere');
    // WordNet puts Oxford, "a university town in northern Mississippi", in Georgia: the gloss wins.
    const oxford = citySynset(index, 'US', ['Oxford'])!;
    expect(cityRegionVerdict(index, oxford, { ...us, region: 'Mississippi' })).toBe('ours');
    expect(cityRegionVerdict(index, oxford, { ...us, region: 'Texas' })).toBe('elsewhere');
    // Pasadena's gloss names California (and Los Angeles, no region): Texas's Pasadena is another town.
    const pasadena = citySynset(index, 'US', ['Pasadena'])!;
    expect(cityRegionVerdict(index, pasadena, { ...us, region: 'Texas' })).toBe('elsewhere');
    // "West Virginia" in a gloss is not Virginia.
    expect(cityRegionVerdict(index, { ...pasadena, gloss: 'a city in the panhandle of West Virginia', pointers: [] }, { ...us, region: 'Virginia' })).toBe('unknown');
    // Nothing names a region of Switzerland: left to the caller (the largest city of the name).
    const geneva = citySynset(index, 'CH', ['Genève'])!;
    expect(geneva.words).toEqual(['Geneva', 'Geneve', 'Genf']);
    expect(cityRegionVerdict(index, geneva, { region: 'Vaud', regionsOfCountry: ['Vaud', 'Bern'], countryNames: ['Switzerland'] })).toBe('unknown');
  });

  it("keeps WordNet's English names of a city that are spellings of its name, and no other place's", () => {
    const none = () => 0;
    const city = { name: 'Göteborg', aliases: [], foreign: [], population: 570_000 };
    expect(englishCityNames(['Goteborg', 'Goeteborg', 'Gothenburg'], city, none)).toEqual(['Goeteborg', 'Gothenburg']); // (Goteborg: its own name folded)
    expect(englishCityNames(['Geneva', 'Geneve', 'Genf'], { name: 'Genève', aliases: [], foreign: ['Genf', 'Ginevra'], population: 180_000 }, none)).toEqual(['Geneva']);
    // Not a name in another language: city-names.ts tags those ("Roma" is the Romani people in English).
    expect(englishCityNames(['Rome', 'Roma'], { ...city, name: 'Rome', foreign: ['Roma'] }, none)).toEqual([]);
    expect(englishCityNames(['Rome', 'Roma'], { ...city, name: 'Rome' }, none)).toEqual(['Roma']);
    // Not a description or a nickname, nor another name altogether.
    expect(englishCityNames(['Mexico City', 'Mexican capital'], { ...city, name: 'Mexico City' }, none)).toEqual([]);
    expect(englishCityNames(['Chicago', 'Windy City'], { ...city, name: 'Chicago' }, none)).toEqual([]);
    expect(englishCityNames(['Gdansk', 'Danzig'], { ...city, name: 'Gdańsk' }, none)).toEqual([]);
    // Not the name cut short ("Trent" is a river and a given name), nor an everyday word.
    expect(englishCityNames(['Trento', 'Trent'], { ...city, name: 'Trento' }, none)).toEqual([]);
    expect(englishCityNames(['Mobil', 'Mobile'], { ...city, name: 'Mobil' }, none)).toEqual([]);
    expect(englishCityNames(['Ankara', 'Angora'], { ...city, name: 'Ankara' }, none)).toEqual([]); // the wool
    expect(englishCityNames(['Mobil', 'Mobyle'], { ...city, name: 'Mobil' }, none)).toEqual(['Mobyle']);
    // A region's or a country's name, or a larger city's, stays theirs; a smaller namesake's does not.
    expect(englishCityNames(['Syracuse'], { ...city, name: 'Siracusa', population: 120_000 }, (k) => (k === 'syracuse' ? 145_000 : 0))).toEqual([]);
    expect(englishCityNames(['Hanover'], { ...city, name: 'Hannover', population: 530_000 }, (k) => (k === 'hanover' ? 16_000 : 0))).toEqual(['Hanover']);
    expect(englishCityNames(['Hanover'], { ...city, name: 'Hannover', population: 530_000 }, (k) => (k === 'hanover' ? Infinity : 0))).toEqual([]);
  });
});

const entity = (over: Partial<Entity> & { id: string }): Entity => ({
  kind: 'place', name: over.id, aliases: [], description: 'x', asOf: '2024', source: { name: 'test', licence: 'CC0-1.0' }, ...over,
});

describe('packs', () => {
  it('reports bad JSON and schema errors with file and line', () => {
    const r = parsePackText(`${JSON.stringify(entity({ id: 'ok' }))}\n\n{bad\n${JSON.stringify({ ...entity({ id: 'x' }), kind: 'planet' })}\n`, 'p.jsonl');
    expect(r.records.map((x) => x.where)).toEqual(['p.jsonl:1']);
    expect(r.errors[0]).toMatch(/^p\.jsonl:3: invalid JSON/);
    expect(r.errors[1]).toMatch(/^p\.jsonl:4 \(id "x"\): kind/);
  });
  it('fails on duplicate ids across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'packs-'));
    writeFileSync(join(dir, 'a.jsonl'), JSON.stringify(entity({ id: 'dup' })) + '\n');
    writeFileSync(join(dir, 'b.jsonl'), JSON.stringify(entity({ id: 'other' })) + '\n' + JSON.stringify(entity({ id: 'dup' })) + '\n');
    const r = loadPacks(dir, dir);
    expect(r.errors).toEqual(['b.jsonl:2: duplicate id "dup" (first at a.jsonl:1)']);
  });
});

describe('merge', () => {
  const turkey = entity({ id: 'country:tr', name: 'Turkey', wikipedia: 'Turkey', aliases: [{ text: 'Türkiye', match: 'ordinary' }], location: { lat: 39, lon: 35 }, facts: [{ type: 'area', km2: 783562 }], prominence: 0.95 });
  const ankara = entity({ id: 'city:323786', name: 'Ankara', wikipedia: 'Ankara', related: ['country:tr'] });
  const wn = entity({ id: 'wordnet:1', kind: 'person', name: 'Albert Einstein', aliases: [{ text: 'Einstein', match: 'needs-context' }] });
  const gen = [{ draft: turkey, source: 'world-countries' }, { draft: ankara, source: 'geonames-cities' }, { draft: wn, source: 'wordnet' }];
  const packTurkey = entity({ id: 'turkey', name: 'Türkiye', description: 'Pack text', wikipedia: 'Turkey', aliases: [{ text: 'Turkey', match: 'ordinary' }, { text: 'TR', match: 'acronym' }], facts: [{ type: 'leader', value: 'Someone' }], asOf: '2025' });
  const packPerson = entity({ id: 'erdogan', kind: 'person', name: 'Recep Tayyip Erdoğan', related: ['turkey', 'syria', 'ankara', 'missing-thing'], facts: [{ type: 'nationality', value: 'Turkish', id: 'turkey' }, { type: 'party', value: 'AKP', id: 'akp' }] });
  const packEinstein = entity({ id: 'albert-einstein', kind: 'person', name: 'Albert Einstein', aliases: [{ text: 'Einstein', match: 'needs-context' }] });
  const r = mergeAll(gen, [{ entity: packTurkey, where: 'a:1' }, { entity: packPerson, where: 'a:2' }, { entity: packEinstein, where: 'a:3' }]);
  const get = (id: string): Entity | undefined => r.entities.find((e) => e.id === id);

  it('merges a pack record into the generated record with the same Wikipedia title', () => {
    const tr = get('country:tr')!;
    expect(get('turkey')).toBeUndefined();
    expect(tr.name).toBe('Türkiye');
    expect(tr.description).toBe('Pack text');
    expect(tr.aliases).toEqual([{ text: 'Turkey', match: 'ordinary' }, { text: 'TR', match: 'acronym' }]);
    expect(tr.location).toEqual({ lat: 39, lon: 35 });
    expect(tr.facts).toEqual([{ type: 'leader', value: 'Someone' }, { type: 'area', km2: 783562 }]);
    expect(tr.prominence).toBe(0.95);
    expect(tr.asOf).toBe('2025');
    expect(r.redirects.get('turkey')).toBe('country:tr');
    expect(r.stats.mergedByTitle).toBe(1);
  });
  it('resolves related ids through redirects and title slugs, drops dangling ones with a warning', () => {
    const p = get('erdogan')!;
    expect(p.related).toEqual(['country:tr', 'city:323786']);
    expect(p.facts).toEqual([{ type: 'nationality', value: 'Turkish', id: 'country:tr' }, { type: 'party', value: 'AKP' }]);
    expect(r.warnings.count('dangling-related')).toBe(2);
    expect(r.warnings.count('dangling-fact-id')).toBe(1);
  });
  it('lets a pack person replace the WordNet record of the same name', () => {
    expect(get('wordnet:1')).toBeUndefined();
    expect(get('albert-einstein')).toBeDefined();
    expect(r.redirects.get('wordnet:1')).toBe('albert-einstein');
  });
  it('keeps the pack\'s reading of the name over WordNet\'s guess that it needs context', () => {
    // WordNet flags a full name made of a common given name and surname ("Jimmy Carter"); the pack's record of that person does not.
    const wnBaker = entity({ id: 'wordnet:2', kind: 'person', name: 'Tom Baker', aliases: [{ text: 'Tom Baker', match: 'needs-context' }, { text: 'Thomas Baker', match: 'ordinary' }] });
    const packBaker = entity({ id: 'tom-baker', kind: 'person', name: 'Tom Baker', aliases: [{ text: 'Baker', match: 'needs-context' }] });
    const merged = mergeAll([{ draft: wnBaker, source: 'wordnet' }], [{ entity: packBaker, where: 'a:1' }]).entities.find((e) => e.id === 'tom-baker')!;
    expect(merged.aliases).toEqual([{ text: 'Baker', match: 'needs-context' }, { text: 'Thomas Baker', match: 'ordinary' }]);
  });
  it('leaves a WordNet record\'s one-word names to the pack that merges into it by id', () => {
    // WordNet gives a person's bare surname ("King"); the pack, which knows it is a word, leaves it out.
    const wnKing = entity({ id: 'wordnet:3', kind: 'person', name: 'Martin Luther King', aliases: [{ text: 'King', match: 'needs-context' }, { text: 'Martin Luther King', match: 'ordinary' }], source: { name: 'WordNet 3.1, Princeton University', url: 'https://wordnet.princeton.edu/', licence: 'WordNet' } });
    const packKing = entity({ id: 'wordnet:3', kind: 'person', name: 'Martin Luther King Jr.', aliases: [{ text: 'MLK', match: 'acronym' }] });
    const merged = mergeAll([{ draft: wnKing, source: 'wordnet' }], [{ entity: packKing, where: 'a:1' }]).entities.find((e) => e.id === 'wordnet:3')!;
    expect(merged.aliases).toEqual([{ text: 'MLK', match: 'acronym' }, { text: 'Martin Luther King', match: 'ordinary' }]);
  });
  it('leaves a WordNet record\'s one-word own name to the pack that renames it', () => {
    // WordNet calls Elizabeth I "Elizabeth": kept as a name of hers, every Elizabeth was the queen.
    const wnQueen = entity({ id: 'wordnet:6', kind: 'person', name: 'Edda', aliases: [{ text: 'Edda', match: 'needs-context' }, { text: 'Edda I of Corva', match: 'ordinary' }], source: { name: 'WordNet 3.1, Princeton University', url: 'https://wordnet.princeton.edu/', licence: 'WordNet' } });
    const packQueen = entity({ id: 'wordnet:6', kind: 'person', name: 'Edda I', aliases: [] });
    const merged = mergeAll([{ draft: wnQueen, source: 'wordnet' }], [{ entity: packQueen, where: 'a:1' }]).entities.find((e) => e.id === 'wordnet:6')!;
    expect(merged.aliases).toEqual([{ text: 'Edda I of Corva', match: 'ordinary' }]);
  });
  it('leaves a replaced WordNet record\'s one-word names to the pack, whatever its kind', () => {
    // WordNet gives a river a surname ("Chang" for the Yangtze): on the pack's full record it would show.
    const wnRiver = entity({ id: 'wordnet:4', kind: 'place', name: 'Quell River', aliases: [{ text: 'Chang', match: 'ordinary' }, { text: 'Long Quell', match: 'ordinary' }], source: { name: 'WordNet 3.1, Princeton University', url: 'https://wordnet.princeton.edu/', licence: 'WordNet' } });
    const packRiver = entity({ id: 'quell-river', kind: 'place', name: 'Quell River', aliases: [{ text: 'Quell', match: 'needs-context' }] });
    const merged = mergeAll([{ draft: wnRiver, source: 'wordnet' }], [{ entity: packRiver, where: 'a:1' }]).entities.find((e) => e.id === 'quell-river')!;
    expect(merged.aliases).toEqual([{ text: 'Quell', match: 'needs-context' }, { text: 'Long Quell', match: 'ordinary' }]);
  });
  it('leaves a replaced WordNet record\'s name that another pack record gives itself to that record', () => {
    // WordNet lists a group's cover name of decades ago among its names; the packs give it to the group news means by it today.
    const wn = { name: 'WordNet 3.1, Princeton University', url: 'https://wordnet.princeton.edu/', licence: 'WordNet' };
    const wnGroup = entity({ id: 'wordnet:5', kind: 'organization', name: 'Corva Front', aliases: [{ text: 'Lume Movement', match: 'ordinary' }, { text: 'Party of Corva', match: 'ordinary' }], source: wn });
    const packGroup = entity({ id: 'corva-front', kind: 'organization', name: 'Corva Front', aliases: [] });
    const packOther = entity({ id: 'lume-movement', kind: 'organization', name: 'Lume Liberation Movement', aliases: [{ text: 'Lume Movement', match: 'ordinary' }] });
    const merged = mergeAll([{ draft: wnGroup, source: 'wordnet' }], [{ entity: packGroup, where: 'a:1' }, { entity: packOther, where: 'a:2' }]).entities;
    expect(merged.find((e) => e.id === 'corva-front')!.aliases).toEqual([{ text: 'Party of Corva', match: 'ordinary' }]);
  });
  it('fails on duplicate ids', () => {
    expect(() => mergeAll(gen, [{ entity: entity({ id: 'city:323786', wikipedia: 'Other' }), where: 'x:1' }, { entity: entity({ id: 'city:323786' }), where: 'x:2' }])).toThrow(BuildError);
    expect(() => mergeAll([...gen, { draft: turkey, source: 'again' }], [])).toThrow(/duplicate id "country:tr"/);
    try {
      mergeAll(gen, [{ entity: entity({ id: 'p1', wikipedia: 'Other' }), where: 'f.jsonl:1' }, { entity: entity({ id: 'p1' }), where: 'f.jsonl:7' }]);
    } catch (e) {
      expect((e as BuildError).problems[0]).toMatch(/^f\.jsonl:7: duplicate id "p1"/);
    }
  });
  it('counts shared aliases and missing titles', () => {
    expect(r.stats.missingWikipedia['packs/person']).toBe(2);
    const r2 = mergeAll([{ draft: entity({ id: 'a', name: 'Georgia' }), source: 's' }, { draft: entity({ id: 'b', name: 'Georgia' }), source: 's' }], []);
    expect(r2.stats.duplicateAliases).toBe(1);
  });
});

describe('card store', () => {
  it('writes shards a service worker can read by id alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    mkdirSync(dir, { recursive: true });
    const es = Array.from({ length: 50 }, (_, i) => entity({ id: `city:${i}` }));
    const stats = writeCardStore(dir, es, new Map([['alias', 'city:3']]), { version: 'v1', asOf: '2026-11', mergeRedirects: new Map([['alias', 'city:3']]) }, 16);
    expect(stats.files).toBe(34);
    expect(JSON.parse(readFileSync(join(dir, 'redirects.json'), 'utf8'))).toEqual({ alias: 'city:3' });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ count: 50, shardCount: 16, hash: 'fnv1a32' });
    for (const e of es) {
      const shard = JSON.parse(readFileSync(join(dir, 'shards', `${cardShardOf(e.id, 16)}.json`), 'utf8'));
      expect(shard[e.id]).toEqual(e);
    }
    expect(JSON.parse(readFileSync(join(dir, 'redirects', `${cardShardOf('alias', 16)}.json`), 'utf8'))).toEqual({ alias: 'city:3' });
  });
});

describe('atlas', () => {
  it('links map features to country ids', () => {
    const topo: Topology = { type: 'Topology', arcs: [], objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '792', properties: { name: 'Turkey' } }, { type: 'Polygon', properties: { name: 'Kosovo' } }, { type: 'Polygon', properties: { name: 'Somaliland' } }] } } };
    const r = annotateWorld(topo, new Map([['792', 'TR']]));
    expect(r.topology.objects.countries!.geometries.map((g) => g.properties?.entity)).toEqual(['country:tr', 'country:xk', undefined]);
    expect(r.unlinked).toEqual(['Somaliland']);
  });
});

describe('merge: title conflicts', () => {
  it('keeps a pack record of another kind separate and drops the guessed title', () => {
    const city = entity({ id: 'city:1', name: 'Toyota', wikipedia: 'Toyota' });
    const company = entity({ id: 'toyota', kind: 'organization', name: 'Toyota', wikipedia: 'Toyota' });
    const r = mergeAll([{ draft: city, source: 'geonames-cities' }], [{ entity: company, where: 'p:1' }]);
    expect(r.entities.find((e) => e.id === 'city:1')!.wikipedia).toBeUndefined();
    expect(r.entities.find((e) => e.id === 'toyota')!.wikipedia).toBe('Toyota');
    expect(r.warnings.count('title-kind-conflict')).toBe(1);
  });
});

describe('regions\' names in other languages (region-names.ts)', () => {
  // Made-up regions of a made-up country "QZ"; a town of 2 million makes a region well known.
  const towns = selectCities([
    city(901, 'Ostrava Nova', 'QZ', 'PPLA', '01', 2_000_000), city(902, 'Velmora', 'QZ', 'PPLA', '02', 2_000_000),
    city(903, 'Brisk', 'QZ', 'PPL', '03', 5_000), city(904, 'Kelvarre', 'QY', 'PPL', '01', 300_000),
    city(905, 'Tundale', 'QZ', 'PPL', '05', 2_000_000), city(906, 'Lomport', 'QZ', 'PPL', '06', 2_000_000),
  ]);
  const admin1 = [
    { code: 'QZ.01', name: 'Zarovia' }, { code: 'QZ.02', name: 'Velmora Province' }, { code: 'QZ.03', name: 'Dunmarra Highlands' },
    { code: 'QZ.05', name: 'North West' }, { code: 'QZ.06', name: 'Victoria' },
  ];
  const aliasesOf = (names: Record<string, Record<string, string>>, everyday: Record<string, string[]> = {}) => {
    const built = buildRegions(admin1, towns, () => 'Quizland', {}, { names, everyday });
    return (code: string) => built.drafts.find((d) => d.id === `region:${code.toLowerCase()}`)!.aliases;
  };

  it('makes a well-known region\'s names aliases, and a little-known one\'s need context', () => {
    const of = aliasesOf({ 'QZ.01': { fr: 'Zarovie', de: 'Sarowien' }, 'QZ.03': { fr: 'Hautes-Terres de Dunmarra' } });
    expect(of('QZ.01')).toEqual([{ text: 'Zarovie', match: 'ordinary', lang: 'fr' }, { text: 'Sarowien', match: 'ordinary', lang: 'de' }]);
    expect(of('QZ.03')).toContainEqual({ text: 'Hautes-Terres de Dunmarra', match: 'needs-context', lang: 'fr' });
  });

  it('leaves out another region\'s name, a name two regions share, and an English word or its plural', () => {
    const of = aliasesOf({ 'QZ.01': { fr: 'Dunmarra Highlands', es: 'Gales', it: 'Norvalle' }, 'QZ.03': { it: 'Norvalle' } });
    expect(of('QZ.01')).toEqual([]);
    expect(of('QZ.03')).toEqual([]);
  });

  it('leaves out every name of a region named after its town, by English words, or like a person', () => {
    const of = aliasesOf({ 'QZ.02': { es: 'Provincia de Velmora' }, 'QZ.05': { de: 'Nordwesten' }, 'QZ.06': { fr: 'Victorie', es: 'Región Victoria' } });
    expect(of('QZ.02').map((a) => a.text)).not.toContain('Provincia de Velmora');
    // (Its own name, "North West", links only in context: isGenericRegionName.)
    expect(of('QZ.05')).toEqual([{ text: 'North West', match: 'needs-context' }]);
    // (A person's name is one word: the longer name stays.)
    expect(of('QZ.06')).toContainEqual({ text: 'Región Victoria', match: 'ordinary', lang: 'es' });
    expect(of('QZ.06').map((a) => a.text)).not.toContain('Victorie');
  });

  it('makes a name link only in context when it is a town of note abroad, or an everyday word where it is spoken', () => {
    const of = aliasesOf({ 'QZ.01': { fr: 'Kelvarre', it: 'Zarovia Nova' }, 'QZ.06': {} }, { 'QZ.01': ['it'] });
    expect(of('QZ.01')).toEqual([{ text: 'Kelvarre', match: 'needs-context', lang: 'fr' }, { text: 'Zarovia Nova', match: 'needs-context', lang: 'it' }]);
  });
});

describe('big cities\' names in other languages (city-names.ts)', () => {
  const towns = selectCities([city(911, 'Harnvik', 'QZ', 'PPLC', '01', 3_000_000), city(912, 'Ostrel', 'QY', 'PPL', '01', 80_000), city(913, 'Dunwer', 'QY', 'PPL', '01', 20_000)]);
  const drafts = (): Draft[] => [{ id: 'city:911', kind: 'place', subkind: 'city', name: 'Harnvik', aliases: [{ text: 'Harnwick', match: 'ordinary' }], source: { name: 'GeoNames', url: 'https://www.geonames.org/', licence: 'CC-BY-4.0' } } as Draft];

  it('adds them in their language, and a name the city has already once', () => {
    const d = drafts();
    addCityNames(d, { names: { 'city:911': { fr: 'Harnvique', de: 'Harnwick', es: 'Harnvica' } }, everyday: {} }, towns, []);
    expect(d[0]!.aliases).toEqual([{ text: 'Harnwick', match: 'ordinary' }, { text: 'Harnvique', match: 'ordinary', lang: 'fr' }, { text: 'Harnvica', match: 'ordinary', lang: 'es' }]);
    expect(d[0]!.source).toEqual({ name: 'GeoNames; names in other languages: Unicode CLDR', url: 'https://www.geonames.org/', licence: 'CC-BY-4.0; Unicode-3.0' });
  });

  it('makes a city known abroad by three names of its own or more at least KNOWN_ABROAD in prominence', () => {
    const small = (): Draft[] => [{ ...drafts()[0]!, prominence: 0.3 }];
    const three = small();
    addCityNames(three, { names: { 'city:911': { fr: 'Harnvique', es: 'Harnvica', it: 'Arnvico' } }, everyday: {} }, towns, []);
    expect(three[0]!.prominence).toBe(KNOWN_ABROAD);
    const two = small();
    addCityNames(two, { names: { 'city:911': { fr: 'Harnvique', es: 'Harnvica', de: 'Harnvik' } }, everyday: {} }, towns, []);
    expect(two[0]!.prominence).toBe(0.3);
  });

  it('makes a name need context when another town of note, a region or an everyday word has it', () => {
    const d = drafts();
    addCityNames(d, { names: { 'city:911': { fr: 'Ostrel', es: 'Dunwer', it: 'Quelmark', pt: 'Harnvica' } }, everyday: { 'city:911': ['pt'] } }, towns, ['Quelmark']);
    expect(d[0]!.aliases.slice(1)).toEqual([
      { text: 'Ostrel', match: 'needs-context', lang: 'fr' },
      { text: 'Dunwer', match: 'ordinary', lang: 'es' }, // (a town of 20,000: too small to doubt the capital's name)
      { text: 'Quelmark', match: 'needs-context', lang: 'it' },
      { text: 'Harnvica', match: 'needs-context', lang: 'pt' },
    ]);
  });
});

describe('countries\' names in other languages (country-names.ts)', () => {
  const quizland: WorldCountry = {
    name: { common: 'Quizland', official: 'Republic of Quizland' }, cca2: 'QZ', cca3: 'QZL',
    translations: { fra: { common: 'Quizlande', official: 'République de Quizlande' }, spa: { common: 'Quizlandia', official: 'Quizlandia' }, deu: { common: 'Quizland', official: 'Dorvan' }, ita: { common: 'Mirella', official: 'Mirella' } },
  };
  const drafts = (): Draft[] => [{ id: 'country:qz', kind: 'place', subkind: 'country', name: 'Quizland', aliases: [] as Draft['aliases'] } as Draft];

  it('adds the common and official names in their language, once each', () => {
    const d = drafts();
    addCountryNames(d, [quizland], new Set(), new Set());
    expect(d[0]!.aliases).toEqual([
      { text: 'Quizlande', match: 'ordinary', lang: 'fr' }, { text: 'République de Quizlande', match: 'ordinary', lang: 'fr' },
      { text: 'Quizlandia', match: 'ordinary', lang: 'es' }, { text: 'Mirella', match: 'ordinary', lang: 'it' }, { text: 'Dorvan', match: 'ordinary', lang: 'de' },
    ]);
  });

  it('makes a name need context when a town or region has it, or a person as first name', () => {
    const d = drafts();
    addCountryNames(d, [quizland], new Set(['dorvan']), new Set(['mirella']));
    expect(d[0]!.aliases.filter((a) => a.match === 'needs-context').map((a) => a.text)).toEqual(['Mirella', 'Dorvan']);
  });
});

describe('countries\' names news in other languages uses (country-names.ts, in-house)', () => {
  it('adds the abbreviations and declined forms world-countries lacks, in their language', () => {
    const d: Draft[] = [{ id: 'country:us', kind: 'place', subkind: 'country', name: 'United States', aliases: [] as Draft['aliases'] } as Draft];
    addCountryNames(d, [], new Set(), new Set());
    expect(d[0]!.aliases).toContainEqual({ text: 'EE. UU.', match: 'acronym', lang: 'es' });
    expect(d[0]!.aliases).toContainEqual({ text: 'Vereinigten Staaten', match: 'ordinary', lang: 'de' });
  });
});
