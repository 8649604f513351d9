/**
 * In-house packs: data/packs/*.jsonl, one entity per line, validated with parseEntity. Problems
 * (bad JSON, schema errors, duplicate ids within the packs) are returned with file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseEntity, type Entity } from '../../src/data/schema.ts';

export interface PackRecord {
  entity: Entity;
  /** "data/packs/people.jsonl:12" */
  where: string;
}

export interface PackLoad {
  records: PackRecord[];
  errors: string[];
  files: string[];
}

/** Parses one pack file's text. */
export function parsePackText(text: string, label: string): { records: PackRecord[]; errors: string[] } {
  const records: PackRecord[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${label}:${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: invalid JSON (${(e as Error).message})`);
      return;
    }
    const r = parseEntity(json);
    if (!r.ok) {
      const id = typeof json === 'object' && json && 'id' in json ? ` (id "${String((json as { id: unknown }).id)}")` : '';
      errors.push(`${where}${id}: ${r.error}`);
      return;
    }
    records.push({ entity: r.entity, where });
  });
  return { records, errors };
}

/** Reads every *.jsonl under `dir` (sorted by name, so the build is deterministic). */
export function loadPacks(dir: string, cwd = process.cwd()): PackLoad {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    return { records: [], errors: [], files: [] };
  }
  const records: PackRecord[] = [];
  const errors: string[] = [];
  const files: string[] = [];
  for (const n of names) {
    const path = join(dir, n);
    const label = relative(cwd, path) || path;
    files.push(label);
    const r = parsePackText(readFileSync(path, 'utf8'), label);
    records.push(...r.records);
    errors.push(...r.errors);
  }
  const seen = new Map<string, string>();
  const unique: PackRecord[] = [];
  for (const r of records) {
    const prev = seen.get(r.entity.id);
    if (prev) errors.push(`${r.where}: duplicate id "${r.entity.id}" (first at ${prev})`);
    else {
      seen.set(r.entity.id, r.where);
      unique.push(r);
    }
  }
  // With errors the build fails, unless run leniently: then the first record of an id is kept.
  return { records: unique, errors, files };
}
