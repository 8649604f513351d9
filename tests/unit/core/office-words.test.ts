/**
 * A person's alias that begins with an office ("President Velk", "Foreign Minister Oro Tash") makes the
 * name certain, but the mention is the name alone — as after a title no alias spells ("Mr. Velk").
 * Made-up people.
 */
import { expect, test } from 'vitest';
import { annotate, type LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf } from './helpers.ts';

const entities: LexiconEntity[] = [
  { id: 'dara-velk', kind: 'person', name: 'Dara Velk', prominence: 0.8,
    aliases: [{ text: 'Velk', match: 'needs-context' }, { text: 'President Velk', match: 'ordinary' }] },
  { id: 'oro-tash', kind: 'person', name: 'Oro Tash', prominence: 0.7, aliases: [{ text: 'Foreign Minister Oro Tash', match: 'ordinary' }] },
  // The office words run on into the title, not into the name: the whole alias is the mention.
  { id: 'mira-quell', kind: 'person', name: 'Mira Quell', prominence: 0.7, aliases: [{ text: 'State Counsellor', match: 'ordinary' }] },
  { id: 'lune-harbour', kind: 'organization', name: 'President Lune', prominence: 0.6, aliases: [] },
];
const lexicon = lexiconOf(entities);
const marks = (text: string) => annotate(text, lexicon).map((m) => `${m.text}→${m.entityId}`);

test('the office words of an alias are no part of the mention', () => {
  expect(marks('President Velk spoke on Monday. Later, Velk left for the coast.')).toEqual(['Velk→dara-velk', 'Velk→dara-velk']);
  expect(marks('He met Foreign Minister Oro Tash in the capital.')).toEqual(['Oro Tash→oro-tash']);
});

test('an alias that is all title, or another kind\'s name, is marked whole', () => {
  expect(marks('The State Counsellor spoke.')).toEqual(['State Counsellor→mira-quell']);
  expect(marks('Rooms at the President Lune are booked.')).toEqual(['President Lune→lune-harbour']);
});
