/**
 * A page in another language is full of short words that equal English names: French "Sur le même
 * sujet" (Sur, Oman), "Se connecter" (Sé, Macau), "Est-ce" (Est); Spanish "Cómo se hizo" (Como),
 * "Para poder comentar" (Pará), "la mesa" (La Mesa); Czech "Po" (Pô); Portuguese "Há" (Ha). English
 * pages are protected by an English word list (common-words.ts); for other languages we have none.
 * So on a page whose language is not English (`documentIsForeign`: its text tells, or failing that
 * its `<html lang>`), the matcher asks a name for the evidence a word list would otherwise give:
 * - a one-word name at the start of a sentence or line proves nothing by its capital when it is short
 *   or little known (it is weak: it needs the same name written elsewhere mid-sentence); Paris,
 *   Berlin and Google open French sentences as they open English ones;
 * - a name is written with its own capitals: "El mundo debe" is not El Mundo, "le monde du
 *   renseignement" is not Le Monde, "la libération de 91 prisonniers" is not the newspaper (its
 *   articles aside: "selon le Monde");
 * - in German, which capitalises every noun, the capital of a name that is also a common noun proves
 *   nothing anywhere in a sentence: "die Lage" (the situation) is not Lage, "(Bild: Hersteller)"
 *   (picture: maker) not the newspaper Bild (`documentCapitalisesNouns`, german-nouns.ts).
 */
import { createTokens, T_CAP, tokenize, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

/** A one-word name at a sentence start is weak if it has at most this many letters… */
export const SHORT_WORD = 3;
/** …or less prominence than this. */
export const KNOWN_NAME = 0.5;

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
    const letters = tokens.letters[k]!;
    // (An article may go lower-case in a sentence: "selon le Monde". Numbers have no capitals.)
    if (letters >= 3 && (aliasCase & (1 << offset)) !== 0 && (tokens.flags[k]! & T_CAP) === 0) return false;
    offset += letters;
  }
  return true;
}

/** Words that make up a sixth or more of English prose and are rare in other languages written in Latin letters. */
const ENGLISH_WORDS = new WordSet('the and of that with was for this from have are were which would said has been their will'.split(' '));
/** Fewer Latin-letter words than this decide nothing: a Japanese page's few English names are names. */
const MIN_WORDS = 60;
/** Words enough to tell, and characters enough to hold them. */
const SAMPLE_WORDS = 1_000;
const SAMPLE_CHARS = 8_000;
/** English prose runs at 15–25 % of these words; French, Spanish or German at well under 2 %. */
const ENGLISH_SHARE = 0.04;
/** So 8 % or more over the first hundred words is English beyond doubt, and needs no more. */
const CLEAR_WORDS = 100;
const CLEAR_SHARE = 0.08;

/**
 * German function words, rare in English and in the other languages written in Latin letters
 * ("die", "das", "in", "an" are left out: English, Portuguese and Dutch have them too).
 */
const GERMAN_WORDS = new WordSet('der und nicht mit sich auf für dem ein eine einen ist wird sind wurde werden auch bei nach über noch'.split(' '));
/** German prose runs at 10–20 % of these words; English, French or Spanish at well under 1 %. */
const GERMAN_SHARE = 0.04;

/** Latin-letter words seen so far, and how many of them are English, and German, function words. */
export interface WordTally { words: number; english: number; german: number }

/** Whether the tally already tells: enough words, or English beyond doubt (most pages, early on). */
function told(tally: WordTally): boolean {
  return tally.words >= SAMPLE_WORDS || tally.words >= CLEAR_WORDS && tally.english >= CLEAR_SHARE * tally.words;
}

/** Adds the words of tokenized text to `tally`, until it tells. */
export function tallyWords(tokens: Tokens, tally: WordTally): void {
  for (let k = 0; k < tokens.count && !told(tally); k++) {
    // Latin letters only (Basic Latin to Latin Extended-B); one-letter words say little.
    if (tokens.letters[k]! < 2 || tokens.chars[tokens.foldStart[k]!]! > 0x24f) continue;
    tally.words++;
    if (ENGLISH_WORDS.has(tokens, k)) tally.english++;
    else if (GERMAN_WORDS.has(tokens, k)) tally.german++;
  }
}

let scratch: Tokens | undefined;

/**
 * Whether a document's text is in another language than English, judged on its first words by the
 * share of English function words among those written in Latin letters. The text is the better
 * witness: a quarter of the 50 shared news pages have no language tag, and some carry a publishing
 * system's default "en" over French text. The tag (`declared`) decides only when there
 * are too few such words to tell. `tally`: the words of the document's first block, already counted;
 * `rest`: the blocks after it, read (a prefix of each) only while more words are needed.
 */
export function documentIsForeign(tally: WordTally, rest: readonly string[], declared?: string): boolean {
  for (const block of rest) {
    if (told(tally)) break;
    const text = String(block);
    scratch ??= createTokens(256);
    // (A prefix: the words still needed are in its first few thousand characters.)
    tokenize(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text, scratch);
    tallyWords(scratch, tally);
  }
  return tally.words >= MIN_WORDS ? tally.english / tally.words < ENGLISH_SHARE : isForeign(declared);
}

/**
 * Whether a document whose words `documentIsForeign` has counted is in German, which capitalises its
 * nouns (see the module's comment): by the share of German function words, or failing enough words, by
 * the declared language.
 */
export function documentCapitalisesNouns(tally: WordTally, declared?: string): boolean {
  if (tally.words >= MIN_WORDS) return tally.german / tally.words >= GERMAN_SHARE;
  const tag = (declared ?? '').trim().toLowerCase();
  return tag === 'de' || tag.startsWith('de-') || tag.startsWith('de_');
}

/**
 * Prepositions, articles and conjunctions that open sentences in French, Spanish, Portuguese, Italian
 * and German ("En Chile, donde…", "Dans l'Ouest…", "Im Süden…"). At a sentence start their capital is
 * the sentence's: they begin no longer name, so the name after them is no part of one (match.ts,
 * unknownName; "Brad Pitt" at a sentence start is still a longer name).
 */
const SENTENCE_OPENERS = new WordSet(`
en dans sur sous pour par avec chez depuis selon pendant contre vers apres avant entre sans au aux les des une un la le et mais
el los las del con para por desde hasta segun sobre tras hacia durante y pero
no na nos nas dos das ao aos pelo pela com sem sob mas
nel nella nei negli dal dalla sul sulla tra fra su il lo gli ma
im am auf aus bei mit nach von vom zum zur fur uber unter durch gegen seit der das den dem ein eine und aber
`.split(/\s+/).filter(Boolean));
// (Not "al", "da", "do" or "em", which also begin English-written names: "Al Gore", "Da Nang", "Do Kwon".)

/** Whether token k is one of those words (see SENTENCE_OPENERS). */
export function sentenceOpener(tokens: Tokens, k: number): boolean {
  return SENTENCE_OPENERS.has(tokens, k);
}
