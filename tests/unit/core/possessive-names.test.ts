/**
 * A name whose possessive is part of it ("McDonald's", "Kellogg's", "St. John's") matches only where the
 * text has the possessive: the tokenizer cuts "'s" off every word, so "McDonald said" (a person) read as
 * the restaurant chain. Made-up names.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links } from './helpers.ts';

const entities: LexiconEntity[] = [
  { id: 'marrow-s', kind: 'organization', subkind: 'company', name: 'Marrow\'s', prominence: 0.7, aliases: [{ text: 'Marrows', match: 'ordinary' }] },
];
const lexicon = lexiconOf(entities);

test('the possessive of the name must be in the text', () => {
  expect(links('Marrow said he would run for the seat.', {}, lexicon)).toEqual([]);
  expect(links('Shoppers queued at Marrow’s and at Marrow\'s, and Marrows said so.', {}, lexicon))
    .toEqual(['Marrow’s→marrow-s', 'Marrow\'s→marrow-s', 'Marrows→marrow-s']);
});

test('the mark takes in the possessive where the chosen reading is spelt with it, and not otherwise', () => {
  const both = lexiconOf([...entities, { id: 'ede-marrow', kind: 'person', name: 'Ede Marrow', prominence: 0.8, aliases: [] }]);
  expect(links('Marrow\'s said sales fell.', {}, both)).toEqual(['Marrow\'s→marrow-s']);
  expect(links('Ede Marrow spoke. Marrow\'s remarks drew fire.', {}, both)).toEqual(['Ede Marrow→ede-marrow', 'Marrow→ede-marrow']);
});

test('a record\'s bare name needing context leaves its possessive name ordinary', () => {
  const both = lexiconOf([{ id: 'tarn-s', kind: 'organization', subkind: 'company', name: 'Tarn\'s', prominence: 0.7, aliases: [{ text: 'Tarn', match: 'needs-context' }] }]);
  expect(links('Shoppers queued at Tarn\'s on Monday.', {}, both)).toEqual(['Tarn\'s→tarn-s']);
  expect(links('Tarn said he would run for the seat.', {}, both)).toEqual([]);
});

test("a name with a possessive inside goes on after it, and another name does not", () => {
  // "People's Liberation Army", "Workers' Party": the possessive ends a name, unless the dataset's name
  // goes on there; "New York's Times Square" is no "New York Times", "New Zealand's first" no party.
  const names = lexiconOf([
    { id: 'country:ulmara', kind: 'place', subkind: 'country', name: 'Ulmara', prominence: 0.9, aliases: [] },
    { id: 'peoples-guard', kind: 'organization', name: "Ulmara People's Guard", prominence: 0.6, aliases: [{ text: "People's Guard", match: 'ordinary' }] },
    { id: 'farmers-league', kind: 'organization', name: "Farmers' League", prominence: 0.6, aliases: [] },
    { id: 'ulmara-times', kind: 'organization', name: 'Ulmara Times', prominence: 0.6, aliases: [] },
  ]);
  expect(links("The People's Guard held drills, and the Farmers' League met.", {}, names)).toEqual(["People's Guard→peoples-guard", "Farmers' League→farmers-league"]);
  expect(links("The Ulmara People's Guard held drills.", {}, names)).toEqual(["Ulmara People's Guard→peoples-guard"]);
  expect(links("Crowds filled Ulmara's Times Square on Monday.", {}, names)).toEqual(['Ulmara→country:ulmara']);
  expect(links('The Ulmara Times reported it.', {}, names)).toEqual(['Ulmara Times→ulmara-times']);
});
