/**
 * A state's office after a name — a governor, a premier, a chief minister, an attorney general — or
 * "upstate" before it, says the name is a state's or a province's, not its capital's of the same name
 * (region-words.ts): "Velmar Gov. Talen Ost", "upstate Velmar". Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('region:av.v', 'Velmar', 0.6, ['country:av'], 'region'),
  place('city:velmar', 'Velmar', 0.8, ['country:av', 'region:av.v']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('before a governor\'s title, and after "upstate", the state', () => {
  expect(on('In Arvenia, Velmar Gov. Talen Ost announced the plant.')).toContain('Velmar→region:av.v');
  expect(on('In Arvenia, the Velmar governor visited the site.')).toContain('Velmar→region:av.v');
  expect(on('Arvenia will build a chip plant in upstate Velmar.')).toContain('Velmar→region:av.v');
  // (Other offices a state has: a premier, a chief minister, an attorney general — after a possessive too.)
  expect(on('In Arvenia, Velmar Chief Minister Talen Ost was arrested.')).toContain('Velmar→region:av.v');
  expect(on('In Arvenia, Velmar\'s attorney general called for an inquiry.')).toContain('Velmar→region:av.v');
  expect(on('In Arvenia, the Velmar premier resigned.')).toContain('Velmar→region:av.v');
  // ("regional governor", as Ukraine's and Russia's oblasts have.)
  expect(on('In Arvenia, Velmar regional governor Talen Ost said three people were hurt.')).toContain('Velmar→region:av.v');
});

test('elsewhere, the better-known city', () => {
  expect(on('In Arvenia, Velmar Mayor Talen Ost announced the plant.')).toContain('Velmar→city:velmar');
  expect(on('Arvenia will build a chip plant in Velmar.')).toContain('Velmar→city:velmar');
});

test('a state named like a famous country is the state where its office says so', () => {
  // (As Georgia is: the country is far better known, and a page must single the state out.)
  const namesake = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    place('country:cv', 'Corvia', 0.9, [], 'country'),
    place('region:av.c', 'Corvia', 0.3, ['country:av'], 'region'),
  ]);
  expect(links('On Monday, Corvia Sen. Talen Ost spoke in Arvenia.', {}, namesake)).toContain('Corvia→region:av.c');
  expect(links('On Monday, the state of Corvia sued Arvenia.', {}, namesake)).toContain('Corvia→region:av.c');
  expect(links('On Monday, talks on the war in Corvia resumed.', {}, namesake)).toEqual(['Corvia→country:cv']);
});
