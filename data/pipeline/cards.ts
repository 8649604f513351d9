/**
 * The card store the extension ships: public/data/cards/.
 *
 *   cards/manifest.json          { format, version, asOf, count, shardCount, hash, shardPath, redirects, redirectPath, redirectCount }
 *   cards/redirects.json         { "<pack or WordNet id>": "<canonical id>" }: the merge redirects only (small)
 *   cards/shards/<hh>.json       { "<id>": <entity>, … } for every id with cardShardOf(id) === hh
 *   cards/redirects/<hh>.json    { "<alias id>": "<canonical id>", … } for every alias id with cardShardOf(alias) === hh
 *                                (pack ids merged into generated records, WordNet ids replaced by packs,
 *                                Wikipedia-title and name slugs such as "syria" → "country:sy")
 *
 * Lookup (background service worker): hh = cardShardOf(id) (src/data/ids.ts: fnv1a32(id) % shardCount,
 * two hex digits) → fetch shards/hh.json once and cache it → card = shard[id]; if absent, fetch
 * redirects/hh.json → target id → look that up the same way. Every shard file exists (possibly
 * "{}"), so a lookup never 404s. Ids in entities' `related` and fact ids are already canonical.
 * Each record has exactly the shape of src/data/schema.ts's Entity (re-validate with parseEntity).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Entity } from '../../src/data/schema.ts';
import { CARD_SHARD_COUNT, cardShardOf, type CardManifest } from '../../src/data/ids.ts';

export interface CardStoreStats { files: number; bytes: number; gzipBytes: number; largestShard: number }

export function shardEntities(entities: Entity[], shardCount = CARD_SHARD_COUNT): Map<string, Entity[]> {
  const shards = new Map<string, Entity[]>();
  const width = Math.max(2, (shardCount - 1).toString(16).length);
  for (let i = 0; i < shardCount; i++) shards.set(i.toString(16).padStart(width, '0'), []);
  for (const e of entities) shards.get(cardShardOf(e.id, shardCount))!.push(e);
  return shards;
}

export function writeCardStore(dir: string, entities: Entity[], redirects: Map<string, string>, meta: { version: string; asOf: string; mergeRedirects?: Map<string, string> }, shardCount = CARD_SHARD_COUNT): CardStoreStats {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'shards'), { recursive: true });
  let bytes = 0;
  let gzipBytes = 0;
  let files = 0;
  let largestShard = 0;
  const write = (path: string, text: string): void => {
    writeFileSync(path, text);
    const b = Buffer.byteLength(text);
    bytes += b;
    gzipBytes += gzipSync(text).length;
    files++;
    largestShard = Math.max(largestShard, path.includes('shards') ? b : 0);
  };
  for (const [name, list] of shardEntities(entities, shardCount)) {
    const obj: Record<string, Entity> = {};
    for (const e of [...list].sort((a, b) => a.id.localeCompare(b.id))) obj[e.id] = e;
    write(join(dir, 'shards', `${name}.json`), JSON.stringify(obj));
  }
  mkdirSync(join(dir, 'redirects'), { recursive: true });
  const redirectShards = new Map<string, Array<[string, string]>>([...shardEntities([], shardCount).keys()].map((k) => [k, []]));
  for (const [from, to] of [...redirects].sort((a, b) => a[0].localeCompare(b[0]))) redirectShards.get(cardShardOf(from, shardCount))!.push([from, to]);
  for (const [name, list] of redirectShards) write(join(dir, 'redirects', `${name}.json`), JSON.stringify(Object.fromEntries(list)));
  const manifest: CardManifest = {
    format: 1, version: meta.version, asOf: meta.asOf, count: entities.length, shardCount,
    hash: 'fnv1a32', shardPath: 'shards/{shard}.json', redirects: 'redirects.json', redirectPath: 'redirects/{shard}.json', redirectCount: redirects.size,
  };
  write(join(dir, 'redirects.json'), JSON.stringify(Object.fromEntries([...(meta.mergeRedirects ?? new Map())].sort((a, b) => a[0].localeCompare(b[0])))));
  write(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { files, bytes, gzipBytes, largestShard };
}
