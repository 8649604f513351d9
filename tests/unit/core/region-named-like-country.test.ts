/**
 * A first-level region named like another country (Georgia, the US state, and Georgia) is that region
 * on a page that names two more of its own country's places or people and nothing tied to the other
 * country; a page that names the other country's neighbours keeps the country. Made-up places.
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
]);

test('a region named like another country, among its own country\'s places', () => {
  expect(links('The coach worked in Kellmark and Dornmark before retiring to a lake in north Velaria.', {}, lexicon))
    .toEqual(['Kellmark→region:os.k', 'Dornmark→region:os.d', 'Velaria→region:os.vl']);
});

test('the country, where the page names its neighbour or names too little of the region\'s country', () => {
  expect(links('The coach worked in Kellmark and Dornmark. Morvia and Velaria signed a treaty.', {}, lexicon)).toContain('Velaria→country:vl');
  expect(links('The coach worked in Kellmark before retiring to a lake in north Velaria.', {}, lexicon)).toContain('Velaria→country:vl');
});
