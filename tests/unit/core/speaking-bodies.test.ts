/**
 * A building does not speak: "The Kremlin said", "the White House says" name the body it houses where
 * the dataset has one of the name, whatever the page's places back (match.ts, landmark readings dropped
 * before a word of reporting). A town, a region or a country may speak for its government: "Moscow
 * said" stays the city. Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.8, ['country:av']),
  { id: 'corva-keep', kind: 'place', subkind: 'landmark', name: 'Corva Keep', prominence: 0.6, related: ['city:corva'], aliases: [{ text: 'Keep', match: 'ordinary' }, { text: 'the Keep', match: 'ordinary' }] },
  { id: 'arvenian-presidency', kind: 'organization', subkind: 'government-body', name: 'Arvenian presidency', prominence: 0.6, related: ['country:av'], aliases: [{ text: 'the Keep', match: 'ordinary' }] },
]);
const on = (text: string) => links(text, {}, lexicon);

test('before a word of reporting, a landmark\'s name is the body it houses', () => {
  expect(on('Leaders met in Corva. The Keep said the talks went well.')).toEqual(['Corva→city:corva', 'Keep→arvenian-presidency']);
});

test('elsewhere the landmark, and a town that speaks stays the town', () => {
  expect(on('Tourists in Corva visited the Keep on Sunday.')).toEqual(['Corva→city:corva', 'Keep→corva-keep']);
  expect(on('Leaders met in Arvenia. Corva said the talks went well.')).toEqual(['Arvenia→country:av', 'Corva→city:corva']);
});
