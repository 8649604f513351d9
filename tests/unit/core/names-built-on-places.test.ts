/**
 * Names built on a place's name that are no mention of it: a party named for its province ("Saskatchewan
 * Party"), a drug maker or a club ("Verona Pharma", "Guangzhou FC"; org-heads.ts), a syndrome or a virus
 * ("Stockholm syndrome"; town-compounds.ts), a warship ("TCG Anadolu"; feature-names.ts); and a town said
 * to be in a region that does not hold it ("Georgetown in Penang"; containers.ts). Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('country:bo', 'Borvia', 0.9, [], 'country'),
  place('region:av.m', 'Marova', 0.5, ['country:av'], 'region'),
  place('region:bo.p', 'Pelang', 0.4, ['country:bo'], 'region'),
  place('city:corva', 'Corva', 0.6, ['country:av', 'region:av.m']),
  place('city:lume', 'Lume', 0.45, ['country:av', 'region:av.m']),
  place('region:av.w', 'Westmark', 0.3, ['country:av'], 'region'),
]);
const on = (text: string) => links(text, {}, lexicon);

test('a party named for the place alone, right after it, is no mention of the place', () => {
  expect(on('Lume city council passed the budget despite Marova Party objections.')).toEqual(['Lume→city:lume']);
  // (The state's own branch of a party is about the state.)
  expect(on('The Marova Democratic Party met in Lume.')).toContain('Marova→region:av.m');
});

test('a drug maker or a football club named after the town', () => {
  expect(on('A rival agreed to buy Corva Pharma for $10 billion.')).toEqual([]);
  expect(on('Shares in Corva Therapeutics doubled.')).toEqual([]);
  expect(on('Corva FC were expelled from the league.')).toEqual([]);
  expect(on('Corva hosted the summit.')).toEqual(['Corva→city:corva']);
});

test('a British club named after the town, an honour named after the country, a boat named after the town', () => {
  expect(on('Corva Town fans protested outside the ground; Lume Rovers were relegated.')).toEqual([]);
  // (The town's centre, in lower case, is the town's; and in a headline every word has a capital.)
  expect(on('Corva town centre was closed.')).toEqual(['Corva→city:corva']);
  expect(on('The Sweeping Views in This Arvenia Town Will Take Your Breath Away')).toEqual(['Arvenia→country:av']);
  // (A country is no club's town, whatever the line: "the U.S. Town and Country Survey".)
  expect(on('Results of the Arvenia Town survey were published.')).toEqual(['Arvenia→country:av']);
  expect(on('He was awarded Hero of Arvenia in 2023.')).toEqual([]);
  expect(on('The Corva nuclear submarine sank in 2000, and the Lume cruiser in 2022.')).toEqual([]);
});

test('a syndrome or a virus named after the place', () => {
  expect(on('Corva syndrome is not a recognised diagnosis.')).toEqual([]);
  expect(on('Marova respiratory syndrome was found in two pilgrims.')).toEqual([]);
  expect(on('The Corva virus spread to Lume.')).toEqual(['Lume→city:lume']);
  // (Not "flu" or "fever": what goes round in a place.)
  expect(on('Corva flu cases rose sharply.')).toEqual(['Corva→city:corva']);
});

test('a warship named after the place, after its navy\'s prefix', () => {
  expect(on('The assault ship TCG Marova docked at Corva.')).toEqual(['Corva→city:corva']);
  expect(on('INS Corva sailed on Monday.')).toEqual([]);
});

test('a town said to be in a region of another country is a town of that name we do not know', () => {
  expect(on('Lume in Pelang is a heritage site.')).toEqual(['Pelang→region:bo.p']);
  // (Where it lies, or in a region of its own country its record does not list, it is the town.)
  expect(on('Lume in Marova is a heritage site.')).toEqual(['Lume→city:lume', 'Marova→region:av.m']);
  expect(on('Lume in Westmark is a heritage site.')).toContain('Lume→city:lume');
  // (A country is no place a town is not in: "Corva in Borvia" is the town on tour, a team, or an error.)
  expect(on('Corva in Borvia drew crowds.')).toContain('Corva→city:corva');
});

test('a newspaper named "<State> Republic" ("The Arizona Republic")', () => {
  // (A lexicon where "Republic" begins a name, as it does in the real one: an unknown word after a name
  // makes a longer one by another rule.)
  const withRepublic = lexiconOf([place('region:corva', 'Corva', 0.6, [], 'region'), place('country:sarn', 'Republic of Sarn', 0.6, [], 'country')]);
  expect(links('The Corva Republic endorsed the measure.', {}, withRepublic)).toEqual([]);
  expect(links('Corva voted for the measure.', {}, withRepublic)).toEqual(['Corva→region:corva']);
});
