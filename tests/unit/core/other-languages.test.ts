import { describe, expect, it } from 'vitest';
import { documentCapitalisesNouns, documentIsForeign, isForeign } from '../../../src/core/other-languages.ts';
import { lexiconOf, links, place } from './helpers.ts';

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
    expect(documentIsForeign({ words: 0, english: 0, german: 0 }, [FRENCH])).toBe(true);
    expect(documentIsForeign({ words: 0, english: 0, german: 0 }, [FRENCH], 'en')).toBe(true);
    expect(documentIsForeign({ words: 0, english: 0, german: 0 }, [ENGLISH], 'fr')).toBe(false);
  });

  it('falls back to the declared language when there are too few words to tell', () => {
    expect(documentIsForeign({ words: 0, english: 0, german: 0 }, ['Paris, Berlin'])).toBe(false);
    expect(documentIsForeign({ words: 0, english: 0, german: 0 }, ['Paris, Berlin'], 'fr')).toBe(true);
    expect(isForeign('en-GB')).toBe(false);
    expect(isForeign('')).toBe(false);
    expect(isForeign('pt-BR')).toBe(true);
  });
});

describe('a page in another language', () => {
  it('does not read its short words at a sentence start, or its lower-case words, as names', () => {
    expect(links(FRENCH)).toEqual(['le Monde→le-monde']);
    const other = FRENCH.replace('Sur le même sujet, les', 'Les');
    expect(links(`Le monde entier regarde la ville de Sur, à Oman. ${other}`)).toEqual(['Sur→city:286245', 'Oman→country:om', 'le Monde→le-monde']);
  });

  it('still reads a well-known name at a sentence start, whatever its namesakes', () => {
    expect(links(`${FRENCH}\nParis accueille le sommet. Damascus refuse.`)).toEqual([
      'le Monde→le-monde', 'Paris→city:2988507', 'Damascus→city:170654',
    ]);
  });

  it('is matched as before when it is English', () => {
    expect(links(`${ENGLISH}\nSur is a port in Oman.`)).toEqual(['Sur→city:286245', 'Oman→country:om']);
  });
});

// Our own German report: every noun has its capital; the made-up town "Ruhstadt", the town "Lage"
// (also a noun: situation) and the newspaper "Blatt" (a sheet) too.
const GERMAN = `Die Regierung hat am Dienstag einen neuen Plan für die öffentlichen Krankenhäuser vorgestellt. Nach
Angaben der Gewerkschaften ist die Lage in vielen Kliniken angespannt, und auch die Ärzte fordern mehr Geld für
die Notaufnahmen, die seit Jahren unter Personalmangel leiden. Der Minister hat eine Antwort bis zum Ende des
Monats versprochen, aber die Abgeordneten in den Ländern bezweifeln, dass die Mittel rechtzeitig ankommen werden.
Auch die Hausärzte wollen eine bessere Verteilung der Praxen auf dem Land, wo die Wartezeiten immer länger werden.`;

describe('a country\'s short name', () => {
  const lexicon = lexiconOf([
    { ...place('country:os', 'United Ostlands', 0.9, [], 'country'), aliases: [{ text: 'Ostland', match: 'needs-context' }] },
    place('city:kell', 'Kell', 0.6, ['country:os']),
  ]);
  it('is the English usage: it links on an English page, not on a page in another language', () => {
    expect(links(`${ENGLISH}\nKell is the capital of the United Ostlands, and Ostland trades with Kell.`, {}, lexicon)).toContain('Ostland→country:os');
    expect(links(`${FRENCH}\nKell est la capitale des United Ostlands, et Ostland commerce avec Kell.`, {}, lexicon)).not.toContain('Ostland→country:os');
  });
});

describe('a page in a language that capitalises its nouns', () => {
  const lexicon = lexiconOf([
    place('town:lage', 'Lage', 0.2),
    place('town:ruhstadt', 'Ruhstadt', 0.3),
    { id: 'blatt', kind: 'organization', subkind: 'newspaper', name: 'Blatt', aliases: [{ text: 'Blatt-Zeitung', match: 'ordinary' }], prominence: 0.5 },
  ]);
  const de = (extra: string) => links(`${GERMAN}\n${extra}`, {}, lexicon);

  it('is told by its words, or by its declared language when they are too few', () => {
    const tally = { words: 0, english: 0, german: 0 };
    expect(documentIsForeign(tally, [GERMAN])).toBe(true);
    expect(documentCapitalisesNouns(tally)).toBe(true);
    const french = { words: 0, english: 0, german: 0 };
    expect(documentIsForeign(french, [FRENCH])).toBe(true);
    expect(documentCapitalisesNouns(french)).toBe(false);
    expect(documentCapitalisesNouns({ words: 3, english: 0, german: 0 }, 'de-AT')).toBe(true);
  });

  it('reads no common noun as a name inside a sentence, but names that are no nouns', () => {
    expect(de('Die Lage in Ruhstadt bleibt ruhig. (Blatt: Hersteller)')).toEqual(['Ruhstadt→town:ruhstadt']);
  });

  it('reads a noun as a name where a preposition places it without an article, or in a longer name', () => {
    expect(de('Die Polizei in Lage nahm zwei Männer fest, berichtet die Blatt-Zeitung. Nach der Lage fragte niemand.')).toEqual(['Lage→town:lage', 'Blatt-Zeitung→blatt']);
  });

  it('reads the same names on an English page as before', () => {
    expect(links(`${ENGLISH}\nThe situation in Lage and Ruhstadt is calm, the Blatt reports.`, {}, lexicon)).toEqual(['Lage→town:lage', 'Ruhstadt→town:ruhstadt', 'Blatt→blatt']);
  });
});

describe('a preposition or an article that opens a sentence in another language', () => {
  const lexicon = lexiconOf([place('country:os', 'Ostland', 0.9, [], 'country')]);

  it('begins no longer name: the name after it is read in full', () => {
    expect(links(`${FRENCH}\nDans Ostland, les prix montent. En Ostland aussi.`, {}, lexicon)).toEqual(['Ostland→country:os', 'Ostland→country:os']);
  });

  it('while an unknown name before it still makes a longer one', () => {
    expect(links(`${ENGLISH}\nTalen Ostland said so.`, {}, lexicon)).toEqual([]);
  });
});
