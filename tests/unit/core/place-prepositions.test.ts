/**
 * After a preposition of place, a name that a page also uses as a person's surname is the place:
 * "Dana Orlen starred in the film, which premiered in Orlen". Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:vastria', 'Vastria', 0.9, [], 'country'),
  place('city:orlen', 'Orlen', 0.7, ['country:vastria']),
  { id: 'dana-orlen', kind: 'person', name: 'Dana Orlen', prominence: 0.5, aliases: [] },
]);

test('after "in", the place, though a person of that surname is named in full', () => {
  expect(links('Dana Orlen starred in the film, which premiered in Orlen.', {}, lexicon)).toEqual(['Dana Orlen→dana-orlen', 'Orlen→city:orlen']);
  expect(links('Dana Orlen spoke. Crowds gathered outside Orlen.', {}, lexicon)).toEqual(['Dana Orlen→dana-orlen', 'Orlen→city:orlen']);
});

test('elsewhere, and before a possessive, the person named in full', () => {
  expect(links('Dana Orlen starred in the film. Orlen said so.', {}, lexicon)).toEqual(['Dana Orlen→dana-orlen', 'Orlen→dana-orlen']);
  expect(links("Dana Orlen starred in the film. Fans cheered in Orlen's honour.", {}, lexicon)).toEqual(['Dana Orlen→dana-orlen', 'Orlen→dana-orlen']);
  expect(links('Dana Orlen spoke to Orlen aides.', {}, lexicon)).toEqual(['Dana Orlen→dana-orlen', 'Orlen→dana-orlen']);
});

test("a journey's end or start is a place, never a person", () => {
  const trips = lexiconOf([
    place('country:vastria', 'Vastria', 0.9, [], 'country'),
    place('city:orlen', 'Orlen', 0.7, ['country:vastria']),
    { id: 'dana-orlen', kind: 'person', name: 'Dana Orlen', prominence: 0.5, aliases: [] },
    { id: 'kel-vorn', kind: 'person', name: 'Kel Vorn', prominence: 0.8, aliases: [{ text: 'KV', match: 'acronym' }] },
  ]);
  expect(links('Flights from Orlen were cancelled after Dana Orlen spoke.', {}, trips)).toEqual(['Orlen→city:orlen', 'Dana Orlen→dana-orlen']);
  expect(links('She was greeted upon her arrival at KV.', {}, trips)).toEqual([]);
  expect(links('The KV files were released.', {}, trips)).toEqual(['KV→kel-vorn']);
});
