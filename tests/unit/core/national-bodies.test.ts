/**
 * A country's name or its people's word that begins a body's name makes it that country's body, not
 * another country's named by the rest of the words: "the Russian Premier League" is not England's
 * league (match.ts, after org-heads.ts). Made-up countries and bodies.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links } from './helpers.ts';

const country = (id: string, name: string, people: string): LexiconEntity => ({
  id, kind: 'place', subkind: 'country', name, prominence: 0.9, aliases: [{ text: people, match: 'demonym' }],
});
const body = (id: string, name: string, of: string, subkind = 'sports-league'): LexiconEntity => ({
  id, kind: 'organization', subkind, name, prominence: 0.7, aliases: [], related: [of], facts: [{ type: 'country', value: of, id: of }],
});
const lexicon = lexiconOf([
  country('country:av', 'Arvenia', 'Arvenian'),
  country('country:os', 'Ostland', 'Ostlandic'),
  { id: 'isles', kind: 'place', subkind: 'region', name: 'Sunward Isles', prominence: 0.5, aliases: [] },
  { id: 'region:av.n', kind: 'place', subkind: 'region', name: 'Norvale', prominence: 0.5, aliases: [], related: ['country:av'] },
  body('premier-league', 'Premier League', 'country:av'),
  body('trade-commission', 'Federal Trade Commission', 'country:os', 'government-body'),
  { id: 'grain-bank', kind: 'organization', subkind: 'company', name: 'Grain Bank', prominence: 0.7, aliases: [], facts: [{ type: 'country', value: 'country:av', id: 'country:av' }] },
]);
const on = (text: string) => links(text, {}, lexicon);

test("another country's people's word before a body's name makes it another body", () => {
  expect(on('Zenit won the Ostlandic Premier League on Sunday.')).toEqual([]);
  expect(on('He played in the Ostland Premier League for two years.')).toEqual([]);
  // (A region or a part of the world that lies in no country of the body's: "the Caribbean Premier League".)
  expect(on('The Sunward Isles Premier League starts in August.')).toEqual([]);
});

test("its own country's word keeps it, and so does a company or a word with no country", () => {
  expect(on('He played in the Arvenian Premier League.')).toEqual(['Premier League→premier-league']);
  expect(on('The Ostland Federal Trade Commission fined them.')).toEqual(['Federal Trade Commission→trade-commission']);
  expect(on('He banked with the Ostlandic Grain Bank.')).toEqual(['Grain Bank→grain-bank']);
  expect(on('He played in the Premier League.')).toEqual(['Premier League→premier-league']);
  // (A region of its own country.)
  expect(on('He played in the Norvale Premier League.')).toEqual(['Premier League→premier-league']);
});
