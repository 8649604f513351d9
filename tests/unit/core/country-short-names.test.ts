/**
 * A short name only countries share, and no word ("Congo" for either republic), is the one whose place
 * or person the page names; with none, or for a name an airline or a word shares, it stays as doubtful
 * as any short form. Made-up countries.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  { id: 'country:dv', kind: 'place', subkind: 'country', name: 'Democratic Republic of Varn', prominence: 0.8, aliases: [{ text: 'Varn', match: 'needs-context' }] },
  { id: 'country:rv', kind: 'place', subkind: 'country', name: 'Republic of Varn', prominence: 0.6, aliases: [{ text: 'Varn', match: 'needs-context' }] },
  place('region:dv.k', 'South Kelo', 0.5, ['country:dv'], 'region'),
  place('city:brazo', 'Brazo', 0.6, ['country:rv']),
  { id: 'country:tz', kind: 'place', subkind: 'country', name: 'Tarvezian Emirates', prominence: 0.8, aliases: [{ text: 'Emirs', match: 'needs-context' }] },
  place('city:dubo', 'Dubo', 0.7, ['country:tz']),
  { id: 'emirs-air', kind: 'organization', subkind: 'company', name: 'Emirs Airline', prominence: 0.6, aliases: [{ text: 'Emirs', match: 'needs-context' }] },
]);
const on = (text: string) => links(text, {}, lexicon);

test('one place of one of the countries on the page says which', () => {
  expect(on('Varn\'s health ministry said cases had risen in South Kelo.')).toEqual(['Varn→country:dv', 'South Kelo→region:dv.k']);
  expect(on('Brazo residents said Varn would vote.')).toEqual(['Brazo→city:brazo', 'Varn→country:rv']);
});

test('with none, or where another kind shares the name, no card', () => {
  expect(on('Varn said the talks would resume.')).toEqual([]);
  expect(on('Emirs flights from Dubo were delayed.')).toEqual(['Dubo→city:dubo']);
});
