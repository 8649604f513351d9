/**
 * A leader's surname before what only a leader has: "the Biden administration", "the Modi
 * government", "Trump-era tariffs", "the Assad regime", "Netanyahu's cabinet". News names a
 * government by its head's surname alone far more often than it names the head in full, and a
 * surname alone needs the page's support (resolve.ts) that a short item — "The Trump administration
 * said on Monday …" — often lacks. The word after the name is that support: of the name's readings,
 * the person's stand.
 *
 * Only when one person is far better known than every other reading of the name: "the Johnson
 * administration" (Lyndon B., Boris or Mike) and "the Clinton administration" (Bill or Hillary) are
 * left to the page; so is a name that is a country's or a region's ("the Jordan government"), and an
 * everyday word unless the leader is world-famous ("after the May cabinet meeting").
 */
import type { Lexicon } from './lexicon.ts';
import { E_COMMON, F_COUNTRY, F_REGION, KIND_CODES } from './format.ts';
import { T_AFTER_POSSESSIVE, T_HYPHEN, T_JOIN, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, cue } from './cues.ts';

const PERSON = KIND_CODES.indexOf('person');

/** What a head of government has, as news writes it right after the surname. */
const LEADER_HAS = new WordSet('administration administrations government governments presidency premiership regime cabinet era'.split(' '));

/**
 * Prominence from which a surname that is an everyday English word ("Trump", "May") is a leader's by
 * these words alone (as resolve.ts's WEIGHTS.famousShortForm). A common name is no such word: "the
 * Carter administration".
 */
const WORDLIKE_LEADER = 0.8;

/** How much better known the person must be than any other reading of the name (prominence, 0–1). */
const FAR_BETTER_KNOWN = 0.25;

/**
 * Whether the word after token `last` is what a leader has, right after it: "Biden administration",
 * "Trump-era", "Modi's government" (nothing but a space, a hyphen or a possessive between).
 */
export function leaderWordAfter(tokens: Tokens, last: number): boolean {
  const k = last + 1;
  return k < tokens.count && (tokens.flags[k]! & (T_JOIN | T_HYPHEN | T_AFTER_POSSESSIVE)) !== 0 && LEADER_HAS.has(tokens, k);
}
/** leaderWordAfter's cue (cues.ts). */
export const LEADER_WORD_CUE = cue([LEADER_HAS, A1]);

/**
 * The entries of the one person the name's readings single out (see the module's comment), or null.
 * `entries`: the span's lexicon entries.
 */
export function leaderEntries(lexicon: Lexicon, entries: readonly number[]): number[] | null {
  let leader = -1;
  let leaderProminence = -1;
  let rival = 0; // the best-known other reading
  for (const entry of entries) {
    const e = lexicon.entryEntity[entry]!;
    if ((lexicon.entityFlags[e]! & (F_COUNTRY | F_REGION)) !== 0) return null;
    const p = lexicon.prominence(e);
    if (e === leader) continue;
    if (lexicon.entityKind[e] === PERSON && p > leaderProminence) {
      if (leader >= 0) rival = Math.max(rival, leaderProminence);
      leader = e;
      leaderProminence = p;
    } else rival = Math.max(rival, p);
  }
  if (leader < 0 || leaderProminence < rival + FAR_BETTER_KNOWN) return null;
  const kept = entries.filter((entry) => lexicon.entryEntity[entry] === leader);
  // "After the May cabinet meeting": a surname that is an everyday word names only a world-famous
  // leader by these words alone ("the Trump administration"), as the page's country alone does (resolve.ts).
  if (leaderProminence < WORDLIKE_LEADER && kept.some((entry) => (lexicon.entryFlags[entry]! & E_COMMON) !== 0)) return null;
  return kept;
}
