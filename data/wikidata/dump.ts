/**
 * Reading files: the Wikidata JSON dump (a JSON array written one entity a line: "[" first, "]" last,
 * every entity line ending in ","), plain JSON Lines of entities, and whole JSON documents (SPARQL
 * results, Special:EntityData). Files ending in ".gz" are decompressed on the fly.
 *
 * Line files are streamed, never read whole: dumps are far bigger than memory.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { WdEntity } from './types.ts';

/** "lines": dump or JSON Lines, one entity a line. "document": one JSON value for the whole file. */
export type FileLayout = 'lines' | 'document';

function openStream(file: string): Readable {
  const raw = createReadStream(file);
  if (!file.endsWith('.gz')) return raw;
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}

/** The lines of a file, numbered from 1, streamed. */
export async function* readLines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const stream = openStream(file);
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of rl) yield { line: ++line, text };
  } finally {
    rl.close();
    stream.destroy();
  }
}

/** The whole file as text (decompressed), without a byte-order mark. */
export async function readText(file: string): Promise<string> {
  const bytes = await readFile(file);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  return text.replace(/^\uFEFF/, '');
}

/** Decides how to read a file from its first non-blank line. */
export async function detectLayout(file: string): Promise<FileLayout> {
  for await (const { text } of readLines(file)) {
    const t = text.replace(/^\uFEFF/, '').trim();
    if (!t) continue;
    if (t === '[') return 'lines'; // the dump's opening line
    if (t.startsWith('[')) return 'document'; // a JSON array written on one or more lines
    if (!t.startsWith('{')) return 'lines'; // garbage: the line reader reports it with its number
    try {
      const value: unknown = JSON.parse(t.replace(/,$/, ''));
      if (typeof value === 'object' && value !== null && ('results' in value || 'head' in value || 'entities' in value)) return 'document';
      return 'lines';
    } catch {
      // "{" alone, or a long pretty-printed object: a whole-file document. A broken entity line in
      // JSON Lines also lands here if it is the very first line; the document parser then names it.
      return t === '{' || /^\{\s*"(head|results|entities)"/.test(t) ? 'document' : 'lines';
    }
  }
  return 'lines';
}

export type LineResult =
  | { type: 'blank' }
  | { type: 'entity'; entity: WdEntity }
  | { type: 'error'; message: string };

/** Shortens a JSON.parse message to one line of reasonable length. */
export function jsonErrorMessage(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const one = message.replace(/\s+/g, ' ');
  return one.length > 120 ? `${one.slice(0, 117)}…` : one;
}

/** Checks that a parsed value is an entity envelope: an object with a string id. */
export function asEntity(value: unknown): WdEntity | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an entity object';
  const id = (value as { id?: unknown }).id;
  if (typeof id !== 'string' || !id) return 'not an entity (no "id")';
  return value as WdEntity;
}

/** Parses one line of the dump or of JSON Lines. */
export function parseLine(text: string): LineResult {
  let t = text.trim();
  if (!t || t === '[' || t === ']') return { type: 'blank' };
  if (t.endsWith(',')) t = t.slice(0, -1);
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (e) {
    return { type: 'error', message: `not valid JSON (${jsonErrorMessage(e)})` };
  }
  const entity = asEntity(value);
  return typeof entity === 'string' ? { type: 'error', message: entity } : { type: 'entity', entity };
}

/**
 * The id of a dump line without parsing it, when the line starts as the dump writes entities
 * ({"type":"item","id":"Q42",…}); undefined for any other layout (then the caller parses).
 */
export function quickId(text: string): string | undefined {
  return /^\s*\{"type":"(?:item|property|lexeme)","id":"([A-Z]\d+)"/.exec(text)?.[1];
}

/** "line 12, column 5" for a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1, start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; start = i + 1; }
  }
  return { line, column: offset - start + 1 };
}

/** Does this prefix of a JSON text parse, or fail only because it ends too soon? */
function validSoFar(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    if (/end of JSON input/.test(message)) return true;
    const pos = /at position (\d+)/.exec(message);
    return pos !== null && Number(pos[1]) >= prefix.length;
  }
}

/**
 * The offset of a JSON syntax error: from the message when it says "at position N", else by
 * binary search for the shortest prefix that fails for a reason other than ending too soon
 * (V8's "Unexpected token" messages give no position).
 */
function errorOffset(text: string, message: string): number {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  let lo = 0, hi = text.length; // validSoFar(prefix of lo) holds; the whole text fails
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (validSoFar(text.slice(0, mid))) lo = mid;
    else hi = mid;
  }
  return hi - 1;
}

/** JSON.parse with an error that names the line: {line: 3, error: "not valid JSON (column 14): …"}. */
export function parseDocument(text: string): { ok: true; value: unknown } | { ok: false; line: number; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = jsonErrorMessage(e);
    const where = lineAndColumn(text, errorOffset(text, e instanceof Error ? e.message : ''));
    return { ok: false, line: where.line, error: `not valid JSON (column ${where.column}): ${message}` };
  }
}
