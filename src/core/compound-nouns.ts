/**
 * "Brazil nuts", "guinea pigs", "a Panama hat", "Brussels sprouts", "French fries": a place's name (or its
 * people's) as the first word of an English noun names no place — the nut is no card for Brazil. The
 * nouns are WordNet's (compound-nouns-data.ts); here they are read from the tokens around a one-word
 * name, by the hashes the tokenizer already computed (no strings are made).
 */
import { COMPOUND_NOUNS } from './compound-nouns-data.ts';
import { fnvString } from './hash.ts';
import { T_CAP, T_HYPHEN, T_JOIN, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

/** Plurals English does not make with an ending: "Canada geese". */
const IRREGULAR_PLURALS: Record<string, string> = { goose: 'geese', mouse: 'mice', man: 'men', woman: 'women', tooth: 'teeth', ox: 'oxen', wolf: 'wolves', calf: 'calves', leaf: 'leaves', knife: 'knives' };

/** A noun's plural as English mostly writes it: "nuts", "sprouts", "fries" (a fry), "finches", "lilies". */
function pluralOf(noun: string): string {
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return irregular;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * A government's debt named after the body that issues it, which WordNet does not list with the places:
 * "Treasury bills", "Treasury yields", "the Treasury market" are no card for the department. (In-house,
 * in the format of compound-nouns-data.ts.)
 */
const DEBT_NOUNS = 'treasury:auction,bill,bond,curve,debt,future,holding,issue,market,note,paper,price,purchase,rate,refunding,sale,security,strip,supply,trader,yield';

/**
 * Foods, drinks, a disease and scholarships that news names after a place or a person and WordNet does
 * not list (in-house, same format): "Dijon mustard", "a Moscow mule", "Peking duck", "West Nile virus",
 * "the Rhodes scholar".
 */
const OTHER_NOUNS = 'dijon:mustard|moscow:mule|peking:duck|nile:virus,fever|rhodes:scholar,scholarship|fulbright:scholar,scholarship';

/** First word → its second words, over all the lists ("nile" is WordNet's crocodile and our virus). */
const secondsOf = new Map<string, string[]>();
for (const entry of `${COMPOUND_NOUNS}|${DEBT_NOUNS}|${OTHER_NOUNS}`.split('|')) {
  const [first, seconds] = entry.split(':') as [string, string];
  secondsOf.set(first, [...(secondsOf.get(first) ?? []), ...seconds.split(',')]);
}
/** First word's hash → its second words (and their plurals); the first words themselves. */
const SECONDS = new Map<number, WordSet>();
for (const [first, words] of secondsOf) SECONDS.set(fnvString(first), new WordSet([...words, ...words.map(pluralOf)]));
const FIRSTS = new WordSet(secondsOf.keys());

/**
 * Whether one-word name token k begins such a noun: the next word, joined to it in the same sentence,
 * is the noun's second — in lower case, or capitalised in a headline ("Brazil Nuts Recalled").
 */
export function compoundNounAt(tokens: Tokens, k: number): boolean {
  if (maturityBefore(tokens, k)) return true;
  const next = k + 1;
  if (next >= tokens.count) return false;
  const f = tokens.flags[next]!;
  if ((f & T_JOIN) === 0 || (f & T_HYPHEN) !== 0 || ((f & T_CAP) !== 0 && (f & T_TITLE) === 0)) return false;
  return FIRSTS.has(tokens, k) && SECONDS.get(tokens.hash[k]!)?.has(tokens, next) === true;
}

const ISSUERS = new WordSet(DEBT_NOUNS.split('|').map((entry) => entry.split(':')[0]!));
const TERMS = new WordSet(['year', 'month', 'week']);

/** "The 10-year Treasury slipped": a term before the issuer's name makes it the bond ("10-year"). */
function maturityBefore(tokens: Tokens, k: number): boolean {
  return k >= 2 && (tokens.flags[k]! & T_JOIN) !== 0 && (tokens.flags[k - 1]! & T_HYPHEN) !== 0 && TERMS.has(tokens, k - 1) && ISSUERS.has(tokens, k);
}
