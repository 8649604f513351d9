/**
 * A famous person's distinctive surname links, with no full mention, on one sign from the page (their
 * country, or two of its places), and a leader's of the first rank on none; anyone else's needs two.
 * A surname that is also a common name needs two signs whoever bears it. Made-up people and places.
 */
import { expect, test } from 'vitest';
import { compileLexicon, loadLexicon, type LexiconEntity } from '../../../src/core/index.ts';
import { links, place } from './helpers.ts';

const COUNTRY = { type: 'country', value: 'Velaria', id: 'country:vl' } as const;
const person = (id: string, name: string, surname: string, prominence: number): LexiconEntity => ({
  id, kind: 'person', name, aliases: [{ text: surname, match: 'needs-context' }], prominence, related: ['country:vl'], facts: [COUNTRY],
});
const lexicon = loadLexicon(compileLexicon([
  place('country:vl', 'Velaria', 0.9, [], 'country'),
  { ...place('city:ostrel', 'Ostrel', 0.6, ['country:vl']), facts: [COUNTRY] },
  { ...place('region:kell', 'Kellmark', 0.4, ['country:vl'], 'region'), facts: [COUNTRY] },
  person('tova-brennick', 'Tova Brennick', 'Brennick', 0.85),
  person('arlo-quennet', 'Arlo Quennet', 'Quennet', 0.5),
  person('ivo-dastrel', 'Ivo Dastrel', 'Dastrel', 0.95),
]));

test('a famous surname links on its country alone, or on two of its places', () => {
  expect(links('Brennick said on Monday that Velaria would not yield.', {}, lexicon)).toContain('Brennick→tova-brennick');
  expect(links('Brennick spoke in Ostrel, Kellmark.', {}, lexicon)).toContain('Brennick→tova-brennick');
});

test('a lesser-known surname still needs two signs, and a famous one at least one', () => {
  expect(links('Quennet said on Monday that Velaria would not yield.', {}, lexicon)).toEqual(['Velaria→country:vl']);
  expect(links('Brennick said on Monday that the talks would go on.', {}, lexicon)).toEqual([]);
});

test('a leader\'s surname of the first rank links on no sign at all, but after "in"', () => {
  expect(links('Dastrel met Quennet on Monday.', {}, lexicon)).toEqual(['Dastrel→ivo-dastrel']);
  expect(links('Crowds gathered in Dastrel.', {}, lexicon)).toEqual([]);
});

test('a famous person\'s surname that is a common name takes two signs like anyone\'s', () => {
  // "Marlow" is a word of this test's list (so a name many bear, as "Harris" or "Lee" is).
  const withNames = loadLexicon(compileLexicon([
    place('country:vl', 'Velaria', 0.9, [], 'country'),
    person('sela-marlow', 'Sela Marlow', 'Marlow', 0.95),
  ], { commonWords: new Set(['marlow']) }));
  expect(links('On Monday, Marlow said that Velaria would not yield.', {}, withNames)).toEqual(['Velaria→country:vl']);
  expect(links('Sela Marlow spoke. On Monday, Marlow said that Velaria would not yield.', {}, withNames)).toContain('Marlow→sela-marlow');
});

test("a little-known town named like a famous person's surname needs context only where the record gives the surname alone", () => {
  // ("Obama", Japan, is the president's surname first; "Lincoln", Nebraska, and Wales keep their names:
  // the records of Abraham Lincoln and of "Diana, Princess of Wales" give no bare surname.)
  const towns = loadLexicon(compileLexicon([
    place('country:vl', 'Velaria', 0.9, [], 'country'),
    { ...place('city:brennick', 'Brennick', 0.3, ['country:vl']), facts: [COUNTRY] },
    { ...place('city:dorwick', 'Dorwick', 0.3, ['country:vl']), facts: [COUNTRY] },
    { ...place('region:sallow', 'Sallow', 0.3, ['country:vl'], 'region'), facts: [COUNTRY] },
    person('tova-brennick', 'Tova Brennick', 'Brennick', 0.95),
    { id: 'ede-dorwick', kind: 'person', name: 'Ede Dorwick', aliases: [], prominence: 0.9 },
    { id: 'ina-sallow', kind: 'person', name: 'Ina, Princess of Sallow', aliases: [], prominence: 0.9 },
  ]));
  expect(links('Crowds gathered in Brennick.', {}, towns)).toEqual([]);
  expect(links('Crowds gathered in Dorwick and in Sallow.', {}, towns)).toEqual(['Dorwick→city:dorwick', 'Sallow→region:sallow']);
});
