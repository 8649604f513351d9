/**
 * A little-known place that nothing on the page supports is no likelier than a far better-known name
 * the word is short for ("Delta cancelled 300 flights": Delta Air Lines, not Delta State), which itself
 * waits for context: on the word alone, neither is shown. Made-up places and company.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('region:os.velta', 'Velta', 0.3, ['country:os'], 'region'),
  place('city:kell', 'Kell', 0.3, ['country:os', 'region:os.velta']),
  { id: 'velta-air', kind: 'organization', subkind: 'airline', name: 'Velta Air Lines', aliases: [{ text: 'Velta', match: 'needs-context' }], prominence: 0.7 },
]);
const on = (text: string) => links(text, {}, lexicon);

test('a little-known place loses the bare word to a far better-known short form', () => {
  expect(on('Velta cancelled 300 flights on Monday after the storm.')).toEqual([]);
});

test('its country or a town of it on the page gives the place back', () => {
  expect(on('Floods hit Velta on Monday, officials in Ostland said.')).toEqual(['Velta→region:os.velta', 'Ostland→country:os']);
  expect(on('Floods hit Velta on Monday; Kell was cut off.')).toEqual(['Velta→region:os.velta', 'Kell→city:kell']);
});
