/**
 * A lesser-known body's acronym links only with the page's support; a country the page barely names,
 * far from the acronym, is no support ("RSS Feeds" on an American page whose menu names India once).
 * Its people, its full name or its country within a clause still are. Made-up countries and bodies.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const body = (id: string, name: string, acronym: string, country: string, prominence = 0.4, related: string[] = []): LexiconEntity => ({
  id, kind: 'organization', subkind: 'party', name, aliases: [{ text: acronym, match: 'acronym' }], prominence,
  related: [country, ...related], facts: [{ type: 'country', value: country, id: country }],
});

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.6, ['country:av']),
  place('city:lume', 'Lume', 0.5, ['country:av']),
  body('ostland-league', 'Ostland Farmers League', 'OFL', 'country:os', 0.4, ['person:brek']),
  { id: 'person:brek', kind: 'person', name: 'Talia Brek', aliases: [], prominence: 0.3, related: ['ostland-league', 'country:os'] },
]);

// Arvenia and its towns named a dozen times; Ostland once, at the top (a menu), far from the rest.
const filler = ' The markets were calm and nobody expected much from the day, as traders said.'.repeat(3);
const ARVENIAN_PAGE = `News Sport Ostland Weather.${filler} Arvenia raised rates. Banks in Corva and Lume welcomed it; Arvenia's ` +
  `exporters too. Traders in Corva said Arvenia had waited; in Lume, shops were quiet. Arvenia's bank, in Corva, meets in May. ` +
  `Lume and Corva expect more; Arvenia's unions, in Lume, less.${filler} `;
const onPage = (text: string) => links(ARVENIAN_PAGE + text, {}, lexicon);

test('is not linked by its country named once, far away, on a page about another', () => {
  expect(onPage('Subscribe to our OFL feed.')).not.toContain('OFL→ostland-league');
});

test('its country within a clause, one of its people or its full name on the page make it that body', () => {
  expect(onPage('In Ostland, the OFL won most seats.')).toContain('OFL→ostland-league');
  expect(onPage('Talia Brek said the OFL would win.')).toContain('OFL→ostland-league');
  expect(onPage('The Ostland Farmers League met. Later the OFL won most seats.')).toContain('OFL→ostland-league');
});

test('on a page about its own country it needs nothing more', () => {
  expect(links('Ostland voted. Ostland\'s farmers cheered; Ostland waits.' + filler + ' The OFL won most seats.', {}, lexicon))
    .toContain('OFL→ostland-league');
});

test('a long acronym is that body alone; a short one, or one among words in capitals, needs support', () => {
  const bodies = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    body('arvenian-farm', 'Arvenian Farmers Union', 'AFU', 'country:av', 0.5),
    body('arvenian-rail', 'Arvenian Rail and Ferry Union', 'ARFUX', 'country:av', 0.5),
    { id: 'world-grain', kind: 'organization', name: 'World Grain Trust', aliases: [{ text: 'WGRT', match: 'acronym' }], prominence: 0.5 },
    body('arvenian-port', 'Arvenian Port Authority', 'APRT', 'country:av', 0.5),
  ]);
  // Five letters, or four of a body of no one country ("OECD", "FIFA"): no other thing's name.
  expect(links('A statement from ARFUX said the strike would go on.', {}, bodies)).toEqual(['ARFUX→arvenian-rail']);
  expect(links('A statement from WGRT said the talks would go on.', {}, bodies)).toEqual(['WGRT→world-grain']);
  // Three letters, or four of a national body: as "SP" or "PT", it needs the page's support.
  expect(links('A statement from AFU said the talks would go on.', {}, bodies)).toEqual([]);
  expect(links('A statement from APRT said the talks would go on.', {}, bodies)).toEqual([]);
  // In a line in capitals every word is written so.
  expect(links('MARKETS GROW AT RECORD WGRT\nStocks rose on Tuesday.', {}, bodies)).toEqual([]);
});

test("a body of many countries is no one country's, whatever its seat or founding member", () => {
  // (Its one related country would make it a national body, and a stray on a page about another country.)
  const bloc: LexiconEntity = { id: 'north-sea-bloc', kind: 'organization', subkind: 'igo', name: 'North Sea Economic Bloc', prominence: 0.5,
    aliases: [{ text: 'NSEB', match: 'acronym' }], related: ['country:os'] };
  const bodies = lexiconOf([place('country:av', 'Arvenia', 0.9, [], 'country'), place('country:os', 'Ostland', 0.9, [], 'country'), bloc]);
  expect(links('The NSEB cut its growth forecast for Arvenia on Tuesday.', {}, bodies)).toEqual(['NSEB→north-sea-bloc', 'Arvenia→country:av']);
});

test("an acronym before \"license\" names a software licence, not the body", () => {
  const bodies = lexiconOf([{ id: 'marrow-institute', kind: 'organization', name: 'Marrow Institute of Technology', prominence: 0.8, aliases: [{ text: 'MRIT', match: 'acronym' }] }]);
  expect(links('The code is available under the MRIT license, its authors said.', {}, bodies)).toEqual([]);
  expect(links('The MRIT licence and the MRIT said so.', {}, bodies)).toEqual(['MRIT→marrow-institute']);
});

test('a country\'s code before a dollar sign is part of the currency\'s sign', () => {
  const countries = lexiconOf([{ ...place('country:av', 'Arvenia', 0.9, [], 'country'), aliases: [{ text: 'AV', match: 'acronym' }] }]);
  expect(links('Income per head was AV$36,254 last year.', {}, countries)).toEqual([]);
  expect(links('The AV dollar rose; AV troops left.', {}, countries)).toEqual(['AV→country:av', 'AV→country:av']);
});
