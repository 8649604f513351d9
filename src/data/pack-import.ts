/**
 * Validates a pack a reader imports (a JSON array or JSON Lines of entities in our schema). All or
 * nothing: the first bad record refuses the whole pack, with an error that names the line and the
 * field. Limits are stated here and enforced before any parsing work that could grow without bound.
 */
import { parseEntity, type Entity } from './schema.ts';

/** Largest pack file we accept, in bytes: several times our biggest in-house pack. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;
/** Most records in one pack. */
export const MAX_PACK_RECORDS = 100_000;
/** Deepest JSON nesting we parse: our schema needs 4; deeper input is refused before JSON.parse. */
export const MAX_JSON_DEPTH = 16;

export type PackResult = { ok: true; entities: Entity[] } | { ok: false; error: string };

/** Nesting depth of JSON text, counted without parsing (strings are skipped). */
function jsonDepth(text: string): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) { if (++depth > max) max = depth; }
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Decodes bytes as UTF-8, refusing anything else (a UTF-16 file or a binary is a clear error, not mojibake). */
export function decodePack(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.byteLength > MAX_PACK_BYTES) return { ok: false, error: `The file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; packs may be at most ${MAX_PACK_BYTES / 1048576} MB.` };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, error: 'The file is UTF-16; save it as UTF-8.' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) return { ok: false, error: 'The file contains binary data (NUL bytes); a pack is UTF-8 text.' };
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, error: 'The file is not valid UTF-8 text.' };
  }
}

export function parsePack(text: string): PackResult {
  if (text.length > MAX_PACK_BYTES) return { ok: false, error: `The pack is larger than ${MAX_PACK_BYTES / 1048576} MB.` };
  const trimmed = text.trimStart();
  const records: { line: number; value: unknown }[] = [];
  if (trimmed.startsWith('[')) {
    if (jsonDepth(trimmed) > MAX_JSON_DEPTH) return { ok: false, error: `The JSON is nested deeper than ${MAX_JSON_DEPTH} levels.` };
    let value: unknown;
    try { value = JSON.parse(trimmed); } catch (e) { return { ok: false, error: `Not valid JSON: ${(e as Error).message}` }; }
    if (!Array.isArray(value)) return { ok: false, error: 'A JSON pack must be an array of entities.' };
    value.forEach((v, i) => records.push({ line: i + 1, value: v }));
  } else {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.trim()) continue;
      if (records.length >= MAX_PACK_RECORDS) return { ok: false, error: `The pack has more than ${MAX_PACK_RECORDS} records.` };
      if (jsonDepth(line) > MAX_JSON_DEPTH) return { ok: false, error: `Line ${i + 1}: nested deeper than ${MAX_JSON_DEPTH} levels.` };
      try { records.push({ line: i + 1, value: JSON.parse(line) }); } catch (e) { return { ok: false, error: `Line ${i + 1}: not valid JSON (${(e as Error).message}).` }; }
    }
  }
  if (!records.length) return { ok: false, error: 'The pack has no records.' };
  if (records.length > MAX_PACK_RECORDS) return { ok: false, error: `The pack has ${records.length} records; at most ${MAX_PACK_RECORDS} are allowed.` };
  const entities: Entity[] = [];
  const ids = new Set<string>();
  const label = trimmed.startsWith('[') ? 'Record' : 'Line';
  for (const { line, value } of records) {
    const r = parseEntity(value);
    if (!r.ok) return { ok: false, error: `${label} ${line}: ${r.error}` };
    if (ids.has(r.entity.id)) return { ok: false, error: `${label} ${line}: id: "${r.entity.id}" appears twice in the pack` };
    ids.add(r.entity.id);
    entities.push(r.entity);
  }
  return { ok: true, entities };
}
