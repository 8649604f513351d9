/**
 * A name that is both a town and a region (a province named like its capital) is the region where it is
 * listed among regions of that country; the town otherwise. Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('region:av.1', 'Corva', 0.35, ['country:av'], 'region'),
  place('region:av.2', 'Santa Lume', 0.3, ['country:av'], 'region'),
  place('region:av.3', 'Linde Plains', 0.28, ['country:av'], 'region'),
  place('region:av.4', 'Velgrad', 0.4, ['country:av'], 'region'),
  place('region:os.1', 'Ostmark Plains', 0.3, ['country:os'], 'region'),
  place('city:corva', 'Corva', 0.6, ['country:av', 'region:av.1']),
  place('city:santa-lume', 'Santa Lume', 0.45, ['country:av', 'region:av.2']),
  place('city:velgrad', 'Velgrad', 0.8, ['country:av', 'region:av.4']),
  place('city:harlow', 'Harlow', 0.3, ['country:av', 'region:av.3']),
  place('city:brenn', 'Brenn', 0.3, ['country:av', 'region:av.3']),
]);

test('a town named like a region, listed among regions of its country, is the region', () => {
  const found = links('Rains reached 83 mm in Corva, 41 in Santa Lume and 50 in Linde Plains.', {}, lexicon);
  expect(found).toContain('Corva→region:av.1');
  expect(found).toContain('Santa Lume→region:av.2');
});

test('only where it is listed so: the page may name the town elsewhere', () => {
  const text = 'Harvesting is near completion in Corva and Santa Lume and will begin in Linde Plains later.\n' +
    'Traders said prices had held steady for most of the month, with little rain expected before the end of April. ' +
    'The festival in Corva drew thousands.';
  expect(links(text, {}, lexicon).filter((l) => l.startsWith('Corva'))).toEqual(['Corva→region:av.1', 'Corva→city:corva']);
});

test('alone, or among towns, it is the town', () => {
  expect(links('The festival in Corva drew thousands.', {}, lexicon)).toContain('Corva→city:corva');
  // Two names that may be regions, but none is taken for one: a list of cities.
  expect(links('Flights link Corva, Santa Lume and Velgrad.', {}, lexicon)).toEqual(['Corva→city:corva', 'Santa Lume→city:santa-lume', 'Velgrad→city:velgrad']);
});

test('nor in a list of towns and regions as much as of regions (a table of towns and their regions)', () => {
  expect(links('Rain fell in Corva, Harlow, Brenn, Linde Plains and Santa Lume.', {}, lexicon)).toContain('Corva→city:corva');
});

test('regions of another country do not count', () => {
  expect(links('Rain fell in Corva, Ostmark Plains and Santa Lume.', {}, lexicon)).toContain('Corva→city:corva');
});

test('a world-famous city keeps its name among regions', () => {
  const found = links('Rain fell in Velgrad, Linde Plains and Corva.', {}, lexicon);
  expect(found).toContain('Velgrad→city:velgrad');
  expect(found).toContain('Corva→region:av.1');
});

test('a name joined by "and" to a name that is only a region of its country is that region', () => {
  // Linde Plains reads as nothing but a region: Corva and even world-famous Velgrad beside it are regions.
  expect(links('Harvest will start in Linde Plains and Corva in April.', {}, lexicon)).toContain('Corva→region:av.1');
  expect(links('Harvest will start in Linde Plains and southern Velgrad in April.', {}, lexicon)).toContain('Velgrad→region:av.4');
  // Not beside a name that may also be a town, nor a region of another country.
  expect(links('Harvest will start in Santa Lume and Corva in April.', {}, lexicon)).toContain('Corva→city:corva');
  expect(links('Harvest will start in Ostmark Plains and Corva in April.', {}, lexicon)).toContain('Corva→city:corva');
  // Nor across more than a list's words.
  expect(links('Rain fell on Linde Plains, where farmers near Corva waited.', {}, lexicon)).toContain('Corva→city:corva');
});
