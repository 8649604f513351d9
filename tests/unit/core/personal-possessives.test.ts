/**
 * A town's or a region's possessive before what only a person has — "Corva's husband", "Lume's life"
 * — names a person: the person's card where the dataset has one, else none. The place's own words,
 * and a country's, keep the place. Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.6, ['country:av']),
  place('region:av.l', 'Lume', 0.6, ['country:av'], 'region'),
  place('city:tarn', 'Tarn', 0.6, ['country:av']),
  { id: 'dara-tarn', kind: 'person', name: 'Dara Tarn', aliases: [{ text: 'Tarn', match: 'needs-context' }], prominence: 0.6 },
]);
const on = (text: string) => links(text, {}, lexicon);

test('a place\'s name before what only a person has is no place', () => {
  expect(on('Nobody knew how Lume\'s life had changed, or what Corva\'s husband said.')).toEqual([]);
});

test('the person named so, where the dataset has one', () => {
  expect(on('Officials said Tarn\'s wife had left.')).toEqual(['Tarn→dara-tarn']);
});

test('the place\'s own words, a word between, and a country keep the place', () => {
  expect(on('Corva\'s mayor and Lume\'s governor met; Corva\'s death toll rose.')).toEqual(['Corva→city:corva', 'Lume→region:av.l', 'Corva→city:corva']);
  expect(on('Lume\'s cultural life is rich, and Arvenia\'s son came home.')).toEqual(['Lume→region:av.l', 'Arvenia→country:av']);
});

test('after a personal honorific, a person the page names in full, or no one', () => {
  expect(on('Mrs. Corva told reporters she was innocent, and Mr. Arvenia said he would appeal.')).toEqual([]);
  // (Not a famous bearer of the surname either: Dara Tarn is not named in full.)
  expect(on('Officials in Arvenia said Mr. Tarn would appeal.')).toEqual(['Arvenia→country:av']);
  expect(on('Dara Tarn spoke on Monday. Mr. Tarn said he would appeal.')).toEqual(['Dara Tarn→dara-tarn', 'Tarn→dara-tarn']);
  // (Written without the abbreviation's dot too.)
  expect(on('Dr Corva said so, in Arvenia.')).toEqual(['Arvenia→country:av']);
});

test('after a personal honorific, a name only people have is read as any surname: a famous one\'s with one sign', () => {
  const famous = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    { id: 'olek-varga', kind: 'person', name: 'Olek Varga', aliases: [{ text: 'Varga', match: 'needs-context' }], prominence: 0.9, related: ['country:av'] },
  ]);
  // ("Mr Starmer said", "Ms Reeves will deliver the budget": no card at all before.)
  expect(links('Officials in Arvenia said Mr Varga would appeal.', {}, famous)).toEqual(['Arvenia→country:av', 'Varga→olek-varga']);
  expect(links('Officials in Arvenia said Varga would appeal.', {}, famous)).toEqual(['Arvenia→country:av', 'Varga→olek-varga']);
});
