/**
 * One town per name per page: a town the page pins down by its region ("Velmar, Nordmark") is what
 * the bare name means further on, not the famous place of that name (resolve.ts; namesakes.ts,
 * pinnedTownAmong) — unless the page also names the famous one's country, or pins two towns of the
 * name. And a town the page places where none of our towns of that name lies ("KESSA, Nordmark") is
 * one we do not know, there and further on (containers.ts, Span.elsewhere). Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:vl', 'Velaria', 0.9, [], 'country'),
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('region:os.n', 'Nordmark', 0.6, ['country:os'], 'region'),
  place('region:os.s', 'Sudmark', 0.6, ['country:os'], 'region'),
  place('city:velmar', 'Velmar', 0.85, ['country:vl']),
  place('city:velmar-n', 'Velmar', 0.2, ['country:os', 'region:os.n']),
  place('city:velmar-s', 'Velmar', 0.2, ['country:os', 'region:os.s']),
  place('city:kessa', 'Kessa', 0.85, ['country:vl']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('the bare name after the town is pinned down is that town', () => {
  expect(on('Officials in Velmar, Nordmark, said no one was hurt. The storm hit Velmar at noon.')).toEqual([
    'Velmar→city:velmar-n', 'Nordmark→region:os.n', 'Velmar→city:velmar-n',
  ]);
  expect(on('VELMAR, Nordmark — A tornado damaged homes on Thursday. Residents of Velmar were told to stay inside.')).toEqual([
    'VELMAR→city:velmar-n', 'Nordmark→region:os.n', 'Velmar→city:velmar-n',
  ]);
});

test('the famous place where nothing pins its namesake, or the page names its country too', () => {
  expect(on('The storm hit Velmar at noon.')).toEqual(['Velmar→city:velmar']);
  expect(on('She was born in Velmar, Nordmark, and moved to Velaria in 1990. She lived in Velmar until her death.')).toContain('Velmar→city:velmar');
});

test('a page that pins two towns of the name leaves the bare name as it was', () => {
  expect(on('Velmar, Nordmark, and Velmar, Sudmark, both flooded. The storm hit Velmar at noon.').at(-1)).toBe('Velmar→city:velmar');
});

test('a town placed where none of ours lies is none of ours further on either', () => {
  expect(on('KESSA, Nordmark — Residents were told to leave. Kessa officials said the levees would hold.')).toEqual(['Nordmark→region:os.n']);
  expect(on('Officials met in Kessa on Monday.')).toEqual(['Kessa→city:kessa']);
});
