import { expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const catalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? files(p) : [p]; });
}

test('every t() key used in the UI exists in the English catalogue', () => {
  const used = new Set<string>();
  for (const f of files('src').filter((f) => /\.tsx?$/.test(f))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]!);
  }
  const missing = [...used].filter((k) => !catalogue[k]);
  expect(missing).toEqual([]);
  expect(used.size).toBeGreaterThan(10);
});

test('every __MSG_ key in the manifest exists in the catalogue', () => {
  const manifest = readFileSync('manifest.config.ts', 'utf8');
  const keys = [...manifest.matchAll(/__MSG_([A-Za-z]+)__/g)].map((m) => m[1]!);
  expect(keys.filter((k) => !catalogue[k])).toEqual([]);
});
