/**
 * A town's name after a lower-case "the", ending the sentence, is a venue, a hotel or a ship named for
 * it ("played at the Tivoli."), and so is one before a verb or a preposition ("the dam on the Dnipro
 * was destroyed"): English names a town without an article. The town still qualifies a
 * noun after "the" ("the Tivola attacks") and lists of towns before one ("the Tivola, Marsk and Brell
 * offices"). A landmark, a river or a museum is named with the article, and stays itself there. So is
 * a place's name with a number after a hyphen ("Karbala-8", an operation), and a place's name quoted
 * alone, a work's title ("“Fargo” returned for a fifth season"). Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:vl', 'Velaria', 0.9, [], 'country'),
  place('city:tivola', 'Tivola', 0.4, ['country:vl']),
  place('city:marsk', 'Marsk', 0.4, ['country:vl']),
  place('velna', 'Velna', 0.4, ['country:vl'], 'river'),
  place('orvell-museum', 'Orvell', 0.4, ['country:vl'], 'museum'),
]);

test('a town after "the" at the end of a sentence is a venue named for it', () => {
  expect(links('Landgraf and Meijer played at the Tivola.', {}, lexicon)).toEqual([]);
  expect(links('Landgraf and Meijer played at the Tivola', {}, lexicon)).toEqual([]);
  // (Or before a verb or a preposition, which no noun it qualifies would let in: a river or a ship
  // named like the city, "the dam on the Dnipro was destroyed".)
  expect(links('The dam on the Tivola was destroyed, and a bridge over the Tivola near Marsk fell.', {}, lexicon)).toEqual(['Marsk→city:marsk']);
  // (Across a space: "the Tivola by-election" is the town's.)
  expect(links('Labour won the Tivola by-election.', {}, lexicon)).toEqual(['Tivola→city:tivola']);
});

test('a river or a museum after "the" at the end of a sentence is itself', () => {
  expect(links('Boats sailed on the Velna.', {}, lexicon)).toEqual(['Velna→velna']);
  expect(links('Crowds queued at the Orvell.', {}, lexicon)).toEqual(['Orvell→orvell-museum']);
});

test('the town where it qualifies what follows, or with no article', () => {
  expect(links('Police reopened the Tivola road.', {}, lexicon)).toEqual(['Tivola→city:tivola']);
  expect(links('Staff of the Tivola, Marsk and Velaria offices met.', {}, lexicon)).toContain('Tivola→city:tivola');
  expect(links('Landgraf and Meijer played in Tivola.', {}, lexicon)).toEqual(['Tivola→city:tivola']);
});

test('a place and a number after a hyphen name what is named for the place', () => {
  expect(links('Iran continued its Tivola-8 operation, and Marsk-2 talks resumed.', {}, lexicon)).toEqual([]);
  expect(links('Tivola-based traders met in Marsk.', {}, lexicon)).toEqual(['Tivola→city:tivola', 'Marsk→city:marsk']);
});

test('a car model named after a place is the car; a highway named for the country is the highway', () => {
  expect(links('Halden recalled its Tivola models and the Marsk SUV in Tivola.', {}, lexicon)).toEqual(['Tivola→city:tivola']);
  expect(links('Tivola dealers sold the Marsk sedan.', {}, lexicon)).toEqual(['Tivola→city:tivola']);
  // (A country's "model" is its way of doing things: "the China model".)
  expect(links('The Velaria model of growth spread to Marsk.', {}, lexicon)).toEqual(['Velaria→country:vl', 'Marsk→city:marsk']);
  const withUs = lexiconOf([
    { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', prominence: 0.95, aliases: [{ text: 'V.L.', match: 'acronym' }] },
    place('city:tivola', 'Tivola', 0.6, ['country:vl']),
  ]);
  // ("U.S. 75 north of Sherman", "US 287", "U.S. Route 66".)
  expect(links('A trooper was hurt on V.L. 75 north of Tivola, and on V.L. Route 66.', {}, withUs)).toEqual(['Tivola→city:tivola']);
  expect(links('Crews closed V.L. 31.', {}, withUs)).toEqual([]);
  // (Not a number that goes on: "the U.K. 37,800 tonnes", "U.S. 2.5 percent", "the U.S. 10-year yield", "2% inflation".)
  expect(links('Traders in the V.L. 37,800 tonnes; the V.L. 2.5 percent; the V.L. 10-year yield; V.L. 2% inflation.', {}, withUs))
    .toEqual(['V.L.→country:vl', 'V.L.→country:vl', 'V.L.→country:vl', 'V.L.→country:vl']);
  expect(links('The V.L. 10 largest banks met.', {}, withUs)).toEqual(['V.L.→country:vl']);
});

test('a place quoted alone is a work named after it; quoted in a longer quotation, the place', () => {
  expect(links('“Tivola” returned for a fifth season.', {}, lexicon)).toEqual([]);
  expect(links('"Tivola," the film, won; Marsk\'s "Tivola" was reissued.', {}, lexicon)).toEqual(['Marsk→city:marsk']);
  expect(links('He said "Tivola is cold" and flew to Tivola.', {}, lexicon)).toEqual(['Tivola→city:tivola', 'Tivola→city:tivola']);
  // (Nor the battle named after the place: "“Atlanta” creator Donald Glover".)
  const withBattle = lexiconOf([
    place('city:tivola', 'Tivola', 0.6),
    { id: 'wordnet:1272126', kind: 'event', subkind: 'siege', name: 'Tivola', prominence: 0.1, aliases: [] },
  ]);
  expect(links('Fans of “Tivola” creator Ana Berg cheered.', {}, withBattle)).toEqual([]);
  expect(links('Fans of Tivola creator Ana Berg cheered.', {}, withBattle)).toEqual(['Tivola→city:tivola']);
  // (An event's name with no place reading, quoted alone, is the event: "the “Maha Kumbh Mela”".)
  const festival = lexiconOf([{ id: 'tivola-fair', kind: 'event', subkind: 'festival', name: 'Great Tivola Fair', prominence: 0.5, aliases: [] }]);
  expect(links('Pilgrims came to the "Great Tivola Fair" in 1989.', {}, festival)).toEqual(['Great Tivola Fair→tivola-fair']);
});

test('after "headlined" or "sold out", a festival or a venue named like its town: its own card, or none', () => {
  const stage = lexiconOf([
    place('city:tivola', 'Tivola', 0.6),
    { id: 'tivola-arena', kind: 'place', subkind: 'stadium', name: 'Tivola Arena', prominence: 0.6, aliases: [{ text: 'Tivola', match: 'needs-context' }] },
    place('city:marsk', 'Marsk', 0.6),
  ]);
  expect(links('The band sold out Tivola, then headlined Marsk on Sunday.', {}, stage)).toEqual(['Tivola→tivola-arena']);
  // (Not before them: "Tickets for Marsk sold out".)
  expect(links('Tickets for Marsk sold out in minutes.', {}, stage)).toEqual(['Marsk→city:marsk']);
});
