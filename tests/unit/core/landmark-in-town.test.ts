/**
 * "The Hermitage in St Petersburg": after "in", the town a landmark, a museum or a river lies in places
 * it, as a region or a country places a town (containers.ts, pairTownIn): a short name that needs the
 * page's support has it there. Not a town in another town, nor a landmark in a town it does not lie
 * in. Made-up places.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links } from './helpers.ts';

const COUNTRY = { type: 'country', value: 'Velaria', id: 'country:vl' } as const;
const lexicon = lexiconOf([
  { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', aliases: [], prominence: 0.9 },
  { id: 'city:orsk', kind: 'place', subkind: 'city', name: 'Orsk', aliases: [], prominence: 0.7, related: ['country:vl'], facts: [COUNTRY] },
  { id: 'city:brel', kind: 'place', subkind: 'city', name: 'Brel', aliases: [], prominence: 0.6, related: ['country:vl'], facts: [COUNTRY] },
  { id: 'lantern-museum', kind: 'place', subkind: 'museum', name: 'Lantern Museum', aliases: [{ text: 'Lantern', match: 'needs-context' }], prominence: 0.5, related: ['country:vl', 'city:orsk'], facts: [COUNTRY] },
  { id: 'city:kell', kind: 'place', subkind: 'city', name: 'Kell', aliases: [{ text: 'Kell', match: 'needs-context' }], prominence: 0.2, related: ['country:vl', 'city:orsk'], facts: [COUNTRY] },
] as LexiconEntity[]);

test('a landmark\'s short name before "in" and the town it lies in is the landmark', () => {
  expect(links('The Lantern reopened after repairs.', {}, lexicon)).toEqual([]);
  expect(links('The Lantern in Orsk reopened after repairs.', {}, lexicon)).toEqual(['Lantern→lantern-museum', 'Orsk→city:orsk']);
});

test('not before a town it does not lie in, and never a town in a town', () => {
  expect(links('The Lantern in Brel reopened after repairs.', {}, lexicon)).toEqual(['Brel→city:brel']);
  expect(links('He grew up in Kell in Orsk.', {}, lexicon)).toEqual(['Orsk→city:orsk']);
});
