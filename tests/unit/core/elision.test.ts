/**
 * French and Italian elide an article or a preposition into the next word: "l'Ulmara", "d'Ulmara",
 * "dell'Ulmara". The name after the apostrophe is found as it is after "le" or "de", and a name spelt
 * with an elided word ("Côte d'Ambrelle", "L'Orvana") is still one name. (Made-up names throughout.)
 */
import { describe, expect, it } from 'vitest';
import { createTokens, tokenize, T_JOIN } from '../../../src/core/tokenize.ts';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('ulmara', 'Ulmara', 0.8, [], 'country'),
  place('ambrelle-coast', 'Côte d’Ambrelle', 0.6, [], 'country'),
  place('orvana', 'L’Orvana', 0.5),
  place('ntara', 'N’Tara', 0.5),
  place('brannagh', 'O’Brannagh', 0.5),
]);

describe('an elided word before a name', () => {
  it('is a word of its own, joined to the name after it', () => {
    const text = 'selon l’Ulmara';
    const t = createTokens(4);
    tokenize(text, t);
    expect(t.count).toBe(3);
    expect(text.slice(t.start[1], t.end[1])).toBe('l');
    expect(text.slice(t.start[2], t.end[2])).toBe('Ulmara');
    expect(t.flags[2]! & T_JOIN).toBeTruthy();
  });

  it('leaves the name to be found, with its own offsets', () => {
    const text = 'Le président de l’Ulmara a reçu hier le ministre d\'Ulmara, parce qu’Ulmara et l’Italie négocient.';
    expect(links(text, {}, lexicon)).toEqual(['Ulmara→ulmara', 'Ulmara→ulmara', 'Ulmara→ulmara']);
    expect(links('Il presidente dell’Ulmara è arrivato ieri.', {}, lexicon)).toEqual(['Ulmara→ulmara']);
    expect(links('L’Ulmara a annoncé mardi un accord.', {}, lexicon)).toEqual(['Ulmara→ulmara']);
  });

  it('keeps a name spelt with an elided word whole, whichever apostrophe the page uses', () => {
    expect(links('Le port de Côte d\'Ambrelle et la ville de l\'Orvana.', {}, lexicon)).toEqual(["Côte d'Ambrelle→ambrelle-coast", "l'Orvana→orvana"]);
    expect(links('The ferry from Côte d’Ambrelle docked at L’Orvana.', {}, lexicon)).toEqual(['Côte d’Ambrelle→ambrelle-coast', 'L’Orvana→orvana']);
  });

  it('is never a capital before the apostrophe other than an article’s: N’Tara and O’Brannagh are names', () => {
    expect(links('Flights from N\'Tara to O\'Brannagh resumed.', {}, lexicon)).toEqual(["N'Tara→ntara", "O'Brannagh→brannagh"]);
  });
});
