import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { decodePack, MAX_PACK_BYTES, MAX_PACK_RECORDS, parsePack } from '../../../src/data/pack-import.ts';

const good = (id: string, extra: Record<string, unknown> = {}) => JSON.stringify({
  id, kind: 'person', name: 'Ada Example', aliases: [], description: 'Someone', asOf: '2026-01',
  source: { name: 'test', licence: 'CC0-1.0' }, ...extra,
});

describe('parsePack', () => {
  test('accepts the example pack shipped in the project', () => {
    const r = parsePack(readFileSync('examples/sample-pack.jsonl', 'utf8'));
    expect(r.ok && r.entities.map((e) => e.id)).toEqual(['meridian-harbour-authority', 'corvina-lighthouse']);
  });

  test('accepts a JSON array as well as JSON Lines', () => {
    const r = parsePack(`[${good('a')},${good('b')}]`);
    expect(r.ok && r.entities.length).toBe(2);
  });

  test('refuses the whole pack on one bad record, naming the line and the field', () => {
    const r = parsePack([good('a'), good('b', { kind: 'planet' }), good('c')].join('\n'));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Line 2: kind: /) });
  });

  test('names the line of invalid JSON', () => {
    expect(parsePack(`${good('a')}\n{"id":`)).toEqual({ ok: false, error: expect.stringMatching(/^Line 2: not valid JSON/) });
  });

  test('refuses links that are not http(s)', () => {
    const r = parsePack(good('a', { source: { name: 'x', licence: 'y', url: 'javascript:alert(1)' } }));
    expect(r).toEqual({ ok: false, error: 'Line 1: source.url: links must be http(s)' });
  });

  test('refuses duplicate ids inside one pack', () => {
    expect(parsePack(`${good('a')}\n${good('a')}`)).toEqual({ ok: false, error: expect.stringContaining('appears twice') });
  });

  test('refuses deeply nested JSON before parsing it', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(parsePack(deep)).toEqual({ ok: false, error: expect.stringContaining('nested deeper') });
  });

  test('keeps script-like strings as plain data (rendering escapes them)', () => {
    const r = parsePack(good('a', { name: '<script>alert(1)</script>', description: '<img src=x onerror=alert(1)>' }));
    expect(r.ok && r.entities[0]!.name).toBe('<script>alert(1)</script>');
  });

  test('enforces the record limit', () => {
    const line = good('x');
    const many = Array.from({ length: MAX_PACK_RECORDS + 1 }, () => line).join('\n');
    expect(parsePack(many)).toEqual({ ok: false, error: expect.stringContaining(`more than ${MAX_PACK_RECORDS}`) });
  });

  test('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => { expect(typeof parsePack(s).ok).toBe('boolean'); }));
    fc.assert(fc.property(fc.array(fc.anything(), { maxLength: 5 }), (a) => { expect(typeof parsePack(JSON.stringify(a)).ok).toBe('boolean'); }));
  });
});

describe('decodePack', () => {
  test('refuses UTF-16, invalid UTF-8, binary and oversize input', () => {
    expect(decodePack(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ ok: false, error: expect.stringContaining('UTF-16') });
    expect(decodePack(new Uint8Array([0xc3, 0x28]))).toEqual({ ok: false, error: expect.stringContaining('UTF-8') });
    expect(decodePack(new Uint8Array([0x41, 0, 0x42]))).toEqual({ ok: false, error: expect.stringContaining('binary') });
    expect(decodePack(new Uint8Array(MAX_PACK_BYTES + 1))).toEqual({ ok: false, error: expect.stringContaining('MB') });
  });
  test('strips a byte-order mark', () => {
    expect(decodePack(new TextEncoder().encode('\uFEFF[]'))).toEqual({ ok: true, text: '[]' });
  });
});
