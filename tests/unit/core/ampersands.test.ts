/**
 * An alias written with "&" between its words ("H&M", "M&S") matches only where the text has the "&":
 * the tokenizer joins words across "&" and across an initial's dot alike, so "Windsor, H.M.;" in a
 * reference list read as the retailer. Made-up companies.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links } from './helpers.ts';

const entities: LexiconEntity[] = [
  { id: 'harl-mott', kind: 'organization', subkind: 'company', name: 'Harl & Mott', prominence: 0.7, aliases: [{ text: 'H&M', match: 'ordinary' }] },
  { id: 'velk-tarn', kind: 'organization', subkind: 'company', name: 'Velk Tarn', prominence: 0.7, aliases: [] },
];
const lexicon = lexiconOf(entities);

test('the "&" of an alias must be in the text', () => {
  expect(links('Windsor, H.M.; Breurec, S. (2009). A study.', {}, lexicon)).toEqual([]);
  expect(links('Shares of Harl Mott rose.', {}, lexicon)).toEqual([]);
});

test('where it is, the alias matches, spaced or not; an alias without one is unaffected', () => {
  expect(links('After poaching H&M’s menswear chief, Harl & Mott and H & M shares fell.', {}, lexicon))
    .toEqual(['H&M→harl-mott', 'Harl & Mott→harl-mott', 'H & M→harl-mott']);
  expect(links('Velk Tarn said so.', {}, lexicon)).toEqual(['Velk Tarn→velk-tarn']);
});
