/**
 * A little-known namesake of a world-famous place is singled out by its region or a town of it named
 * beside it — but not by a big city of its region, which is named everywhere, and beside other big
 * cities ("studied in New York City and lived in Jamaica" is the island, not Jamaica in Queens).
 * Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:vl', 'Velaria', 0.9, [], 'country'),
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('region:os.n', 'Nordmark', 0.3, ['country:os'], 'region'),
  place('city:velmar', 'Velmar', 0.85, ['country:vl']),
  place('city:velmar-os', 'Velmar', 0.2, ['country:os', 'region:os.n']),
  place('city:ostburg', 'Ostburg', 0.7, ['country:os', 'region:os.n']),
  place('city:kell', 'Kell', 0.3, ['country:os', 'region:os.n']),
  place('city:brook', 'Brook', 0.55, ['country:os', 'region:os.n']),
]);

test('a small town of its region named beside it singles the namesake out', () => {
  expect(links('She grew up in Kell and later moved to Velmar.', {}, lexicon)).toContain('Velmar→city:velmar-os');
});

test('a big city of its region does not', () => {
  expect(links('She studied in Ostburg and later lived in Velmar.', {}, lexicon)).toContain('Velmar→city:velmar');
  // Nor one of about a million (prominence 0.5 or more: Brooklyn is 0.56) in a menu of world cities.
  expect(links('Cities: Brook, Velmar.', {}, lexicon)).toContain('Velmar→city:velmar');
});
