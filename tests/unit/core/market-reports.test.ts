/**
 * In a market report an index goes by its compiler's or exchange's name: "Corva fell 0.6 percent" is
 * the Corva index where the dataset has one. Without a move and a number, or without such an index,
 * the name keeps its own reading. Made-up names.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  { id: 'corva-daily', kind: 'organization', subkind: 'media', name: 'Corva', prominence: 0.6, aliases: [] } satisfies LexiconEntity,
  {
    id: 'corva-100', kind: 'organization', subkind: 'stock-index', name: 'Corva 100', prominence: 0.5,
    aliases: [{ text: 'Corva index', match: 'ordinary' }, { text: 'Corva average', match: 'ordinary' }],
  } satisfies LexiconEntity,
  { id: 'lume-bank', kind: 'organization', subkind: 'company', name: 'Lume', prominence: 0.6, aliases: [] } satisfies LexiconEntity,
  { id: 'vtx-40', kind: 'organization', subkind: 'stock-index', name: 'VTX 40', prominence: 0.5, aliases: [], related: ['country:av'] } satisfies LexiconEntity,
]);
const on = (text: string) => links(text, {}, lexicon);

test('a name followed by a move and a number is the index called by it', () => {
  expect(on('In Arvenia, the Corva fell 0.6 percent; Arvenia\'s Corva rose by 12 points.')).toEqual([
    'Arvenia→country:av', 'Corva→corva-100', 'Arvenia→country:av', 'Corva→corva-100',
  ]);
});

test('after a place\'s possessive, a move alone is enough: "Japan\'s Nikkei jumped, while…"', () => {
  expect(on('Arvenia\'s Corva jumped, while Arvenia\'s Lume slid. Arvenia\'s Corva reported a loss.')).toEqual([
    'Arvenia→country:av', 'Corva→corva-100', 'Arvenia→country:av', 'Lume→lume-bank', 'Arvenia→country:av', 'Corva→corva-daily',
  ]);
});

test('other words, a move without a number, or a name with no index keep the name\'s reading', () => {
  expect(on('Corva reported that Lume fell 2 percent, and the Corva rose sharply.')).toEqual(['Corva→corva-daily', 'Lume→lume-bank', 'Corva→corva-daily']);
});

test('an index known by its acronym needs no support, as a company so known does not', () => {
  expect(on('The VTX 40 closed higher on Friday.')).toEqual(['VTX 40→vtx-40']);
});
