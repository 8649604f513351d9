/**
 * "Barcelona's Lamine Yamal": a town's possessive before a player the dataset lists with a club of
 * the town's name is the club. A person listed with no such club keeps the town. Made-up names.
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
