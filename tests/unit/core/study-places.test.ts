/**
 * What is said only of a place of study, right before a university's short name — "dropped out of
 * Corva", "graduated from Corva", "a professor at Corva" — names the university, not its town or its
 * founder. Other words, and a town with no university of its name, keep the town. Made-up names.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.6, ['country:av']),
  place('city:lume', 'Lume', 0.6, ['country:av']),
  {
    id: 'corva-university', kind: 'organization', subkind: 'university', name: 'Corva University', prominence: 0.45,
    aliases: [{ text: 'Corva', match: 'needs-context' }],
  } satisfies LexiconEntity,
  { id: 'elan-corva', kind: 'person', name: 'Elan Corva', aliases: [{ text: 'Corva', match: 'needs-context' }], prominence: 0.12 },
]);
const on = (text: string) => links(text, {}, lexicon);

test('the university, after what is said only of a place of study', () => {
  expect(on('In 1980, Talen dropped out of Corva to join a bank.')).toEqual(['Corva→corva-university']);
  expect(on('She graduated from Corva and earned a degree from Corva.')).toEqual(['Corva→corva-university', 'Corva→corva-university']);
  expect(on('She is a graduate of Corva and a professor at Corva.')).toEqual(['Corva→corva-university', 'Corva→corva-university']);
  expect(on('He studied at Corva.')).toEqual(['Corva→corva-university']);
});

test('the town after other words, across a sentence\'s break, and where no university has its name', () => {
  expect(on('Officials in Corva met on Monday.')).toEqual(['Corva→city:corva']);
  expect(on('He graduated. From Corva came the news.')).toEqual(['Corva→city:corva']);
  expect(on('Talen dropped out of the race in Corva.')).toEqual(['Corva→city:corva']);
  expect(on('Students at Lume protested.')).toEqual(['Lume→city:lume']);
});
