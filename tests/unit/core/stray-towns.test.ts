/**
 * A little-known town of a country the page barely names, that nothing on the page places — no region
 * or town of it, not its country beside it — is most likely something else of that name (a company,
 * a person, a product: "BHP Billiton and Rio Tinto", "Epsom salts"). Made-up places.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const PLACES = [
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('country:os', 'Ostland', 0.9, [], 'country'),
  place('region:os.n', 'Nordmark', 0.3, ['country:os'], 'region'),
  place('city:corva', 'Corva', 0.6, ['country:av']),
  place('city:lume', 'Lume', 0.35, ['country:av']),
  place('city:rellham', 'Rellham', 0.15, ['country:os', 'region:os.n']),
  place('city:ostburg', 'Ostburg', 0.5, ['country:os', 'region:os.n']),
];
const lexicon = lexiconOf(PLACES);

// Arvenia and its towns named twelve times: Ostland, named twice at most below, far less (under a fifth as often).
const ARVENIAN_PAGE = 'Arvenia raised rates on Monday. Banks in Corva and Lume welcomed the move, and Arvenia\'s exporters too. ' +
  'Traders in Corva said Arvenia had waited long enough; in Lume, shops were quiet. ' +
  'Arvenia\'s central bank, in Corva, meets again in May. Lume and Corva expect more; Arvenia\'s unions, in Lume, less. ';
const onPage = (text: string) => links(ARVENIAN_PAGE + text, {}, lexicon);

test('a little-known town of a country the page barely names, placed by nothing, is not linked', () => {
  expect(onPage('Shares of Rellham rose 3 per cent.')).not.toContain('Rellham→city:rellham');
});

test('its region or a town of it on the page places it', () => {
  expect(onPage('Floods hit Nordmark. Shares of Rellham rose 3 per cent.')).toContain('Rellham→city:rellham');
});

test('so does its country beside it', () => {
  expect(onPage('Exporters in the town of Rellham in Ostland complained.')).toContain('Rellham→city:rellham');
});

test('on a page about its own country, or when it is well known, it needs nothing', () => {
  expect(links('Ostland raised rates on Monday, and Ostland\'s exporters cheered. Banks in Corva were quiet. Shares of Rellham rose 3 per cent.', {}, lexicon)).toContain('Rellham→city:rellham');
  expect(onPage('Shares of Ostburg rose 3 per cent.')).toContain('Ostburg→city:ostburg');
});

test('a page that names its country by this town alone does not place it either, however short the page', () => {
  expect(links('Corva beat Lume 4-1 at Rellham on Sunday.', {}, lexicon)).not.toContain('Rellham→city:rellham');
  expect(links('Corva beat Lume 4-1 at Ostburg on Sunday.', {}, lexicon)).toContain('Ostburg→city:ostburg');
});

test('a company\'s or an agency\'s name says nothing of the countries a page is about', () => {
  const withBrand = lexiconOf([
    ...PLACES,
    { id: 'quillbyte', kind: 'organization', subkind: 'company', name: 'Quillbyte', prominence: 0.85, aliases: [],
      related: ['country:os'], facts: [{ type: 'country', value: 'Ostland', id: 'country:os' }] },
  ]);
  // Follow buttons name an Ostland company five times on an Arvenian page: Ostland is still barely named.
  const text = `${ARVENIAN_PAGE}Follow us on Quillbyte. Quillbyte. Quillbyte. Quillbyte. Quillbyte.\nShares of Rellham rose 3 per cent.`;
  expect(links(text, {}, withBrand)).not.toContain('Rellham→city:rellham');
});
