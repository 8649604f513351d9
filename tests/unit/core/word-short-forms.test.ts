/**
 * A person's one-word alias that is also an English word ("Marine" for Marine Le Pen) is a short form:
 * it links after the full name, or with the page's support. Made-up people, places and words.
 */
import { expect, test } from 'vitest';
import { compileLexicon, loadLexicon, type LexiconEntity } from '../../../src/core/index.ts';
import { links } from './helpers.ts';

const COUNTRY = { type: 'country', value: 'Velaria', id: 'country:vl' } as const;
const entities: LexiconEntity[] = [
  { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', aliases: [], prominence: 0.9 },
  { id: 'city:ostrel', kind: 'place', subkind: 'city', name: 'Ostrel', aliases: [], prominence: 0.6, related: ['country:vl'], facts: [COUNTRY] },
  { id: 'party:vf', kind: 'organization', name: 'Velarian Front', aliases: [], prominence: 0.6, related: ['country:vl'], facts: [COUNTRY] },
  // "Tide" is how the press calls her; "tide" is a word of this test's dictionary.
  { id: 'tide-marrow', kind: 'person', name: 'Tide Marrow', aliases: [{ text: 'Tide', match: 'ordinary' }], prominence: 0.7,
    related: ['country:vl', 'party:vf', 'city:ostrel'], facts: [COUNTRY] },
];
const lexicon = loadLexicon(compileLexicon(entities, { dictionaryWords: new Set(['tide']) }));
const plain = loadLexicon(compileLexicon(entities));

test('a person\'s alias that is a word does not link on its own', () => {
  const text = 'Crowds gathered in the square on Sunday. Then Tide turned, and the boats left.';
  expect(links(text, {}, plain)).toContain('Tide→tide-marrow'); // without the dictionary: an ordinary name
  expect(links(text, {}, lexicon)).toEqual([]);
});

test('it links after the full name, and with the page\'s support', () => {
  expect(links('Tide Marrow spoke in Ostrel. Later, Tide left.', {}, lexicon)).toEqual(['Tide Marrow→tide-marrow', 'Ostrel→city:ostrel', 'Tide→tide-marrow']);
  expect(links('The Velarian Front met in Ostrel, Velaria, where leader Tide spoke.', {}, lexicon)).toContain('Tide→tide-marrow');
});

test('a surname that is an everyday word, opening a line or in capitals, links only after the full name', () => {
  const people: LexiconEntity[] = [
    entities[0]!, entities[1]!,
    { id: 'wren-ladder', kind: 'person', name: 'Wren Ladder', aliases: [{ text: 'Ladder', match: 'needs-context' }], prominence: 0.8,
      related: ['country:vl', 'city:ostrel'], facts: [COUNTRY] },
  ];
  // "ladder" is an everyday word of this test's list.
  const withWord = loadLexicon(compileLexicon(people, { commonWords: new Set(['ladder', 'information']) }));
  const on = (text: string) => links(text, {}, withWord);
  // Inside a sentence, the page's support is enough; at a line's start or in capitals it is not.
  expect(on('Velaria held talks in Ostrel, where Ladder spoke.')).toContain('Ladder→wren-ladder');
  expect(on('Velaria held talks in Ostrel.\nLadder information\nContact us')).toEqual(['Velaria→country:vl', 'Ostrel→city:ostrel']);
  expect(on('Velaria held talks in Ostrel. News from THE LADDER, a site.')).toEqual(['Velaria→country:vl', 'Ostrel→city:ostrel']);
  // Named in full, or before its possessive, it is the person.
  expect(on('Wren Ladder spoke in Ostrel.\nLadder said more.')).toContain('Ladder→wren-ladder');
  expect(on('Velaria held talks in Ostrel.\nLadder\'s budget war with the Front')).toContain('Ladder→wren-ladder');
});
