/**
 * A person's full name before a capitalised word for what is named after them — a bridge, a day, a
 * prize, or a body's head word — is not the person: "Francis Scott Key Bridge", "the John F. Kennedy
 * Center" (match.ts; feature-names.ts namedForAfter, org-heads.ts orgNameFollows). Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const lexicon = lexiconOf([
  { id: 'edda-morrow', kind: 'person', name: 'Edda Morrow', prominence: 0.7, aliases: [] },
  { id: 'ivo-lanz', kind: 'person', name: 'Ivo Lanz', prominence: 0.7, aliases: [] },
]);
const on = (text: string) => links(text, {}, lexicon);

test('a person named before a structure, a day or a body named after them is no mention of the person', () => {
  expect(on('A ship struck the Edda Morrow Bridge at night.')).toEqual([]);
  expect(on('Schools closed for Edda Morrow Day.')).toEqual([]);
  expect(on('She performed at the Ivo Lanz Center.')).toEqual([]);
  // (A parish or county, a hospital, a school: "Jefferson Davis Parish"; a resort: "Walt Disney World".)
  expect(on('Edda Morrow Parish deputies and Ivo Lanz Hospital staff met at Edda Morrow World.')).toEqual([]);
  // (A venue: "the Steve Jobs Theater", "the Walt Disney Concert Hall", "the Jeff Bezos Auditorium".)
  expect(on('Phones were shown at the Edda Morrow Theater and sung of at the Ivo Lanz Concert Hall.')).toEqual([]);
  // (A municipality, a lake or an island: "Nelson Mandela Bay", "Jimmy Carter Lake".)
  expect(on('Edda Morrow Bay will host the final, and Ivo Lanz Lake is dry.')).toEqual([]);
  // (An award in lower case, as sports pages write it: "the NL Cy Young award".)
  expect(on('He won the Edda Morrow award, and Ivo Lanz prizes went to two others.')).toEqual([]);
  // (A structure in lower case after the full name: "the Simón Bolívar bridge".)
  expect(on('They crossed the Edda Morrow bridge and landed at the Ivo Lanz airport.')).toEqual([]);
  // (Not after a surname alone, nor where the word is a verb's object: "Ivo Lanz built a bridge".)
  expect(on('Ivo Lanz built a bridge.')).toEqual(['Ivo Lanz→ivo-lanz']);
});

test('the person where the next word is lowercase, a date or another sentence', () => {
  expect(on('Edda Morrow bridged the gap.')).toEqual(['Edda Morrow→edda-morrow']);
  expect(on('Ivo Lanz Tuesday said no.')).toEqual(['Ivo Lanz→ivo-lanz']);
  expect(on('They thanked Ivo Lanz. Center stage was his.')).toEqual(['Ivo Lanz→ivo-lanz']);
});

test('a ship named after a person or a place, after its navy\'s prefix, is neither', () => {
  const withPlace = lexiconOf([
    { id: 'edda-morrow', kind: 'person', name: 'Edda Morrow', prominence: 0.7, aliases: [] },
    { id: 'country:av', kind: 'place', subkind: 'country', name: 'Arvenia', prominence: 0.9, aliases: [] },
  ]);
  expect(links('The USS Edda Morrow sailed for the Gulf, and HMS Arvenia followed.', {}, withPlace)).toEqual([]);
  // (Without the prefix, the person and the country.)
  expect(links('She met Edda Morrow in Arvenia.', {}, withPlace)).toEqual(['Edda Morrow→edda-morrow', 'Arvenia→country:av']);
});

test('a ship named after a person or a place, after what kind of ship it is, is neither — an airline stays', () => {
  const withPlaces = lexiconOf([
    { id: 'edda-morrow', kind: 'person', name: 'Edda Morrow', prominence: 0.7, aliases: [] },
    { id: 'country:av', kind: 'place', subkind: 'country', name: 'Arvenia', prominence: 0.9, aliases: [] },
    { id: 'region:av.n', kind: 'place', subkind: 'region', name: 'Norvale', prominence: 0.6, aliases: [], related: ['country:av'] },
    { id: 'skyhop', kind: 'organization', subkind: 'company', name: 'Skyhop', prominence: 0.6, aliases: [] },
  ]);
  const on2 = (text: string) => links(text, {}, withPlaces);
  expect(on2('The aircraft carrier Edda Morrow reached port, and the destroyer Norvale followed.')).toEqual([]);
  // ("Budget carrier Ryanair" is the airline.)
  expect(on2('Budget carrier Skyhop cut fares in Norvale.')).toEqual(['Skyhop→skyhop', 'Norvale→region:av.n']);
  // (Not across a comma, nor a capitalised word: "the ship, Edda Morrow said".)
  expect(on2('They boarded the ship, Edda Morrow said, in Norvale.')).toEqual(['Edda Morrow→edda-morrow', 'Norvale→region:av.n']);
});

test('a surname the page names in full, before a town or a prize named after its bearer, is neither ("Sadr City")', () => {
  expect(on('Edda Morrow led the movement. Turnout in Morrow City was high, and the Lanz Prize went to Ivo Lanz.')).toEqual([
    'Edda Morrow→edda-morrow', 'Ivo Lanz→ivo-lanz',
  ]);
  // (The surname alone, after the full name, is still the person.)
  expect(on('Edda Morrow led the movement. Morrow said turnout was high.')).toEqual(['Edda Morrow→edda-morrow', 'Morrow→edda-morrow']);
});
