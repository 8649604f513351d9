/**
 * "Japan's Nikkei fell 0.6 percent", "the Nasdaq rose 1.2%": a market report calls an index by the name
 * of its compiler or its exchange. A name followed by a move and a number within a few words, where the
 * dataset has an index called by that name and "index", "average" or "composite" ("Nikkei index",
 * "Nasdaq Composite"), is that index — not the newspaper group or the exchange. ("Apple fell 2 percent"
 * stays the company: no index is called "Apple index".)
 */
import type { Lexicon } from './lexicon.ts';
import { lowerJoined, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, cue } from './cues.ts';

const MOVES = new WordSet(`fell rose gained lost slipped dropped climbed jumped advanced declined ended closed finished added
shed tumbled surged edged sank slid rallied plunged`.split(/\s+/));
/** How many words after the move may lead up to its number: "fell 0.6", "rose by 1.2", "closed up 36". */
const NUMBER_WITHIN = 3;
/** What an index is called besides its compiler's or exchange's name. */
const INDEX_WORDS = ['index', 'average', 'composite', 'stock average'];

/**
 * Whether the words from token k are a market move: a lowercase move word in the same sentence, then a
 * number within NUMBER_WITHIN words — or none at all after a place's possessive: "Japan's Nikkei jumped,
 * while Hong Kong's Hang Seng fell" is a market report too (`afterPossessive`, the name's first token).
 */
export function marketMoveAt(tokens: Tokens, k: number, afterPossessive = false): boolean {
  if (k >= tokens.count || !lowerJoined(tokens, k) || !MOVES.has(tokens, k)) return false;
  if (afterPossessive) return true;
  for (let j = k + 1; j < tokens.count && j <= k + NUMBER_WITHIN; j++) {
    if ((tokens.flags[j]! & (T_JOIN | T_SENT)) !== T_JOIN) return false;
    if (tokens.letters[j] === 0) return true;
  }
  return false;
}
/** marketMoveAt's cue, for a move right after the name (cues.ts). */
export const MARKET_MOVE_CUE = cue([MOVES, A1]);

/** The lexicon entries of the index called `name` and an index word ("Nikkei" → "Nikkei index"), or null. */
export function indexEntries(lexicon: Lexicon, name: string): number[] | null {
  for (const word of INDEX_WORDS) {
    const node = lexicon.nodeOf(`${name} ${word}`);
    if (node < 0) continue;
    const entries: number[] = [];
    for (let e = lexicon.nodeEntries[node]!; e < lexicon.nodeEntries[node + 1]!; e++) entries.push(e);
    if (entries.length > 0) return entries;
  }
  return null;
}
