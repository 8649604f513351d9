/**
 * A country's abbreviation at the head of an organisation's name is that organisation's name ("US
 * Airways", "Healthline Media UK Ltd"), not a mention of the country; before other words it is the
 * country ("US Marines"). Made-up country and names.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  { ...place('country:av', 'Arvenia', 0.9, [], 'country'), aliases: [{ text: 'AV', match: 'acronym' }] } satisfies LexiconEntity,
  place('city:corva', 'Corva', 0.6, ['country:av']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('at the head of an organisation\'s name it is the organisation\'s', () => {
  expect(on('In Corva, flights on AV Airways were delayed; Tarn Media AV Ltd said so.')).toEqual(['Corva→city:corva']);
});

test('before other words it is the country, even on a page that also names such a company', () => {
  expect(on('In Corva, AV Marines landed.')).toEqual(['Corva→city:corva', 'AV→country:av']);
  expect(on('In Corva, flights on AV Airways were delayed, and AV Marines landed.')).toContain('AV→country:av');
});

test('after a capitalised "Miss" it is a pageant, by name or abbreviation, not the country', () => {
  expect(on('In Corva, the group runs Miss AV, Miss Teen AV and Miss Arvenia.')).toEqual(['Corva→city:corva']);
  expect(on('In Corva, did fans miss Arvenia? AV won.')).toEqual(['Corva→city:corva', 'Arvenia→country:av', 'AV→country:av']);
});
