import { describe, expect, it } from 'vitest';
import { documentIsForeign, isForeign } from '../../../src/core/other-languages.ts';
import { links } from './helpers.ts';

// Our own sentences: a French report, and the same in English.
const FRENCH = `Le gouvernement a annoncé mardi un nouveau plan pour les hôpitaux publics. Selon le Monde, les
syndicats restent prudents et demandent des moyens supplémentaires pour les services d'urgence, qui
manquent de personnel depuis plusieurs années. Le ministre a promis une réponse avant la fin du mois,
mais les élus locaux doutent que les crédits arrivent à temps dans les petites villes de province.
Sur le même sujet, les médecins généralistes réclament une meilleure répartition des postes dans
les régions rurales, où les délais d'attente ne cessent de s'allonger.`;
const ENGLISH = `The government announced a new plan for public hospitals on Tuesday. According to the paper, the
unions remain cautious and have asked for more money for the emergency services, which have been
short of staff for several years. The minister promised an answer before the end of the month, but
local officials doubt that the funds will arrive in time for the small towns of the provinces, where
waiting times have grown longer every year and that is what the doctors said.`;

describe('a document\'s language', () => {
  it('is told by its words, whatever the page declares', () => {
    expect(documentIsForeign({ words: 0, english: 0 }, [FRENCH])).toBe(true);
    expect(documentIsForeign({ words: 0, english: 0 }, [FRENCH], 'en')).toBe(true);
    expect(documentIsForeign({ words: 0, english: 0 }, [ENGLISH], 'fr')).toBe(false);
  });

  it('falls back to the declared language when there are too few words to tell', () => {
    expect(documentIsForeign({ words: 0, english: 0 }, ['Paris, Berlin'])).toBe(false);
    expect(documentIsForeign({ words: 0, english: 0 }, ['Paris, Berlin'], 'fr')).toBe(true);
    expect(isForeign('en-GB')).toBe(false);
    expect(isForeign('')).toBe(false);
    expect(isForeign('pt-BR')).toBe(true);
  });
});

describe('a page in another language', () => {
  it('does not read its short words at a sentence start, or its lower-case words, as names', () => {
    expect(links(FRENCH)).toEqual(['le Monde→le-monde']);
    const other = FRENCH.replace('Sur le même sujet, les', 'Les');
    expect(links(`Le monde entier regarde la ville de Sur, à Oman. ${other}`)).toEqual(['Sur→city:286245', 'le Monde→le-monde']);
  });

  it('still reads a well-known name at a sentence start, whatever its namesakes', () => {
    expect(links(`${FRENCH}\nParis accueille le sommet. Damascus refuse.`)).toEqual([
      'le Monde→le-monde', 'Paris→city:2988507', 'Damascus→city:170654',
    ]);
  });

  it('is matched as before when it is English', () => {
    expect(links(`${ENGLISH}\nSur is a port in Oman.`)).toEqual(['Sur→city:286245']);
  });
});
