/**
 * Dotted initials inside a longer initialism are that name's letters: "S.C." in "C.S.C. Security" is
 * not a state, "N.Y." in "N.Y.C." not the state of New York. Made-up places and initials.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  { ...place('region:av.sk', 'South Kerrow', 0.8, ['country:av'], 'region'), aliases: [{ text: 'S.K.', match: 'acronym' }] } satisfies LexiconEntity,
]);
const on = (text: string) => links(text, {}, lexicon);

test('initials that go on without a space are another name', () => {
  expect(on('In Arvenia, the C.S.K. Guard Service said so.')).toEqual(['Arvenia→country:av']);
  expect(on('In Arvenia, see the S.K.T. events guide.')).toEqual(['Arvenia→country:av']);
});

test('the initials alone, or beside other words, are the name', () => {
  expect(on('In Arvenia, S.K. officials agreed.')).toEqual(['Arvenia→country:av', 'S.K.→region:av.sk']);
  expect(on('In Arvenia, C. S.K. Tarn agreed.')).toContain('S.K.→region:av.sk');
});

test('a lower-case s after the initials is a possessive that lost its apostrophe, not another initial', () => {
  expect(on('In Arvenia, the S.K.s council met.')).toContain('S.K.→region:av.sk');
});
