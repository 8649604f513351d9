/**
 * An instrument named after a place — "the Copenhagen criteria", "the Normandy format", "the Dublin
 * regulation" — is no mention of the place (town-compounds.ts instrumentAround), nor is an oil's grade
 * ("the Urals grade": gradeAfter) or a military unit ("the Somalia battalion": unitAfter). Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.7, ['country:av']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('"the" place and an instrument\'s word after it name the instrument', () => {
  expect(on('Candidates must meet the Corva criteria, as the Arvenia compromise says.')).toEqual([]);
  expect(on('Talks in the Corva format resumed.')).toEqual([]);
});

test('the place without "the" before it, or before another word', () => {
  expect(on('Corva criteria were met, and the Corva office opened in Arvenia.')).toEqual(['Corva→city:corva', 'Corva→city:corva', 'Arvenia→country:av']);
});

test("an oil's grade or a benchmark named after a town or a region is no mention of it; a country's futures are still the country's", () => {
  expect(on("Arvenia's flagship Corva grade fell, and Corva blend and Corva futures too.")).toEqual(['Arvenia→country:av']);
  expect(on('Arvenia futures fell, and Corva crude output rose.')).toEqual(['Arvenia→country:av', 'Corva→city:corva']);
});

test('a military unit named after a town or a country is no mention of it; the place with another word after it is', () => {
  expect(on("Arvenia's Corva battalion and the Arvenia brigade were moved.")).toEqual(['Arvenia→country:av']);
  expect(on('The battalion was moved from Corva to Arvenia.')).toEqual(['Corva→city:corva', 'Arvenia→country:av']);
});
