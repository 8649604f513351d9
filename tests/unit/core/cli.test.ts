/** The CLI end to end (bin/backstory.mjs) against the fixture dataset, through its environment overrides. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/core/index.ts';
import { FIXTURE, fixtureEntities } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../../bin/backstory.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
writeFileSync(join(dir, 'lexicon.bin'), compileLexicon(fixtureEntities()));
const env = { ...process.env, BACKSTORY_LEXICON: join(dir, 'lexicon.bin'), BACKSTORY_ENTITIES: fileURLToPath(FIXTURE) };
const cli = (args: string[], input?: string, extraEnv = {}) => spawnSync(process.execPath, [BIN, ...args], { input, env: { ...env, ...extraEnv }, encoding: 'utf8' });

describe('backstory CLI', { timeout: 30_000 }, () => {
  it('annotates stdin with offsets into the input', () => {
    const text = '😀 Officials in Turkey met NATO.';
    const r = cli(['annotate', '-'], text);
    expect(r.status).toBe(0);
    const { mentions } = JSON.parse(r.stdout) as { mentions: Array<{ start: number; end: number; text: string; entity: { id: string } }> };
    expect(mentions.map((m) => m.entity.id)).toEqual(['country:tr', 'nato']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('streams JSON lines in order and reports a bad line without stopping', () => {
    const r = cli(['annotate', '--jsonl'], '{"id":"a","text":"The EU met."}\n{oops\n{"id":"b","text":"Officials in Syria."}\n');
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b']);
    expect(r.stderr).toMatch(/line 2: invalid JSON/);
  });

  it('refuses binary input and says what to run when artifacts are missing', () => {
    const bin = join(dir, 'x.bin');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x00, 0xff]));
    const r = cli(['annotate', bin]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/binary data/);
    const missing = cli(['lookup', 'Turkey'], undefined, { BACKSTORY_LEXICON: join(dir, 'none.bin') });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/npm run data/);
  });

  it('lists entities by kind and looks names up', () => {
    const list = cli(['entities', '--kind', 'event']);
    expect(list.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['astana-process', 'syrian-civil-war', '2008-financial-crisis']);
    const look = cli(['lookup', 'damascus']);
    expect(look.status).toBe(0);
    expect(look.stdout.indexOf('[city:170654]')).toBeLessThan(look.stdout.indexOf('[city:5722064]'));
  });
});
