/**
 * A body every country has, named generically in another language ("Partido Republicano", "Parti
 * socialiste"), says no more of whose it is than "Republican Party" does: on a page about another
 * country it is not the one body of that name we know. Made-up countries.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const party = (id: string, name: string, country: string): LexiconEntity => ({
  id, kind: 'organization', subkind: 'party', name, aliases: [], prominence: 0.4,
  related: [country], facts: [{ type: 'country', value: country, id: country }],
});

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.6, ['country:av']),
  party('republicanos-ostland', 'Partido Republicano', 'country:os'),
  party('socialistes-ostland', 'Parti socialiste', 'country:os'),
  party('arbeiter-ostland', 'Partido Obrero Ostlandés', 'country:os'),
]);

test('is not the known body of that name on a page about another country', () => {
  const page = 'Arvenia vota. En Corva y en toda Arvenia, el Partido Republicano domina; en Arvenia, el Parti socialiste también.';
  const found = links(page, {}, lexicon);
  expect(found).not.toContain('Partido Republicano→republicanos-ostland');
  expect(found).not.toContain('Parti socialiste→socialistes-ostland');
});

test('is the known body on a page about its own country', () => {
  expect(links('Ostland vota. En Ostland, el Partido Republicano domina.', {}, lexicon)).toContain('Partido Republicano→republicanos-ostland');
});

test('a name with words of its own is no generic name', () => {
  expect(links('Arvenia vota. En Corva y en toda Arvenia, el Partido Obrero Ostlandés crece.', {}, lexicon))
    .toContain('Partido Obrero Ostlandés→arbeiter-ostland');
});
