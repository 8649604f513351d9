/**
 * An English noun that begins with a place's name ("Brazil nuts", "a Panama hat", "guinea pigs") names
 * no place; the place's name on its own, or before another word, still does (compound-nouns.ts).
 */
import { expect, test } from 'vitest';
import { COMPOUND_NOUNS } from '../../../src/core/compound-nouns-data.ts';
import { compoundNounAt } from '../../../src/core/compound-nouns.ts';
import { createTokens, tokenize } from '../../../src/core/tokenize.ts';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:br', 'Brazil', 0.9, [], 'country'),
  place('country:pa', 'Panama', 0.9, [], 'country'),
  place('city:bo', 'Boston', 0.8, []),
]);

test('the first word of such a noun is no mention, in the singular, the plural or a headline', () => {
  expect(links('She bought Brazil nuts and a Panama hat for the trip.', {}, lexicon)).toEqual([]);
  expect(links('The Boston terrier barked at the Boston terriers next door.', {}, lexicon)).toEqual([]);
  expect(links('Brazil Nuts Recalled Over Safety Fears Across Europe', {}, lexicon)).toEqual([]);
});

test('an irregular plural, and the foods, disease and scholarships WordNet does not list', () => {
  const at = (text: string, k: number) => { const t = createTokens(16); tokenize(text, t); return compoundNounAt(t, k); };
  expect(at('Canada geese landed', 0)).toBe(true);
  expect(at('a Moscow mule', 1)).toBe(true);
  expect(at('West Nile virus', 1)).toBe(true);
  // (Merged with WordNet's nouns of the same first word, not in place of them.)
  expect(at('a Nile crocodile', 1)).toBe(true);
  expect(at('Moscow mules', 0)).toBe(true);
  expect(at('Moscow said', 0)).toBe(false);
  expect(at('the Rhodes scholar', 1)).toBe(true);
  expect(at('two Fulbright scholarships', 1)).toBe(true);
});

test('the name elsewhere is the place', () => {
  expect(links('Brazil beat Panama, and fans in Boston cheered.', {}, lexicon)).toEqual(['Brazil→country:br', 'Panama→country:pa', 'Boston→city:bo']);
  // Not across a comma or a hyphen.
  expect(links('Exports from Brazil, nuts above all, rose. A Brazil-nut tree grew.', {}, lexicon)).toEqual(['Brazil→country:br', 'Brazil→country:br']);
});

test('a capitalised second word counts only in a headline', () => {
  const at = (text: string, k: number) => { const t = createTokens(16); tokenize(text, t); return compoundNounAt(t, k); };
  expect(at('He met Brazil Nut on Monday.', 2)).toBe(false);
  expect(at('He ate Brazil nuts on Monday.', 2)).toBe(true);
  expect(at('Brazil Nuts Recalled Over Safety Fears', 0)).toBe(true);
});

test('the list is well formed: lower-case ASCII words, each first word once', () => {
  const firsts = COMPOUND_NOUNS.split('|').map((e) => e.split(':')[0]!);
  expect(new Set(firsts).size).toBe(firsts.length);
  for (const entry of COMPOUND_NOUNS.split('|')) expect(entry).toMatch(/^[a-z]+:[a-z]+(?:,[a-z]+)*$/);
});

test("a government's debt named after its treasury is no mention of the body; the body itself is", () => {
  const treasury = lexiconOf([
    place('country:ulmara', 'Ulmara', 0.9, [], 'country'),
    { id: 'dorin-vale', kind: 'person', name: 'Dorin Vale', prominence: 0.6, related: ['ulmara-treasury'], aliases: [] },
    { id: 'ulmara-treasury', kind: 'organization', subkind: 'government-body', name: 'Ulmaran Treasury', prominence: 0.8, related: ['country:ulmara', 'dorin-vale'], aliases: [{ text: 'Treasury', match: 'needs-context' }] },
  ]);
  expect(links('In Ulmara, Dorin Vale saw Treasury bills rise, Treasury yields fall and the 10-year Treasury slip.', {}, treasury))
    .toEqual(['Ulmara→country:ulmara', 'Dorin Vale→dorin-vale']);
  expect(links('In Ulmara, Dorin Vale said the Treasury and a Treasury official would sell bills.', {}, treasury))
    .toEqual(['Ulmara→country:ulmara', 'Dorin Vale→dorin-vale', 'Treasury→ulmara-treasury', 'Treasury→ulmara-treasury']);
});
