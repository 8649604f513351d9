/**
 * Countries and territories from world-countries (mledoze/countries, ODbL-1.0), with familiar English
 * names from countries-list (MIT). Ids: country:<ISO 3166-1 alpha-2, lowercase>.
 *
 * News uses short familiar names ("Syria", "Iran", "Turkey"), so the display name is the common
 * English one, with overrides below where the source's common name is not what English news writes;
 * the source's other names (official, native, alternative spellings) become ordinary aliases.
 */
import type { Alias, MatchMode } from '../../src/data/schema.ts';
import { AS_OF, RECORD_SOURCE } from './sources.ts';
import { isCommonWord } from './common-words.ts';
import { aliasList, clip, nameKey, type Draft } from './util.ts';
import { COUNTRY_WIKIDATA } from './country-wikidata.ts';

/** The subset of a world-countries record the pipeline reads. */
export interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { official: string; common: string }> };
  cca2: string;
  cca3: string;
  ccn3?: string;
  independent?: boolean | null;
  unMember?: boolean;
  capital?: string[];
  altSpellings?: string[];
  region?: string;
  subregion?: string;
  languages?: Record<string, string>;
  /** The country's names in other languages, by ISO 639-3 code ("fra": Allemagne). */
  translations?: Record<string, { official: string; common: string } | undefined>;
  currencies?: Record<string, { name: string; symbol?: string }>;
  latlng?: number[];
  borders?: string[];
  area?: number;
  demonyms?: Record<string, { f: string; m: string }>;
}

/** countries-list's record (only the name is used). */
export interface CountriesListEntry { name: string }

/** Display names English news uses, where the source's common name differs. */
export const DISPLAY_NAME: Record<string, string> = {
  TR: 'Turkey', CZ: 'Czech Republic', CD: 'Democratic Republic of the Congo', CV: 'Cape Verde', TL: 'East Timor',
  VA: 'Vatican City', FM: 'Micronesia', BQ: 'Caribbean Netherlands', MF: 'Saint Martin', SH: 'Saint Helena',
  PS: 'Palestine', MK: 'North Macedonia', SZ: 'Eswatini', CI: 'Ivory Coast', AX: 'Åland', MO: 'Macau',
};

/** English Wikipedia titles where they differ from the display name. */
export const WIKIPEDIA_TITLE: Record<string, string | null> = {
  GE: 'Georgia (country)', IE: 'Republic of Ireland', PS: 'State of Palestine', CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo', FM: 'Federated States of Micronesia', BS: 'The Bahamas', GM: 'The Gambia',
  SH: 'Saint Helena, Ascension and Tristan da Cunha', MF: 'Collectivity of Saint Martin', AX: 'Åland',
  VI: 'United States Virgin Islands', CC: 'Cocos (Keeling) Islands', UM: 'United States Minor Outlying Islands',
  GS: 'South Georgia and the South Sandwich Islands', TF: 'French Southern and Antarctic Lands',
  HM: 'Heard Island and McDonald Islands', SJ: 'Svalbard and Jan Mayen', ST: 'São Tomé and Príncipe',
  KN: 'Saint Kitts and Nevis', PM: 'Saint Pierre and Miquelon', BL: 'Saint Barthélemy', CW: 'Curaçao',
  RE: 'Réunion', PN: 'Pitcairn Islands', FK: 'Falkland Islands', BQ: 'Caribbean Netherlands',
};

/** Extra names English news uses. [text, mode]. */
export const EXTRA_ALIASES: Record<string, Array<[string, MatchMode]>> = {
  TR: [['Türkiye', 'ordinary'], ['Turkiye', 'ordinary'], ['Republic of Turkey', 'ordinary']],
  SY: [['Syrian Arab Republic', 'ordinary']],
  IR: [['Islamic Republic of Iran', 'ordinary'], ['Persia', 'ordinary']],
  RU: [['Russian Federation', 'ordinary']],
  KR: [['Republic of Korea', 'ordinary'], ['ROK', 'acronym']],
  KP: [['DPRK', 'acronym'], ["Democratic People's Republic of Korea", 'ordinary']],
  VN: [['Viet Nam', 'ordinary']],
  LA: [['Lao PDR', 'ordinary']],
  CZ: [['Czechia', 'ordinary']],
  CI: [["Côte d'Ivoire", 'ordinary']],
  VA: [['Vatican', 'ordinary'], ['Holy See', 'ordinary']],
  // ("Congo" alone names either country in news, most often the larger: the page decides.)
  // (Former names, as "Burma" and "Swaziland": needing context where another place has the name too — Angola's Zaire
  // province — or where the name is of a state that is no more, Rhodesia.)
  CD: [['DR Congo', 'ordinary'], ['DRC', 'acronym'], ['Democratic Republic of Congo', 'ordinary'], ['Congo-Kinshasa', 'ordinary'], ['Congo', 'needs-context'], ['Zaire', 'needs-context']],
  ZW: [['Rhodesia', 'needs-context']],
  CG: [['Congo-Brazzaville', 'ordinary'], ['Congo', 'needs-context']],
  PS: [['State of Palestine', 'ordinary'], ['Palestinian territories', 'ordinary']],
  US: [['US', 'acronym'], ['U.S.', 'acronym'], ['USA', 'acronym'], ['U.S.A.', 'acronym'], ['United States of America', 'ordinary'], ['America', 'needs-context']],
  GB: [['UK', 'acronym'], ['U.K.', 'acronym'], ['Britain', 'ordinary'], ['Great Britain', 'ordinary']],
  AE: [['UAE', 'acronym'], ['U.A.E.', 'acronym'], ['Emirates', 'needs-context']],
  CN: [['PRC', 'acronym'], ["People's Republic of China", 'ordinary'], ['Mainland China', 'ordinary']],
  TW: [['Republic of China', 'ordinary'], ['Chinese Taipei', 'ordinary']],
  // (Needing context: "RSA" is also the cipher and RSA Security in tech news; "KSA" also knowledge,
  // skills and abilities in job ads. On a page about the country, its acronym is the country.)
  SA: [['KSA', 'needs-context']],
  ZA: [['RSA', 'needs-context']],
  NL: [['Holland', 'ordinary'], ['The Netherlands', 'ordinary']],
  MK: [['Macedonia', 'needs-context'], ['FYROM', 'acronym']],
  MM: [['Burma', 'ordinary']],
  SZ: [['Swaziland', 'ordinary']],
  TL: [['Timor-Leste', 'ordinary']],
  CV: [['Cabo Verde', 'ordinary']],
  BS: [['The Bahamas', 'ordinary']],
  GM: [['The Gambia', 'ordinary']],
  KZ: [['Qazaqstan', 'ordinary']],
  BY: [['Byelorussia', 'ordinary']],
  MD: [['Republic of Moldova', 'ordinary']],
  BO: [['Plurinational State of Bolivia', 'ordinary']],
  VE: [['Bolivarian Republic of Venezuela', 'ordinary']],
  TZ: [['United Republic of Tanzania', 'ordinary']],
};

/** UN M49 subregions where the source gives another. */
const SUBREGION_FIX: Record<string, string> = { SS: 'Eastern Africa' };

/** Demonyms the source lacks or spells unusually. */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  TJ: ['Tajik'], KG: ['Kyrgyz'], IS: ['Icelandic'], MV: ['Maldivian'], CV: ['Cape Verdean'], UZ: ['Uzbek'],
  SI: ['Slovenian'], SR: ['Surinamese'], GB: ['Briton'], PH: ['Philippine'],
  BA: ['Bosniak'], LA: ['Lao'], KR: ['Korean'], SA: ['Saudi'], AE: ['Emirati'], CZ: ['Czech'],
};

/** Two- and three-letter codes that are safe as case-sensitive acronyms in news text (RSA and KSA need context: EXTRA_ALIASES). */
const SAFE_CODE_ACRONYMS = new Set(['USA', 'UAE', 'UK', 'DRC', 'PRC', 'DPRK', 'ROK']);
/**
 * Alternative spellings that news writes as people's surnames far more often than as the place: the
 * Isle of Man's "Mann" is Thomas Mann or Punjab's Bhagwant Mann ("Mann said the state government
 * would compensate farmers" was the Isle of Man).
 */
const SURNAME_SPELLINGS = new Set(['Mann']);

const IPA = /[\u0250-\u02af]/;

function hasWeirdChars(text: string): boolean {
  return IPA.test(text) || /[()]/.test(text);
}

export interface CountryBuild {
  drafts: Draft[];
  /** cca3 → cca2 */
  cca3to2: Map<string, string>;
  /** ISO numeric → cca2, for the locator map. */
  numericTo2: Map<string, string>;
  /** cca2 → display name */
  names: Map<string, string>;
  /** cca2 → capital names from the source */
  capitals: Map<string, string[]>;
}

/** Splits demonym strings such as "Antiguan, Barbudan" or "Kittitian or Nevisian". */
function splitDemonym(text: string): string[] {
  return text.split(/\s*(?:,|\bor\b)\s*/).map((s) => s.trim()).filter(Boolean);
}

export function buildCountries(
  countries: WorldCountry[],
  list: Record<string, CountriesListEntry>,
  options: { capitalIdOf?: (cca2: string, capital: string) => string | undefined; descriptionOf?: (cca2: string) => string | undefined } = {},
): CountryBuild {
  const cca3to2 = new Map<string, string>();
  const numericTo2 = new Map<string, string>();
  const names = new Map<string, string>();
  const capitals = new Map<string, string[]>();
  for (const c of countries) {
    cca3to2.set(c.cca3, c.cca2);
    if (c.ccn3) numericTo2.set(c.ccn3, c.cca2);
    names.set(c.cca2, DISPLAY_NAME[c.cca2] ?? c.name.common);
    capitals.set(c.cca2, c.capital ?? []);
  }
  // Demonyms of independent states win: a territory does not get "French" or "American".
  const sovereignDemonyms = new Set<string>();
  for (const c of countries) if (c.independent) for (const d of Object.values(c.demonyms?.eng ?? {})) for (const s of splitDemonym(d)) sovereignDemonyms.add(nameKey(s));

  const drafts: Draft[] = [];
  for (const c of [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const cca2 = c.cca2;
    const name = names.get(cca2)!;
    const demonyms = new Set<string>();
    for (const d of Object.values(c.demonyms?.eng ?? {})) for (const s of splitDemonym(d)) demonyms.add(s);
    for (const d of EXTRA_DEMONYMS[cca2] ?? []) demonyms.add(d);
    const demonymKeys = new Set([...demonyms].map(nameKey));

    const items: Array<[string, MatchMode]> = [];
    items.push(...(EXTRA_ALIASES[cca2] ?? []));
    if (nameKey(c.name.common) !== nameKey(name)) items.push([c.name.common, 'ordinary']);
    const listName = list[cca2]?.name;
    if (listName) items.push([listName, 'ordinary']);
    if (!c.name.official.includes(',')) items.push([c.name.official, 'ordinary']);
    for (const alt of c.altSpellings ?? []) {
      if (alt.length <= 2) continue; // two-letter codes are words ("IN", "IT", "NO")
      if (alt.length === 3 && alt === alt.toUpperCase()) {
        if (SAFE_CODE_ACRONYMS.has(alt)) items.push([alt, 'acronym']);
        continue;
      }
      if (alt.includes(', ') || hasWeirdChars(alt)) continue;
      if (demonymKeys.has(nameKey(alt))) continue;
      if (!alt.includes(' ') && isCommonWord(alt)) continue; // "Island" (Iceland)
      if (SURNAME_SPELLINGS.has(alt)) continue;
      items.push([alt, 'ordinary']);
    }
    for (const n of Object.values(c.name.native ?? {})) {
      for (const t of [n.common, n.official]) {
        if (!t || hasWeirdChars(t) || t.includes(', ')) continue;
        if (!t.includes(' ') && isCommonWord(t)) continue;
        items.push([t, 'ordinary']);
      }
    }
    // A name we list ourselves is no demonym, whatever the source says: "the Vatican said" names the Holy See.
    const ownNames = new Set((EXTRA_ALIASES[cca2] ?? []).filter(([, mode]) => mode === 'ordinary').map(([text]) => nameKey(text)));
    for (const d of [...demonyms].sort()) {
      if (nameKey(d) === nameKey(name)) continue; // "Djibouti"
      if (ownNames.has(nameKey(d))) continue;
      if (!c.independent && sovereignDemonyms.has(nameKey(d))) continue;
      items.push([d, 'demonym']);
    }
    for (const [code, mode] of [[c.cca3, 'acronym'] as const]) if (SAFE_CODE_ACRONYMS.has(code)) items.push([code, mode]);
    const aliases: Alias[] = aliasList(name, items);

    const facts: NonNullable<Draft['facts']> = [];
    const capital = (c.capital ?? [])[0];
    if (capital) {
      const capitalId = options.capitalIdOf?.(cca2, capital);
      const display = capital === 'Nur-Sultan' ? 'Astana' : capital;
      facts.push(capitalId ? { type: 'capital', value: display, id: capitalId } : { type: 'capital', value: display });
    }
    if (typeof c.area === 'number' && c.area > 0) facts.push({ type: 'area', km2: c.area });
    const langs = Object.keys(c.languages ?? {}).sort().map((k) => c.languages![k]!);
    if (langs.length) facts.push({ type: 'languages', value: clip(langs.join(', '), 160) });
    const currencies = Object.keys(c.currencies ?? {}).sort().map((k) => c.currencies![k]!.name);
    if (currencies.length) facts.push({ type: 'currency', value: clip(currencies.join(', '), 80) });
    // (The UN's subregion "Australia and New Zealand" names the two countries it holds: "Australia, a
    // country in Australia and New Zealand" tells the reader nothing. Its region, Oceania, does.)
    // (The source puts South Sudan in Middle Africa; the UN's M49 scheme, which it follows for every other
    // country, puts it in Eastern Africa: SUBREGION_FIX.)
    const worldRegion = c.subregion === 'Australia and New Zealand' ? c.region : SUBREGION_FIX[cca2] ?? (c.subregion || c.region);
    if (worldRegion) facts.push({ type: 'other', label: 'Region', value: worldRegion });

    const related: string[] = [];
    for (const b of c.borders ?? []) {
      const two = cca3to2.get(b);
      if (two) related.push(`country:${two.toLowerCase()}`);
    }
    const capitalFact = facts.find((f) => f.type === 'capital');
    if (capitalFact && 'id' in capitalFact && capitalFact.id) related.unshift(capitalFact.id);

    const independent = c.independent === true || cca2 === 'XK'; // Kosovo: independent is null in the source
    const whereRaw = worldRegion || 'the world';
    const where = whereRaw === 'Caribbean' ? 'the Caribbean' : whereRaw;
    const fallback = independent ? `Country in ${where}` : `Territory in ${where}`;
    const description = options.descriptionOf?.(cca2) ?? fallback;

    const title = WIKIPEDIA_TITLE[cca2] === null ? undefined : (WIKIPEDIA_TITLE[cca2] ?? name);
    const draft: Draft = {
      id: `country:${cca2.toLowerCase()}`,
      kind: 'place',
      subkind: independent ? 'country' : 'territory',
      name,
      aliases,
      description: clip(description, 200),
      facts: facts.slice(0, 40),
      related: [...new Set(related)].slice(0, 40),
      ...(c.latlng && c.latlng.length === 2 ? { location: { lat: c.latlng[0]!, lon: c.latlng[1]! } } : {}),
      ...(title ? { wikipedia: title } : {}),
      ...(COUNTRY_WIKIDATA[cca2] ? { wikidata: COUNTRY_WIKIDATA[cca2] } : {}),
      prominence: independent ? (c.unMember ? 0.95 : 0.9) : 0.7,
      asOf: AS_OF.countries,
      source: { ...RECORD_SOURCE.countries },
    };
    drafts.push(draft);
  }
  return { drafts, cca3to2, numericTo2, names, capitals };
}
