/**
 * The name a city's card shows an English reader. GeoNames writes a town as its own country does
 * ("Genève", "Köln", "Sevilla") or letter for letter from another script ("Ludhiāna", "Al Ḩudaydah",
 * "Qal‘at Bīshah"); English news writes "Geneva", "Cologne", "Seville", "Ludhiana". The card's title is
 * the first thing the reader sees, so it takes, in this order:
 *
 * 1. The city's Wikipedia title where it is the same name spelt without the marks ("Ludhiana",
 *    "Montreal", "Surat"): English Wikipedia's choice of the common English spelling.
 * 2. Else, in a country that writes another script (Arabic, Persian, the Indian scripts), the name
 *    without the marks of scholarly transliteration: macrons, dots and cedillas under letters, and the
 *    signs for ayn and hamza ("Qalat Bishah", "Misratah", "Kandahar"). Accents a Latin-script language
 *    writes itself ("Sétif", "Fès" in French) stay.
 *    So in a country whose romanisation marks what English leaves out: the soft and hard signs of
 *    Russian, Ukrainian, Belarusian and Bulgarian ("Ryazan’", "Kramators’k", "Veliko Tŭrnovo"), the
 *    ejectives of Georgian, Armenian and Ethiopian names ("P’ot’i", "Maych’ew"), and McCune–Reischauer's
 *    aspiration signs and breves in Korea ("Namp’o", "Kaesŏng"): English writes "Ryazan", "Kramatorsk",
 *    "Poti", "Nampo", "Kaesong". (Not Chinese, whose apostrophe English keeps: "Xi'an".) Where GeoNames
 *    transliterates Russian, the news spelling the build vetted as an alias (city-spellings.ts: not a
 *    word, not another's name — "Engel’s" stays, "Engels" being Friedrich's) is the one shown, and
 *    otherwise only a sign at a word's end goes ("Ryazan’"), which no word is spelt by: the name then
 *    matches as it did.
 * 3. Else, unless the Wikipedia title is the name itself ("Kraków"), WordNet's English name of the city
 *    (city-english-names.ts: a spelling of the same name, not a name in another language): the one the
 *    title gives ("Seville" for Sevilla, "Gothenburg"), or, for a name with letters English lacks, one
 *    that is another word — "Geneva", "Nuremberg", "Aarhus", "Corinth". Not "Dusseldorf" or "Wuerzburg" (the
 *    same word without its umlaut, or with it spelt out: English writes the umlaut), nor a dated name
 *    (DATED_ENGLISH_NAMES), nor for a name the build chose on purpose (cities.ts CITY_NAME_FIX:
 *    "Mysuru" stays, whatever older books call it).
 *
 * The name GeoNames gives stays an alias, with the town's own mode (a town named like a word needs
 * context by either name), so nothing that matched before stops matching.
 */
import { ARABIC_COUNTRIES } from './city-spellings.ts';
import { nameKey } from './util.ts';

/** Countries whose town names GeoNames transliterates with scholarly marks: Arabic's, Persian's (Iran, Afghanistan) and South Asia's scripts. */
const TRANSLITERATED = new Set([...ARABIC_COUNTRIES, 'IR', 'AF', 'PK', 'IN', 'BD', 'NP', 'LK']);

/**
 * Combining marks of transliteration (after NFD): grave and acute are not among them — French writes
 * those — but macron, breve, dot above, dot below, cedilla, breve below and macron below are.
 */
const TRANSLITERATION_MARKS = /[\u0304\u0306\u0307\u0323\u0327\u032e\u0331]/gu;
/** The signs for ayn and hamza: ‘ ’ ʻ ʼ ʾ ʿ. */
const AYN_HAMZA = /[\u2018\u2019\u02bb\u02bc\u02be\u02bf]/gu;

/** Countries whose GeoNames names carry romanisation signs English drops (see rule 2): the apostrophes and breves. */
const SIGNS_DROPPED = new Set(['BG', 'GE', 'AM', 'ET', 'KP', 'KR']);
/** Those that GeoNames transliterates from Russian (city-spellings.ts gives their news spellings). */
const RUSSIAN_ROMANISED = new Set(['BY', 'KG', 'KZ', 'RU', 'TJ', 'UA']);
/** The signs: ’ ' ʹ ʺ ʼ; at a word's end; and the breve (after NFD) of ŏ, ŭ. */
const ROMANISATION_SIGNS = /[\u2019'\u02b9\u02ba\u02bc]/gu;
const FINAL_SIGNS = /[\u2019'\u02b9\u02ba\u02bc]+(?=$|[\s-])/gu;
const BREVE = /\u0306/gu;

const ASCII = /^[\x20-\x7e]*$/;

/** Wikipedia's title without what tells namesakes apart: "Tripoli, Lebanon" → "Tripoli", "Chiba (city)" → "Chiba". */
function titleName(title: string): string {
  return title.replace(/\s*\([^)]*\)$/, '').replace(/,.*$/, '');
}

/**
 * The display name of a city named `name` in `country`; `title` its Wikipedia title if any, `english`
 * WordNet's English names of it (city-english-names.ts), `chosen` whether the build set the name on
 * purpose (a rename GeoNames predates), `newsSpelling` the spelling of a name transliterated from Russian
 * that the build made an alias of (city-spellings.ts). Returns `name` when none of the rules applies.
 */
export function cityDisplayName(name: string, country: string, title: string | undefined, english: readonly string[], chosen: boolean, newsSpelling?: string): string {
  if (chosen) return name;
  const key = nameKey(name);
  const titled = title ? titleName(title) : undefined;
  if (titled && titled !== name && nameKey(titled) === key && ASCII.test(titled)) return titled;
  // (Before WordNet's English names: its "Qandahar" is older than the "Kandahar" news writes.)
  if (TRANSLITERATED.has(country)) {
    const plain = name.normalize('NFD').replace(TRANSLITERATION_MARKS, '').normalize('NFC').replace(AYN_HAMZA, '');
    if (plain !== name && plain.length > 1) return plain;
  }
  if (SIGNS_DROPPED.has(country) || RUSSIAN_ROMANISED.has(country)) {
    const base = RUSSIAN_ROMANISED.has(country) ? newsSpelling ?? name : name;
    const plain = base.normalize('NFD').replace(BREVE, '').normalize('NFC').replace(RUSSIAN_ROMANISED.has(country) ? FINAL_SIGNS : ROMANISATION_SIGNS, '');
    if (plain !== name && plain.length > 1) return plain;
  }
  if (titled === name) return name;
  if (titled && english.includes(titled)) return titled;
  const umlauts = nameKey(name.replace(/[äöü]/g, (c) => `${c === 'ä' ? 'a' : c === 'ö' ? 'o' : 'u'}e`));
  const englishName = english.find((e) => !ASCII.test(name) && nameKey(e) !== key && nameKey(e) !== umlauts && !DATED_ENGLISH_NAMES.has(e));
  return englishName ?? name;
}

/**
 * WordNet's English names that English news no longer writes: Córdoba and Thessaloniki are written
 * as their countries write them. (A spelling of the same name, so the rules above cannot tell.)
 */
const DATED_ENGLISH_NAMES = new Set(['Cordova', 'Thessalonica']);
