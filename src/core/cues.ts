/**
 * Cues: the words a rule of the matcher's reading around a name (match.ts, readAround) cannot say
 * anything without, at their places beside the name — "syndrome" right after it or one word on
 * (town-compounds.ts), "the" right before it (titles.ts). Each rule's module declares its cue next to
 * the rule, from the very word sets the rule reads (`cue`); readAround reads the few words beside a
 * name once (`SpanCues.read`) and asks a rule only when its cue is there.
 *
 * Why: readAround asks some sixty rules about every name it finds, and in nearly every name none of
 * them has its word there. Asked one by one, each a call, a few flag tests and a word look-up, they
 * cost a third of the whole engine (50 pages, 10,000 names, 2026-12-07). A cue is a necessary
 * condition of its rule, never a sufficient one: the rule still decides; a cue only lets a rule that
 * would say no be skipped. (tests/unit/core/cues.test.ts checks that, for every cue, on made-up text.)
 */
import type { Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

/** Places beside a name [first, last]: three words before it, its first and last word, two words after. */
export const B3 = 0;
export const B2 = 1;
export const B1 = 2;
export const F0 = 3;
export const L0 = 4;
export const A1 = 5;
export const A2 = 6;
const PLACES = 7;
/**
 * A rule's cue: its number among all cues, an index into SpanCues.hits. (A number, not an object with
 * a method: readAround asks some fifty of them about every name, and as calls they cost as much as
 * reading the words.)
 */
export type Cue = number;

interface Place { words: WordSet; place: number }
const declared: Place[][] = [];
/** The table of every cue word, built at the first read after a declaration. */
let table: CueTable | null = null;

/**
 * Declares a rule's cue: the rule can hold only when one of `places` has one of its words there
 * ([words, place] pairs; place: B3 … A2).
 */
export function cue(...places: Array<[WordSet, number]>): Cue {
  declared.push(places.map(([words, place]) => ({ words, place })));
  table = null;
  return declared.length - 1;
}

/**
 * Bits of the filter that rules a word out before the table is probed (WordSet's): some 670 cue words,
 * and seven words read beside every name, most of them none.
 */
const FILTER_BITS = 16384;

/** Every cue word with, for each place, the cues that want it there. */
class CueTable {
  readonly words: WordSet;
  /** The cues of word w (its index in `words.list`) at place p: ids[from[w · PLACES + p] … from[w · PLACES + p + 1]). */
  readonly from: Int32Array;
  readonly ids: Int32Array;

  constructor() {
    const byWord = new Map<string, Cue[][]>();
    declared.forEach((places, id) => {
      for (const { words, place } of places) {
        for (const w of words.list) {
          let row = byWord.get(w);
          if (!row) byWord.set(w, row = Array.from({ length: PLACES }, () => []));
          if (!row[place]!.includes(id)) row[place]!.push(id);
        }
      }
    });
    this.words = new WordSet(byWord.keys(), FILTER_BITS);
    this.from = new Int32Array(this.words.list.length * PLACES + 1);
    const ids: number[] = [];
    this.words.list.forEach((w, index) => {
      for (let p = 0; p < PLACES; p++) {
        this.from[index * PLACES + p] = ids.length;
        ids.push(...byWord.get(w)![p]!);
      }
    });
    this.from[this.words.list.length * PLACES] = ids.length;
    this.ids = Int32Array.from(ids);
  }
}

/** The cues beside one name (reused from name to name). */
export class SpanCues {
  /** hits[cue] is 1 when the cue's words are where it wants them, beside the name last read. */
  hits = new Uint8Array(0);
  /** The cues set in `hits`, to clear them at the next read. */
  private set = new Int32Array(0);
  private setCount = 0;

  /** Reads the words beside the name [first, last] of `tokens`. */
  read(tokens: Tokens, first: number, last: number): void {
    const t = (table ??= new CueTable());
    if (this.hits.length !== declared.length) { this.hits = new Uint8Array(declared.length); this.set = new Int32Array(declared.length); this.setCount = 0; }
    const hits = this.hits;
    for (let k = 0; k < this.setCount; k++) hits[this.set[k]!] = 0;
    this.setCount = 0;
    const n = tokens.count;
    let word = -1;
    for (let place = B3; place <= A2; place++) {
      const k = place <= F0 ? first - (F0 - place) : last + (place - L0);
      if (k < 0 || k >= n) continue;
      // (A name of one word is its own first and last: looked up once.)
      if (place !== L0 || first !== last) word = t.words.indexOf(tokens, k);
      if (word >= 0) this.add(t, word, place);
    }
  }

  private add(t: CueTable, word: number, place: number): void {
    const hits = this.hits;
    for (let j = t.from[word * PLACES + place]!, end = t.from[word * PLACES + place + 1]!; j < end; j++) {
      const id = t.ids[j]!;
      if (hits[id] === 0) { hits[id] = 1; this.set[this.setCount++] = id; }
    }
  }

  /** Whether the cue's words are where it wants them: the rule may hold. */
  near(c: Cue): boolean {
    return this.hits[c] === 1;
  }
}

/** The words a cue wants, at any of its places (for tests that make text a rule may hold on). */
export function cueWords(c: Cue): string[] {
  return [...new Set(declared[c]!.flatMap(({ words }) => words.list))];
}
