/**
 * Everyday words of the five other languages we read, from Debian's word lists (`apt-get install
 * wfrench wspanish witalian wportuguese wngerman`), for the scripts that extract place names in those
 * languages (extract-region-names.ts, extract-city-names.ts). Read by hand at extraction, never by the
 * build: the lists only decide which names the committed files keep.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';

/** Our languages, their Debian word list, and their ISO 639-3 codes as world-countries lists them. */
const DICTS: Record<string, { file: string; codes: string[] }> = {
  fr: { file: 'french', codes: ['fra'] }, es: { file: 'spanish', codes: ['spa'] }, it: { file: 'italian', codes: ['ita'] },
  pt: { file: 'portuguese', codes: ['por'] }, de: { file: 'ngerman', codes: ['deu', 'gsw'] },
};

export class EverydayWords {
  private readonly words = new Map<string, Set<string>>();
  /** cca2 → ISO 639-3 codes of its languages. */
  private readonly spokenIn = new Map(countries.map((c) => [c.cca2, Object.keys(c.languages ?? {})]));

  /** Reads the lists from `dir`; exits with a message naming the missing list. */
  constructor(dir = '/usr/share/dict') {
    for (const [lang, d] of Object.entries(DICTS)) {
      const file = join(dir, d.file);
      if (!existsSync(file)) { console.error(`missing word list ${file} (apt-get install wfrench wspanish witalian wportuguese wngerman)`); process.exit(2); }
      this.words.set(lang, new Set(readFileSync(file, 'utf8').split('\n').map((w) => w.trim()).filter(Boolean)));
    }
  }

  /**
   * Whether a one-word name is an everyday word: in lowercase, in any of the five lists (a page in one
   * language reads the names of all five: Italian "Centre" would be French "centre"); a German name,
   * also when it is the plural of a German noun ("Marken", of "Marke"). (German capitalises its nouns,
   * and its list holds place names too, "Andalusien" among them: only the plural tells a noun.)
   */
  has(lang: string, name: string): boolean {
    if (/[\s-]/.test(name)) return false;
    const lower = name.toLowerCase();
    if ([...this.words.values()].some((list) => list.has(lower))) return true;
    const german = this.words.get('de')!;
    return lang === 'de' && ((name.endsWith('n') && german.has(name.slice(0, -1))) || (name.endsWith('en') && german.has(name.slice(0, -2))));
  }

  /** Whether `lang` is spoken in the country of ISO code `cca2` (there a name that is also a word is still the place's own). */
  spoken(lang: string, cca2: string): boolean {
    return DICTS[lang]!.codes.some((code) => this.spokenIn.get(cca2)?.includes(code));
  }
}
