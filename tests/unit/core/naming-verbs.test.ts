/**
 * Right after "named" — with "their son", "the boat" between, or nothing — a place's name is given as a
 * name, not a mention of the place. A possessive after it, a country, and "named in" keep the place.
 * Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.8, ['country:av']),
  place('city:lume', 'Lume', 0.8, ['country:av']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('a place\'s name given as a name is no place', () => {
  expect(on('Talen and Yabo named their daughter Corva.')).toEqual([]);
  expect(on('The browser was first named Corva but changed; the boat was christened Lume.')).toEqual([]);
  expect(on('Talen named Corva veteran Yabo to lead.')).toEqual(['Corva→city:corva']);
});

test('a possessive after it, a country, and other words keep the place', () => {
  expect(on('Talen was named Corva\'s player of the year.')).toEqual(['Corva→city:corva']);
  expect(on('Talen was named Arvenia coach.')).toEqual(['Arvenia→country:av']);
  expect(on('Officials named in Corva were fired; the ship left Lume.')).toEqual(['Corva→city:corva', 'Lume→city:lume']);
});

test('a name borne by "a man named", "a dog named" is nobody the dataset knows', () => {
  const people = lexiconOf([
    place('city:corva', 'Corva', 0.7),
    { id: 'oren-dask', kind: 'person', name: 'Oren Dask', prominence: 0.9, aliases: [{ text: 'Dask', match: 'needs-context' }] },
  ]);
  const on = (text: string) => links(text, {}, people);
  expect(on('A man named Oren Dask was arrested in Corva on Tuesday.')).toEqual(['Corva→city:corva']);
  expect(on('A dog named Corva won the show.')).toEqual([]);
  // ("named" as "appointed" keeps the person: "Talen named Oren Dask as his deputy".)
  expect(on('Talen named Oren Dask as his deputy in Corva.')).toEqual(['Oren Dask→oren-dask', 'Corva→city:corva']);
});
