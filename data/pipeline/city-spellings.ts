/**
 * How English news spells a town that GeoNames transliterates letter for letter, by two rules any
 * reader of the news would recognise:
 *
 * - Arabic's article: GeoNames writes it ("Al Kharj", "Ad Dīwānīyah", "El Fasher"); news mostly
 *   drops it ("Kharj", "Diwaniyah"). The name without the article, in the countries where Arabic
 *   is an official language.
 * - Cyrillic letters: GeoNames writes "ый" and "ий" at a word's end as "yy" and "iy" ("Groznyy",
 *   "Staryy Oskol"), and the soft sign as an apostrophe ("Arkhangel’sk", "Tol’yatti"); news writes
 *   "Grozny", "Stary Oskol", "Arkhangelsk", "Tolyatti" — and, for Ukraine, whose own romanisation
 *   writes "-yi", "Kryvyi Rih" for "Kryvyy Rih". In the countries GeoNames transliterates so.
 *
 * Only spellings of the same name: the caller decides whether each may stand alone (a bare
 * "Bab" or "Tall" is a word, and a town's short name may be another town's). A name without its
 * article never does: it is as often a person's name ("Ahmadi", "Rayyan", "Obeid").
 */

/** Countries where Arabic is an official language (ISO 3166-1 alpha-2). */
export const ARABIC_COUNTRIES = new Set(['AE', 'BH', 'DJ', 'DZ', 'EG', 'EH', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SO', 'SY', 'TD', 'TN', 'YE']);

/** Countries whose town names GeoNames transliterates from Russian (or Belarusian, Ukrainian) letter for letter. */
const CYRILLIC_COUNTRIES = new Set(['BY', 'KG', 'KZ', 'RU', 'TJ', 'UA']);

/**
 * Arabic's article as GeoNames writes it before a name: "al" and its forms assimilated to the
 * next consonant ("Ar Ramādī", "Ash Shāriqah", "Aţ Ţafīlah"), or "El"/"Ed"… as North Africa and
 * Sudan write it; then a space or a hyphen. (Capitalised only: "al" inside a name is another word.)
 */
const ARABIC_ARTICLE = /^(?:Al|El|Ash|Ath|Adh|Az̧|A[dnrstzḑşţẓ]|E[dnrstz])[ -](?=\p{Lu}|[‘’'`]\p{Lu})/u;

/** A spelling news uses, and whether it may name the town with no other sign of it on the page. */
export interface NewsSpelling {
  text: string;
  mayStandAlone: boolean;
}

/** The spellings of `name` English news uses for a town of `country` (ISO alpha-2), besides the name itself. */
export function newsSpellings(name: string, country: string): NewsSpelling[] {
  const out: NewsSpelling[] = [];
  if (ARABIC_COUNTRIES.has(country)) {
    const bare = name.replace(ARABIC_ARTICLE, '');
    // (An ‘ayn that began the name after the article goes too: "Al ‘Amārah", "Amarah".)
    if (bare !== name) out.push({ text: bare.replace(/^[‘’'`]/, ''), mayStandAlone: false });
  }
  if (CYRILLIC_COUNTRIES.has(country)) {
    const ending = country === 'UA' ? 'yi' : 'y';
    const plain = name.replace(/(\p{L})[’'](?=\p{Ll})/gu, '$1').replace(/(?:yy|iy)(?=$|[\s-])/gu, ending);
    if (plain !== name) out.push({ text: plain, mayStandAlone: true });
  }
  return out;
}
