/**
 * A one-word name the page says nothing for gives way to another entity's short form that the page
 * supports: "Gaza" is the Palestinian territory in the news at large, but "in Gaza, farmers lost their
 * crops near Xai-Xai" on a page about Mozambique is the Mozambican province (resolve.ts,
 * unsupportedBesideSupported). Made-up places.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links } from './helpers.ts';

const lexicon = lexiconOf([
  { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', aliases: [], prominence: 0.9 },
  { id: 'country:os', kind: 'place', subkind: 'country', name: 'Ostland', aliases: [], prominence: 0.8 },
  { id: 'marrow-strip', kind: 'place', subkind: 'territory', name: 'Marrow Strip', aliases: [{ text: 'Marrow', match: 'ordinary' }], prominence: 0.85, related: ['country:vl'] },
  { id: 'region:os.marrow', kind: 'place', subkind: 'region', name: 'Marrow Province', aliases: [{ text: 'Marrow', match: 'needs-context' }], prominence: 0.3, related: ['country:os', 'city:zell'], facts: [{ type: 'country', value: 'Ostland', id: 'country:os' }] },
  { id: 'city:zell', kind: 'place', subkind: 'city', name: 'Zell', aliases: [], prominence: 0.4, related: ['country:os', 'region:os.marrow'], facts: [{ type: 'country', value: 'Ostland', id: 'country:os' }] },
  { id: 'marrow-treaty', kind: 'event', name: 'Marrow Strip Accord', aliases: [{ text: 'Marrow Strip', match: 'needs-context' }], prominence: 0.3, related: ['country:os', 'city:zell'] },
] as LexiconEntity[]);

test('a one-word name is its famous entity when the page says nothing else', () => {
  expect(links('Aid trucks entered Marrow on Sunday.', {}, lexicon)).toEqual(['Marrow→marrow-strip']);
  expect(links('Velaria paused strikes on Marrow.', {}, lexicon)).toEqual(['Velaria→country:vl', 'Marrow→marrow-strip']);
});

test('it gives way to a short form the page supports, when the page supports the name in nothing', () => {
  expect(links('A cyclone struck Ostland; in Marrow, farmers lost their crops near Zell.', {}, lexicon))
    .toEqual(['Ostland→country:os', 'Marrow→region:os.marrow', 'Zell→city:zell']);
});

test('a name of several words is the entity it spells, whatever the page supports', () => {
  expect(links('A cyclone struck Ostland; in the Marrow Strip, farmers lost their crops near Zell.', {}, lexicon))
    .toContain('Marrow Strip→marrow-strip');
});
