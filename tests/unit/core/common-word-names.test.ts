/**
 * A name made of English words only ("White House", "Red Sea crisis") is a name only where it is
 * capitalised — as the name itself is written: its lowercase words stay lowercase ("crisis", "states").
 * Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const lexicon = lexiconOf([
  { id: 'green-hall', kind: 'organization', name: 'Green Hall', prominence: 0.6, aliases: [] },
  { id: 'north-sea-row', kind: 'event', name: 'North Sea row', prominence: 0.5, aliases: [] },
]);

test('its capitalised words must be capitalised', () => {
  expect(links('A spokesman for the Green Hall said so.', {}, lexicon)).toEqual(['Green Hall→green-hall']);
  expect(links('They painted the green hall on Monday.', {}, lexicon)).toEqual([]);
  expect(links('They sailed the north sea row after row.', {}, lexicon)).toEqual([]);
});

test('its lowercase words may be written so', () => {
  expect(links('The North Sea row hit fishing fleets on Monday.', {}, lexicon)).toEqual(['North Sea row→north-sea-row']);
  expect(links('The North Sea Row hit fishing fleets on Monday.', {}, lexicon)).toEqual(['North Sea Row→north-sea-row']);
});

test('a place named by a nationality and English words needs their capitals; a body does not', () => {
  const named = lexiconOf([
    { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', prominence: 0.9, aliases: [{ text: 'Velarian', match: 'demonym' }] },
    { id: 'city:vt', kind: 'place', subkind: 'city', name: 'Velarian Town', prominence: 0.4, aliases: [], related: ['country:os'] },
    { id: 'velarian-army', kind: 'organization', name: 'Velarian Army', prominence: 0.6, aliases: [], related: ['country:vl'] },
  ]);
  expect(links('He was the mayor of a Velarian town.', {}, named)).toEqual([]);
  expect(links('Floods hit Velarian Town on Monday.', {}, named)).toEqual(['Velarian Town→city:vt']);
  expect(links('The Velarian army moved north.', {}, named)).toEqual(['Velarian army→velarian-army']);
});
