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
    .toEqual(['Marrow→marrow-s', 'Marrow→marrow-s', 'Marrows→marrow-s']);
});

test('a record\'s bare name needing context leaves its possessive name ordinary', () => {
  const both = lexiconOf([{ id: 'tarn-s', kind: 'organization', subkind: 'company', name: 'Tarn\'s', prominence: 0.7, aliases: [{ text: 'Tarn', match: 'needs-context' }] }]);
  expect(links('Shoppers queued at Tarn\'s on Monday.', {}, both)).toEqual(['Tarn→tarn-s']);
  expect(links('Tarn said he would run for the seat.', {}, both)).toEqual([]);
});
