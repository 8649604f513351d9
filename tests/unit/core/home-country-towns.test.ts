/**
 * Two little-known towns of one name in different countries: the one in the country the page names
 * most, when it names the other's country far less ("Hastings" in a New Zealand article that also
 * names England). Made-up places.
 */
import { expect, test } from 'vitest';
import { compileLexicon, loadLexicon, type LexiconEntity } from '../../../src/core/index.ts';
import { links } from './helpers.ts';

const town = (id: string, prominence: number, country: string): LexiconEntity =>
  ({ id, kind: 'place', subkind: 'city', name: 'Parvel', aliases: [], prominence, related: [country], facts: [{ type: 'country', value: country, id: country }] });
const lexicon = loadLexicon(compileLexicon([
  { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', aliases: [], prominence: 0.9 },
  { id: 'country:os', kind: 'place', subkind: 'country', name: 'Ostland', aliases: [], prominence: 0.9 },
  town('city:parvel-vl', 0.4, 'country:vl'),
  town('city:parvel-os', 0.48, 'country:os'),
]));

test('the town of the country the page is about, over a more prominent namesake of a country it barely names', () => {
  const about = 'Velaria held elections. Velaria voted. In Velaria, turnout rose. Velaria counted. Velaria waited. Velaria cheered.';
  expect(links(`${about} ${about} Settlers once came from Ostland.\nTowns\nParvel\n`, {}, lexicon)).toContain('Parvel→city:parvel-vl');
});

test('left to the weighing when the page names both countries alike', () => {
  expect(links('Velaria and Ostland held talks. Ostland and Velaria agreed.\nTowns\nParvel\n', {}, lexicon)).toContain('Parvel→city:parvel-os');
});
