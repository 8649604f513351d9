/**
 * A generic institution's name ("Supreme Court") that needs the page's support is the home country's
 * on a page about that country — its people and places named again and again, leading all others —
 * even where the page never names the country itself. (Made-up countries, people and court.)
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon, loadLexicon } from '../../../src/core/index.ts';
import { lexiconOf, links } from './helpers.ts';

const person = (id: string, name: string, country: string) => ({
  id, kind: 'person' as const, name, prominence: 0.6, aliases: [], related: [country], facts: [{ type: 'country' as const, value: country, id: country }],
});
const lexicon = lexiconOf([
  { id: 'country:ov', kind: 'place', subkind: 'country', name: 'Orvania', prominence: 0.8, aliases: [] },
  { id: 'country:tz', kind: 'place', subkind: 'country', name: 'Tarvezia', prominence: 0.8, aliases: [] },
  person('mara-pellow', 'Mara Pellow', 'country:ov'),
  person('oren-dask', 'Oren Dask', 'country:ov'),
  person('lia-voss', 'Lia Voss', 'country:ov'),
  person('tomas-reyk', 'Tomas Reyk', 'country:tz'),
  {
    id: 'orvanian-high-court', kind: 'organization', name: 'High Court of Orvania', prominence: 0.6,
    aliases: [{ text: 'High Court', match: 'needs-context' }], related: ['country:ov'], facts: [{ type: 'country', value: 'Orvania', id: 'country:ov' }],
  },
  {
    id: 'orvanian-national-guard', kind: 'organization', name: 'Orvanian National Guard', prominence: 0.5,
    aliases: [{ text: 'National Guard', match: 'needs-context' }], related: ['country:ov'], facts: [{ type: 'country', value: 'Orvania', id: 'country:ov' }],
  },
  {
    id: 'tarvezian-revolutionary-guard', kind: 'organization', name: 'Tarvezian Revolutionary Guard Corps', prominence: 0.6,
    aliases: [{ text: 'Revolutionary Guard', match: 'ordinary' }], related: ['country:tz'], facts: [{ type: 'country', value: 'Tarvezia', id: 'country:tz' }],
  },
]);
const court = 'High Court→orvanian-high-court';

describe('a generic institution\'s name', () => {
  it('is the home country\'s on a page about it, though the country is named only once or not at all', () => {
    expect(links('Mara Pellow, Oren Dask and Lia Voss spoke in Orvania. The High Court heard the case.', {}, lexicon)).toContain(court);
    expect(links('Mara Pellow, Oren Dask and Lia Voss spoke. The High Court heard the case.', {}, lexicon)).toContain(court);
  });

  it('counts a national guard among them, but not a revolutionary guard, which is one country\'s own', () => {
    expect(links('Mara Pellow, Oren Dask and Lia Voss spoke. The National Guard was deployed.', {}, lexicon)).toContain('National Guard→orvanian-national-guard');
    // (A body every country has is doubted on a page about another country; one country's own is not.)
    const page = 'Mara Pellow, Oren Dask, Lia Voss, Mara Pellow, Oren Dask and Lia Voss met. Tarvezia\'s Revolutionary Guard seized a ship.';
    expect(links(page, {}, lexicon)).toContain('Revolutionary Guard→tarvezian-revolutionary-guard');
  });

  it('needs that country to lead the page, and to be named often', () => {
    // (Once, with nothing else of it: a sign, not a page about it.)
    expect(links('The High Court heard the case in Orvania.', {}, lexicon)).not.toContain(court);
    expect(links('Mara Pellow spoke. The High Court heard the case.', {}, lexicon)).not.toContain(court);
    // (Another country leads.)
    expect(links('Mara Pellow, Oren Dask and Lia Voss met Tomas Reyk in Tarvezia, Tarvezia, Tarvezia and Tarvezia. The High Court heard the case.', {}, lexicon)).not.toContain(court);
  });
});

describe('after a country\'s possessive, a body\'s generic name', () => {
  const parties = lexiconOf([
    { id: 'country:ov', kind: 'place', subkind: 'country', name: 'Orvania', prominence: 0.8, aliases: [] },
    { id: 'country:tz', kind: 'place', subkind: 'country', name: 'Tarvezia', prominence: 0.8, aliases: [] },
    { id: 'country:mk', kind: 'place', subkind: 'country', name: 'Marekia', prominence: 0.8, aliases: [] },
    { id: 'ov-liberal', kind: 'organization', subkind: 'party', name: 'Liberal Party', prominence: 0.7, aliases: [], related: ['country:ov'], facts: [{ type: 'country', value: 'Orvania', id: 'country:ov' }] },
    { id: 'tz-liberal', kind: 'organization', subkind: 'party', name: 'Liberal Party of Tarvezia', prominence: 0.4, aliases: [{ text: 'Liberal Party', match: 'ordinary' }], related: ['country:tz'], facts: [{ type: 'country', value: 'Tarvezia', id: 'country:tz' }] },
  ]);
  const on = (text: string) => links(text, {}, parties);

  it('is that country\'s, however better known another\'s is', () => {
    expect(on("Tarvezia's Liberal Party won the vote.")).toEqual(['Tarvezia→country:tz', 'Liberal Party→tz-liberal']);
    expect(on("Orvania's Liberal Party won the vote.")).toEqual(['Orvania→country:ov', 'Liberal Party→ov-liberal']);
  });

  it('is no other country\'s where the dataset has none of that country', () => {
    expect(on("Marekia's Liberal Party won the vote.")).toEqual(['Marekia→country:mk']);
  });

  it('counts a general or joint staff among such bodies: every army has one ("South Korea\'s Joint Chiefs of Staff")', () => {
    const staffs = lexiconOf([
      { id: 'country:ov', kind: 'place', subkind: 'country', name: 'Orvania', prominence: 0.8, aliases: [] },
      { id: 'country:mk', kind: 'place', subkind: 'country', name: 'Marekia', prominence: 0.8, aliases: [] },
      { id: 'ov-staff', kind: 'organization', subkind: 'military', name: 'General Staff', prominence: 0.7, aliases: [], related: ['country:ov'], facts: [{ type: 'country', value: 'Orvania', id: 'country:ov' }] },
    ]);
    expect(links("A missile was fired, Marekia's General Staff said.", {}, staffs)).toEqual(['Marekia→country:mk']);
    expect(links("A missile was fired, Orvania's General Staff said.", {}, staffs)).toEqual(['Orvania→country:ov', 'General Staff→ov-staff']);
  });

  it('after a person\'s possessive, is that person\'s country\'s', () => {
    const withLeader = lexiconOf([...[
      { id: 'country:ov', kind: 'place' as const, subkind: 'country', name: 'Orvania', prominence: 0.8, aliases: [] },
      { id: 'country:tz', kind: 'place' as const, subkind: 'country', name: 'Tarvezia', prominence: 0.8, aliases: [] },
      { id: 'ov-liberal', kind: 'organization' as const, subkind: 'party', name: 'Liberal Party', prominence: 0.7, aliases: [], related: ['country:ov'], facts: [{ type: 'country' as const, value: 'Orvania', id: 'country:ov' }] },
      { id: 'tz-liberal', kind: 'organization' as const, subkind: 'party', name: 'Liberal Party of Tarvezia', prominence: 0.1, aliases: [{ text: 'Liberal Party', match: 'ordinary' as const }], related: ['country:tz'], facts: [{ type: 'country' as const, value: 'Tarvezia', id: 'country:tz' }] },
    ], { ...person('tomas-reyk', 'Tomas Reyk', 'country:tz'), aliases: [{ text: 'Reyk', match: 'needs-context' as const }] }]);
    // (By the surname alone, as news names a leader: the page names neither Tarvezia nor him in full.)
    expect(links("Reyk's Liberal Party won the vote.", {}, withLeader)).toContain('Liberal Party→tz-liberal');
  });
});

describe('a body read by its generic name', () => {
  const parties = lexiconOf([
    { id: 'country:ov', kind: 'place', subkind: 'country', name: 'Orvania', prominence: 0.8, aliases: [] },
    { id: 'country:mk', kind: 'place', subkind: 'country', name: 'Marekia', prominence: 0.8, aliases: [] },
    { id: 'ov-liberal', kind: 'organization', subkind: 'party', name: 'Liberal Party', prominence: 0.7, aliases: [], related: ['country:ov'], facts: [{ type: 'country', value: 'Orvania', id: 'country:ov' }] },
  ]);

  it('is no vote for its own country in the page\'s tally: another country named once outweighs it', () => {
    // (Counted, the party's own reading tied Orvania with Marekia, and so kept itself.)
    expect(links('In Marekia the Liberal Party won the vote.', {}, parties)).toEqual(['Marekia→country:mk']);
    expect(links('The Liberal Party won the vote.', {}, parties)).toEqual(['Liberal Party→ov-liberal']);
  });
});

describe('a body named by English words, however rare', () => {
  // ("plurinational" is no common word, but an English one: the dataset's rare words.)
  it('is a kind of body every country has: doubted as another country\'s on a page about a country the dataset has none of', () => {
    const one = loadLexicon(compileLexicon([
      { id: 'country:ov', kind: 'place', subkind: 'country', name: 'Orvania', prominence: 0.8, aliases: [] },
      { id: 'country:mk', kind: 'place', subkind: 'country', name: 'Marekia', prominence: 0.8, aliases: [] },
      { id: 'ov-assembly', kind: 'organization', name: 'Plurinational Assembly', prominence: 0.7, aliases: [], related: ['country:ov'], facts: [{ type: 'country', value: 'Orvania', id: 'country:ov' }] },
    ], { rareWords: new Set(['plurinational']) }));
    expect(links('In Marekia the Plurinational Assembly met; Marekia voted.', {}, one)).toEqual(['Marekia→country:mk', 'Marekia→country:mk']);
    expect(links('The Plurinational Assembly met.', {}, one)).toEqual(['Plurinational Assembly→ov-assembly']);
  });
});
