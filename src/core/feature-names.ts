/**
 * Geographic names built on a place's name: "Lake Taupo", "Mount Holyoke", "Milford Sound",
 * "Chatham Island", "Emerald Lakes", "Orange County", "the Jersey Shore"; and with a capital "State",
 * a university ("Ohio State") or a state the dataset knows by its name alone ("Lagos State", whose
 * city is the wrong card). The lake, sound or county is another place than the town it is named
 * after (or than a town of the same name elsewhere), and a card for the town is a wrong card. A name
 * the dataset knows ("Lake Geneva", "Chatham Islands") is matched whole before
 * this is asked; otherwise the matcher flags the place word as part of a longer name, and the
 * resolver doubts it. Never in a title-case line, where every word has a capital.
 */
import { T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

/** Capitalised words before the place: "Lake Taupo", "Mount Holyoke". */
const BEFORE = new WordSet('lake lakes mount mt cape'.split(' '));
/** Capitalised words after the place: "Milford Sound", "Chatham Island", "Orange County". */
const AFTER = new WordSet(`sound lake lakes river island islands bay harbour harbor valley county district shore state
  falls creek peak strait mountains mountain hills range glacier peninsula desert forest canal`.split(/\s+/).filter(Boolean));

/** Whether tokens [first, last] are the start or the end of a geographic name built on them. */
export function featureNameAround(tokens: Tokens, first: number, last: number): boolean {
  const flags = tokens.flags;
  if ((flags[first]! & T_TITLE) !== 0) return false;
  const next = last + 1;
  // (On the same line: "Tauranga" above "Bay of Plenty" in a table is no "Tauranga Bay".)
  if (next < tokens.count && (flags[next]! & (T_JOIN | T_CAP | T_HYPHEN | T_SENT)) === (T_JOIN | T_CAP) && AFTER.has(tokens, next)) return true;
  const prev = first - 1;
  return prev >= 0 && (flags[first]! & (T_JOIN | T_HYPHEN | T_SENT)) === T_JOIN && (flags[prev]! & T_CAP) !== 0 && BEFORE.has(tokens, prev);
}
