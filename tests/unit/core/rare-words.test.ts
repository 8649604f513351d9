/**
 * A little-known town named like a rarer dictionary word (CompileOptions.rareWords: every lowercase
 * WordNet lemma, in the shipped lexicon) needs the words beside it to place it, like a town named like
 * a common word. A landmark, a museum or a river is not held to that: its one-word name is the one news
 * writes ("the Louvre"), needing only its capital. Made-up places and words.
 */
import { expect, test } from 'vitest';
import { compileLexicon, loadLexicon, type LexiconEntity } from '../../../src/core/index.ts';
import { links } from './helpers.ts';

const COUNTRY = { type: 'country', value: 'Velaria', id: 'country:vl' } as const;
const entities: LexiconEntity[] = [
  { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', aliases: [], prominence: 0.9 },
  { id: 'region:ostmark', kind: 'place', subkind: 'region', name: 'Ostmark', aliases: [], prominence: 0.3, related: ['country:vl', 'city:quorvel'], facts: [COUNTRY] },
  { id: 'city:quorvel', kind: 'place', subkind: 'city', name: 'Quorvel', aliases: [], prominence: 0.2, related: ['country:vl', 'region:ostmark'], facts: [COUNTRY] },
  { id: 'region:tarrow', kind: 'place', subkind: 'region', name: 'Tarrow', aliases: [], prominence: 0.3, related: ['country:vl'], facts: [COUNTRY] },
  { id: 'city:brannock', kind: 'place', subkind: 'city', name: 'Brannock', aliases: [], prominence: 0.7, related: ['country:vl'], facts: [COUNTRY] },
  { id: 'country:os', kind: 'place', subkind: 'country', name: 'Ostland', aliases: [], prominence: 0.9 },
  { id: 'region:skell', kind: 'place', subkind: 'region', name: 'Skell', aliases: [], prominence: 0.2, related: ['country:os'], facts: [{ type: 'country', value: 'Ostland', id: 'country:os' }] },
  { id: 'region:vanes', kind: 'place', subkind: 'region', name: 'Vanes', aliases: [], prominence: 0.2, related: ['country:os'], facts: [{ type: 'country', value: 'Ostland', id: 'country:os' }] },
  { id: 'city:brel', kind: 'place', subkind: 'city', name: 'Brel', aliases: [], prominence: 0.3, related: ['country:os', 'region:skell'], facts: [{ type: 'country', value: 'Ostland', id: 'country:os' }] },
  { id: 'spindle-museum', kind: 'place', subkind: 'museum', name: 'Spindle Museum', aliases: [{ text: 'Spindle', match: 'ordinary' }], prominence: 0.4, related: ['country:vl'], facts: [COUNTRY] },
];
// "quorvel", "tarrow", "brannock", "skell" and "vane" are words of this made-up dictionary.
const rareWords = new Set(['quorvel', 'tarrow', 'brannock', 'skell', 'vane', 'spindle']);
const lexicon = loadLexicon(compileLexicon(entities, { rareWords }));
const without = loadLexicon(compileLexicon(entities));

test('a little-known town named like a rare word does not link because the page names its country', () => {
  const text = 'Velaria held elections on Sunday. The Quorvel sailor, as the film calls him, won the fight.';
  expect(links(text, {}, without)).toContain('Quorvel→city:quorvel'); // what the rule prevents
  expect(links(text, {}, lexicon)).toEqual(['Velaria→country:vl']);
});

test('the same town links when its region follows it after a comma or is named nearby', () => {
  expect(links('The bridge at Quorvel, Ostmark, reopened on Monday.', {}, lexicon)).toContain('Quorvel→city:quorvel');
  expect(links('Storms hit Ostmark, in eastern Velaria, overnight. In Quorvel, roofs were torn off.', {}, lexicon)).toContain('Quorvel→city:quorvel');
});

test('a region named like a rare word and a well-known town are left alone', () => {
  expect(links('Velaria held elections on Sunday. Turnout in Tarrow was high.', {}, lexicon)).toContain('Tarrow→region:tarrow');
  expect(links('Flights from Brannock resumed on Monday.', {}, lexicon)).toEqual(['Brannock→city:brannock']);
});

test('a region of little note named like a word, or a word\'s plural, needs the page to name its towns, or a word beside it', () => {
  expect(links('Prices reached a Skell in March.', {}, without)).toEqual(['Skell→region:skell']); // what the rule prevents
  expect(links('Prices reached a Skell in March.', {}, lexicon)).toEqual([]);
  expect(links('The Emerald Vanes, near the summit, are a sight.', {}, lexicon)).toEqual([]);
  expect(links('Floods hit Skell near Ostland.', {}, lexicon)).toEqual(['Ostland→country:os']);
  // The country it lies in, right after it, places it, after "in" as after a comma.
  expect(links('Floods hit Skell in Ostland.', {}, lexicon)).toEqual(['Skell→region:skell', 'Ostland→country:os']);
  expect(links('Floods hit Skell in Ostland. In Brel, roofs were torn off.', {}, lexicon)).toEqual(['Skell→region:skell', 'Ostland→country:os', 'Brel→city:brel']);
  expect(links('Floods hit Vanes province in Ostland.', {}, lexicon)).toEqual(['Vanes province→region:vanes', 'Ostland→country:os']);
  // An unknown capitalised word and a comma before it is no town it places: a list of words.
  expect(links('Alpha, Gamma, Skell and Omega spawned.', {}, lexicon)).toEqual([]);
});

test('a landmark or a museum is known by its one-word name, in capitals only', () => {
  expect(links('Thieves raided the Spindle on Sunday.', {}, lexicon)).toEqual(['Spindle→spindle-museum']);
  expect(links('Crowds queued outside the Spindle.', {}, lexicon)).toEqual(['Spindle→spindle-museum']);
  expect(links('She oiled the spindle of the loom.', {}, lexicon)).toEqual([]);
});
