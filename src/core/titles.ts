/**
 * Titles of works: "The Florida Project" (a film), "A New Hope", "The London Gazette", "Le Monde's
 * rival, The Chicago Reader". Inside a sentence a capitalised article ("The", "A", "An") before a name
 * begins a title — of a film, a book, a paper — not a mention of the place or person in it; in plain
 * prose the article is written in lower case ("the Florida coast").
 *
 * Only right after a word or a comma ("watched The Florida Project", "films, The…"): not at a
 * sentence's start, nor after a footnote mark ("…in 1907.[16] The New Zealand Geographic Board"), a
 * colon, a quotation mark or a bracket, where a sentence may begin; not in a title-case line, where
 * every word is capitalised. A name whose alias holds the article itself ("The Hague", "The Gambia")
 * is matched from the article and is not asked about.
 */
import * as chars from './chars.ts';
import { T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { B1, B2, cue } from './cues.ts';

const ARTICLES = new WordSet(['the', 'a', 'an']);
const THE = new WordSet(['the']);
const COMMA = 44;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Whether the word before token k is a capitalised article inside a sentence, opening a title (see above). */
export function titleArticleBefore(text: string, tokens: Tokens, k: number): boolean {
  if (k < 1 || (tokens.flags[k]! & T_JOIN) === 0) return false;
  const a = k - 1;
  if ((tokens.flags[a]! & (T_CAP | T_SENT | T_TITLE)) !== T_CAP || !ARTICLES.has(tokens, a)) return false;
  // The character before the article, past spaces on the same line: a letter or a comma.
  let i = tokens.start[a]! - 1;
  while (i >= 0 && (chars.charClass(text.charCodeAt(i)) & (chars.C_SPACE | chars.C_NEWLINE)) === chars.C_SPACE) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === COMMA || ((chars.charClass(c) & chars.C_WORD) !== 0 && !(c >= DIGIT_0 && c <= DIGIT_9));
}
/** titleArticleBefore's cue (cues.ts). */
export const TITLE_ARTICLE_CUE = cue([ARTICLES, B1]);

/**
 * Whether token k follows a lower-case "the" and ends the sentence (or the line, or the text): "Landgraf
 * and Meijer played at the Tivoli." — a venue, a hotel, a ship or a river named for a town, not the
 * town, which English names without an article. (Not before a comma: "the Louisville, Kent and Nashville offices"
 * lists towns that qualify the noun after them, as in "the Paris attacks".) A name whose alias holds
 * the article ("the Hague") is matched from it.
 */
export function venueAfterThe(tokens: Tokens, k: number): boolean {
  if (k < 1 || (tokens.flags[k]! & T_JOIN) === 0) return false;
  const a = k - 1;
  if ((tokens.flags[a]! & T_CAP) !== 0 || !THE.has(tokens, a)) return false;
  if (k + 1 >= tokens.count || (tokens.flags[k + 1]! & T_SENT) !== 0) return true;
  // Or a verb or a preposition goes on from it, which no noun the town qualifies would let in: "the
  // Kakhovka dam on the Dnipro was destroyed", "a bridge over the Dnipro near Zaporizhzhia" (a river
  // named like the city; "the Paris attacks" qualifies a noun).
  // (Not the first word of a compound: "the Runcorn by-election" is the town's.)
  return (tokens.flags[k + 1]! & (T_JOIN | T_CAP | T_HYPHEN)) === T_JOIN && GOES_ON.has(tokens, k + 1) &&
    !(k + 2 < tokens.count && (tokens.flags[k + 2]! & T_HYPHEN) !== 0);
}
/** venueAfterThe's cue (cues.ts). */
export const VENUE_CUE = cue([THE, B1]);

/** Verbs and prepositions that may follow a name with "the" but no noun it qualifies (see venueAfterThe). */
const GOES_ON = new WordSet('was is were are has had in at on near from to for with by as into after before'.split(' '));

/** "Miss USA", "Miss Teen USA", "Miss America": a beauty pageant's title, and its winner's. */
const MISS = new WordSet(['miss']);
const PAGEANT_WORDS = new WordSet(['teen', 'earth', 'world', 'universe', 'international']);

/**
 * Whether a capitalised "Miss" (maybe with "Teen") stands right before token k: the place's name is a
 * pageant's title, not the place ("Tara Conner, Miss USA"). (A person is titled "Miss" before her surname,
 * which the dataset rarely holds as a place's name; a town's name that is a surname too loses its card
 * there, as it should.)
 */
export function pageantBefore(tokens: Tokens, k: number): boolean {
  let m = k - 1;
  if (m >= 1 && (tokens.flags[m + 1]! & T_JOIN) !== 0 && (tokens.flags[m]! & T_CAP) !== 0 && PAGEANT_WORDS.has(tokens, m)) m--;
  return m >= 0 && (tokens.flags[m + 1]! & T_JOIN) !== 0 && (tokens.flags[m]! & T_CAP) !== 0 && MISS.has(tokens, m);
}
/** pageantBefore's cue (cues.ts). */
export const PAGEANT_CUE = cue([MISS, B1], [MISS, B2]);

/** Opening quotation marks: straight, curly, and the single ones. */
function opensQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x2018 || c === 39;
}
/** Closing quotation marks. */
function closesQuote(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 39;
}

/**
 * Whether the name at [start, end) is the whole of a quotation — "“Fargo” returned for a fifth
 * season", "Bruce Springsteen's “Nebraska”", "“Belfast,” Kenneth Branagh's film":
 * news quotes a place's name alone as a work's title (a film, a show, a song, an album), not to name
 * the place. (A comma or a full stop may sit inside the closing mark, as American style puts it; a
 * possessive after the mark is the work's too.)
 */
export function quotedAlone(text: string, start: number, end: number): boolean {
  if (start < 1 || !opensQuote(text.charCodeAt(start - 1))) return false;
  let k = end;
  const c = text.charCodeAt(k);
  if (c === 44 || c === 46 || c === 33 || c === 63) k++;
  if (!closesQuote(text.charCodeAt(k))) return false;
  // (Not an apostrophe inside a word before the name: "rock'n'Paris".)
  const before = start >= 2 ? text.charCodeAt(start - 2) : 32;
  return !((before >= 65 && before <= 90) || (before >= 97 && before <= 122));
}

/** What a performer does to a festival or a venue, and never to a town: "headlined Glastonbury", "sold out Wembley". */
const HEADLINED = new WordSet('headlined headlining headlines headline'.split(' '));
const SOLD = new WordSet(['sold', 'selling', 'sells']);
const OUT = new WordSet(['out']);

/**
 * Whether token k follows "headlined" or "sold out" (lower case, joined, inside a sentence): what
 * follows is a festival or a venue named like its town ("Olivia Rodrigo headlined Glastonbury", "Harry
 * Styles sold out Wembley"), not the town. ("Tickets for Glastonbury sold out" has the words after it.)
 */
export function headlinedBefore(tokens: Tokens, k: number): boolean {
  if (k < 1 || (tokens.flags[k]! & (T_JOIN | T_SENT)) !== T_JOIN) return false;
  const a = k - 1;
  if ((tokens.flags[a]! & T_CAP) !== 0) return false;
  if (HEADLINED.has(tokens, a)) return true;
  return a >= 1 && OUT.has(tokens, a) && (tokens.flags[a]! & T_JOIN) !== 0 && SOLD.has(tokens, a - 1);
}
/** headlinedBefore's cue (cues.ts). */
export const HEADLINED_CUE = cue([HEADLINED, B1], [OUT, B1]);

