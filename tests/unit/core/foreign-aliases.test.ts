/**
 * A name in another language ("Andalucía", "Bayern") is an alias with its `lang`: it matches on a page
 * in another language only. In English text such names are other words or other people. (Made-up
 * names throughout.)
 */
import { describe, expect, it } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { links, lexiconOf, place } from './helpers.ts';

const vardmark = place('region:vardmark', 'Vardmark', 0.4, ['country:ulmara'], 'region');
vardmark.aliases = [{ text: 'Varmarca', match: 'ordinary', lang: 'es' }, { text: 'Vardmarken', match: 'ordinary', lang: 'de' }];
const tolvik = place('tolvik', 'Tolvik', 0.3);
tolvik.aliases = [{ text: 'Varmarca', match: 'ordinary' }];
const lexicon = lexiconOf([vardmark, place('country:ulmara', 'Ulmara', 0.9, [], 'country')]);

describe('a name in another language', () => {
  it('is found on a page in another language', () => {
    const es = 'Los incendios en Varmarca obligaron a evacuar a miles de personas, y el gobierno de la región pidió ayuda a los bomberos de las provincias vecinas para que el fuego no llegue a las casas.';
    expect(links(es, { language: 'es' }, lexicon)).toEqual(['Varmarca→region:vardmark']);
    const de = 'Die Landesregierung in Vardmarken hat am Montag neue Regeln beschlossen, die ab dem ersten Januar für alle Schulen und Behörden des Landes gelten sollen, wie ein Sprecher mitteilte.';
    expect(links(de, { language: 'de' }, lexicon)).toEqual(['Vardmarken→region:vardmark']);
  });

  it('is not found in English, where the English name still is', () => {
    expect(links('The fires in Varmarca forced thousands of people to leave their homes.', {}, lexicon)).toEqual([]);
    expect(links('The fires in Vardmark forced thousands of people to leave their homes.', {}, lexicon)).toEqual(['Vardmark→region:vardmark']);
  });

  it('stays an English name where another record has it in English', () => {
    const both = lexiconOf([vardmark, tolvik]);
    expect(links('The fires in Varmarca forced thousands of people to leave their homes.', {}, both)).toEqual(['Varmarca→tolvik']);
  });

  it("does not make the record's own name need context", () => {
    // The name written alike in another language, needing context there (Portuguese "Porto Novo" for Porto-Novo).
    const capital = place('city:tolvik', 'Tol-Vik', 0.6);
    capital.aliases = [{ text: 'Tol Vik', match: 'needs-context', lang: 'pt' }];
    expect(links('Officials met in Tol-Vik on Tuesday.', {}, lexiconOf([capital]))).toEqual(['Tol-Vik→city:tolvik']);
  });

  it('stays an English name where the same record also has it in English', () => {
    const twice = place('region:vardmark', 'Vardmark', 0.4, [], 'region');
    twice.aliases = [{ text: 'Varmarca', match: 'ordinary', lang: 'es' }, { text: 'Varmarca', match: 'ordinary' }];
    expect(links('The fires in Varmarca forced thousands of people to leave.', {}, lexiconOf([twice]))).toEqual(['Varmarca→region:vardmark']);
    const reversed = place('region:vardmark', 'Vardmark', 0.4, [], 'region');
    reversed.aliases = [{ text: 'Varmarca', match: 'ordinary' }, { text: 'Varmarca', match: 'ordinary', lang: 'it' }];
    expect(links('The fires in Varmarca forced thousands of people to leave.', {}, lexiconOf([reversed]))).toEqual(['Varmarca→region:vardmark']);
  });

  it('goes by the page\'s own words before its declared language', () => {
    const es = 'Los incendios en Varmarca obligaron a evacuar a miles de personas, y el gobierno de la región pidió ayuda a los bomberos de las provincias vecinas. ';
    expect(links(es.repeat(3), {}, lexicon)).toEqual(['Varmarca→region:vardmark', 'Varmarca→region:vardmark', 'Varmarca→region:vardmark']);
    expect(links('Incendios en Varmarca', { language: 'es' }, lexicon)).toEqual(['Varmarca→region:vardmark']);
    expect(links('Incendios en Varmarca', { language: 'en' }, lexicon)).toEqual([]);
  });
});

describe('an article before a name, on a page in another language', () => {
  const town = place('city:la-vardia', 'La Vardia', 0.3);
  const union: LexiconEntity = { id: 'vardia-union', kind: 'organization', name: 'Vardian Union', aliases: [{ text: 'Vardia Unida', match: 'ordinary', lang: 'es' }], prominence: 0.8 };
  const lex = lexiconOf([town, union]);

  it('gives way to a longer name after it, as "the" does in English', () => {
    expect(links('Los ministros de la Vardia Unida se reunieron ayer en la capital.', { language: 'es' }, lex)).toEqual(['Vardia Unida→vardia-union']);
    expect(links('Los ministros viajaron ayer a La Vardia, donde se reunieron.', { language: 'es' }, lex)).toEqual(['La Vardia→city:la-vardia']);
  });
});
