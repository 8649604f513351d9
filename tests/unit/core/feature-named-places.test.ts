/**
 * A place named by another place and a feature — a neighbourhood "Corva Beach", "Corva Heights" — is
 * that place only as the name is written, capitals and all: "Corva beach" is the beach at Corva.
 * Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.8, ['country:av']),
  place('city:corva-beach', 'Corva Beach', 0.6, ['country:av']),
  place('city:corva-heights', 'Corva Heights', 0.6, ['country:av']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('written as the name is: the neighbourhood', () => {
  expect(on('In Arvenia, she grew up in Corva Beach and moved to Corva Heights.')).toEqual([
    'Arvenia→country:av', 'Corva Beach→city:corva-beach', 'Corva Heights→city:corva-heights',
  ]);
});

test('with the feature in lower case: the place and a description', () => {
  expect(on('In Arvenia, crowds filled Corva beach and the Corva heights.')).not.toContain('Corva beach→city:corva-beach');
  expect(on('In Arvenia, crowds filled Corva beach and the Corva heights.')).not.toContain('Corva heights→city:corva-heights');
});
