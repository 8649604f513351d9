/**
 * Right after a word for a relative, a one-word name is the relative's given name: "her daughter
 * Corva" is no town, and "their son Dask" no famous Dask — unless the page names that person in full
 * ("his wife Mara" after Mara Pellow). Elsewhere the same names keep their cards. (Made-up places and people.)
 */
import { describe, expect, it } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('city:corva', 'Corva', 0.8, ['country:av']),
  place('region:av.lume', 'Lume', 0.6, ['country:av'], 'region'),
  { id: 'oren-dask', kind: 'person', name: 'Oren Dask', prominence: 0.9, aliases: [{ text: 'Dask', match: 'needs-context' }], related: ['country:av'] },
  { id: 'mara-pellow', kind: 'person', name: 'Mara Pellow', prominence: 0.7, aliases: [{ text: 'Mara', match: 'needs-context' }], related: ['country:av'] },
]);
const on = (text: string) => links(text, {}, lexicon);

describe('a name right after a word for a relative', () => {
  it('is the relative\'s given name, across spaces or a comma', () => {
    expect(on('Survivors in Arvenia include her daughter Corva and granddaughter Lume.')).toEqual(['Arvenia→country:av']);
    expect(on('In Arvenia, Oren Dask was survived by his husband, Corva.')).toEqual(['Arvenia→country:av', 'Oren Dask→oren-dask']);
    expect(on('In Arvenia their son Dask spoke.')).toEqual(['Arvenia→country:av']);
    // (Every name of a list after the word: "his sons, Austin and Denver".)
    expect(on('In Arvenia he is survived by his wife, Mila; his sons, Ivo and Corva; and his daughter, Lume.')).toEqual(['Arvenia→country:av']);
    expect(on('In Arvenia he leaves daughters Ana, Ivo and Corva.')).toEqual(['Arvenia→country:av']);
    // (Not a list of places after someone's name: "his wife Mila and Corva's mayor".)
    expect(on('In Arvenia his wife, Mila, and Corva officials spoke.')).toContain('Corva→city:corva');
    // (A place the page names elsewhere is still no relative.)
    expect(on('Survivors in Corva, Arvenia, include her daughter Corva.')).toEqual(['Corva→city:corva', 'Arvenia→country:av']);
  });

  it('is a person only where the page names them in full', () => {
    expect(on('Oren Dask and Mara Pellow came to Arvenia. Oren Dask and his wife Mara waved.')).toEqual([
      'Oren Dask→oren-dask', 'Mara Pellow→mara-pellow', 'Arvenia→country:av', 'Oren Dask→oren-dask', 'Mara→mara-pellow',
    ]);
  });

  it('is the place or the person elsewhere', () => {
    expect(on('Her daughter moved to Corva, in Arvenia.')).toEqual(['Corva→city:corva', 'Arvenia→country:av']);
    expect(on('Oren Dask spoke in Arvenia. Later Dask spoke again.')).toEqual(['Oren Dask→oren-dask', 'Arvenia→country:av', 'Dask→oren-dask']);
    expect(on('Arvenia and its partner Corva agreed. The Daughter Corva Festival opened.')).toEqual(['Arvenia→country:av', 'Corva→city:corva']);
  });
});

describe('a surname between "the" and a family\'s word', () => {
  it('is the family, not its best-known member', () => {
    expect(on('Oren Dask spoke in Arvenia. The Dask family arrived later; the Dask clan stayed.')).toEqual(['Oren Dask→oren-dask', 'Arvenia→country:av']);
  });

  it('keeps its card after "a", or without a family\'s word', () => {
    const town = lexiconOf([
      place('city:corva', 'Corva', 0.8),
      { id: 'lia-corva', kind: 'person', name: 'Lia Corva', prominence: 0.9, aliases: [{ text: 'Corva', match: 'needs-context' }] },
    ]);
    expect(links('A Corva family sued the council.', {}, town)).toEqual(['Corva→city:corva']);
    expect(on('Oren Dask spoke. The Dask plan failed.')).toEqual(['Oren Dask→oren-dask', 'Dask→oren-dask']);
  });
});
