/**
 * A month's name in a date is no name: "7 May 1856", "March 2005", "since April", "between June and
 * August". Several months are also names — Theresa May, March in Cambridgeshire, people called April,
 * June or August — and a page full of dates (a Wikipedia article's references) otherwise fills with
 * their cards. The matcher drops a one-word match that is a month next to a number or after a word
 * that introduces a time. Folded forms (lower case, no diacritics).
 */
import { T_CAP, T_JOIN, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

/** The months' and the days' names, and the words for days near today (town-compounds.ts, words-before-names.ts). */
export const MONTH_WORDS = 'january february march april may june july august september october november december'.split(' ');
export const DAY_WORDS = 'monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow'.split(' ');

/** Month names, in full and abbreviated (also bylines.ts: a date after the writer's name). */
export const MONTHS = new WordSet([...MONTH_WORDS, ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ')]);
/** Lower-case words after which a month is a time: "in May", "since March", "early June". */
const TIME_WORDS = new WordSet('in since until till from last next early late mid between through during'.split(' '));

/** Days' abbreviations that are also names: "Mon" (Mon State, Myanmar), "Sat", "Sun". */
const DAY_ABBREVIATIONS = new WordSet('mon tue tues wed thu thur thurs fri sat sun'.split(' '));

/**
 * Whether token k is a day's abbreviation with a number or a month after it, across spaces, a line
 * break or a comma only: "Mon 3 Dec", "Mon, 20 Oct 2025" (a page's date line), "Tue, Oct 21", and a
 * weather widget's "Sun\n77°69°\nMon\n75°69°".
 */
export function dayInDate(text: string, tokens: Tokens, k: number): boolean {
  const next = k + 1;
  if (next >= tokens.count || !DAY_ABBREVIATIONS.has(tokens, k) || (tokens.letters[next] !== 0 && !MONTHS.has(tokens, next))) return false;
  const between = text.slice(tokens.end[k]!, tokens.start[next]!).trim();
  return between === '' || between === ',';
}

/** Whether token k is a month's name written as part of a date. */
export function monthInDate(tokens: Tokens, k: number): boolean {
  if (!MONTHS.has(tokens, k)) return false;
  const flags = tokens.flags;
  const next = k + 1;
  if (next < tokens.count && (flags[next]! & T_JOIN) !== 0 && tokens.letters[next] === 0) return true; // "May 3", "March 2005"
  const prev = k - 1;
  if (prev < 0 || (flags[k]! & T_JOIN) === 0) return false;
  if (tokens.letters[prev] === 0) return true; // "7 May"
  return (flags[prev]! & T_CAP) === 0 && TIME_WORDS.has(tokens, prev); // "in May"
}
