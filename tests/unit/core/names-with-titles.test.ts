/**
 * A person's name that ends in a title and its place ("Reza Pahlavi, Crown Prince of Iran", "Abdullah II
 * of Jordan", "Fourth Earl of Chesterfield"): the surname the engine derives comes from the name before
 * the title — the place is no surname, and after the full name "Iran" or "Wales" was the person.
 * Made-up people and places.
 */
import { expect, test } from 'vitest';
import { links, lexiconOf, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:ulmara', 'Ulmara', 0.9, [], 'country'),
  place('region:vesk', 'Vesk', 0.5, ['country:ulmara'], 'region'),
  { id: 'dara-velk', kind: 'person', name: 'Dara Velk, Crown Prince of Ulmara', prominence: 0.5, aliases: [{ text: 'Dara Velk', match: 'ordinary' }] },
  { id: 'oro-ii', kind: 'person', name: 'Oro II of Ulmara', prominence: 0.6, aliases: [{ text: 'King Oro', match: 'ordinary' }] },
  { id: 'mira', kind: 'person', name: 'Mira, Princess of Vesk', prominence: 0.5, aliases: [{ text: 'Princess Mira', match: 'ordinary' }] },
  { id: 'fourth-earl', kind: 'person', name: 'Fourth Earl of Vesk', prominence: 0.3, aliases: [] },
]);

test('the place in a title is the place after the full name', () => {
  expect(links('Dara Velk spoke in exile on Monday. Ulmara rejected his call.', {}, lexicon)).toEqual(['Dara Velk→dara-velk', 'Ulmara→country:ulmara']);
  expect(links('King Oro opened parliament. Ulmara voted later.', {}, lexicon)).toEqual(['King Oro→oro-ii', 'Ulmara→country:ulmara']);
  expect(links('Princess Mira visited the coast. Vesk celebrated.', {}, lexicon)).toEqual(['Princess Mira→mira', 'Vesk→region:vesk']);
});

test('the name before the title still gives a surname; a title of rank does not', () => {
  expect(links('Dara Velk spoke in exile on Monday. Later Velk left.', {}, lexicon)).toEqual(['Dara Velk→dara-velk', 'Velk→dara-velk']);
  expect(links('The Fourth Earl of Vesk wrote letters. The Earl said little.', {}, lexicon)).toEqual(['Fourth Earl of Vesk→fourth-earl']);
});

test('an alias with a title gives way to the full name after the title ("President Xi Jinping")', () => {
  const withLeader = lexiconOf([
    { id: 'tarn-velo', kind: 'person', name: 'Tarn Velo', prominence: 0.8, aliases: [{ text: 'President Tarn', match: 'ordinary' }] },
  ]);
  expect(links('Talks with President Tarn Velo ended.', {}, withLeader)).toEqual(['Tarn Velo→tarn-velo']);
  expect(links('Talks with President Tarn ended.', {}, withLeader)).toEqual(['Tarn→tarn-velo']);
});

test('so does one with a title of several words, after all of them ("Crown Prince Mohammed bin Salman")', () => {
  const withHeir = lexiconOf([
    { id: 'omar-bin-zaid', kind: 'person', name: 'Omar bin Zaid', prominence: 0.8, aliases: [{ text: 'Crown Prince Omar', match: 'ordinary' }] },
  ]);
  expect(links('Talks with Crown Prince Omar bin Zaid ended.', {}, withHeir)).toEqual(['Omar bin Zaid→omar-bin-zaid']);
  expect(links('Talks with Crown Prince Omar ended.', {}, withHeir)).toEqual(['Crown Prince Omar→omar-bin-zaid']);
});
