/**
 * Validates in-house packs (data/packs/*.jsonl, or the files given) against the entity schema and
 * prints every problem with its file, line and field. Exit code 1 on any error.
 *   npx tsx data/scripts/check-packs.ts [FILE…]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntity } from '../../src/data/schema.ts';

const dir = new URL('../packs/', import.meta.url).pathname;
const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f));
const seen = new Map<string, string>();
let errors = 0;
let records = 0;
const byKind: Record<string, number> = {};
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let json: unknown;
    try { json = JSON.parse(line); } catch (e) { errors++; console.error(`${where}: invalid JSON (${(e as Error).message})`); return; }
    const r = parseEntity(json);
    if (!r.ok) { errors++; console.error(`${where}: ${r.error}`); return; }
    records++;
    byKind[r.entity.kind] = (byKind[r.entity.kind] ?? 0) + 1;
    const prev = seen.get(r.entity.id);
    if (prev) { errors++; console.error(`${where}: duplicate id "${r.entity.id}" (first at ${prev})`); }
    seen.set(r.entity.id, where);
  });
}
console.log(`${records} valid records ${JSON.stringify(byKind)}, ${errors} errors`);
process.exit(errors ? 1 : 0);
