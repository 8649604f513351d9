/**
 * A place after a generic word and "de" in French, Spanish, Portuguese or Italian is part of a longer
 * name — a station, a ministry's quay, a university, a country's south — and gets no card of its
 * own; a title or a plain "de" leaves it a place. Made-up places, our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:verania', 'Verania', 0.9, [], 'country'),
  place('city:lorn', 'Lorn', 0.7, ['country:verania']),
  place('city:orsel', 'Orsel', 0.4, ['country:verania']),
  place('city:bismar', 'Bismar', 0.5, ['country:verania']),
  place('region:sud', 'Sud', 0.4, [], 'region'),
]);
const on = (text: string) => links(text, {}, lexicon);

describe('a place inside a longer name in a Romance language', () => {
  it('is not itself after a street, a station or a quay, in either case', () => {
    expect(on('Le train partira de la gare de Lorn à midi.')).toEqual([]);
    expect(on('Selon le Quai d’Orsel, la visite est reportée.')).toEqual([]);
    expect(on('La manifestation a remonté la Rue de Lorn jusqu’au soir.')).toEqual([]);
  });

  it('is not itself after an institution with a capital', () => {
    expect(on('La Universidad de Verania abrió sus puertas ayer.')).toEqual([]);
    expect(on('Un rapport de l’Université de Lorn est paru hier.')).toEqual([]);
  });

  it('is not itself after a natural feature, with or without "de"', () => {
    expect(on('La plus grande île de l’archipel Bismar est volcanique.')).toEqual([]);
    expect(on('Los turistas llegan a la Isla Bismar en verano.')).toEqual([]);
    expect(on('Les pêcheurs du lac de Lorn sont inquiets.')).toEqual([]);
  });

  it('is no compass word ending a country’s name', () => {
    expect(on('Le président de la Veranie du Sud est arrivé hier.')).toEqual([]);
  });

  it('stays a place after a title, a lower-case institution or a plain "de"', () => {
    expect(on('Le Président de Verania est arrivé à Orsel.')).toEqual(['Verania→country:verania', 'Orsel→city:orsel']);
    expect(on('Un rapport de l’université de Lorn est paru hier.')).toEqual(['Lorn→city:lorn']);
    expect(on('Le préfet du département du Sud a parlé.')).toEqual(['Sud→region:sud']);
  });
});

describe('a part of the world written with a capital in French, Spanish or Portuguese', () => {
  const regions = lexiconOf([
    place('region:av.est', 'Est', 0.35, [], 'region'),
    place('region:av.atlantique', 'Atlantique', 0.35, [], 'region'),
  ]);
  // Our own French paragraph, so that the page is told to be French.
  const FRENCH = `Le gouvernement a annoncé mardi un nouveau plan pour les hôpitaux publics. Les syndicats restent
prudents et demandent des moyens supplémentaires pour les services d'urgence, qui manquent de personnel
depuis plusieurs années. Le ministre a promis une réponse avant la fin du mois, mais les élus locaux
doutent que les crédits arrivent à temps dans les petites villes de province, où les délais s'allongent.`;

  it('is that part of the world on a page in another language, not the region named so', () => {
    expect(links(`${FRENCH}\nLes pays de l'Est regardent vers l’Atlantique.`, {}, regions)).toEqual([]);
  });

  it('is still the region on an English page', () => {
    expect(links('Floods hit Est and Atlantique on Monday, officials said.', {}, regions)).toEqual(['Est→region:av.est', 'Atlantique→region:av.atlantique']);
  });
});

describe('a word after an article on a page in another language', () => {
  const towns = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    place('city:tratado', 'Tratado', 0.3, ['country:av']),
    place('city:grandmar', 'Grandmar', 0.7, ['country:av']),
    { id: 'palacio', kind: 'place', subkind: 'landmark', name: 'Velmoncloa', aliases: [], prominence: 0.4 },
  ]);
  // Our own Spanish paragraph, so that the page is told to be Spanish.
  const SPANISH = `El gobierno anunció el martes un nuevo plan para los hospitales públicos. Los sindicatos siguen
prudentes y piden más recursos para los servicios de urgencias, que carecen de personal desde hace varios años.
El ministro prometió una respuesta antes de fin de mes, pero los alcaldes dudan de que los fondos lleguen a
tiempo a los pueblos pequeños, donde las esperas son cada vez más largas para todos los vecinos.`;

  it('is a noun, not a little-known town: towns take no article', () => {
    expect(links(`${SPANISH}\nEl Tratado obliga a todos. Viajó a Tratado en mayo.`, {}, towns)).toEqual(['Tratado→city:tratado']);
  });

  it('is the club named for the town, when the dataset has one: towns take no article, clubs do', () => {
    const withClub = lexiconOf([
      place('city:grandmar', 'Grandmar', 0.7),
      { id: 'grandmar-cf', kind: 'organization', subkind: 'club', name: 'Grandmar CF', aliases: [{ text: 'Grandmar', match: 'needs-context' }], prominence: 0.55 },
    ]);
    expect(links(`${SPANISH}\nEl Real ganó al Grandmar el domingo.`, {}, withClub)).toEqual(['Grandmar→grandmar-cf']);
    expect(links(`${SPANISH}\nEl domingo viajó a Grandmar.`, {}, withClub)).toEqual(['Grandmar→city:grandmar']);
  });

  it('is still a well-known town, or a landmark, which takes an article', () => {
    expect(links(`${SPANISH}\nLlegó a El Grandmar y visitó la Velmoncloa.`, {}, towns)).toEqual(['Grandmar→city:grandmar', 'Velmoncloa→palacio']);
  });
});
