import { expect, test } from 'vitest';
import { compileLexicon, loadLexicon, type LexiconEntity } from '../../../src/core/index.ts';
import { links } from './helpers.ts';

const place = (id: string, name: string, prominence: number, country?: string): LexiconEntity =>
  ({ id, kind: 'place', subkind: 'city', name, aliases: [], prominence, ...(country ? { related: [country], facts: [{ type: 'country', value: 'Panama', id: country }] } : {}) });
const lexicon = loadLexicon(compileLexicon([
  { ...place('city:david', 'David', 0.35, 'country:pa'), related: ['country:pa', 'region:chiriqui'] },
  { id: 'region:chiriqui', kind: 'place', subkind: 'region', name: 'Chiriquí Province', aliases: [{ text: 'Chiriquí', match: 'ordinary' }], prominence: 0.3, related: ['city:david', 'country:pa'], facts: [{ type: 'country', value: 'Panama', id: 'country:pa' }] },
  place('city:houston', 'Houston', 0.56),
  { id: 'country:pa', kind: 'place', subkind: 'country', name: 'Panama', aliases: [], prominence: 0.9 },
]));

test('a little-known town named like a given name does not fire on the first name', () => {
  expect(links('On Monday David and his wife flew home.', {}, lexicon)).toEqual([]);
});

test('the same town links when the document names its region and country', () => {
  expect(links('Floods hit Chiriquí, in western Panama, on Monday. In David, the main hospital was evacuated.', {}, lexicon)).toContain('David→city:david');
});

test('the display threshold decides which links are shown, never what they link to', () => {
  // (A company's short name of the same word, which nothing on the page supports, reads 0.00: shown at
  // threshold 0, it had taken the town's place.)
  const withFirm = loadLexicon(compileLexicon([
    { ...place('city:david', 'David', 0.35, 'country:pa'), related: ['country:pa', 'region:chiriqui'] },
    { id: 'region:chiriqui', kind: 'place', subkind: 'region', name: 'Chiriquí Province', aliases: [{ text: 'Chiriquí', match: 'ordinary' }], prominence: 0.3, related: ['city:david', 'country:pa'], facts: [{ type: 'country', value: 'Panama', id: 'country:pa' }] },
    { id: 'country:pa', kind: 'place', subkind: 'country', name: 'Panama', aliases: [], prominence: 0.9 },
    { id: 'david-group', kind: 'organization', subkind: 'company', name: 'David Group', aliases: [{ text: 'David', match: 'needs-context' }], prominence: 0.9 },
  ]));
  const text = 'Floods hit Chiriquí, in western Panama, on Monday. In David, the main hospital was evacuated.';
  expect(links(text, {}, withFirm)).toContain('David→city:david');
  expect(links(text, { threshold: 0 }, withFirm)).toContain('David→city:david');
});

test('the same town does not link for its region and country named far from it', () => {
  const far = ' The rain went on for days, and nobody expected it to end soon.'.repeat(5);
  expect(links(`Floods hit Chiriquí, in western Panama, on Monday.${far} In David, the main hospital was evacuated.`, {}, lexicon)).not.toContain('David→city:david');
});

test('the same town links when its region follows it after a comma', () => {
  expect(links('The clinic in David, Chiriquí, reopened on Monday.', {}, lexicon)).toEqual(['David→city:david', 'Chiriquí→region:chiriqui']);
});

test('a prominent city named like a given name keeps its ordinary reading', () => {
  expect(links('Flights from Houston resumed on Monday.', {}, lexicon)).toEqual(['Houston→city:houston']);
});

test('a famous place right after a given name is part of a person\'s name, not the place', () => {
  // ("Michael" is a given name the engine knows; "Velaria" a made-up country.)
  const countries = loadLexicon(compileLexicon([
    { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', aliases: [], prominence: 0.95 },
    { ...place('city:corva', 'Corva', 0.6, 'country:vl') },
    { ...place('city:lume', 'Lume', 0.6, 'country:vl') },
  ]));
  // (A page about Velaria, whose towns lift the country over the doubt a longer name casts.)
  expect(links('The documentary by the film-maker Michael Velaria opened in Corva and Lume on Friday.', {}, countries))
    .toEqual(['Corva→city:corva', 'Lume→city:lume']);
});

test('a given name of another language before a town makes the town a surname ("Adriana Lima")', () => {
  const withTown = loadLexicon(compileLexicon([place('city:velmora', 'Velmora', 0.6)]));
  expect(links('Fans cheered Adriana Velmora and Mehmet Velmora on Monday.', {}, withTown)).toEqual([]);
  // In a headline every word has its capital: only the given name tells a person from a place there.
  expect(links('Adriana Velmora\'s Floral Dress Brightens Up Day In Brazil\nMore news.', {}, withTown)).toEqual([]);
  expect(links('Fans cheered in Velmora on Monday.', {}, withTown)).toEqual(['Velmora→city:velmora']);
});

test('a well-known region named like a given name is its name\'s reading, unless a better-known place shares it', () => {
  // ("Vivian" and "Stella" are given names the engine knows; the regions and towns are made up.)
  const region = (id: string, name: string, prominence: number): LexiconEntity => ({ id, kind: 'place', subkind: 'region', name, aliases: [], prominence });
  const states = loadLexicon(compileLexicon([
    region('region:vivian', 'Vivian', 0.42),
    place('city:vivian', 'Vivian', 0.28),
    region('region:stella', 'Stella', 0.42),
    place('city:stella', 'Stella', 0.46),
    region('region:harper', 'Harper', 0.3),
  ]));
  expect(links('Heavy snow closed schools across Vivian on Monday.', {}, states)).toEqual(['Vivian→region:vivian']);
  // (A better-known town of the name, and a little-known region, still need the page's support.)
  expect(links('Heavy snow closed schools across Stella on Monday.', {}, states)).toEqual([]);
  expect(links('Heavy snow closed schools across Harper on Monday.', {}, states)).toEqual([]);
});
