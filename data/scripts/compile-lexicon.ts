/**
 * Compiles the engine's name index:  npx tsx data/scripts/compile-lexicon.ts [ENTITIES.jsonl] [OUT.bin]
 * (part of `npm run data`, after data/build.ts).
 *
 * Reads generated/entities.jsonl (every merged entity, schema-shaped), writes public/data/lexicon.bin
 * (binary, see src/core/format.ts) and prints alias count, size raw / gzipped and compile time.
 * The pipeline's broader common-word list (data/pipeline/common-words.ts) is passed as dictionary
 * words: a one-word name among them needs a capital. The core's own shorter list decides which
 * names also need more than a sentence-initial capital. Every lowercase lemma of WordNet, however rare,
 * is passed as rare words: a little-known town named like one ("Mentor", "Sterling") needs context —
 * unless WordNet describes the town itself ("Latakia", "Anchorage", "Cork"): then the capitalised word
 * is the town to an English reader.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compileLexicon, loadLexicon, type CompileStats, type LexiconEntity } from '../../src/core/index.ts';
import { WORDNET_TOWN } from '../pipeline/cities.ts';
import { COMMON_WORDS } from '../pipeline/common-words.ts';
import { RECORD_SOURCE } from '../pipeline/sources.ts';
import { wordnetLowercaseWords } from '../pipeline/wordnet-words.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const input = process.argv[2] ?? join(root, 'generated', 'entities.jsonl');
const output = process.argv[3] ?? join(root, 'public', 'data', 'lexicon.bin');

if (!existsSync(input)) {
  console.error(`compile-lexicon: ${input} is missing — run \`npm run data\` (data/build.ts writes it).`);
  process.exit(1);
}
const t0 = performance.now();
const entities: LexiconEntity[] = [];
readFileSync(input, 'utf8').split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  try {
    entities.push(JSON.parse(line) as LexiconEntity);
  } catch (e) {
    console.error(`compile-lexicon: ${input}:${i + 1}: invalid JSON (${(e as Error).message})`);
    process.exit(1);
  }
});
const t1 = performance.now();
const stats = {} as CompileStats;
// Towns WordNet describes, but for those our data takes for words (pushed under WORDNET_TOWN: "Mobile", "Tours").
// (The name begins so: a city's names in other languages add their credit to it.)
const dictionaryTowns = new Set(entities.filter((e) => e.source?.name.startsWith(RECORD_SOURCE.citiesDescribed.name) && (e.prominence ?? 0) >= WORDNET_TOWN).map((e) => e.id));
const bytes = compileLexicon(entities, { dictionaryWords: COMMON_WORDS, rareWords: wordnetLowercaseWords(), dictionaryTowns }, stats);
const t2 = performance.now();
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, bytes);
const t3 = performance.now();
loadLexicon(bytes);
const t4 = performance.now();

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`lexicon: ${stats.entities} entities, ${stats.aliases} aliases (${stats.tokens} distinct words, ${stats.nodes} trie nodes${stats.skipped ? `, ${stats.skipped} aliases skipped` : ''})`);
console.log(`  ${output}: ${kb(bytes.byteLength)} raw, ${kb(gzipSync(bytes).byteLength)} gzipped`);
console.log(`  read ${(t1 - t0).toFixed(0)} ms, compile ${(t2 - t1).toFixed(0)} ms, write ${(t3 - t2).toFixed(0)} ms, load check ${(t4 - t3).toFixed(2)} ms`);
