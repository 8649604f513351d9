/**
 * A place's name that begins a street's ("Corva Street", "Nordmark Avenue") is the street, and a town
 * named for its stream ("Pell River") is the stream after "the" (feature-names.ts: featureNameAround,
 * streamAfterThe). Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('region:av.n', 'Nordmark', 0.6, ['country:av'], 'region'),
  place('city:corva', 'Corva', 0.7, ['country:av']),
  place('city:pell-river', 'Pell River', 0.4, ['country:av', 'region:av.n']),
  place('vell-river', 'Vell River', 0.6, ['country:av'], 'river'),
]);
const on = (text: string) => links(text, {}, lexicon);

test('a place before a street word is part of the street\'s name', () => {
  expect(on('Police reported a shooting near Corva Street on Monday.')).toEqual([]);
  // (A region's name too, which no rule for towns' compounds covers.)
  expect(on('Protesters in Arvenia marched down Nordmark Road and Corva Road.')).toEqual(['Arvenia→country:av']);
  // (A person's surname too: Talen Corva is named in full, and "Corva Boulevard" is still a street.)
  const withPerson = lexiconOf([place('city:corva', 'Corva', 0.7), { id: 'talen-corva', kind: 'person', name: 'Talen Corva', prominence: 0.8, aliases: [] }]);
  expect(links('Talen Corva opened a shop on Corva Boulevard.', {}, withPerson)).toEqual(['Talen Corva→talen-corva']);
});

test('the place where the street word is lower case or another sentence begins', () => {
  expect(on('In Arvenia, Corva street food is famous.')).toContain('Corva→city:corva');
  expect(on('They drove to Corva. Road works began.')).toEqual(['Corva→city:corva']);
});

test('a town named for its stream is the stream after "the"', () => {
  expect(on('In Nordmark, the Pell River flooded the treatment plant.')).toEqual(['Nordmark→region:av.n']);
  expect(on('The Pell River crested at 36 feet in Nordmark.')).toEqual(['Nordmark→region:av.n']);
});

test('a river the dataset knows stays the river', () => {
  expect(on('Barges waited on the Vell River in Arvenia.')).toEqual(['Vell River→vell-river', 'Arvenia→country:av']);
});

test('the town where no article stands before it', () => {
  expect(on('He grew up in Pell River, Nordmark.')).toEqual(['Pell River→city:pell-river', 'Nordmark→region:av.n']);
});
