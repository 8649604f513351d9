/**
 * A named storm's given name links to the storm after its full name, as a surname does after a
 * person's: "Hurricane Milton struck Florida … Milton's winds". Never before it, and never where a
 * region follows the name: that is a town's. (compile.ts, stormNameOf; containers.ts.) Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('region:av.n', 'Nordmark', 0.6, ['country:av'], 'region'),
  place('country:tz', 'Tarvezia', 0.9, [], 'country'),
  place('region:tz.s', 'Sollen', 0.6, ['country:tz'], 'region'),
  place('city:corva', 'Corva', 0.5, ['country:av', 'region:av.n']),
  { id: 'hurricane-corva', kind: 'event', subkind: 'disaster', name: 'Hurricane Corva', prominence: 0.6, aliases: [], related: ['country:tz'] },
  { id: 'typhoon-lume', kind: 'event', subkind: 'disaster', name: 'Super Typhoon Lume', prominence: 0.6, aliases: [], related: ['country:tz'] },
]);
const on = (text: string) => links(text, {}, lexicon);

test('after the storm\'s full name, its given name is the storm, though a town shares it', () => {
  expect(on('Hurricane Corva struck Tarvezia on Wednesday. Corva\'s winds reached 120 mph.')).toEqual([
    'Hurricane Corva→hurricane-corva', 'Tarvezia→country:tz', 'Corva→hurricane-corva',
  ]);
  expect(on('Super Typhoon Lume struck Tarvezia. Lume weakened overnight.')).toEqual(['Super Typhoon Lume→typhoon-lume', 'Tarvezia→country:tz', 'Lume→typhoon-lume']);
});

test('never before it, and not where a region follows the name', () => {
  expect(on('Lume weakened overnight over Tarvezia.')).toEqual(['Tarvezia→country:tz']);
  expect(on('Hurricane Corva struck Tarvezia. Residents of Corva, Sollen, were spared.')).not.toContain('Corva→hurricane-corva');
});
