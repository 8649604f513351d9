/**
 * Numerals and suffixes after names: "Martin Luther King III", "Hank Williams Jr." are descendants named
 * after the person the dataset knows, not that person (relative-names.ts, generationAfter); and a monarch's numeral is no surname
 * ("Charles III" gave "III" as a name of his, which "World War III" matched; compile.ts, surnameOf).
 * Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const lexicon = lexiconOf([
  { id: 'edda-morrow', kind: 'person', name: 'Edda Morrow', prominence: 0.7, aliases: [] },
  { id: 'aldric-iii', kind: 'person', name: 'Aldric III', prominence: 0.8, aliases: [] },
]);
const on = (text: string) => links(text, {}, lexicon);

test('a name before a generation\'s numeral is a descendant\'s, not the person\'s', () => {
  expect(on('Edda Morrow III spoke at the memorial.')).toEqual([]);
  expect(on('Edda Morrow spoke at the memorial.')).toEqual(['Edda Morrow→edda-morrow']);
});

test('a name before a son\'s suffix is the son\'s ("Hank Williams Jr."), unless the dataset\'s name holds it', () => {
  const withSon = lexiconOf([
    { id: 'edda-morrow', kind: 'person', name: 'Edda Morrow', prominence: 0.7, aliases: [] },
    { id: 'ivo-lanz-jr', kind: 'person', name: 'Ivo Lanz Jr.', prominence: 0.6, aliases: [{ text: 'Ivo Lanz', match: 'ordinary' }] },
  ]);
  const sons = (text: string) => links(text, {}, withSon);
  expect(sons('Edda Morrow Jr. sang, and Edda Morrow, Jr. played; Edda Morrow Jnr followed.')).toEqual([]);
  expect(sons('Ivo Lanz Jr. sang, as Edda Morrow did.')).toEqual(['Ivo Lanz Jr.→ivo-lanz-jr', 'Edda Morrow→edda-morrow']);
  // (Not in lower case.)
  expect(sons('Edda Morrow, jr sang.')).toEqual(['Edda Morrow→edda-morrow']);
  // (A father's suffix too: "Martin Luther King Sr." is no Martin Luther King Jr.; the son's own name holds his.)
  expect(sons('Ivo Lanz Sr. preached, and Edda Morrow Snr sang.')).toEqual([]);
});

test('a monarch\'s numeral alone names no one, even after the monarch', () => {
  expect(on('Aldric III was crowned. Fears of World War III grew, and Title III funds ran out.')).toEqual(['Aldric III→aldric-iii']);
});
