/**
 * A little-known town of a region the page names by nothing but this town, on a page that names places
 * of its country's other regions, is most likely something else of that name: "the Whole Foods store on
 * Westlake" on a Seattle page is no town in Ohio. Its region named on the page, or read beside it (a
 * table of towns and their regions), places it. Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const PLACES = [
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('region:os.n', 'Nordmark', 0.3, ['country:os'], 'region'),
  place('region:os.s', 'Sudmark', 0.3, ['country:os'], 'region'),
  place('city:harrowby', 'Harrowby', 0.6, ['country:os', 'region:os.n']),
  place('city:kellstad', 'Kellstad', 0.45, ['country:os', 'region:os.n']),
  place('city:westby', 'Westby', 0.15, ['country:os', 'region:os.s']),
  place('city:quillton', 'Quillton', 0.5, ['country:os', 'region:os.s']),
];
const lexicon = lexiconOf(PLACES);
const PAGE = 'Ostland\'s biggest retailer opened in Harrowby on Monday. Shoppers in Kellstad and Harrowby queued. ' +
  'The company said sales of coffee, bread and fresh fish had been better than it had hoped for the first week of trading. ';
const onPage = (text: string) => links(PAGE + text, {}, lexicon);

test('a little-known town of a region the page names by this town alone is not linked', () => {
  expect(onPage('The store on Westby was busy, surrounded by Ostland offices.')).not.toContain('Westby→city:westby');
});

test('its region, or another town of it, on the page places it', () => {
  expect(onPage('Rain fell in Sudmark. The store on Westby was busy.')).toContain('Westby→city:westby');
  expect(onPage('Quillton was quiet. The store on Westby was busy.')).toContain('Westby→city:westby');
});

test('so does its region read beside it, chosen or not, as in a table of towns and their regions', () => {
  // Sudmark is named "Sudmark Region" here, as GeoNames names many regions, and only its short name is read.
  // (A row of its own, no other town of the country within a clause.)
  const table = links(`${PAGE}\nWestby Sudmark 24,700 Figures From The Census\n`, {}, lexiconOf([
    ...PLACES.filter((p) => p.id !== 'region:os.s' && p.id !== 'city:quillton'),
    { id: 'region:os.s', kind: 'place', subkind: 'region', name: 'Sudmark Region', prominence: 0.3, related: ['country:os'],
      aliases: [{ text: 'Sudmark', match: 'needs-context' }] },
    // (A surname too, so "Sudmark" alone is no one's for sure and is not linked: the town still is.)
    { id: 'ada-sudmark', kind: 'person', name: 'Ada Sudmark', prominence: 0.5, related: ['country:os'], aliases: [{ text: 'Sudmark', match: 'needs-context' }] },
  ]));
  expect(table).not.toContain('Sudmark→region:os.s');
  expect(table).toContain('Westby→city:westby');
});

test('nor does another place of its country named within a clause: a list of towns of several regions', () => {
  expect(onPage('Others waited near Kellstad, Harrowby and Westby for the boats.')).toContain('Westby→city:westby');
});

test('a page that names no other region of its country asks nothing of it', () => {
  expect(links('Ostland\'s retailer opened a store on Westby on Monday.', {}, lexicon)).toContain('Westby→city:westby');
});
