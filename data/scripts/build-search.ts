/**
 * Writes public/data/search.json: the few fields the popup's dataset search needs for every entity
 * (id, name, kind, description, other names), so the worker can build its MiniSearch index on the
 * first search without opening the card store's shards.
 *   npx tsx data/scripts/build-search.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Entity } from '../../src/data/schema.ts';

const lines = readFileSync('generated/entities.jsonl', 'utf8').split('\n').filter(Boolean);
const docs = lines.map((l) => {
  const e = JSON.parse(l) as Entity;
  // The first eight English names, and every name in another language: a reader searches in theirs
  // ("Allemagne", "Londres"), and a country's English names (native names, short forms) fill eight.
  const names = e.aliases.filter((a) => a.match !== 'demonym');
  const aliases = [...names.filter((a) => !a.lang).slice(0, 8), ...names.filter((a) => a.lang)].map((a) => a.text).join(' | ');
  return [e.id, e.name, e.kind, e.description.slice(0, 120), aliases, Math.round((e.prominence ?? 0) * 100)];
});
const text = JSON.stringify(docs);
writeFileSync('public/data/search.json', text);
console.log(`search.json: ${docs.length} entries, ${(text.length / 1048576).toFixed(2)} MB (${(gzipSync(text).length / 1048576).toFixed(2)} MB gzipped)`);
