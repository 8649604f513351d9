/**
 * "The state Senate", "the county Council", "the Ohio House and Senate": a body's generic name
 * ("Senate", "Supreme Court", "Legislature"; format.ts, E_GENERIC_BODY) after a word for a lower level
 * of government, or after a state's other chamber, is that state's or county's body — as it is right
 * after a state's name, "the Colorado House of Representatives" (match.ts, findSpans) — not the
 * nation's, however much the page names the nation ("the U.S. Senate" elsewhere on it). The matcher
 * marks such a name as part of a longer one (match.ts), so the page's support does not carry it.
 */
import { T_CAP, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { B1, cue } from './cues.ts';

/** Lower-case words for a level of government below the nation's (folded). */
const LEVELS = new WordSet('state provincial regional county city municipal local tribal territorial'.split(' '));
const AND = new WordSet(['and']);
const CHAMBERS = new WordSet(['house', 'assembly', 'senate']);

/** Whether the generic body's name at token k follows a lower level's word, or "<State> House and". */
export function lowerLevelBefore(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  if (k < 1 || (flags[k]! & T_JOIN) === 0 || (flags[k - 1]! & T_CAP) !== 0) return false;
  if (LEVELS.has(tokens, k - 1)) return true;
  // "the Ohio House and Senate": the other chamber, named after its state just before.
  return k >= 3 && AND.has(tokens, k - 1) && (flags[k - 1]! & T_JOIN) !== 0 && CHAMBERS.has(tokens, k - 2) &&
    (flags[k - 2]! & (T_CAP | T_JOIN)) === (T_CAP | T_JOIN) && (flags[k - 3]! & (T_CAP | T_SENT)) === T_CAP;
}
/** lowerLevelBefore's cue (cues.ts). */
export const LOWER_LEVEL_CUE = cue([LEVELS, B1], [AND, B1]);
