/**
 * A name written lower case first ("eBay", "easyJet", "xAI") is no lowercase word where the page
 * writes it as the name is written; in lower case throughout it still is. Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const lexicon = lexiconOf([{ id: 'zvolt', kind: 'organization', subkind: 'company', name: 'zVolt', prominence: 0.6, aliases: [] }]);

test('written as the name is: a name', () => {
  expect(links('I sold the bike on zVolt last week.', {}, lexicon)).toEqual(['zVolt→zvolt']);
});

test('in lower case throughout: no name on its own', () => {
  expect(links('I sold the bike on zvolt last week.', {}, lexicon)).toEqual([]);
});
