/**
 * A town's or a region's name followed by capitalised words ending in a plural that is no place's name
 * is a team's or a body's name the dataset does not know (team-names.ts) — here where the word between
 * is an everyday one, which alone leaves a region its card and a town only when the town is named like
 * something else too ("Lucknow Super Giants": the siege of Lucknow). (An unknown word right after a
 * name already ends it: match.ts, unknownName; an everyday one after a town's: town-compounds.ts.)
 * Made-up places and clubs.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('region:av.north', 'Norvale', 0.6, ['country:av'], 'region'),
  place('city:corva', 'Corva', 0.7, ['country:av', 'region:av.north']),
  place('city:lume', 'Lume', 0.6, ['country:av']),
  place('city:marrows', 'Marrows', 0.5, ['country:av']),
  // (A town named like an event: "Lucknow", the city and the siege.)
  place('city:dunmere', 'Dunmere', 0.6, ['country:av']),
  { id: 'siege-of-dunmere', kind: 'event', name: 'Siege of Dunmere', aliases: [{ text: 'Dunmere', match: 'ordinary' }], prominence: 0.1 } satisfies LexiconEntity,
  // (Their words make "Super" and "Summer" words the lexicon holds; both are everyday words.)
  { id: 'super-cup', kind: 'event', name: 'Arvenian Super Cup', aliases: [], prominence: 0.5 } satisfies LexiconEntity,
  { id: 'summer-fair', kind: 'event', name: 'Great Summer Fair', aliases: [], prominence: 0.5 } satisfies LexiconEntity,
]);
const on = (text: string) => links(text, {}, lexicon);

test('a town or a region before an everyday word and a plural nickname names no place', () => {
  expect(on('Dunmere Super Giants beat the home side on Sunday.')).toEqual([]);
  expect(on('The Norvale Summer Royals won the final in Lume.')).toEqual(['Lume→city:lume']);
});

test("a country's forces, a party's members and what happens there are about the place", () => {
  expect(on('Tickets for the Norvale Summer Games sold out.')).toEqual(['Norvale→region:av.north']);
  expect(on('The Norvale Summer Democrats met.')).toEqual(['Norvale→region:av.north']);
});

test('a plural that is a place, a possessive or a lower-case plural change nothing', () => {
  expect(on('Trains ran from Norvale Super Marrows to Corva.')).toContain('Norvale→region:av.north');
  expect(on("Dunmere's Super fans cheered in Lume.")).toEqual(['Dunmere→city:dunmere', 'Lume→city:lume']);
  expect(on('Norvale Super giants of industry met in Lume.')).toEqual(['Norvale→region:av.north', 'Lume→city:lume']);
});

test("a country's name is left alone: a quoted headline's verb may follow it", () => {
  expect(on('See “Arvenia Super Takes a Pause in Cutting Rates”, the Lume Herald, May 2020.')).toContain('Arvenia→country:av');
});

test("a club's initials before a town make the club's name; \"All-\" before a place, a championship's", () => {
  expect(links('Talen scored for FC Corva against Lume, and RC Marrows lost.', {}, lexicon)).toEqual(['Lume→city:lume']);
  // (In a headline too.)
  expect(links('FC Corva Stun Lume In Cup Final', {}, lexicon)).not.toContain('Corva→city:corva');
  expect(links('Corva beat Lume in the All-Arvenia final.', {}, lexicon)).not.toContain('Arvenia→country:av');
  expect(links('All of Arvenia watched, and all Arvenia mourned.', {}, lexicon)).toEqual(['Arvenia→country:av', 'Arvenia→country:av']);
});

test('"-based" after a name a company shares makes it the place', () => {
  const withFirm = lexiconOf([
    place('city:corva', 'Corva', 0.7),
    { id: 'corva-insurance', kind: 'organization', subkind: 'company', name: 'Corva Insurance Group', prominence: 0.7, aliases: [{ text: 'Corva', match: 'needs-context' }] } satisfies LexiconEntity,
  ]);
  expect(links('The Corva-based insurer Corva Insurance Group said profits rose.', {}, withFirm)).toEqual(['Corva→city:corva', 'Corva Insurance Group→corva-insurance']);
});
