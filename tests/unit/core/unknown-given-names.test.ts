/**
 * A surname after a given name missing from our list ("Cheyann Shaw, 23") is the surname of a person
 * we do not know, as after one we know: elsewhere on the page that word is that person, not a
 * little-known town of the name nor a known person of the same surname — also in a headline, where
 * every word has a capital and proves nothing. Made-up names and places.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.6, ['country:av']),
  place('city:brakel', 'Brakel', 0.2, ['country:av']),
  { id: 'orla-tessin', kind: 'person', name: 'Orla Tessin', aliases: [{ text: 'Tessin', match: 'needs-context' }], prominence: 0.3, related: ['country:av', 'city:corva'] } satisfies LexiconEntity,
]);
const on = (text: string) => links(text, {}, lexicon);
const ARVENIA = 'Arvenia voted on Monday; in Corva and across Arvenia, turnout was high. ';

test('a little-known town named like the surname is not linked elsewhere on the page', () => {
  expect(on(`${ARVENIA}Wenna Brakel, 23, has been documenting her recovery. A photo shows what Brakel's training looked like.`))
    .not.toContain('Brakel→city:brakel');
  expect(on(`${ARVENIA}A photo shows what Brakel's market looked like.`)).toContain('Brakel→city:brakel');
});

test('nor is a known person of that surname, in a headline either', () => {
  const headline = 'Founder of Corva Yoga Wenna Tessin Found Dead Under Suspicious Circumstances\n';
  expect(on(`${ARVENIA}\n${headline}Officers found a woman identified as Wenna Tessin inside.`)).not.toContain('Tessin→orla-tessin');
  expect(on(`${ARVENIA}\nOfficials said Tessin would speak on Monday.`)).toContain('Tessin→orla-tessin');
});

test('a name before a capital initial and another name is someone\'s given name ("Charles M. Blow")', () => {
  expect(on(`${ARVENIA}Tessin spoke.`)).toContain('Tessin→orla-tessin'); // the page supports her
  expect(on(`${ARVENIA}Tessin M. Haldane wrote the column.`)).not.toContain('Tessin→orla-tessin');
  expect(on(`${ARVENIA}Tessin, M. Haldane wrote, spoke.`)).toContain('Tessin→orla-tessin');
  // An initial alone after a name is no given name's: "Corva D.C." is no person.
  expect(on(`${ARVENIA}Officials in Corva D.C. met.`)).toContain('Corva→city:corva');
});
