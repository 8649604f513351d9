/**
 * Engine benchmark (part of `npm run bench`):  npx tsx bench/engine.ts [--quick]
 *
 * 1. Throughput of annotate (tokenizing, folding, matching and resolution included) on the visible
 *    text of every page in ../shared/pages, against: a loop that only reads every character (the
 *    floor); lower-casing + splitting into words; one alternation regex of the same 10,000 names;
 *    the `ahocorasick` and `modern-ahocorasick` packages over the same names; and mark.js-style
 *    matching (one regex per name, as mark.js's markRegExp loop does) with 1,000 names.
 *    (mark.js itself needs a DOM, so its per-name regex strategy is reproduced on the text.)
 *    The methods are timed in turns (timeInTurns), each figure its fastest run over five rounds.
 * 2. Scaling: synthetic dictionaries of 10k, 100k and 1M aliases — matching cost should follow the
 *    text, not the dictionary.
 * 3. Index load time vs Aho-Corasick build time, and heap/buffer memory of the loaded index.
 * Skips, with the reason, when ../shared/pages is absent. Never part of the timed unit tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import AhoCorasick from 'ahocorasick';
import ModernAhoCorasick from 'modern-ahocorasick';
import { annotate, compileLexicon, loadLexicon, type Lexicon, type LexiconEntity } from '../src/core/index.ts';
import { htmlToText } from '../src/cli/html-text.ts';
import { ENTITIES_PATH, ROOT } from '../src/cli/artifacts.ts';

const QUICK = process.argv.includes('--quick');
const SAMPLE_BYTES = QUICK ? 100_000 : 300_000;
const PAGES = join(ROOT, '..', 'shared', 'pages');
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Runs fn repeatedly for about `ms` milliseconds (at least `min` times) and returns the fastest run in
 * ms: the minimum is the measurement least disturbed by other processes on a shared machine.
 */
function time(fn: () => unknown, ms = QUICK ? 150 : 600, min = 3): number {
  fn(); // warm-up
  return fastest(fn, ms, min);
}

function fastest(fn: () => unknown, ms: number, min: number): number {
  let best = Infinity;
  const t0 = performance.now();
  for (let runs = 0; runs < min || performance.now() - t0 < ms; runs++) {
    const s = performance.now();
    fn();
    best = Math.min(best, performance.now() - s);
  }
  return best;
}

/**
 * Times several methods in turns: each gets a slice of every round, and its figure is its fastest
 * run over all rounds. Why: the ratios to the floor are the point of the table, and on a shared
 * machine the load comes and goes within seconds. Measured one after another, a method that met a
 * busy second looked up to half as fast as its neighbour did a minute earlier; in turns, every
 * method meets the same quiet and busy moments.
 */
function timeInTurns(fns: ReadonlyArray<() => unknown>, rounds = QUICK ? 2 : 5, ms = QUICK ? 150 : 600): number[] {
  const best = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, k) => {
      if (r === 0) fn(); // warm-up
      best[k] = Math.min(best[k]!, fastest(fn, ms / rounds, 1));
    });
  }
  return best;
}

const fmt = (x: number, d = 1) => x.toFixed(d);
const mb = (bytes: number) => bytes / 1e6;

function heapOf<T>(make: () => T): { value: T; heap: number; external: number } {
  gc(); gc();
  const before = process.memoryUsage();
  const value = make();
  gc(); gc();
  const after = process.memoryUsage();
  return { value, heap: after.heapUsed - before.heapUsed, external: after.arrayBuffers - before.arrayBuffers };
}

/** Deterministic pseudo-random numbers, so runs compare. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

/** `count` synthetic aliases (1–3 capitalised made-up words) spread over count/4 entities. */
function syntheticEntities(count: number): LexiconEntity[] {
  const rand = rng(count);
  const syl = ['ka', 'ro', 'mi', 'tan', 'sel', 'vor', 'li', 'an', 'ber', 'du', 'zen', 'qua', 'rix', 'po', 'lem', 'ny', 'sha', 'tor'];
  const word = () => { let w = ''; const n = 2 + Math.floor(rand() * 3); for (let i = 0; i < n; i++) w += syl[Math.floor(rand() * syl.length)]; return w[0]!.toUpperCase() + w.slice(1); };
  const vocab = Array.from({ length: Math.min(200_000, count) }, word);
  const name = () => { const n = 1 + Math.floor(rand() * 3); const ws: string[] = []; for (let i = 0; i < n; i++) ws.push(vocab[Math.floor(rand() * vocab.length)]!); return ws.join(' '); };
  const out: LexiconEntity[] = [];
  for (let i = 0; i < count / 4; i++) {
    out.push({ id: `e${i}`, kind: 'place', name: name(), aliases: [{ text: name(), match: 'ordinary' }, { text: name(), match: 'ordinary' }, { text: name(), match: 'ordinary' }], prominence: rand() });
  }
  return out;
}

/**
 * Finds ASCII letter runs and hashes each (FNV-1a, case-folded): what any word-based matcher must do
 * at the very least, with no Unicode, offsets, flags or look-ups. It shows how much of the distance
 * to the floor is the mere reading of words.
 */
function hashAsciiWords(text: string): number {
  const n = text.length;
  let words = 0;
  let acc = 0;
  let i = 0;
  while (i < n) {
    let l = text.charCodeAt(i) | 32;
    if (l >= 97 && l <= 122) {
      let h = 0x811c9dc5 | 0;
      do { h = Math.imul(h ^ l, 0x01000193); i++; l = i < n ? text.charCodeAt(i) | 32 : 0; } while (l >= 97 && l <= 122);
      acc ^= h; words++;
    } else i++;
  }
  return words + (acc & 1);
}

function main(): void {
  if (!existsSync(PAGES)) { console.log(`bench/engine: skipped — ${PAGES} is absent (the pages are shared material, not part of the project)`); return; }
  const files = readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();
  const texts = files.map((f) => htmlToText(readFileSync(join(PAGES, f), 'utf8')));
  const corpus = texts.join('\n\n');
  const bytes = Buffer.byteLength(corpus, 'utf8');
  console.log(`# Engine benchmark\n\nCorpus: visible text of ${files.length} pages in ../shared/pages: ${fmt(mb(bytes), 2)} MB UTF-8 (${corpus.length.toLocaleString('en')} UTF-16 code units). Node ${process.version}.\n`);

  // The real dataset, when built; synthetic names otherwise.
  let real: LexiconEntity[] | null = null;
  if (existsSync(ENTITIES_PATH)) real = readFileSync(ENTITIES_PATH, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as LexiconEntity);
  const pool = real ?? syntheticEntities(40_000);
  // The same 10,000 names for every method: the most prominent entities' display names.
  const names = [...new Set([...pool].sort((a, b) => (b.prominence ?? 0) - (a.prominence ?? 0)).map((e) => e.name))].slice(0, 10_000);
  const tenK: LexiconEntity[] = names.map((n, i) => ({ id: `n${i}`, kind: 'place', name: n, aliases: [], prominence: 0.8 }));
  const lex10k = loadLexicon(compileLexicon(tenK));
  const fullBytes = compileLexicon(pool);
  const lexFull = loadLexicon(fullBytes);
  console.log(`Names: ${names.length.toLocaleString('en')} ${real ? 'display names of the most prominent entities in generated/entities.jsonl' : 'synthetic names (generated/entities.jsonl absent)'}; full lexicon: ${lexFull.aliasCount.toLocaleString('en')} aliases.\n`);

  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = new RegExp(`\\b(?:${[...names].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'gi');
  const lowerNames = names.map((n) => n.toLowerCase());
  process.stderr.write('  building the Aho-Corasick automata…\n');
  const ac = new AhoCorasick(lowerNames);
  const mac = new ModernAhoCorasick(lowerNames);
  const perName = names.slice(0, 1000).map((n) => new RegExp(`\\b${escape(n)}\\b`, 'gi'));

  // The slow baselines (the alternation regex, a regex per name, modern-ahocorasick) take minutes on the whole corpus:
  // they run on a sample of whole pages, and every row reports MB/s of what it read.
  const sampleTexts: string[] = [];
  for (let k = 0, size = 0; k < texts.length && size < SAMPLE_BYTES; k += Math.max(1, Math.floor(texts.length / 12))) { sampleTexts.push(texts[k]!); size += Buffer.byteLength(texts[k]!, 'utf8'); }
  const sampleBytes = sampleTexts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0);

  let sink = 0;
  const methods: Array<{ label: string; size: number; fn: () => number; note: string }> = [];
  /** Registers a method that reads `size` bytes; all are timed in turns below. */
  const run = (label: string, size: number, fn: () => number, note = '') => { methods.push({ label, size, fn, note }); };
  const onSample = `on a ${fmt(mb(sampleBytes), 2)} MB sample of ${sampleTexts.length} pages`;
  run('floor: read every character', bytes, () => { let s = 0; for (let i = 0; i < corpus.length; i++) s += corpus.charCodeAt(i); return s; });
  run('lower-case + split into words', bytes, () => corpus.toLowerCase().split(/[^\p{L}\p{N}]+/u).length);
  run('ASCII words found and hashed, nothing else', bytes, () => { let n = 0; for (const t of texts) n += hashAsciiWords(t); return n; }, 'the least a dictionary matcher must do: a lower bound for any tokenizer');
  run('**annotate, full lexicon**', bytes, () => { let n = 0; for (const t of texts) n += annotate(t, lexFull).length; return n; }, `${lexFull.aliasCount.toLocaleString('en')} aliases; per page, with resolution`);
  run('**annotate, same 10k names**', bytes, () => { let n = 0; for (const t of texts) n += annotate(t, lex10k).length; return n; }, 'per page, with resolution');
  run('one alternation regex, 10k names (\\b, gi)', sampleBytes, () => { let n = 0; for (const t of sampleTexts) { alternation.lastIndex = 0; while (alternation.exec(t)) n++; } return n; }, onSample);
  run('ahocorasick, 10k names', bytes, () => { let n = 0; for (const t of texts) n += ac.search(t.toLowerCase()).length; return n; }, 'per page; lower-cases first; substring matches, no word boundaries');
  run('modern-ahocorasick, 10k names', sampleBytes, () => { let n = 0; for (const t of sampleTexts) n += mac.search(t.toLowerCase()).length; return n; }, `per page; lower-cases first; grapheme-cluster matching; its search time grows faster than the text; ${onSample}`);
  run('mark.js-style: one regex per name, 1k names', sampleBytes, () => { let n = 0; for (const t of sampleTexts) for (const re of perName) { re.lastIndex = 0; while (re.exec(t)) n++; } return n; }, onSample);
  process.stderr.write(`  measuring ${methods.length} methods in turns…\n`);
  const times = timeInTurns(methods.map(({ fn }) => () => { sink += fn(); }));
  const rows = methods.map(({ label, size, note }, k): [string, number, string] => [label, mb(size) / (times[k]! / 1000), note]);
  const floor = rows[0]![1];
  console.log('## Throughput\n\n| method | MB/s | × slower than the floor | note |\n|---|---|---|---|');
  for (const [label, rate, note] of rows) console.log(`| ${label} | ${fmt(rate)} | ${fmt(floor / rate)} | ${note} |`);

  // Scaling with dictionary size.
  console.log('\n## Scaling with dictionary size (synthetic aliases; same corpus)\n\n| aliases | compile (s) | artifact (MB) | load (ms) | heap after load (MB) | array buffers (MB) | annotate MB/s |\n|---|---|---|---|---|---|---|');
  const sizes = QUICK ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  for (const n of sizes) {
    const t0 = performance.now();
    // The entity objects are dropped right after compiling, so they do not count in the heap figures.
    const artifact = compileLexicon(syntheticEntities(n));
    const compileS = (performance.now() - t0) / 1000;
    const loadMs = time(() => loadLexicon(artifact), 100);
    const { value: lex, heap } = heapOf(() => loadLexicon(artifact));
    const ms = time(() => { for (const t of texts) sink += annotate(t, lex as Lexicon).length; });
    console.log(`| ${n.toLocaleString('en')} | ${fmt(compileS, 2)} | ${fmt(mb(artifact.byteLength), 1)} | ${fmt(loadMs, 3)} | ${fmt(mb(heap), 2)} | ${fmt(mb(artifact.byteLength), 1)} (the artifact, shared, not copied) | ${fmt(mb(bytes) / (ms / 1000))} |`);
  }

  // Load vs build, memory.
  console.log('\n## Index start-up and memory (10k names, and the full lexicon)\n\n| index | ready in (ms) | heap (MB) | buffers (MB) |\n|---|---|---|---|');
  const bytes10k = compileLexicon(tenK);
  const l10 = heapOf(() => loadLexicon(bytes10k));
  const lf = heapOf(() => loadLexicon(fullBytes));
  const acm = heapOf(() => new AhoCorasick(lowerNames));
  const macm = heapOf(() => new ModernAhoCorasick(lowerNames));
  console.log(`| loadLexicon, 10k names | ${fmt(time(() => loadLexicon(bytes10k), 100), 3)} | ${fmt(mb(l10.heap), 2)} | ${fmt(mb(bytes10k.byteLength), 2)} |`);
  console.log(`| loadLexicon, full (${lexFull.aliasCount.toLocaleString('en')} aliases) | ${fmt(time(() => loadLexicon(fullBytes), 100), 3)} | ${fmt(mb(lf.heap), 2)} | ${fmt(mb(fullBytes.byteLength), 2)} |`);
  console.log(`| ahocorasick build, 10k names | ${fmt(time(() => new AhoCorasick(lowerNames), 300), 1)} | ${fmt(mb(acm.heap), 2)} | — |`);
  console.log(`| modern-ahocorasick build, 10k names | ${fmt(time(() => new ModernAhoCorasick(lowerNames), 300), 1)} | ${fmt(mb(macm.heap), 2)} | — |`);
  if (sink === 42) console.log('');
}

main();
