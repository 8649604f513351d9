/**
 * The loaded lexicon: typed-array views over the artifact's one buffer (layout in format.ts).
 *
 * Loading validates the header and makes views — no per-alias objects, no parsing — so it takes
 * well under a millisecond for any size. Entity ids and names are UTF-8 and decoded on demand.
 */
import { F_COUNTRY, F_REGION, FORMAT_VERSION, HEADER_BYTES, KIND_CODES, MAGIC, Section } from './format.ts';
import { COMMA_STEP, POSSESSIVE_STEP, trieSteps } from './fold.ts';
import * as hash from './hash.ts';
import type { Kind } from '../data/schema.ts';

// Module-local copies of hot-path functions (why: see tokenize.ts).
const { edgeHash, filterHas, fnvString, startKey } = hash;
const PLACE_CODE = KIND_CODES.indexOf('place');

export class LexiconError extends Error {}

export class Lexicon {
  readonly tokenCount: number;
  readonly nodeCount: number;
  readonly entryCount: number;
  readonly entityCount: number;
  /** Number of distinct (alias, entity) pairs. */
  readonly aliasCount: number;
  readonly byteLength: number;

  /** @internal views used by the matcher and resolver */
  readonly tokenChars: Uint16Array;
  readonly tokenOffsets: Uint32Array;
  readonly tokenTable: Int32Array;
  readonly tokenMask: number;
  readonly tokenFlags: Uint8Array;
  readonly rootChild: Int32Array;
  /** The token id of fold.ts's POSSESSIVE_STEP (a name goes on after a possessive), or -1 if no name does. */
  readonly possessiveStep: number;
  /** The token id of fold.ts's COMMA_STEP (a name goes on after a comma), or -1 if no name does. */
  readonly commaStep: number;
  readonly lowerStart: Uint32Array;
  readonly nodeChildBits: Uint32Array;
  readonly lowerStartMask: number;
  readonly edgeFilter: Uint32Array;
  readonly edgeFilterMask: number;
  readonly start: Uint32Array;
  readonly startMask: number;
  /** Filter over the first word of every alias (format.ts, Section.FirstWord). */
  readonly firstWord: Uint32Array;
  readonly firstWordMask: number;
  readonly edges: Int32Array;
  readonly edgeMask: number;
  readonly nodeEntries: Uint32Array;
  readonly entryEntity: Uint32Array;
  readonly entryFlags: Uint32Array;
  readonly entryCase: Int32Array;
  readonly entryCaps: Int32Array;
  readonly entityKind: Uint8Array;
  readonly entityFlags: Uint8Array;
  readonly entityProminence: Uint8Array;
  readonly entityCountry: Int32Array;
  readonly contextStart: Uint32Array;
  readonly context: Uint32Array;
  private readonly stringOffsets: Uint32Array;
  private readonly stringBytes: Uint8Array;
  private readonly decoder = new TextDecoder();
  private idIndex: Map<string, number> | undefined;

  constructor(bytes: Uint8Array) {
    if (bytes.byteLength < HEADER_BYTES) throw new LexiconError('lexicon: too short to be a lexicon');
    // Typed views need 4-byte alignment; a buffer sliced at an odd offset is copied once.
    if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
    const buf = bytes.buffer;
    const base = bytes.byteOffset;
    const view = new DataView(buf, base, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) throw new LexiconError('lexicon: not a Backstory lexicon (bad magic)');
    const version = view.getUint32(4, true);
    if (version !== FORMAT_VERSION) throw new LexiconError(`lexicon: format version ${version}, expected ${FORMAT_VERSION}: recompile it`);
    if (view.getUint32(8, true) !== Section.Count) throw new LexiconError('lexicon: unexpected section count');
    const section = <T>(k: number, Ctor: { new (b: ArrayBufferLike, o: number, l: number): T; BYTES_PER_ELEMENT: number }): T => {
      const off = view.getUint32(12 + k * 8, true);
      const len = view.getUint32(16 + k * 8, true);
      if (off + len > bytes.byteLength || len % Ctor.BYTES_PER_ELEMENT !== 0) throw new LexiconError('lexicon: truncated or corrupt');
      return new Ctor(buf, base + off, len / Ctor.BYTES_PER_ELEMENT);
    };
    const meta = section(Section.Meta, Uint32Array);
    if (meta.length < 11 || meta[7]! < 32 || meta[8]! < 32 || meta[9]! < 32 || meta[10]! < 32) throw new LexiconError('lexicon: truncated or corrupt');
    this.tokenCount = meta[0]!;
    this.nodeCount = meta[2]!;
    this.entryCount = meta[4]!;
    this.entityCount = meta[5]!;
    this.aliasCount = meta[6]!;
    this.tokenChars = section(Section.TokenChars, Uint16Array);
    this.tokenOffsets = section(Section.TokenOffsets, Uint32Array);
    this.tokenTable = section(Section.TokenTable, Int32Array);
    this.tokenMask = meta[1]! - 1;
    this.tokenFlags = section(Section.TokenFlags, Uint8Array);
    this.rootChild = section(Section.RootChild, Int32Array);
    this.lowerStart = section(Section.LowerStart, Uint32Array);
    this.nodeChildBits = section(Section.NodeChildBits, Uint32Array);
    this.lowerStartMask = meta[7]! - 1;
    this.edgeFilter = section(Section.EdgeFilter, Uint32Array);
    this.edgeFilterMask = meta[8]! - 1;
    this.start = section(Section.Start, Uint32Array);
    this.startMask = meta[9]! - 1;
    this.firstWord = section(Section.FirstWord, Uint32Array);
    this.firstWordMask = meta[10]! - 1;
    this.edges = section(Section.Edges, Int32Array);
    this.edgeMask = meta[3]! - 1;
    this.nodeEntries = section(Section.NodeEntries, Uint32Array);
    this.entryEntity = section(Section.EntryEntity, Uint32Array);
    this.entryFlags = section(Section.EntryFlags, Uint32Array);
    this.entryCase = section(Section.EntryCase, Int32Array);
    this.entryCaps = section(Section.EntryCaps, Int32Array);
    this.entityKind = section(Section.EntityKind, Uint8Array);
    this.entityFlags = section(Section.EntityFlags, Uint8Array);
    this.entityProminence = section(Section.EntityProminence, Uint8Array);
    this.entityCountry = section(Section.EntityCountry, Int32Array);
    this.contextStart = section(Section.ContextStart, Uint32Array);
    this.context = section(Section.Context, Uint32Array);
    this.stringOffsets = section(Section.StringOffsets, Uint32Array);
    this.stringBytes = section(Section.StringBytes, Uint8Array);
    if (this.tokenTable.length !== meta[1]! * 2 || this.lowerStart.length * 32 !== meta[7] || (meta[7]! & this.lowerStartMask) !== 0 ||
      this.edgeFilter.length * 32 !== meta[8] || (meta[8]! & this.edgeFilterMask) !== 0 || this.start.length * 32 !== meta[9] || (meta[9]! & this.startMask) !== 0 ||
      this.firstWord.length * 32 !== meta[10] || (meta[10]! & this.firstWordMask) !== 0 || this.edges.length !== meta[3]! * 3 || this.nodeEntries.length !== this.nodeCount + 1 || this.nodeChildBits.length !== this.nodeCount ||
      this.entityKind.length !== this.entityCount || this.stringOffsets.length !== 2 * this.entityCount + 1 || this.tokenFlags.length !== this.tokenCount ||
      this.rootChild.length !== this.tokenCount) {
      throw new LexiconError('lexicon: inconsistent section sizes');
    }
    this.byteLength = bytes.byteLength;
    this.possessiveStep = this.stepId(POSSESSIVE_STEP);
    this.commaStep = this.stepId(COMMA_STEP);
  }

  /** Token id of one folded word or step of the trie's path (fold.ts), or -1. */
  stepId(w: string): number {
    // (By UTF-16 code unit, as the tokenizer folds: Uint16Array.from(string) would read code points.)
    const chars = new Uint16Array(w.length);
    for (let i = 0; i < w.length; i++) chars[i] = w.charCodeAt(i);
    return this.tokenId(chars, 0, chars.length, fnvString(w));
  }

  /** Token id of folded characters chars[off, off+len) with FNV hash h, or -1. */
  tokenId(chars: Uint16Array, off: number, len: number, h: number): number {
    const table = this.tokenTable;
    const mask = this.tokenMask;
    const tc = this.tokenChars;
    const to = this.tokenOffsets;
    let slot = h & mask;
    for (;;) {
      const v = table[2 * slot + 1]!;
      if (v === 0) return -1;
      if (table[2 * slot] === h) {
        const id = v - 1;
        const s = to[id]!;
        if (to[id + 1]! - s === len) {
          let k = 0;
          while (k < len && tc[s + k] === chars[off + k]) k++;
          if (k === len) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * False when no alias can begin with the words of hashes `first`, `second` (0: a one-word alias);
   * `lower`: only aliases that may be written in lowercase. True may be a false positive.
   */
  mayStart(lower: boolean, first: number, second: number): boolean {
    const key = startKey(first, second);
    return lower ? filterHas(this.lowerStart, this.lowerStartMask, key) : filterHas(this.start, this.startMask, key);
  }

  /**
   * False when `node` has no child along a word whose FNV hash is h (true may be a false positive):
   * lets a trie walk stop without looking the next word up.
   */
  mayContinue(node: number, h: number): boolean {
    return filterHas(this.edgeFilter, this.edgeFilterMask, edgeHash(node, h));
  }

  /** The trie child of `node` along token `token`, or -1. */
  child(node: number, token: number): number {
    if (node === 0) return this.rootChild[token]!;
    if ((this.nodeChildBits[node]! & (1 << (token & 31))) === 0) return -1;
    const edges = this.edges;
    const mask = this.edgeMask;
    let slot = edgeHash(node, token) & mask;
    for (;;) {
      const p = edges[slot * 3];
      if (p === 0) return -1;
      if (p === node + 1 && edges[slot * 3 + 1] === token) return edges[slot * 3 + 2]!;
      slot = (slot + 1) & mask;
    }
  }

  private string(k: number): string {
    return this.decoder.decode(this.stringBytes.subarray(this.stringOffsets[k], this.stringOffsets[k + 1]));
  }

  /**
   * Entity id strings decoded so far: a page names the same few entities again and again. Sized
   * for every entity when first used: an empty array written at scattered indices turns into a
   * dictionary, and every look-up was a hash probe (a tenth of the resolver's time).
   */
  private idCache: Array<string | undefined> | undefined;
  entityId(index: number): string {
    const cache = this.idCache ??= new Array<string | undefined>(this.entityCount).fill(undefined);
    return cache[index] ??= this.string(2 * index);
  }
  entityName(index: number): string { return this.string(2 * index + 1); }
  entityKindName(index: number): Kind { return KIND_CODES[this.entityKind[index]!] ?? 'place'; }
  /** Prominence in [0, 1] (the record's, or a default by source). */
  prominence(index: number): number { return this.entityProminence[index]! / 255; }
  /** Whether entity e is a town: a place, but no country or region. */
  isTown(e: number): boolean {
    return this.entityKind[e] === PLACE_CODE && (this.entityFlags[e]! & (F_COUNTRY | F_REGION)) === 0;
  }
  /** The country entity e is, or lies in; -1 for none (a continent, a body of many countries). */
  countryOf(e: number): number {
    return (this.entityFlags[e]! & F_COUNTRY) !== 0 ? e : this.entityCountry[e]!;
  }
  /**
   * Whether word `id` (-1: a word the lexicon does not hold) alone is a name of ours for a place — for a
   * country, a region … where `flag` (F_COUNTRY, F_REGION) says which; for any place if it is -1.
   */
  namesPlace(id: number, flag = -1): boolean {
    const node = id >= 0 ? this.rootChild[id]! : -1;
    if (node < 0) return false;
    for (let e = this.nodeEntries[node]!; e < this.nodeEntries[node + 1]!; e++) {
      const entity = this.entryEntity[e]!;
      if (this.entityKind[entity] === PLACE_CODE && (flag < 0 || (this.entityFlags[entity]! & flag) !== 0)) return true;
    }
    return false;
  }
  /** Whether entity a lists entity b among its context: related ids, a place's country and region. */
  lists(a: number, b: number): boolean {
    for (let k = this.contextStart[a]!; k < this.contextStart[a + 1]!; k++) if (this.context[k] === b) return true;
    return false;
  }

  /** Index of an entity by id, or -1 (builds an id map on first use: for tools, not the page). */
  indexOf(id: string): number {
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (let i = 0; i < this.entityCount; i++) this.idIndex.set(this.entityId(i), i);
    }
    return this.idIndex.get(id) ?? -1;
  }

  /** The trie node reached by a name's folded words, or -1. */
  nodeOf(name: string): number {
    let node = 0;
    for (const w of trieSteps(name)) {
      const t = this.stepId(w);
      if (t < 0) return -1;
      node = this.child(node, t);
      if (node < 0) return -1;
    }
    return node === 0 ? -1 : node;
  }

  /** Entities that have `name` (folded) as an alias, with the alias's match mode code. */
  entitiesNamed(name: string): Array<{ entity: number; flags: number }> {
    const node = this.nodeOf(name);
    if (node < 0) return [];
    const out: Array<{ entity: number; flags: number }> = [];
    for (let e = this.nodeEntries[node]!; e < this.nodeEntries[node + 1]!; e++) out.push({ entity: this.entryEntity[e]!, flags: this.entryFlags[e]! });
    return out;
  }
}

/** Loads a compiled lexicon (the bytes of public/data/lexicon.bin). Throws LexiconError if it is not one. */
export function loadLexicon(bytes: Uint8Array): Lexicon {
  return new Lexicon(bytes);
}
