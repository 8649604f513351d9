/**
 * A country named like a word opens a sentence: its capital proves nothing, and it needs the same
 * country named elsewhere on the page — or a name the dataset ties to it within the clause, a
 * neighbour or its capital ("Turkey and Syria agreed", "Georgia's parliament in Tbilisi"). Real names
 * in a fixture of our own, since a made-up name would be no everyday word: Chad and its neighbour Sudan.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:td', 'Chad', 0.6, ['country:sd', 'city:ndjamena'], 'country'),
  place('country:sd', 'Sudan', 0.6, ['country:td'], 'country'),
  place('country:ne', 'Niger', 0.6, [], 'country'),
  place('city:ndjamena', "N'Djamena", 0.5, ['country:td']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('opening a sentence, with its neighbour or capital within the clause: the country', () => {
  expect(on('Chad and Sudan signed a border deal.')).toEqual(['Chad→country:td', 'Sudan→country:sd']);
  expect(on("Chad's parliament in N'Djamena passed the law.")).toEqual(['Chad→country:td', "N'Djamena→city:ndjamena"]);
});

test('opening a sentence with nothing tied to it near: no card', () => {
  expect(on('Chad signed a border deal.')).toEqual([]);
  expect(on('Chad and Niger signed a border deal.')).toEqual(['Niger→country:ne']);
});
