/**
 * Countries' names in the other languages of the news we read ("Allemagne", "Estados Unidos",
 * "Vereinigte Staaten", "Regno Unito"), from world-countries' translations (ODbL 1.0): aliases in
 * their language, which match on pages in another language only (core/format.ts, E_FOREIGN), where
 * a lowercase word is read as no name (core/other-languages.ts): "une grenade" is no Grenada.
 *
 * Why: a French page's "les États-Unis", "la Chine", "l'Allemagne" named no country; only a
 * country's own names ("España", "Italia") were found.
 */
import type { Alias } from '../../src/data/schema.ts';
import { GIVEN_NAMES } from '../../src/core/given-names.ts';
import type { WorldCountry } from './countries.ts';
import { OTHER_LANGUAGES, type OtherLanguage } from './place-names.ts';
import { nameKey, type Draft } from './util.ts';

/** Our language code → world-countries' translation key. */
const TRANSLATION_KEYS: Record<OtherLanguage, string> = { fr: 'fra', es: 'spa', pt: 'por', it: 'ita', de: 'deu' };

/**
 * Names news in those languages uses that world-countries lacks, written in-house: abbreviations
 * ("EE. UU." and "EUA" for the United States), a shorter common name ("Stati Uniti") and the German
 * dative after a preposition ("in den Vereinigten Staaten"). (text, match, language)
 */
export const IN_HOUSE_COUNTRY_NAMES: Readonly<Record<string, ReadonlyArray<readonly [string, Alias['match'], string]>>> = {
  'country:us': [['EE. UU.', 'acronym', 'es'], ['EE.UU.', 'acronym', 'es'], ['EEUU', 'acronym', 'es'], ['EUA', 'acronym', 'pt'], ['Stati Uniti', 'ordinary', 'it'], ['Vereinigten Staaten', 'ordinary', 'de']],
  'country:gb': [['Vereinigten Königreich', 'ordinary', 'de']],
  'country:ae': [['Vereinigten Arabischen Emiraten', 'ordinary', 'de']],
};

/**
 * Adds each country's common and official names in other languages to its draft, with their language,
 * and then IN_HOUSE_COUNTRY_NAMES. Left out: a name the country already has. (An English word is no matter: "Chine" and German
 * "Island" are matched on pages in another language only, where they are China and Iceland.)
 * Needing context: a name that is also a town's or a region's (`placeNames`, folded: "Granada",
 * Spanish for Grenada; "Salvador"), or a person's first name (`firstNames`, folded: "Mauricio",
 * Spanish for Mauritius; French "Dominique").
 */
export function addCountryNames(drafts: Draft[], countries: readonly WorldCountry[], placeNames: ReadonlySet<string>, firstNames: ReadonlySet<string>): void {
  const byId = new Map(countries.map((c) => [`country:${c.cca2.toLowerCase()}`, c]));
  for (const draft of drafts) {
    const country = byId.get(draft.id);
    const taken = new Set([draft.name, ...draft.aliases.map((a) => a.text), country?.name.common ?? '', country?.name.official ?? ''].map(nameKey));
    for (const lang of OTHER_LANGUAGES) {
      const t = country?.translations?.[TRANSLATION_KEYS[lang]];
      for (const name of [t?.common, t?.official].map((n) => n?.trim())) {
        if (!name) continue;
        const key = nameKey(name);
        if (taken.has(key)) continue;
        taken.add(key);
        const oneWord = !/\s/.test(key);
        const doubtful = placeNames.has(key) || (oneWord && (firstNames.has(key) || GIVEN_NAMES.has(key)));
        const alias: Alias = { text: name, match: doubtful ? 'needs-context' : 'ordinary', lang };
        draft.aliases.push(alias);
      }
    }
    // (By exact text: "EE. UU." and "EE.UU." are both written, and fold alike.)
    const written = new Set(draft.aliases.map((a) => a.text));
    for (const [text, match, lang] of IN_HOUSE_COUNTRY_NAMES[draft.id] ?? []) if (!written.has(text)) draft.aliases.push({ text, match, lang });
  }
}
