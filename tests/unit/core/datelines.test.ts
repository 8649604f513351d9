/**
 * A dateline names a place: "WILLOW (AP) —", "WILLOW, Vastria —". A one-word name that is also an
 * everyday word or a person's surname is doubtful at a sentence's start or in capitals — but not there.
 * Made-up names; "willow" is an everyday word.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:vastria', 'Vastria', 0.9, [], 'country'),
  place('city:willow', 'Willow', 0.7, ['country:vastria']),
  place('region:willow', 'Willow', 0.4, ['country:vastria'], 'region'),
  { id: 'dana-willow', kind: 'person', name: 'Dana Willow', prominence: 0.5, aliases: [{ text: 'Willow', match: 'needs-context' }] },
]);

test('a word in capitals opening a dateline is the place', () => {
  expect(links('WILLOW (AP) — The council voted on Tuesday.', {}, lexicon)).toEqual(['WILLOW→city:willow']);
  expect(links('WILLOW — The council voted on Tuesday.', {}, lexicon)).toEqual(['WILLOW→city:willow']);
  // After a line of its own too: a headline above the story.
  expect(links('Council votes\nWILLOW, Vastria (Reuters) - The council voted.', {}, lexicon)).toEqual(['WILLOW→city:willow', 'Vastria→country:vastria']);
});

test('the same word opening a sentence, with no dateline mark, proves nothing', () => {
  expect(links('WILLOW said on Tuesday it would act.', {}, lexicon)).toEqual([]);
  expect(links('Willow said on Tuesday it would act.', {}, lexicon)).toEqual([]);
});

test('a dateline is the place even after a person of that surname is named in full', () => {
  expect(links('Dana Willow spoke.\nWILLOW (AP) — The council voted.', {}, lexicon)).toEqual(['Dana Willow→dana-willow', 'WILLOW→city:willow']);
});

test('a dateline names the town, not the province of its name, where the page would weigh the province', () => {
  const provinces = lexiconOf([
    place('country:vastria', 'Vastria', 0.9, [], 'country'),
    place('city:corlan', 'Corlan', 0.5, ['country:vastria', 'region:corlan']),
    place('region:corlan', 'Corlan', 0.7, ['country:vastria'], 'region'),
    place('city:orrin', 'Orrin', 0.4, ['country:vastria', 'region:corlan']),
    place('city:tesk', 'Tesk', 0.4, ['country:vastria', 'region:corlan']),
  ]);
  expect(links('CORLAN, Vastria (Reuters) — Floods swept through Orrin and Tesk.', {}, provinces)[0]).toBe('CORLAN→city:corlan');
});

test('a town and a name that is its country and its province too: the country', () => {
  // ("TAIPEI, Taiwan —": Taiwan is the country and, in GeoNames, a province of it as well.)
  const both = lexiconOf([
    place('country:tv', 'Tarvel', 0.9, [], 'country'),
    place('region:tv.t', 'Tarvel', 0.3, ['country:tv'], 'region'),
    place('city:kesh', 'Kesh', 0.6, ['country:tv', 'region:tv.t']),
  ]);
  expect(links('KESH, Tarvel — The chip maker said profit rose.', {}, both)).toEqual(['KESH→city:kesh', 'Tarvel→country:tv']);
});
