/**
 * A state's, a country's or a town's name after "the", where the phrase ends, or before "rivers", is the
 * river of that name (river-names.ts); a county's name is no town's (region-words.ts, countyWordAfter).
 * Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('region:av.m', 'Marova', 0.5, ['country:av'], 'region'),
  place('region:av.t', 'Tessin', 0.5, ['country:av'], 'region'),
  place('city:corva', 'Corva', 0.6, ['country:av', 'region:av.m']),
  place('city:lume', 'Lume', 0.6, ['country:av', 'region:av.t']),
  place('marova-river', 'Marova River', 0.4, ['country:av', 'region:av.m'], 'river'),
  place('region:ke.x', 'Kiru', 0.3, ['country:av'], 'region'),
  place('city:kiru', 'Kiru', 0.35, ['country:av', 'region:ke.x']),
  place('city:fort-corva', 'Fort Corva', 0.5, ['country:av']),
  // (So that "Beach" begins a name, as it does in the real lexicon: a capitalised word that begins none,
  // after a name, makes a longer one by another rule.)
  place('city:beach-haven', 'Beach Haven', 0.3, ['country:av']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('a state\'s name where a river\'s phrase ends is the river the dataset has of that name', () => {
  expect(on('Barges were stranded on the Marova as water levels fell in Corva.')).toEqual(['Marova→marova-river', 'Corva→city:corva']);
  expect(on('Farmers in Corva draw water from the Marova.')).toEqual(['Corva→city:corva', 'Marova→marova-river']);
  expect(on('The Marova flows past Corva.')).toEqual(['Marova→marova-river', 'Corva→city:corva']);
  expect(on('The Marova And Tessin Rivers Crested In Corva')).toContain('Marova→marova-river');
});

test('the state itself where a noun or a name goes on, or without "the"', () => {
  expect(on('The Marova legislature met in Corva.')).toEqual(['Marova→region:av.m', 'Corva→city:corva']);
  expect(on('the Marova Supreme Court sat in Corva.')).toContain('Marova→region:av.m');
  expect(on('Floods hit Marova and Tessin on Monday.')).toEqual(['Marova→region:av.m', 'Tessin→region:av.t']);
  // (A capital "The" inside a sentence is a title's own: a work's, titles.ts, not the river's.)
  expect(on('Critics praised The Marova at the festival in Corva.')).not.toContain('Marova→marova-river');
});

test('no card where the words say a river and the dataset has none of the name', () => {
  expect(on('The Marova and Tessin rivers crested in Corva.')).toEqual(['Marova→marova-river', 'Corva→city:corva']);
  expect(on('The Tessin overflowed its banks at Lume.')).toEqual(['Lume→city:lume']);
  expect(on('Heavy rain in the Tessin basin raised the levels in Lume.')).toEqual(['Lume→city:lume']);
  // (Where the phrase merely ends, a river the dataset lacks changes nothing: "the Arvenia that I knew".)
  expect(on('He longed for the Tessin of his youth, near Lume.')).toContain('Tessin→region:av.t');
});

test('a county\'s name is its region where the dataset has one, and no town\'s', () => {
  expect(on('The fire burned 40,000 acres in Corva and Lume counties.')).toEqual([]);
  expect(on('Storms downed power lines across Corva County on Friday.')).toEqual([]);
  expect(on('The governor toured Kiru and Corva counties.')).toEqual(['Kiru→region:ke.x']);
  expect(on('Officials in Kiru county said the road would reopen.')).toEqual(['Kiru→region:ke.x']);
});

test('a town\'s name before "Beach" is another town\'s', () => {
  expect(on('The crew reported live from Corva Beach as the surge came in.')).toEqual([]);
  expect(on('The crew reported live from Fort Corva Beach as the surge came in.')).toEqual([]);
  expect(on('The crew reported live from Fort Corva as the surge came in.')).toEqual(['Fort Corva→city:fort-corva']);
});
