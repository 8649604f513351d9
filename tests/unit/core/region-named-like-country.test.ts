/**
 * A first-level region named like another country (Georgia, the US state, and Georgia) is that region
 * on a page that names two more of its own country's places or people, or one of its own, and nothing
 * tied to the other country; a page that names the other country's neighbours keeps the country.
 * Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:vl', 'Velaria', 0.9, ['country:mr'], 'country'),
  place('country:mr', 'Morvia', 0.9, ['country:vl'], 'country'),
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('region:os.vl', 'Velaria', 0.4, ['country:os'], 'region'),
  place('region:os.k', 'Kellmark', 0.4, ['country:os'], 'region'),
  place('region:os.d', 'Dornmark', 0.4, ['country:os'], 'region'),
  place('city:1', 'Lattenburg', 0.5, ['country:os', 'region:os.vl'], 'city'),
  place('city:2', 'Sorvik', 0.5, ['country:vl'], 'city'),
]);

test('a region named like another country, among its own country\'s places', () => {
  expect(links('The coach worked in Kellmark and Dornmark before retiring to a lake in north Velaria.', {}, lexicon))
    .toEqual(['Kellmark→region:os.k', 'Dornmark→region:os.d', 'Velaria→region:os.vl']);
});

test('the country, where the page names its neighbour or one of its towns', () => {
  expect(links('The coach worked in Kellmark and Dornmark. Morvia and Velaria signed a treaty.', {}, lexicon)).toContain('Velaria→country:vl');
  expect(links('Velaria said the talks in Sorvik would go on.', {}, lexicon)).toContain('Velaria→country:vl');
});

test('neither, where the page names nothing of the country and too little of the region\'s to tell', () => {
  expect(links('The coach worked in Kellmark before retiring to a lake in north Velaria.', {}, lexicon)).toEqual(['Kellmark→region:os.k']);
  expect(links('The plant\'s owners pledged to Velaria regulators that they would limit the cost.', {}, lexicon)).toEqual([]);
  // A region of little note named like a country does not hide the country.
  const minor = lexiconOf([
    place('country:vl', 'Velaria', 0.9, [], 'country'),
    place('country:os', 'Ostland', 0.9, [], 'country'),
    place('region:os.vl', 'Velaria', 0.25, ['country:os'], 'region'),
  ]);
  expect(links('He lives in Velaria.', {}, minor)).toEqual(['Velaria→country:vl']);
});

test('the region, where the page names one of its own towns; the country, where it names one of the country\'s too', () => {
  expect(links('Velaria regulators approved the rate rise. Customers in Lattenburg will pay more.', {}, lexicon)).toContain('Velaria→region:os.vl');
  expect(links('Velaria regulators approved the rate rise. Customers in Lattenburg and Sorvik will pay more.', {}, lexicon)).toContain('Velaria→country:vl');
});

test('the region, where "and" joins it to a region of its own country', () => {
  expect(links('Voters in Velaria and Kellmark backed the measure.', {}, lexicon)).toContain('Velaria→region:os.vl');
  expect(links('Leaders of Velaria and Morvia met.', {}, lexicon)).toContain('Velaria→country:vl');
});
