/**
 * A capitalised everyday word right before a name, inside a sentence, makes a longer name of the two
 * ("Good Morning America", "the Big Apple"); titles, days, the words that say which part of a place and
 * the function words a headline capitalises do not. Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.7, ['country:av']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('an everyday word with a capital inside a sentence begins a longer name', () => {
  expect(on('In Arvenia, she told Good Morning Corva that the Big Corva never sleeps.')).toEqual(['Arvenia→country:av']);
  expect(on('In Arvenia, patients went to the Royal Corva hospital.')).toEqual(['Arvenia→country:av']);
});

test('titles, days, parts of a place and function words leave the name alone', () => {
  expect(on('In Arvenia, on Monday Corva voted; Downtown Corva was quiet.')).toEqual(['Arvenia→country:av', 'Corva→city:corva', 'Corva→city:corva']);
  expect(on('In Arvenia, officials in North Corva agreed. Read: Why Corva matters.')).toEqual(['Arvenia→country:av', 'Corva→city:corva', 'Corva→city:corva']);
  expect(on('In Arvenia, the paper The Age. Corva. 2008.')).toContain('Corva→city:corva');
});

test('at a sentence\'s start or in a headline the capital proves nothing', () => {
  expect(on('In Arvenia it rained. Today Corva voted.')).toContain('Corva→city:corva');
  expect(on('Arvenia news.\nBig Storm Hits Corva Overnight As Rivers Rise\nMore in Arvenia.')).toContain('Corva→city:corva');
});
