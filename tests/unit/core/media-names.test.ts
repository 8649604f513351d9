/**
 * A paper or a magazine named by an everyday word ("Time", "The Sun") opening a sentence is the word,
 * even on a page that names the magazine: "Time will tell". It is the magazine where what follows is
 * what a publication does ("Time reported"), its possessive, or nothing (a reference list). Made-up
 * names; "tide" and "harbour" are everyday words here.
 */
import { expect, test } from 'vitest';
import { compileLexicon, loadLexicon, type LexiconEntity } from '../../../src/core/index.ts';
import { links } from './helpers.ts';

const entities: LexiconEntity[] = [
  { id: 'tide-magazine', kind: 'organization', subkind: 'media', name: 'Tide', prominence: 0.6,
    aliases: [{ text: 'Tide', match: 'needs-context' }, { text: 'Tide magazine', match: 'ordinary' }] },
  { id: 'the-harbour', kind: 'organization', subkind: 'media', name: 'The Harbour', prominence: 0.5,
    aliases: [{ text: 'The Harbour', match: 'needs-context' }, { text: 'The Harbour newspaper', match: 'ordinary' }] },
];
const lexicon = loadLexicon(compileLexicon(entities, { commonWords: new Set(['tide', 'harbour']) }));
const on = (text: string) => links(text, {}, lexicon);

test('opening a sentence, the word, though the page names the magazine', () => {
  expect(on('Tide magazine named her. Tide will turn soon.')).toEqual(['Tide magazine→tide-magazine']);
  expect(on('The Harbour newspaper said so. The Harbour froze in the night.')).toEqual(['The Harbour newspaper→the-harbour']);
});

test('the magazine where what follows is what a publication does, its possessive, or nothing', () => {
  expect(on('Tide magazine named her. Tide reported that she won.')).toEqual(['Tide magazine→tide-magazine', 'Tide→tide-magazine']);
  expect(on('Tide magazine named her. Tide\'s editor left.')).toEqual(['Tide magazine→tide-magazine', 'Tide→tide-magazine']);
  expect(on('Tide magazine named her.\n"A year of storms". Tide. 12 May 2008.')).toEqual(['Tide magazine→tide-magazine', 'Tide→tide-magazine']);
  // Inside a sentence, the capital is evidence enough.
  expect(on('Tide magazine named her, and later Tide will run the story.')).toEqual(['Tide magazine→tide-magazine', 'Tide→tide-magazine']);
});

test('a magazine named like a sea is the sea where the words say it is crossed or flown over', () => {
  const sea = loadLexicon(compileLexicon([
    { id: 'country:av', kind: 'place', subkind: 'country', name: 'Arvenia', prominence: 0.9, aliases: [] },
    { id: 'the-corvan', kind: 'organization', subkind: 'media', name: 'The Corvan', prominence: 0.7, aliases: [], related: ['country:av'] },
    { id: 'corvan-sea', kind: 'place', subkind: 'body-of-water', name: 'Corvan Sea', prominence: 0.7, aliases: [{ text: 'the Corvan', match: 'ordinary' }] },
  ]));
  const on = (text: string) => links(text, {}, sea);
  expect(on('The storm weakened over the Corvan before striking Arvenia.')).toContain('Corvan→corvan-sea');
  expect(on('The storm formed in the Corvan before striking Arvenia.')).toContain('Corvan→corvan-sea');
  // (Written in, it is the magazine, as the page's country says.)
  expect(on('She wrote an essay in the Corvan about Arvenia.')).toContain('Corvan→the-corvan');
});
