/**
 * A name that ends in "+" ("OPEC+", "Canal+") matches only where the text has the plus, which the
 * tokenizer leaves out of words: "OPEC deal" on a page about Russia and Saudi Arabia read as the wider
 * alliance, whose record the page's context favoured. Made-up names.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links } from './helpers.ts';

const entities: LexiconEntity[] = [
  { id: 'country:vastria', kind: 'place', subkind: 'country', name: 'Vastria', prominence: 0.9, aliases: [] },
  { id: 'orvec', kind: 'organization', subkind: 'igo', name: 'ORVEC', prominence: 0.7, aliases: [] },
  // The alliance is named with the page's other countries, so the page's context would pick it.
  { id: 'orvec-plus', kind: 'organization', subkind: 'bloc', name: 'ORVEC+', prominence: 0.6, related: ['country:vastria'], aliases: [{ text: 'ORVEC Plus', match: 'ordinary' }] },
  { id: 'quell', kind: 'organization', subkind: 'bloc', name: 'Quell', prominence: 0.6, aliases: [{ text: 'Quell+', match: 'ordinary' }] },
];
const lexicon = lexiconOf(entities);

test('a name without its plus is the other record', () => {
  expect(links('Vastria and its partners got the ORVEC deal done.', {}, lexicon)).toEqual(['Vastria→country:vastria', 'ORVEC→orvec']);
});

test('a name with its plus is the record written so, and the mention owns the plus', () => {
  expect(links('Vastria joined ORVEC+ talks, and ORVEC Plus agreed.', {}, lexicon)).toEqual(['Vastria→country:vastria', 'ORVEC+→orvec-plus', 'ORVEC Plus→orvec-plus']);
});

test('with its plus, the name is not the better-known record without it', () => {
  expect(links('Talks at ORVEC+ began.', {}, lexicon)).toEqual(['ORVEC+→orvec-plus']);
});

test('a record named with and without the plus matches either way', () => {
  // (By its name without the plus, which is the mention then.)
  expect(links('Quell met; Quell+ grew.', {}, lexicon)).toEqual(['Quell→quell', 'Quell→quell']);
});
