/**
 * A place's possessive before what only a company has — a chief executive, shareholders, shares —
 * names a company: the company's reading when the name has one, else no card. So does "the CEO of"
 * before the name, where the dataset knows the company. Made-up names.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.6, ['country:av']),
  place('city:lume', 'Lume', 0.6, ['country:av']),
  {
    id: 'banco-corva', kind: 'organization', subkind: 'company', name: 'Banco Corva', prominence: 0.5,
    aliases: [{ text: 'Corva', match: 'needs-context' }], related: ['country:av'],
  } satisfies LexiconEntity,
]);
const on = (text: string) => links(text, {}, lexicon);

test('the company named like a town, when the dataset knows it', () => {
  expect(on('Talen will work alongside Corva\'s new CEO in the capital.')).toEqual(['Corva→banco-corva']);
  expect(on('Corva\'s chief executive resigned.')).toEqual(['Corva→banco-corva']);
  expect(on('Officials in Corva met on Monday.')).toEqual(['Corva→city:corva']);
});

test('no card when it knows no company of that name; the town\'s own people and a country\'s market stay', () => {
  expect(on('Lume\'s shareholders met on Monday.')).toEqual([]);
  expect(on('Lume\'s mayor met Arvenia\'s shareholders on Monday.')).toEqual(['Lume→city:lume', 'Arvenia→country:av']);
});

test('a company\'s short name before its legal form is the company ("Target Corp."), where the name begins', () => {
  const withShop = lexiconOf([
    { id: 'halden-stores', kind: 'organization', subkind: 'company', name: 'Halden Stores', prominence: 0.5, aliases: [{ text: 'Halden', match: 'needs-context' }] } satisfies LexiconEntity,
  ]);
  const onShop = (text: string) => links(text, {}, withShop);
  expect(onShop('Shares of Halden Corp. fell on Monday.')).toEqual(['Halden Corp.→halden-stores']);
  expect(onShop('Halden fell on Monday.')).toEqual([]);
  // Another firm's name ends so: "National Guardian Corp" is no Guardian.
  expect(onShop('Shares of National Halden Corp fell on Monday.')).toEqual([]);
});

test('a broadcaster\'s short name before a legal form is another firm: its owner is named in full ("CNA Inc" is an insurer)', () => {
  const withChannel = lexiconOf([
    { id: 'kva-tv', kind: 'organization', subkind: 'media', name: 'Kavera Television', prominence: 0.5, aliases: [{ text: 'KVA', match: 'needs-context' }] } satisfies LexiconEntity,
  ]);
  expect(links('KVA Inc said its quarterly profit rose.', {}, withChannel)).toEqual([]);
  expect(links('Kavera Television Inc said its quarterly profit rose.', {}, withChannel)).toEqual(['Kavera Television Inc→kva-tv']);
});

test('after "the CEO of", "a co-founder of" or "shares in", the company the dataset knows; a place it does not know stays', () => {
  expect(on('Talen, the former CEO of Corva, spoke in the capital.')).toEqual(['Corva→banco-corva']);
  expect(on('Talen, chief executive officer of Corva, spoke.')).toEqual(['Corva→banco-corva']);
  expect(on('Talen, a co-founder of Corva, spoke.')).toEqual(['Corva→banco-corva']);
  expect(on('Pension funds bought shares in Corva.')).toEqual(['Corva→banco-corva']);
  // Without a company of that name the town keeps its card; other words before "of" leave the town be.
  expect(on('Talen, the founder of Lume, spoke.')).toEqual(['Lume→city:lume']);
  expect(on('Talen, the mayor of Corva, spoke.')).toEqual(['Corva→city:corva']);
  // A sentence's break between them is no cue.
  expect(on('Talen is the CEO. Of Corva little is known.')).toEqual(['Corva→city:corva']);
});

test('what only a company does, right after the name: its company, or no card', () => {
  expect(on('Corva raised its dividend after profit rose.')).toEqual(['Corva→banco-corva']);
  expect(on('Corva posted a record quarterly profit on Thursday.')).toEqual(['Corva→banco-corva']);
  expect(on('Lume posted a $2 billion loss.')).toEqual([]);
  // (A country's economy posts a surplus; a town raises its taxes.)
  expect(on('Arvenia posted a record profit on exports.')).toEqual(['Arvenia→country:av']);
  expect(on('Lume raised its property tax rate.')).toEqual(['Lume→city:lume']);
});

test('a deal agreed, where the dataset has a company of the name: the company; else the town', () => {
  expect(on('Corva agreed to buy a rival lender.')).toEqual(['Corva→banco-corva']);
  expect(on('Lume agreed to buy the old station building.')).toEqual(['Lume→city:lume']);
});
