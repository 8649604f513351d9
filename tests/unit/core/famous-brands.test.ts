/**
 * A world-famous company's name that is a word ("Apple", "Amazon") links, written with a capital, on a
 * page that names another company: a business page. Not a lesser-known company's, not after "the"
 * ("in the Amazon" is the forest), and at a sentence's start only beside two other companies — or
 * right before what a company does: "Amazon said", "Tesla reported". (Made-up companies.)
 */
import { describe, expect, it } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const company = (id: string, name: string, prominence: number, short?: string) => ({
  id, kind: 'organization' as const, subkind: 'company', name, prominence, aliases: short ? [{ text: short, match: 'needs-context' as const }] : [],
});
const lexicon = lexiconOf([
  company('anchor-inc', 'Anchor Inc.', 0.85, 'Anchor'),
  company('larch-inc', 'Larch Inc.', 0.85, 'Larch'),
  company('orbit-group', 'Orbit Group', 0.6, 'Orbit'),
  company('halvex-systems', 'Halvex Systems', 0.5),
  company('dunmore-motors', 'Dunmore Motors', 0.5),
]);

describe('a famous company\'s word-like name', () => {
  it('links beside another company the page names', () => {
    expect(links('Regulators fined Anchor on Monday, as Halvex Systems awaits a ruling.', {}, lexicon)).toEqual(['Anchor→anchor-inc', 'Halvex Systems→halvex-systems']);
  });

  it('does not link alone, nor for a lesser-known company, nor after "the"', () => {
    expect(links('Regulators fined Anchor on Monday.', {}, lexicon)).toEqual([]);
    expect(links('Regulators fined Orbit on Monday, as Halvex Systems awaits a ruling.', {}, lexicon)).toEqual(['Halvex Systems→halvex-systems']);
    expect(links('Fires burned in the Anchor, Halvex Systems said.', {}, lexicon)).toEqual(['Halvex Systems→halvex-systems']);
  });

  it('at a sentence\'s start, needs two other companies', () => {
    expect(links('Anchor rose. Halvex Systems fell.', {}, lexicon)).toEqual(['Halvex Systems→halvex-systems']);
    expect(links('Anchor rose. Halvex Systems and Dunmore Motors fell.', {}, lexicon)).toEqual(['Anchor→anchor-inc', 'Halvex Systems→halvex-systems', 'Dunmore Motors→dunmore-motors']);
  });

  it('links alone right before what a company does, at a sentence\'s start too; not a lesser-known company', () => {
    expect(links('Anchor said on Thursday that profits had doubled.', {}, lexicon)).toEqual(['Anchor→anchor-inc']);
    expect(links('Profits doubled, Anchor reported.', {}, lexicon)).toEqual(['Anchor→anchor-inc']);
    expect(links('Orbit said on Thursday that profits had doubled.', {}, lexicon)).toEqual([]);
    expect(links('Anchor rose on Thursday.', {}, lexicon)).toEqual([]);
  });

  it('links alone right before what only a listed company has: its shares, its stock', () => {
    expect(links('Anchor shares rose 5% on Thursday.', {}, lexicon)).toEqual(['Anchor→anchor-inc']);
    expect(links('Analysts said Anchor stock fell.', {}, lexicon)).toEqual(['Anchor→anchor-inc']);
    expect(links('Orbit shares rose 5% on Thursday.', {}, lexicon)).toEqual([]);
  });

  it('is the company before its shares even where the page names its founder in full ("Dell shares jumped … Michael Dell wrote")', () => {
    const founded = lexiconOf([
      { ...company('tarrow-group', 'Tarrow Group', 0.6, 'Tarrow'), related: ['edda-tarrow'] },
      { id: 'edda-tarrow', kind: 'person', name: 'Edda Tarrow', prominence: 0.5, aliases: [] },
    ]);
    expect(links('Tarrow shares jumped 10% after Edda Tarrow wrote that demand was strong.', {}, founded)).toEqual([
      'Tarrow→tarrow-group', 'Edda Tarrow→edda-tarrow',
    ]);
    // (Elsewhere the surname after the full name is the founder's.)
    expect(links('Edda Tarrow wrote that demand was strong. Tarrow said more.', {}, founded)).toEqual(['Edda Tarrow→edda-tarrow', 'Tarrow→edda-tarrow']);
  });

  it('does not count itself, nor another famous word-like name that links only by it', () => {
    expect(links('Regulators fined Anchor and Larch on Monday.', {}, lexicon)).toEqual([]);
  });
});

describe('a company before a venue or an event named after it', () => {
  it('is no mention of the company: it sponsors the stadium or the tournament', () => {
    expect(links('The Tarns lost at Halvex Systems Stadium; Dunmore Motors Championship starts Friday.', {}, lexicon)).toEqual([]);
    // (A cricket ground: "the Kia Oval".)
    expect(links('Rain stopped play at the Halvex Systems Oval.', {}, lexicon)).toEqual([]);
    expect(links('Halvex Systems said profits rose.', {}, lexicon)).toEqual(['Halvex Systems→halvex-systems']);
  });

  it('is the body\'s own where the body is no company', () => {
    const league = lexiconOf([{ id: 'lume-league', kind: 'organization', subkind: 'sports-league', name: 'Lume League', prominence: 0.6, aliases: [] }]);
    expect(links('Fans gathered for the Lume League Cup.', {}, league)).toEqual(['Lume League→lume-league']);
  });
});
