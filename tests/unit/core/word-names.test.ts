/**
 * Names that are also ordinary words or nationalities: the compiler turns them into "needs context"
 * aliases (or requires capitals) so they never link on their own by accident. Made-up places only.
 */
import { describe, expect, it } from 'vitest';
import { annotate, compileLexicon, loadLexicon, type LexiconEntity } from '../../../src/core/index.ts';

const entities: LexiconEntity[] = [
  { id: 'country:vl', kind: 'place', subkind: 'country', name: 'Velaria', prominence: 0.95,
    aliases: [{ text: 'Vélland', match: 'ordinary' }, { text: 'Velarian', match: 'demonym' }] },
  { id: 'town:university', kind: 'place', subkind: 'city', name: 'University', prominence: 0.05, aliases: [], related: ['country:vl'] },
  { id: 'parish:velarian', kind: 'place', subkind: 'region', name: 'Velarian', prominence: 0.2, aliases: [] },
  { id: 'bureau', kind: 'organization', name: 'Border Bureau', prominence: 0.6, aliases: [] },
  { id: 'town:ostrel', kind: 'place', subkind: 'city', name: 'Ostrel', prominence: 0.2, aliases: [] },
  { id: 'quillon', kind: 'organization', name: 'Quillon', prominence: 0.8, aliases: [{ text: 'Quillon', match: 'needs-context' }, { text: 'Quillon Inc.', match: 'ordinary' }] },
  { id: 'town:marvane', kind: 'place', subkind: 'city', name: 'Marvane', prominence: 0.15, aliases: [] },
  { id: 'dara-marvane', kind: 'person', name: 'Dara Marvane', prominence: 0.9, aliases: [{ text: 'Marvane', match: 'needs-context' }] },
];
const lexicon = loadLexicon(compileLexicon(entities, { dictionaryWords: new Set(['university', 'velland', 'border', 'bureau']) }));
const links = (text: string) => annotate(text, lexicon).map((m) => `${m.text}→${m.entityId}`);

describe('names that are also words', () => {
  it('a little-known place named like an English word links only with support', () => {
    expect(links('He studied at the University of Lisbon. University officials declined.')).toEqual([]);
  });

  it('a little-known place named like a nationality never takes the nationality', () => {
    expect(links('The Velarian minister arrived in Velaria.')).toEqual(['Velarian→country:vl', 'Velaria→country:vl']);
  });

  it('an alternative spelling that folds to an English word needs support', () => {
    expect(links('Vélland was mentioned once.')).toEqual([]);
  });

  it('a name made of English words links only when capitalised', () => {
    expect(links('The Border Bureau said the border bureau would reopen.')).toEqual(['Border Bureau→bureau']);
  });

  it('a little-known place named like a famous person\'s surname needs support', () => {
    // (The surname alone is the person's, a leader of the first rank's: resolve.ts, worldFamousShortForm.)
    expect(links('Marvane spoke to reporters on Monday.')).toEqual(['Marvane→dara-marvane']);
    expect(links('Crowds gathered in Marvane on Monday.')).toEqual([]);
    expect(links('Dara Marvane spoke. Later Marvane left.')).toEqual(['Dara Marvane→dara-marvane', 'Marvane→dara-marvane']);
  });

  it('a record that lists its own name as needing context is taken at its word', () => {
    expect(links('Quillon reported higher sales.')).toEqual([]);
    expect(links('Quillon Inc. reported higher sales. Quillon said more.')).toEqual(['Quillon Inc.→quillon', 'Quillon→quillon']);
  });

  it('leaves other little-known places alone', () => {
    expect(links('Flooding hit Ostrel overnight.')).toEqual(['Ostrel→town:ostrel']);
  });
});

describe('a town the dictionary itself describes', () => {
  // "Tamberlin" is a rarer word here (say, a tobacco) and "Harbour" a common one; the dictionary also
  // describes the towns named so — and the given name "Mira" (made-up towns, our own sentences).
  const towns: LexiconEntity[] = [
    { id: 'country:os', kind: 'place', subkind: 'country', name: 'Ostmark', prominence: 0.9, aliases: [] },
    { id: 'town:tamberlin', kind: 'place', subkind: 'city', name: 'Tamberlin', prominence: 0.4, aliases: [], related: ['country:os'] },
    { id: 'town:harbour', kind: 'place', subkind: 'city', name: 'Harbour', prominence: 0.4, aliases: [], related: ['country:os'] },
    { id: 'town:mira', kind: 'place', subkind: 'city', name: 'Mira', prominence: 0.4, aliases: [], related: ['country:os'] },
  ];
  const described = new Set(['town:tamberlin', 'town:harbour', 'town:mira', 'town:tamberlain']);
  const words = { dictionaryWords: new Set(['harbour']), rareWords: new Set(['tamberlin', 'harbour']) };
  const withDictionaryTowns = loadLexicon(compileLexicon(towns, { ...words, dictionaryTowns: described }));
  const without = loadLexicon(compileLexicon(towns, words));
  const on = (text: string, lex = withDictionaryTowns) => annotate(text, lex).map((m) => `${m.text}→${m.entityId}`);

  it('is that town when its rarer word is capitalised', () => {
    expect(on('Shelling in Tamberlin killed four people on Tuesday.')).toEqual(['Tamberlin→town:tamberlin']);
    expect(on('Shelling in Tamberlin killed four people on Tuesday.', without)).toEqual([]);
  });

  it('is that town by its name in English too', () => {
    // Known in English by another name, which is the rarer word ("Geneva" for Genève, and a gin).
    const named: LexiconEntity[] = [towns[0]!, {
      id: 'town:tamberlain', kind: 'place', subkind: 'city', name: 'Tâmbérlaïn', prominence: 0.4, related: ['country:os'],
      aliases: [{ text: 'Tamberlin', match: 'ordinary' }],
    }];
    const english = loadLexicon(compileLexicon(named, { ...words, dictionaryTowns: described }));
    expect(on('Shelling in Tamberlin killed four people on Tuesday.', english)).toEqual(['Tamberlin→town:tamberlain']);
    expect(on('Shelling in Tamberlin killed four people on Tuesday.', loadLexicon(compileLexicon(named, words)))).toEqual([]);
    expect(on('In Ostmark, farmers grow tamberlin for pipes.', english)).toEqual(['Ostmark→country:os']);
  });

  it('is not that town by its name in another language that is the rarer word', () => {
    // French "Bâle" (Basel) folds to "bale": on a Portuguese sports page, Gareth Bale.
    const named: LexiconEntity[] = [towns[0]!, {
      id: 'town:tamberlain', kind: 'place', subkind: 'city', name: 'Tâmbérlaïn', prominence: 0.4, related: ['country:os'],
      aliases: [{ text: 'Tàmberlin', match: 'ordinary', lang: 'fr' }],
    }];
    const lex = loadLexicon(compileLexicon(named, { ...words, dictionaryTowns: described }));
    expect(annotate('Com três gols de Tamberlin, o time vence a final e vai em busca do título.', lex, { language: 'pt', threshold: 0.01 })).toEqual([]);
  });

  it('is no town in lower case, at any confidence', () => {
    expect(annotate('In Ostmark, farmers grow tamberlin for pipes.', withDictionaryTowns, { threshold: 0.01 }).map((m) => m.text)).toEqual(['Ostmark']);
  });

  it('still needs context when its word is a common one, or a given name', () => {
    expect(on('Students did well in Harbour and Science this year.')).toEqual([]);
    expect(on('Later Mira said she would stay.')).toEqual([]);
  });
});
