/**
 * WordNet-only records are weak: they link only when strongly supported — except a person who has
 * died, whose life WordNet tells as well as any source: named in full, that person has a card. Made-up
 * people.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links } from './helpers.ts';

const WORDNET = { name: 'WordNet 3.1, Princeton University', url: 'https://wordnet.princeton.edu/', licence: 'WordNet' };
const wordnetPerson = (id: string, name: string, surname: string, died: boolean): LexiconEntity => ({
  id, kind: 'person', name, prominence: 0.12, source: WORDNET,
  aliases: [{ text: surname, match: 'needs-context' }],
  facts: died ? [{ type: 'born', year: 1801 }, { type: 'died', year: 1870 }] : [{ type: 'born', year: 1950 }],
});

const lexicon = lexiconOf([
  wordnetPerson('wordnet:1', 'Edwin Harrowgate', 'Harrowgate', true),
  wordnetPerson('wordnet:2', 'Lucia Pembrake', 'Pembrake', false),
]);
const on = (text: string) => links(text, {}, lexicon);

test('a person WordNet says has died, named in full, and later by surname', () => {
  expect(on('The letters of Edwin Harrowgate were sold. Harrowgate wrote them in exile.')).toEqual([
    'Edwin Harrowgate→wordnet:1', 'Harrowgate→wordnet:1',
  ]);
});

test('a living person known only to WordNet (2011) stays weak: no card from the name alone', () => {
  expect(on('The letters of Lucia Pembrake were sold. Pembrake wrote them in exile.')).toEqual([]);
});
