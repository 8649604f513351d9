/**
 * A lower-case word that describes a part or a kind of a place before its name — "central Greece",
 * "western Arvenia", "a new Jersey law" — is no first word of a place's name written with its capital
 * ("Central Greece"): the next word is the place. Written with its capital, the region is itself.
 * Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('region:av.c', 'Central Arvenia', 0.5, ['country:av'], 'region'),
  place('region:av.w', 'Western Arvenia', 0.5, ['country:av'], 'region'),
  place('country:tz', 'Tarzo', 0.8, [], 'country'),
  place('region:nt', 'New Tarzo', 0.6, [], 'region'),
]);
const on = (text: string) => links(text, {}, lexicon);

test('a lower-case compass word or "new" before a country is no region named with it', () => {
  expect(on('A train crashed in central Arvenia, and floods hit western Arvenia.')).toEqual(['Arvenia→country:av', 'Arvenia→country:av']);
  expect(on('Officials said a new Tarzo law took effect.')).toEqual(['Tarzo→country:tz']);
});

test('written with its capital, the region is itself', () => {
  expect(on('A train crashed in Central Arvenia, and floods hit Western Arvenia.')).toEqual(['Central Arvenia→region:av.c', 'Western Arvenia→region:av.w']);
  expect(on('Officials in New Tarzo said so.')).toEqual(['New Tarzo→region:nt']);
  // (At a sentence's start, or in a headline, the capital says nothing: the name matches as it always did.)
  expect(on('Central Arvenia flooded.')).toEqual(['Central Arvenia→region:av.c']);
});
