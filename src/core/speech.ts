/**
 * News quotes people by surname: "Kuroda said", "said Perez". A one-word town right before a verb of
 * speech, or right after "said", is far more often a person's surname than the town speaking (Kuroda
 * the Japanese town does not talk; Makoto Kuroda, the vice minister, does). Capitals and other
 * well-known cities do speak for their governments ("Ankara said", "Washington says"), so the matcher
 * asks this only of towns of low prominence (see `minorTowns` in match.ts) and then doubts them like a
 * word inside a longer name.
 */
import { lowerJoined, T_CAP, T_JOIN, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, B1, cue } from './cues.ts';

const AFTER = new WordSet(`said says told added asked explained wrote argued noted insisted replied recalled
admitted acknowledged tweeted testified`.split(/\s+/));
const BEFORE = new WordSet(['said', 'says']);
/** "Officials in Peabody said": after these the name is where the speakers are. */
const PLACE_WORDS = new WordSet('in at from of near to across around outside inside'.split(' '));

/** Whether the one-word name at token k is quoted as a speaker: "k said", "said k". */
export function quotedSpeaker(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  const next = k + 1;
  const prev = k - 1;
  if (next < tokens.count && lowerJoined(tokens, next) && AFTER.has(tokens, next)) {
    return !(prev >= 0 && (flags[k]! & T_JOIN) !== 0 && PLACE_WORDS.has(tokens, prev));
  }
  return prev >= 0 && (flags[k]! & T_JOIN) !== 0 && (flags[prev]! & T_CAP) === 0 && BEFORE.has(tokens, prev);
}
/** quotedSpeaker's cue (cues.ts). */
export const SPEAKER_CUE = cue([AFTER, A1], [BEFORE, B1]);

/**
 * What a paper, a magazine, a broadcaster or a company does in a sentence: "Time reported", "Amazon
 * said" — or what only a listed company has, right after its name: "Tesla shares rose", "Meta stock
 * fell" (a river or a scientist has no shares).
 */
const REPORTS = new WordSet(`said says told reported reports wrote writes published publishes revealed reveals
found finds named names ranked ranks cited cites quoted quotes obtained obtains interviewed broke asked
added noted estimated estimates shares stock`.split(/\s+/));

/** What only a listed company has, right after its name. */
const SHARES = new WordSet(['shares', 'stock', 'stocks']);

/**
 * Whether the word after token k (joined, in lower case) is what only a listed company has: "Dell shares
 * jumped" is the company's even where the page names its founder in full (and "Dell" alone is his).
 */
export function sharesAfter(tokens: Tokens, k: number): boolean {
  const next = k + 1;
  return next < tokens.count && lowerJoined(tokens, next) && SHARES.has(tokens, next);
}
/** sharesAfter's cue (cues.ts). */
export const SHARES_CUE = cue([SHARES, A1]);

/** Whether the word after token k (joined, in lower case) is what a publication or a company does: "Time reported". */
export function reportsAfter(tokens: Tokens, k: number): boolean {
  const next = k + 1;
  return next < tokens.count && lowerJoined(tokens, next) && REPORTS.has(tokens, next);
}
