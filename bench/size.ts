/**
 * Extension size (`npm run bench:size`, i.e. `tsx bench/size.ts`): every bundle in dist/ (JS, CSS,
 * HTML) and the dataset artifacts in dist/data, raw and gzipped (level 9, as a store or CDN would
 * serve them; the browser itself reads them raw from the unpacked extension), against the budgets
 * below. Exits 1 when anything is over budget or dist/ is missing (run `npm run build` first).
 *
 * Budgets and why:
 * - content script ≤ 100 KB raw / 35 KB gzip: it is parsed in every frame of every page.
 * - service worker (entry plus the chunks it imports statically) ≤ 250 KB raw: it starts on demand,
 *   often, after being stopped.
 * - popup / options page JS (entry plus static imports) ≤ 150 KB raw each; any one CSS file ≤ 30 KB.
 * - lexicon.bin ≤ 8 MB raw: the worker loads it whole into memory.
 * - search.json ≤ 5 MB raw / 1.5 MB gzip: the popup's search index, loaded on first search.
 * - cards/ (all shards and redirects) ≤ 30 MB raw; one card shard ≤ 400 KB raw (one is read per hover).
 * - world-110m.json ≤ 200 KB raw (the locator map).
 * - the whole of dist/ ≤ 45 MB raw and ≤ 15 MB gzipped (the Chrome Web Store zip is about the latter).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, mb, table } from './lib/report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? join(ROOT, 'dist'));
const KB = 1024, MB = 1024 * 1024;

interface Sized { raw: number; gzip: number; files: number }
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p)); else out.push(p);
  }
  return out;
}

const cache = new Map<string, { raw: number; gzip: number }>();
function sizeOf(file: string): { raw: number; gzip: number } {
  let s = cache.get(file);
  if (!s) { const buf = readFileSync(file); s = { raw: buf.length, gzip: gz(buf) }; cache.set(file, s); }
  return s;
}
function sum(files: string[]): Sized {
  let raw = 0, gzip = 0;
  for (const f of new Set(files)) { const s = sizeOf(f); raw += s.raw; gzip += s.gzip; }
  return { raw, gzip, files: new Set(files).size };
}

/** A JS module and every module it imports statically (relative specifiers), as built by Vite. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:\bimport\s*|\bfrom\s*)["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

/** Scripts an extension HTML page loads (src="/…" is relative to the extension root). */
function pageScripts(html: string): string[] {
  const src = readFileSync(html, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
    const p = m[1]!.startsWith('/') ? join(DIST, m[1]!) : resolve(dirname(html), m[1]!);
    out.push(...closure(p));
  }
  return out;
}

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error(`No built extension in ${DIST}: run \`npm run build\` (or \`npx vite build\`) first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[]; css?: string[] }[]; background?: { service_worker?: string };
  action?: { default_popup?: string }; options_ui?: { page?: string };
};

interface Row { label: string; size: Sized; rawBudget?: number; gzipBudget?: number }
const rows: Row[] = [];
const add = (label: string, files: string[], rawBudget?: number, gzipBudget?: number) => rows.push({ label, size: sum(files), rawBudget, gzipBudget });

// Entry points, each with what it pulls in.
const contentFiles = (manifest.content_scripts ?? []).flatMap((c) => (c.js ?? []).flatMap((j) => closure(join(DIST, j))));
add('content script (+ imports)', contentFiles, 100 * KB, 35 * KB);
for (const c of manifest.content_scripts ?? []) for (const css of c.css ?? []) add(`content CSS ${css}`, [join(DIST, css)], 30 * KB);
if (manifest.background?.service_worker) add('service worker (+ imports)', closure(join(DIST, manifest.background.service_worker)), 250 * KB);
if (manifest.action?.default_popup) add('popup JS (+ imports)', pageScripts(join(DIST, manifest.action.default_popup)), 150 * KB);
if (manifest.options_ui?.page) add('options JS (+ imports)', pageScripts(join(DIST, manifest.options_ui.page)), 150 * KB);

// Every bundle on its own.
const all = walk(DIST);
const bundles = all.filter((f) => /\.(js|css|html)$/.test(f) && !f.includes(`${join(DIST, 'data')}`));
for (const f of bundles.sort()) add(relative(DIST, f), [f], f.endsWith('.css') ? 30 * KB : f.endsWith('.html') ? 10 * KB : undefined);

// Dataset artifacts.
const data = join(DIST, 'data');
const dataFile = (name: string, rawBudget?: number, gzipBudget?: number) => { if (existsSync(join(data, name))) add(`data/${name}`, [join(data, name)], rawBudget, gzipBudget); };
dataFile('lexicon.bin', 8 * MB);
dataFile('search.json', 5 * MB, 1.5 * MB);
dataFile('world-110m.json', 200 * KB);
dataFile('sources.json', 50 * KB);
if (existsSync(join(data, 'cards'))) {
  const cards = walk(join(data, 'cards'));
  add(`data/cards/ (${cards.length} files)`, cards, 30 * MB);
  const shards = cards.filter((f) => f.includes('/shards/'));
  if (shards.length) {
    const biggest = shards.reduce((a, b) => (sizeOf(a).raw >= sizeOf(b).raw ? a : b));
    add(`largest card shard (${relative(DIST, biggest)})`, [biggest], 400 * KB);
    const s = sum(shards);
    console.log(`card shards: ${shards.length}, mean ${kb(s.raw / shards.length)} raw / ${kb(s.gzip / shards.length)} gzip`);
  }
}
add('icons, locales, manifest, other', all.filter((f) => !/\.(js|css|html)$/.test(f) && !f.startsWith(data + '/')));
add('TOTAL dist/', all, 45 * MB, 15 * MB);

const fmt = (b: number) => (b >= MB ? mb(b) : b >= KB ? kb(b) : `${b} B`);
let over = 0;
const out = rows.map((r) => {
  const rawOver = r.rawBudget !== undefined && r.size.raw > r.rawBudget;
  const gzOver = r.gzipBudget !== undefined && r.size.gzip > r.gzipBudget;
  if (rawOver || gzOver) over++;
  const budget = [r.rawBudget !== undefined ? `≤ ${fmt(r.rawBudget)} raw` : '', r.gzipBudget !== undefined ? `≤ ${fmt(r.gzipBudget)} gz` : ''].filter(Boolean).join(', ');
  const used = r.rawBudget ? `${((100 * r.size.raw) / r.rawBudget).toFixed(0)}%` : '';
  return [r.label, r.size.files, fmt(r.size.raw), fmt(r.size.gzip), (100 * r.size.gzip / Math.max(1, r.size.raw)).toFixed(0) + '%', budget || '–', used || '–', rawOver || gzOver ? 'OVER' : 'ok'];
});
console.log(`\nExtension size — ${relative(process.cwd(), DIST) || DIST}\n`);
console.log(table(['what', 'files', 'raw', 'gzip', 'gz/raw', 'budget', 'raw used', ''], out));
console.log(over ? `\n${over} item(s) over budget.` : '\nAll within budget.');
process.exit(over ? 1 : 0);
