/**
 * A capital as well known as Amsterdam (prominence 0.75) is famous enough that a little-known town of
 * its name on the other side of the world needs support that singles it out — not merely the other
 * cities of that town's country named on the page (a menu of world cities); without it, it is no
 * reading at all, and takes no confidence from the capital ("Officials met in Washington": D.C., whose
 * name three little towns and a state share). But a region is no namesake of a city: the state of
 * Washington is known in its own right. Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const common = [
  place('country:vl', 'Velaria', 0.9, [], 'country'),
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('region:os.n', 'Nordmark', 0.45, ['country:os'], 'region'),
  place('city:velmar', 'Velmar', 0.75, ['country:vl']),
  place('city:velmar-os', 'Velmar', 0.11, ['country:os', 'region:os.n']),
  place('city:ostburg', 'Ostburg', 0.6, ['country:os', 'region:os.n']),
  place('city:kell', 'Kell', 0.55, ['country:os']),
  place('city:dorn', 'Dorn', 0.55, ['country:os']),
  place('city:hale', 'Hale', 0.55, ['country:os']),
];
const lexicon = lexiconOf(common);
const withRegion = lexiconOf([...common, place('region:os.w', 'Velmar', 0.42, ['country:os'], 'region')]);

test('a capital of 0.75 is not outweighed by its namesake\'s country-mates', () => {
  expect(links('Cities: Velmar, Kell, Dorn, Hale and Ostburg.', {}, lexicon)).toContain('Velmar→city:velmar');
});

test('a region named like a famous city is still weighed as a region', () => {
  expect(links('Trips: Nordmark, Kell, Dorn, Hale, Velmar and Ostburg.', {}, withRegion)).toContain('Velmar→region:os.w');
});

test('little-known namesakes nothing supports take no confidence from the famous place', () => {
  const crowded = lexiconOf([
    place('country:vl', 'Velaria', 0.9, [], 'country'), place('country:os', 'Ostland', 0.9, [], 'country'),
    place('city:velmar', 'Velmar', 0.73, ['country:vl']), place('region:os.w', 'Velmar', 0.42, ['country:os'], 'region'),
    place('city:velmar-2', 'Velmar', 0.2, ['country:os']), place('city:velmar-3', 'Velmar', 0.15, ['country:os']),
    place('city:velmar-4', 'Velmar', 0.13, ['country:os']), place('city:velmar-5', 'Velmar', 0.1, ['country:vl']),
  ]);
  expect(links('Officials met in Velmar on Tuesday.', {}, crowded)).toEqual(['Velmar→city:velmar']);
});
