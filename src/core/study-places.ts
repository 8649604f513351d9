/**
 * Universities named by their town or founder: "dropped out of Stanford", "graduated from Princeton",
 * "a professor at Columbia", "a degree from Cambridge". What is said only of a place of study, right
 * before the name, names the university: of the name's readings the organisations' stand (Stanford
 * University, not Leland Stanford), and the words are the context its short name needs. The caller
 * leaves a name with no organisation's reading be: "students at Lume" may mean a school in the town.
 */
import { lowerJoined, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { B2, cue } from './cues.ts';

/** "graduated from", "a degree from", "a PhD from". */
const BEFORE_FROM = new WordSet('graduated graduating graduate graduates degree degrees doctorate doctorates phd diploma'.split(' '));
/** "studied at", "a professor at", "students at", "taught at". (Not "researchers at": companies have them.) */
const BEFORE_AT = new WordSet(`studied studies studying study enrolled professor professors lecturer lecturers student students
undergraduate undergraduates freshman sophomore teaches taught`.split(/\s+/));
/** "a graduate of", "an alumnus of". */
const BEFORE_OF = new WordSet('graduate graduates alumnus alumna alumni alumnae'.split(' '));
/** "dropped out of". */
const DROPPED = new WordSet('dropped drop drops dropping'.split(' '));
const OUT = new WordSet(['out']);
const FROM = new WordSet(['from']);
const AT = new WordSet(['at']);
const OF = new WordSet(['of']);

/** Whether the name beginning at token `first` follows what is said only of a place of study (see above), in the same sentence. */
export function studyCueBefore(tokens: Tokens, first: number): boolean {
  const k = first - 1;
  if (k < 1 || (tokens.flags[first]! & (T_JOIN | T_SENT)) !== T_JOIN || !lowerJoined(tokens, k)) return false;
  const cue = k - 1;
  if (FROM.has(tokens, k)) return BEFORE_FROM.has(tokens, cue);
  if (AT.has(tokens, k)) return BEFORE_AT.has(tokens, cue);
  if (!OF.has(tokens, k)) return false;
  if (BEFORE_OF.has(tokens, cue)) return true;
  return cue >= 1 && OUT.has(tokens, cue) && lowerJoined(tokens, cue) && DROPPED.has(tokens, cue - 1);
}
/** studyCueBefore's cue: the verb before "from", "at" or "of" (cues.ts). */
export const STUDY_CUE = cue([BEFORE_FROM, B2], [BEFORE_AT, B2], [BEFORE_OF, B2], [OUT, B2]);
