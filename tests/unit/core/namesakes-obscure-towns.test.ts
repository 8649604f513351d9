/**
 * An obscure town (prominence under 0.25) named like a well-known one (0.5 and more) needs support that
 * singles it out, as a world-famous place's namesake does: two people of its country named on the page
 * speak for every town of that country, and single none out ("Brad Pitt and George Clooney promoted
 * their film in Venice" is not Venice, Florida). Its region named beside it does (namesakes.ts,
 * isObscureNamesake). Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:vl', 'Velaria', 0.9, [], 'country'),
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('region:os.n', 'Nordmark', 0.5, ['country:os'], 'region'),
  place('city:merano', 'Merano', 0.55, ['country:vl']),
  place('city:merano-os', 'Merano', 0.12, ['country:os', 'region:os.n']),
  { id: 'ada-kell', kind: 'person', name: 'Ada Kell', prominence: 0.7, aliases: [], related: ['country:os'] },
  { id: 'bo-dorn', kind: 'person', name: 'Bo Dorn', prominence: 0.7, aliases: [], related: ['country:os'] },
]);
const on = (text: string) => links(text, {}, lexicon);

test('people of the obscure town\'s country do not single it out', () => {
  expect(on('Ada Kell and Bo Dorn promoted their film in Merano.')).toContain('Merano→city:merano');
});

test('nor does its country alone, for a town of 0.2 to 0.25 too ("Russia\'s proxies have controlled Donetsk")', () => {
  const border = lexiconOf([
    place('country:vl', 'Velaria', 0.9, [], 'country'),
    place('country:os', 'Ostland', 0.9, [], 'country'),
    place('city:dask', 'Dask', 0.58, ['country:vl']),
    place('city:dask-os', 'Dask', 0.22, ['country:os']),
  ]);
  expect(links('Ostland\'s proxies have controlled Dask since 2014.', {}, border)).toEqual(['Ostland→country:os', 'Dask→city:dask']);
});

test('its region beside it does', () => {
  expect(on('Ada Kell and Bo Dorn grew up in Merano, Nordmark.')).toContain('Merano→city:merano-os');
});

test('or a place of its region named in its sentence', () => {
  expect(on('Merano is a small town in Nordmark.')).toContain('Merano→city:merano-os');
});
