/**
 * A saint's church, square or hospital ("St. Peter's Square", "St Mary's Hospital") is no mention of the
 * town or parish named after the saint, nor of the saint. Made-up places named after saints.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:vastria', 'Vastria', 0.9, [], 'country'),
  place('city:st-ardo', 'St. Ardo', 0.6, ['country:vastria']),
  { id: 'saint-ardo', kind: 'person', name: 'St. Ardo', prominence: 0.2, aliases: [] },
  place('region:st-wenna', 'St Wenna', 0.5, ['country:vastria'], 'region'),
]);

test("a saint's building or square after the possessive is neither the town nor the saint", () => {
  expect(links("Pilgrims filled St. Ardo's Square and St Wenna's Hospital in Vastria.", {}, lexicon)).toEqual(['Vastria→country:vastria']);
  expect(links("ST. ARDO'S CATHEDRAL REOPENS AFTER FIRE", {}, lexicon)).toEqual([]);
});

test("the town's own possessive is the town", () => {
  expect(links("In Vastria, St. Ardo's mayor and St Wenna's council met.", {}, lexicon)).toEqual(['Vastria→country:vastria', 'St. Ardo→city:st-ardo', 'St Wenna→region:st-wenna']);
});
