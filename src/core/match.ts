/**
 * The matcher: finds alias occurrences in tokenized text — leftmost, longest, non-overlapping —
 * and keeps only the entries whose spelling rules the text satisfies (acronym capitals, capitals on
 * common words and surnames).
 *
 * Cost per token is a hash look-up plus one trie step per word of the longest alias starting there:
 * it depends on the text, never on how many names the lexicon holds.
 */
import type { Lexicon } from './lexicon.ts';
import { E_COMMON, E_LETTERS_SHIFT, M_ACRONYM, M_ORDINARY, MAX_ALIAS_TOKENS, MODE_MASK } from './format.ts';
import { T_CAP, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';

/** One place in the text where an alias matched, with every entry (entity + mode) it may stand for. */
export interface Span {
  /** Original offsets (UTF-16 code units) of the whole span. */
  start: number;
  end: number;
  /** Trie node of the alias: the same spelling elsewhere in the document reaches the same node. */
  node: number;
  tokenCount: number;
  /** Lexicon entry indices that fit the spelling here. */
  entries: number[];
  /** The capital that made this match possible is no evidence (sentence start, headline). */
  weak: boolean;
  /** A one-word match written all in lowercase (names are normally capitalised). */
  lowercase: boolean;
}

const ends = new Int32Array(MAX_ALIAS_TOKENS);
const nodes = new Int32Array(MAX_ALIAS_TOKENS);

/** Finds the alias spans of tokenized text. `ids` is scratch space (grown if needed) returned for reuse. */
export function findSpans(text: string, tokens: Tokens, lexicon: Lexicon, scratch?: Int32Array): { spans: Span[]; scratch: Int32Array } {
  const n = tokens.count;
  let ids = scratch && scratch.length >= n ? scratch : new Int32Array(Math.max(n, 64));
  const { chars, foldStart, foldLen, hash, flags } = tokens;
  for (let k = 0; k < n; k++) ids[k] = lexicon.tokenId(chars, foldStart[k]!, foldLen[k]!, hash[k]!);

  const spans: Span[] = [];
  const nodeEntries = lexicon.nodeEntries;
  let i = 0;
  while (i < n) {
    if (ids[i]! < 0) { i++; continue; }
    // Walk the trie as far as the words allow, remembering every node that ends an alias.
    let found = 0;
    let node = lexicon.child(0, ids[i]!);
    let j = i;
    while (node >= 0) {
      if (nodeEntries[node] !== nodeEntries[node + 1]) { ends[found] = j; nodes[found] = node; found++; }
      j++;
      if (j >= n || found === MAX_ALIAS_TOKENS || j - i >= MAX_ALIAS_TOKENS || ids[j]! < 0 || (flags[j]! & T_JOIN) === 0) break;
      node = lexicon.child(node, ids[j]!);
    }
    // Longest first; the first whose spelling rules hold wins.
    let taken = false;
    for (let f = found - 1; f >= 0 && !taken; f--) {
      const span = check(text, tokens, lexicon, i, ends[f]!, nodes[f]!);
      if (span) { spans.push(span); i = ends[f]! + 1; taken = true; }
    }
    if (!taken) i++;
  }
  return { spans, scratch: ids };
}

/** The span of tokens [first, last] at trie node `node`, keeping the entries whose spelling rules hold; null if none does. */
function check(text: string, tokens: Tokens, lexicon: Lexicon, first: number, last: number, node: number): Span | null {
  const flags = tokens.flags;
  // The span's capital-letter pattern, for acronyms.
  let letters = 0;
  let mask = 0;
  for (let k = first; k <= last; k++) {
    const l = tokens.letters[k]!;
    if (letters < 31) mask |= (tokens.caseMask[k]! << letters) & 0x7fffffff;
    letters += l;
  }
  const single = first === last;
  const f0 = flags[first]!;
  const noEvidence = (f0 & (T_SENT | T_TITLE)) !== 0;
  let weak = false;
  let lowercase = false;
  const entries: number[] = [];
  let acronym = false;
  for (let e = lexicon.nodeEntries[node]!; e < lexicon.nodeEntries[node + 1]!; e++) {
    const ef = lexicon.entryFlags[e]!;
    const mode = ef & MODE_MASK;
    if (mode === M_ACRONYM) {
      if (((ef >>> E_LETTERS_SHIFT) & 0xff) !== Math.min(letters, 255) || lexicon.entryCase[e] !== mask) continue;
      acronym = true;
    } else {
      const caps = lexicon.entryCaps[e]!;
      if (caps !== 0) {
        let ok = true;
        for (let k = first; k <= last && ok; k++) if ((caps & (1 << (k - first))) !== 0 && (flags[k]! & T_CAP) === 0) ok = false;
        if (!ok) continue;
        if (single && mode === M_ORDINARY && (noEvidence && (ef & E_COMMON) !== 0 || (f0 & T_TITLE) !== 0)) weak = true;
      } else if (single && mode === M_ORDINARY && (f0 & T_CAP) === 0) {
        lowercase = true;
      }
    }
    entries.push(e);
  }
  if (entries.length === 0) return null;
  let end = tokens.end[last]!;
  // "U.S.": an acronym of dotted initials owns its final dot (the tokenizer leaves dots out of words).
  if (acronym && tokens.letters[last] === 1 && text.charCodeAt(end) === 46 && (first === last || text.charCodeAt(tokens.start[last]! - 1) === 46)) end++;
  return { start: tokens.start[first]!, end, node, tokenCount: last - first + 1, entries, weak, lowercase };
}
