/**
 * The hashing shared by the lexicon compiler and the runtime look-ups. Both sides must agree bit for
 * bit, so it lives in one place.
 */

/** FNV-1a offset basis (as a signed 32-bit value). */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** One FNV-1a step over a UTF-16 code unit. */
export function fnvStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/** FNV-1a of a string's code units. */
export function fnvString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

/** Mixes a trie edge (parent node, token id) into a table slot hash. */
export function edgeHash(parent: number, token: number): number {
  return edgeHashWith(edgeHashFirst(parent), token);
}

/**
 * edgeHash in two halves: the first depends on the parent alone, so the matcher's probes for one
 * word with each of its possible second words (startKey) share it.
 */
export function edgeHashFirst(parent: number): number {
  const h = Math.imul(parent ^ 0x9e3779b9, 0x85ebca6b);
  return h ^ (h >>> 13);
}

export function edgeHashWith(first: number, token: number): number {
  const h = Math.imul(first ^ token, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Filter key of how an alias begins: the FNV hashes of its first two words (second 0 for a one-word
 * alias), or of a page's word and the word after it.
 */
export function startKey(first: number, second: number): number {
  return edgeHash(first, second);
}

/**
 * The bits a filter key sets in its word of a filter (the word: (key & (bits - 1)) >>> 5): bit
 * key & 31 and bit key >>> 27 (filters are far smaller than 2^27 bits, so the second bit is
 * independent of the word). A key may be present only if both are set.
 */
export function filterBits(key: number): number {
  return (1 << (key & 31)) | (1 << (key >>> 27));
}

/** Whether a filter (`mask`: its size in bits − 1) may hold `key`: both of its bits are set. */
export function filterHas(filter: Uint32Array, mask: number, key: number): boolean {
  const bits = filterBits(key);
  return (filter[(key & mask) >>> 5]! & bits) === bits;
}

/** The smallest power of two that holds n keys at a load factor of at most `maxLoad` (0.5 keeps probes short). */
export function tableSize(n: number, maxLoad = 0.5): number {
  let size = 16;
  while (size * maxLoad < n) size *= 2;
  return size;
}
