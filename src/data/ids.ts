/**
 * Id helpers shared by the dataset build (data/build.ts) and the extension.
 *
 * - `slugifyTitle` turns an English Wikipedia title into the in-house pack id
 *   ("Recep Tayyip Erdoğan" → "recep-tayyip-erdogan"), as docs/CONTRIBUTING-DATA.md describes.
 * - `cardShardOf` tells which file of the card store (public/data/cards/) holds an entity's card.
 *   The background service worker computes it from the id alone, fetches that one shard and
 *   reads the card, so it never loads the whole dataset (see data/README.md for the layout).
 */

/** Removes diacritics and lowercases: "İzmir" → "izmir", "Türkiye" → "turkiye". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[þÞ]/g, 'th')
    .toLowerCase();
}

/** The in-house id of a Wikipedia title: lowercase, no diacritics, every other run of characters → "-". */
export function slugifyTitle(title: string): string {
  return foldText(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** 32-bit FNV-1a over the UTF-16 code units of `text` (ids are ASCII, so this equals the UTF-8 hash). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Number of card shards in public/data/cards/ (also written to its manifest.json). */
export const CARD_SHARD_COUNT = 256;

/** The shard file name (without ".json") holding the card of `id`: two lowercase hex digits, "00"–"ff". */
export function cardShardOf(id: string, shardCount: number = CARD_SHARD_COUNT): string {
  const n = fnv1a32(id) % shardCount;
  const width = Math.max(2, (shardCount - 1).toString(16).length);
  return n.toString(16).padStart(width, '0');
}

/** public/data/cards/manifest.json */
export interface CardManifest {
  /** Layout version of the card store; bump when the layout changes. */
  format: 1;
  /** Dataset version: a content hash of generated/entities.jsonl. */
  version: string;
  asOf: string;
  count: number;
  shardCount: number;
  /** Hash used to pick a shard: fnv1a32(id) % shardCount, as lowercase hex, zero-padded to 2 digits. */
  hash: 'fnv1a32';
  /** Shard file pattern relative to the cards folder. */
  shardPath: 'shards/{shard}.json';
  /** Small file with the merge redirects only: pack ids merged into generated records, WordNet ids replaced by packs. */
  redirects: 'redirects.json';
  /** Redirect shards with every redirect (also Wikipedia-title and name slugs): { [alias id]: canonical id } for alias ids whose cardShardOf is {shard}. */
  redirectPath: 'redirects/{shard}.json';
  redirectCount: number;
}
