/**
 * A place's name that the words beside it call a band, a company or a person: "Chicago, the band", "the
 * band Kansas", "Patagonia, the outdoor clothing company", "said Jordan, a passenger", "Austin, 34,"
 * (appositives.ts). Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.7, ['country:av']),
  place('region:av.l', 'Lume', 0.6, ['country:av'], 'region'),
  { id: 'tarn-air', kind: 'organization', subkind: 'company', name: 'Tarn Air', prominence: 0.7, aliases: [{ text: 'Tarn', match: 'needs-context' }] },
  place('city:tarn', 'Tarn', 0.3, ['country:av']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('a band named after the place is no place', () => {
  expect(on('Corva, the band, was inducted in Arvenia.')).toEqual(['Arvenia→country:av']);
  // (A work named after it: "Casablanca, the film", "Atlanta, Donald Glover's FX series".)
  expect(on('Corva, the 1993 drama, and Lume, Tom Hale\'s FX series about Arvenia, won prizes.')).toEqual(['Arvenia→country:av']);
  // (A ship: "the Kursk, the nuclear submarine"; not a noun the phrase goes on from: "the flagship store".)
  expect(on('The sinking of the Corva, the nuclear submarine, shocked Arvenia.')).toEqual(['Arvenia→country:av']);
  expect(on('Shoppers in Arvenia said Corva, the flagship store, closed.')).toEqual(['Arvenia→country:av', 'Corva→city:corva']);
  // (Not across a clause: "From a base in Kodiak, Alaska, the Polaris makes a series of trips".)
  expect(on('From a base in Arvenia, Corva, the Polaris makes a series of trips.')).toContain('Corva→city:corva');
  // (Its member, then the member's name; not a singer, who may be from the town.)
  expect(on('Corva guitarist Tom Hale sued the band in Arvenia.')).toEqual(['Arvenia→country:av']);
  expect(on('Corva singer Tom Hale moved to Arvenia.')).toEqual(['Corva→city:corva', 'Arvenia→country:av']);
  expect(on('In Arvenia, the rock band Lume cancelled its tour.')).toEqual(['Arvenia→country:av']);
  expect(on('In Arvenia, Lume, the new wave band from the north, split.')).toEqual(['Arvenia→country:av']);
});

test('a company: its own reading, or none', () => {
  expect(on('In Arvenia, Corva, the outdoor clothing company, sued.')).toEqual(['Arvenia→country:av']);
  expect(on('In Arvenia, Tarn, the airline, cancelled flights.')).toContain('Tarn→tarn-air');
  // (After a name's possessive too.)
  expect(on('Tarn, Arvenia\'s largest carrier, cancelled flights.')).toEqual(['Tarn→tarn-air', 'Arvenia→country:av']);
});

test('a person: someone the page names in full, or no one', () => {
  const people = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    place('city:corva', 'Corva', 0.7, ['country:av']),
    { id: 'dara-corva', kind: 'person', name: 'Dara Corva', prominence: 0.8, aliases: [{ text: 'Corva', match: 'needs-context' }], related: ['country:av'] },
  ]);
  const on = (text: string) => links(text, {}, people);
  expect(on('"It was chaos," said Corva, a passenger from Arvenia.')).toEqual(['Arvenia→country:av']);
  expect(on('Corva, 34, told police in Arvenia she had been robbed.')).toEqual(['Arvenia→country:av']);
  expect(on('Dara Corva spoke. "It was great," said Corva, a passenger from Arvenia.')).toEqual(['Dara Corva→dara-corva', 'Corva→dara-corva', 'Arvenia→country:av']);
  // (Not a number's thousands, nor a year: "spoke Corva, 51,336 lived there".)
  expect(on('In Arvenia, 86,403 people spoke Corva, 51,336 of them at home.')).toContain('Corva→city:corva');
});

test('the place where the words beside it call it something else', () => {
  expect(on('Corva, the capital of Arvenia, voted.')).toEqual(['Corva→city:corva', 'Arvenia→country:av']);
  expect(on('In Arvenia, a band from Corva played.')).toEqual(['Arvenia→country:av', 'Corva→city:corva']);
  // (Nor before a verb: "the company said" is a clause of its own.)
  expect(on('Its plants are in Arvenia and Corva, the company said.')).toEqual(['Arvenia→country:av', 'Corva→city:corva']);
  // (A name right after the noun is the band: "Corva, the band Lume's home town" calls Lume a band.)
  expect(on('Fans said Corva, the band Lume\'s home town, had flooded.')).toEqual(['Corva→city:corva']);
});
