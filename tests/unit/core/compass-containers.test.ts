/**
 * "Clashes in Tripoli, in northern Lebanon": after a comma (or none), "in" and a point of the compass, the
 * country or region is where the town lies, as after a comma alone or "in" alone (match.ts inRegionOf,
 * containers.ts pairTownIn); and a country's short name that needs context has it there ("Goma, in
 * eastern Congo"). Made-up places.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links } from './helpers.ts';

const inCountry = (id: string, value: string) => ({ type: 'country', value, id }) as const;
const lexicon = lexiconOf([
  { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', aliases: [], prominence: 0.9 },
  { id: 'country:os', kind: 'place', subkind: 'country', name: 'Ostland', aliases: [], prominence: 0.6 },
  { id: 'country:mr', kind: 'place', subkind: 'country', name: 'Marr Republic', aliases: [{ text: 'Marr', match: 'needs-context' }], prominence: 0.6 },
  { id: 'city:tarva-vl', kind: 'place', subkind: 'city', name: 'Tarva', aliases: [], prominence: 0.7, related: ['country:vl'], facts: [inCountry('country:vl', 'Velaria')] },
  { id: 'city:tarva-os', kind: 'place', subkind: 'city', name: 'Tarva', aliases: [], prominence: 0.4, related: ['country:os'], facts: [inCountry('country:os', 'Ostland')] },
  { id: 'city:zelk', kind: 'place', subkind: 'city', name: 'Zelk', aliases: [], prominence: 0.4, related: ['country:mr'], facts: [inCountry('country:mr', 'Marr Republic')] },
] as LexiconEntity[]);
const on = (text: string) => links(text, {}, lexicon);

test('a town then ", in northern <country>" is the town of that country', () => {
  expect(on('Clashes in Tarva killed two people.')).toEqual(['Tarva→city:tarva-vl']);
  expect(on('Clashes in Tarva, in northern Ostland, killed two people.')).toEqual(['Tarva→city:tarva-os', 'Ostland→country:os']);
  // (Without the comma too: "fighting flared in Tripoli in northern Lebanon".)
  expect(on('Fighting flared in Tarva in northern Ostland.')).toEqual(['Tarva→city:tarva-os', 'Ostland→country:os']);
});

test('a country that needs context has it from the town that lies in it', () => {
  expect(on('Fighting near Zelk, in eastern Marr, displaced thousands.')).toEqual(['Zelk→city:zelk', 'Marr→country:mr']);
  expect(on('Fighting near Zelk, Marr, displaced thousands.')).toEqual(['Zelk→city:zelk', 'Marr→country:mr']);
});

test('so does ", in the north of <country>" and ", in the central west of <country>"', () => {
  expect(on('Clashes in Tarva, in the north of Ostland, killed two people.')).toEqual(['Tarva→city:tarva-os', 'Ostland→country:os']);
  expect(on('Clashes in Tarva, in the central west of Ostland, killed two people.')).toEqual(['Tarva→city:tarva-os', 'Ostland→country:os']);
  // (Other words between are no such phrase: "in the capital of Ostland" may name another town.)
  expect(on('Clashes in Tarva, in the capital of Ostland, killed two people.')).toEqual(['Tarva→city:tarva-vl', 'Ostland→country:os']);
});

test('after a comma, a town none of whose readings lies there is one we do not know, as after a comma alone', () => {
  // (Zelk lies in the Marr Republic: this Zelk, in Ostland, is another.)
  expect(on('Fighting near Zelk, in the south of Ostland, displaced thousands.')).toEqual(['Ostland→country:os']);
  expect(on('Fighting near Zelk, in southern Ostland, displaced thousands.')).toEqual(['Ostland→country:os']);
});
