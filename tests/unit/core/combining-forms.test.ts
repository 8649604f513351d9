/**
 * "Anglo-American relations", "Sino-Vastrian talks": a compound adjective of two peoples' names is no
 * company named with those two words. Made-up company; the combining forms are the rule's.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const lexicon = lexiconOf([
  { id: 'sino-vastrian', kind: 'organization', subkind: 'company', name: 'Sino Vastrian', prominence: 0.5, aliases: [] },
  { id: 'sino-vastrian-war', kind: 'event', subkind: 'war', name: 'Sino-Vastrian War', prominence: 0.5, aliases: [] },
]);

test('the company by its name, not the compound adjective', () => {
  expect(links('Shares of Sino Vastrian rose.', {}, lexicon)).toEqual(['Sino Vastrian→sino-vastrian']);
  expect(links('Sino-Vastrian relations improved.', {}, lexicon)).toEqual([]);
});

test('a longer name with the compound goes on', () => {
  expect(links('The Sino-Vastrian War ended in 1895.', {}, lexicon)).toEqual(['Sino-Vastrian War→sino-vastrian-war']);
});
