/**
 * Acronyms are weighed a second time, against everything the page names with confidence and against
 * one another: a little-known body's acronym whose support is another body that needed the page's
 * ("Arvenia" → the AFB → the WSC), or two little-known acronyms the dataset ties together, each the
 * other's support. Alone, such an acronym still needs the page. Made-up countries and bodies.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const body = (id: string, name: string, acronym: string, prominence: number, related: string[]): LexiconEntity => ({
  id, kind: 'organization', name, aliases: [{ text: acronym, match: 'acronym' }], prominence, related,
});

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.6, ['country:av']),
  // A world court, well known, and a sports council of the same letters tied to Arvenia's board.
  body('world-court', 'World Sentencing Court', 'WSC', 0.75, []),
  body('sling-council', 'World Slingball Council', 'WSC', 0.45, ['arvenian-board']),
  body('arvenian-board', 'Arvenian Slingball Board', 'ASB', 0.45, ['country:av', 'sling-council', 'slingball-league']),
  body('slingball-league', 'Arvenian Slingball League', 'ASL', 0.5, ['arvenian-board', 'country:av']),
]);

test("an acronym's support may be a body that itself needed the page's", () => {
  // Arvenia supports the ASB; the ASB supports the slingball WSC over the better-known court.
  expect(links('The WSC confirmed that Arvenia will play at home, after the ASB asked.', {}, lexicon))
    .toEqual(['WSC→sling-council', 'Arvenia→country:av', 'ASB→arvenian-board']);
  // Without the board, the letters are the court's.
  expect(links('The WSC confirmed that Arvenia will play at home.', {}, lexicon)).toEqual(['WSC→world-court', 'Arvenia→country:av']);
});

test('two little-known acronyms the dataset ties together support each other', () => {
  expect(links('The ASB said the ASL final will be in Corva. The WSC agreed.', {}, lexicon))
    .toEqual(['ASB→arvenian-board', 'ASL→slingball-league', 'Corva→city:corva', 'WSC→sling-council']);
});

test('a little-known acronym alone is not its own support', () => {
  expect(links('The ASL auction is on Monday.', {}, lexicon)).toEqual([]);
  expect(links('The ASL auction and the ASL draft are on Monday.', {}, lexicon)).toEqual([]);
});
