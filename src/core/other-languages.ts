/**
 * A page in another language is full of short words that equal English names: French "Sur le même
 * sujet" (Sur, Oman), "Se connecter" (Sé, Macau), "Est-ce" (Est); Spanish "Cómo se hizo" (Como),
 * "Para poder comentar" (Pará), "la mesa" (La Mesa); Czech "Po" (Pô); Portuguese "Há" (Ha). English
 * pages are protected by an English word list (common-words.ts); for other languages we have none.
 * So on a page whose language is not English (the page says so: `<html lang>`), the matcher asks a
 * name for the evidence a word list would otherwise give:
 * - a one-word name at the start of a sentence or line proves nothing by its capital (it is weak: it
 *   needs the same name written elsewhere mid-sentence);
 * - a name is written with its own capitals: "El mundo debe" is not El Mundo, "le monde du
 *   renseignement" is not Le Monde, "la libération de 91 prisonniers" is not the newspaper.
 */
import type { Tokens } from './tokenize.ts';
import { T_CAP } from './tokenize.ts';

/** Whether a language tag ("en", "en-GB", "fr", "") says the text is not English; an empty or absent tag does not. */
export function isForeign(language: string | undefined): boolean {
  const tag = (language ?? '').trim().toLowerCase();
  return tag !== '' && tag !== 'en' && !tag.startsWith('en-') && !tag.startsWith('en_');
}

/**
 * Whether every word of tokens [first, last] that begins with a capital in the alias (letter case
 * mask `aliasCase`, one bit per letter, the first 31 letters) begins with one in the text too.
 */
export function capitalsAsWritten(tokens: Tokens, first: number, last: number, aliasCase: number): boolean {
  let offset = 0;
  for (let k = first; k <= last && offset < 31; k++) {
    if ((aliasCase & (1 << offset)) !== 0 && (tokens.flags[k]! & T_CAP) === 0) return false;
    offset += tokens.letters[k]!;
  }
  return true;
}
