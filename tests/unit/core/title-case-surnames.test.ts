/**
 * A surname that is an everyday word ("Page", "Rice"), after a capitalised everyday word, is as likely a
 * phrase in title case — a menu's "Home Page", a button's "Share This Page" — as a name: it links only to
 * a person the page names in full. Made-up people, company and country; "ledger" is an everyday word.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links } from './helpers.ts';

const COUNTRY = { type: 'country', value: 'Velaria', id: 'country:vl' } as const;
const entities: LexiconEntity[] = [
  { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', aliases: [{ text: 'Velarian', match: 'demonym' }], prominence: 0.9 },
  { id: 'quillbyte', kind: 'organization', subkind: 'company', name: 'Quillbyte', aliases: [], prominence: 0.85, related: ['country:vl', 'wren-ledger'], facts: [COUNTRY] },
  { id: 'wren-ledger', kind: 'person', name: 'Wren Ledger', aliases: [{ text: 'Ledger', match: 'needs-context' }], prominence: 0.85,
    related: ['quillbyte', 'country:vl'], facts: [COUNTRY] },
];
const lexicon = lexiconOf(entities);
const ABOUT = 'Quillbyte, the Velarian search company, grew fast in Velaria last year.';
const ledgers = (text: string) => links(text, {}, lexicon).filter((l) => l.startsWith('Ledger'));

test('the page\'s support links the surname in running text', () => {
  expect(ledgers(`${ABOUT} Its founder, Ledger, spoke on Monday.`)).toEqual(['Ledger→wren-ledger']);
});

test('after a capitalised everyday word it is a phrase in title case, unless the page names the person in full', () => {
  expect(ledgers(`${ABOUT}\nHome Ledger\nGo to Home Ledger »\nShare This Ledger`)).toEqual([]);
  expect(ledgers(`Wren Ledger founded Quillbyte. ${ABOUT}\nShare This Ledger`)).toEqual(['Ledger→wren-ledger']);
});

test('a title or a given name before it is no such word', () => {
  expect(ledgers(`${ABOUT} President Ledger spoke on Monday.`)).toEqual(['Ledger→wren-ledger']);
});
