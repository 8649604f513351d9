/**
 * A place named like a given name, before a capitalised word of the language inside a sentence, is a
 * person we do not know or a body, not the place: "quarterback Jordan Love threw" was the country at 0.77
 * (match.ts, givenNameBeforeWord). Not before a title, a day or a month, or a word that begins a name
 * the dataset knows.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:jo', 'Jordan', 0.8, [], 'country'),
  place('city:florence', 'Florence', 0.7, ['country:jo']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('a given name before a capitalised word of the language is no place', () => {
  expect(on('The quarterback Jordan Love threw three passes, and singer Florence Love sang.')).toEqual([]);
});

test('the place before a title, a day or a month, in a headline, or alone', () => {
  expect(on('Officials in Jordan Monday said Florence Mayor Dario Nardella would visit in Florence May 3.')).toEqual([
    'Jordan→country:jo', 'Florence→city:florence', 'Florence→city:florence',
  ]);
  expect(on('Talks in Jordan and Florence went on.')).toEqual(['Jordan→country:jo', 'Florence→city:florence']);
  // (A state's legislature is the state's: region-words.ts reads "the Georgia Legislature".)
  expect(on('The bill reached the Jordan Legislature.')).toEqual(['Jordan→country:jo']);
});

test('a place named like a given name before a surname the dataset has people of is that given name ("Chelsea Clinton")', () => {
  // (The page pins the town down elsewhere, "in Chelsea, Massachusetts", and the surname is a given name
  // too: the first Chelsea was the town at 0.90.)
  const withSurname = lexiconOf([
    place('region:av.a', 'Ammara', 0.42, [], 'region'),
    place('city:florence', 'Florence', 0.18, ['region:av.a']),
    { id: 'olo-warren', kind: 'person', name: 'Olo Warren', prominence: 0.12, aliases: [{ text: 'Warren', match: 'needs-context' }] },
  ]);
  expect(links('Florence Warren spoke at a forum in Florence, Ammara.', {}, withSurname)).toEqual(['Florence→city:florence', 'Ammara→region:av.a']);
  // (Not in a headline, where every word has a capital: "Brooklyn Boy Remains on Life Support" was no
  // Burna Boy's given name.)
  const headline = lexiconOf([
    place('region:av.a', 'Ammara', 0.42, [], 'region'),
    place('city:brooklyn', 'Brooklyn', 0.6, ['region:av.a']),
    { id: 'olo-warren', kind: 'person', name: 'Olo Warren', prominence: 0.12, aliases: [{ text: 'Warren', match: 'needs-context' }] },
  ]);
  expect(links('Brooklyn Warren Fans Gather Outside The Hall\nMore news.', {}, headline)).toContain('Brooklyn→city:brooklyn');
});
