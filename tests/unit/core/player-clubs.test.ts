/**
 * "Barcelona's Lamine Yamal": a town's possessive before a player the dataset lists with a club of
 * the town's name is the club. A person listed with no such club keeps the town. And a player's surname
 * alone is the player beside one of their clubs ("Messi scored as Inter Miami won"), as a body's short
 * name is the body beside one of its people named in full ("Keir Starmer led Labour"). Made-up names.
 */
import { describe, expect, it } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.8, ['country:av']),
  { id: 'corva-fc', kind: 'organization', subkind: 'sports-club', name: 'Corva FC', prominence: 0.5, aliases: [{ text: 'Corva', match: 'needs-context' }], related: ['country:av', 'city:corva'] },
  { id: 'talen-yabo', kind: 'person', name: 'Talen Yabo', prominence: 0.5, aliases: [], related: ['country:av', 'corva-fc'] },
  { id: 'halvex-bank', kind: 'organization', subkind: 'company', name: 'Halvex Bank', prominence: 0.5, aliases: [], related: ['country:av', 'corva-fc'] },
  { id: 'mira-dost', kind: 'person', name: 'Mira Dost', prominence: 0.5, aliases: [], related: ['country:av', 'city:corva'] },
  { id: 'brell-rovers', kind: 'organization', subkind: 'sports-club', name: 'Brell Rovers', prominence: 0.5, aliases: [], related: ['country:av'] },
  { id: 'oskar-venn', kind: 'person', name: 'Oskar Venn', prominence: 0.5, aliases: [{ text: 'Venn', match: 'needs-context' }], related: ['brell-rovers', 'country:av'] },
  { id: 'ilse-venn', kind: 'person', name: 'Ilse Venn', prominence: 0.5, aliases: [{ text: 'Venn', match: 'needs-context' }], related: ['halvex-bank'] },
  { id: 'velt-party', kind: 'organization', subkind: 'party', name: 'Velt Party', prominence: 0.5, aliases: [{ text: 'Velt', match: 'needs-context' }], related: ['mira-dost'] },
  { id: 'tarel-league', kind: 'organization', subkind: 'party', name: 'Tarel League', prominence: 0.5, aliases: [{ text: 'Tarel', match: 'needs-context' }] },
  { id: 'brin-ossa', kind: 'person', name: 'Brin Ossa', prominence: 0.5, aliases: [], related: ['tarel-league'] },
]);
const on = (text: string) => links(text, {}, lexicon);

describe('a town\'s possessive before a player of its club', () => {
  it('is the club', () => {
    expect(on('Corva\'s Talen Yabo scored twice.')).toEqual(['Corva→corva-fc', 'Talen Yabo→talen-yabo']);
    expect(on('Corva’s Talen Yabo scored twice.')).toEqual(['Corva→corva-fc', 'Talen Yabo→talen-yabo']);
  });

  it('is the town before anyone else, or apart from the player', () => {
    expect(on('Corva\'s Mira Dost spoke.')).toEqual(['Corva→city:corva', 'Mira Dost→mira-dost']);
    // (Not a company that sponsors the club: a town's possessive before a firm is the town's.)
    expect(on('Corva\'s Halvex Bank paid.')).toEqual(['Corva→city:corva', 'Halvex Bank→halvex-bank']);
    expect(on('Corva\'s mayor met Talen Yabo.')).toEqual(['Corva→city:corva', 'Talen Yabo→talen-yabo']);
    expect(on('In Corva, Talen Yabo scored.')).toEqual(['Corva→city:corva', 'Talen Yabo→talen-yabo']);
  });
});

describe('a person\'s surname alone', () => {
  it('is the player beside a club the dataset lists as theirs', () => {
    expect(on('Venn scored twice as Brell Rovers beat Corva FC.')).toEqual(['Venn→oskar-venn', 'Brell Rovers→brell-rovers', 'Corva FC→corva-fc']);
  });

  it('is the person beside any body the dataset ties them to ("Lagarde said the ECB would cut")', () => {
    expect(on('Venn spoke as Halvex Bank reported a loss.')).toEqual(['Venn→ilse-venn', 'Halvex Bank→halvex-bank']);
  });

  it('is no one beside a place alone, one sign', () => {
    expect(on('Venn spoke in Arvenia on Monday.')).toEqual(['Arvenia→country:av']);
  });
});

describe('a body\'s short name alone', () => {
  it('is the body beside one of its people named in full', () => {
    expect(on('Mira Dost led Velt to victory.')).toEqual(['Mira Dost→mira-dost', 'Velt→velt-party']);
    expect(on('Velt won the vote.')).toEqual([]);
    // (Whichever record lists the other.)
    expect(on('Brin Ossa said Tarel would appeal.')).toEqual(['Brin Ossa→brin-ossa', 'Tarel→tarel-league']);
  });
});
