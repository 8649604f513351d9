/**
 * After an organisation's or an event's full name, its initials in capitals link to it — "Talen Airways
 * said … TA is now using freight planes" — whether or not the dataset lists them. Made-up names.
 */
import { describe, expect, it } from 'vitest';
import { annotate, annotateBlocks, type LexiconEntity } from '../../../src/core/index.ts';
import { initialsOf } from '../../../src/core/acronym-coref.ts';
import { lexiconOf, links, place } from './helpers.ts';

const org = (id: string, name: string): LexiconEntity => ({ id, kind: 'organization', subkind: 'company', name, aliases: [], prominence: 0.6 });
const lexicon = lexiconOf([
  org('talen-airways', 'Talen Airways'),
  org('tarn-alliance', 'Tarn Alliance'),
  org('iron-tigers', 'Iron Tigers'),
  org('bank-of-lume', 'Bank of Lume'),
  { id: 'lume-games', kind: 'event', name: 'Lume Games', aliases: [], prominence: 0.6 },
  { id: 'talen-anders', kind: 'person', name: 'Ravi Anders', aliases: [], prominence: 0.6 },
  place('city:vaso', 'Vaso Amara', 0.6),
]);
const on = (text: string) => links(text, {}, lexicon);

describe('initials after a full name', () => {
  it('link to the body or event named in full earlier', () => {
    expect(on('Talen Airways said TA would fly. A TA spokesman agreed; the LG opened after the Lume Games.')).toEqual([
      'Talen Airways→talen-airways', 'TA→talen-airways', 'TA→talen-airways', 'Lume Games→lume-games',
    ]);
    const [first, second] = annotateBlocks(['Talen Airways cut flights.', 'Later, TA said it was sorry.'], lexicon);
    expect(first!.map((m) => m.text)).toEqual(['Talen Airways']);
    expect(second!.map((m) => `${m.text}→${m.entityId}@${m.start}`)).toEqual(['TA→talen-airways@7']);
    expect(second![0]!.kind).toBe('organization');
  });

  it('stand alone and in capitals, after the name, and name one body only', () => {
    expect(on('TA said so. Talen Airways agreed; Ta, TAs and ETA did not.')).toEqual(['Talen Airways→talen-airways']);
    expect(on('Talen Airways and Tarn Alliance met; TA said so.')).toEqual(['Talen Airways→talen-airways', 'Tarn Alliance→tarn-alliance']);
  });

  it('are no everyday word, and no person\'s or place\'s initials', () => {
    expect(on('Iron Tigers said IT was fine.')).toEqual(['Iron Tigers→iron-tigers']);
    expect(on('Ravi Anders and Vaso Amara: RA and VA.')).toEqual(['Ravi Anders→talen-anders', 'Vaso Amara→city:vaso']);
  });

  it('are found the same on a page of many bodies', () => {
    const many = ['Amber', 'Birch', 'Cedar', 'Dune', 'Elm', 'Fern', 'Gale', 'Heath', 'Ivy', 'Juniper'];
    const manyLexicon = lexiconOf(many.map((w) => org(`${w.toLowerCase()}-works`, `${w} Works`)));
    const text = `${many.map((w) => `${w} Works`).join(', ')} met. Later DW and JW said so; GWS and BWX did not.`;
    expect(links(text, {}, manyLexicon).slice(many.length)).toEqual(['DW→dune-works', 'JW→juniper-works']);
  });

  it('are left out under a threshold above their confidence', () => {
    const shown = (threshold: number) => annotate('Talen Airways said TA would fly.', lexicon, { threshold }).map((m) => m.text);
    expect(shown(0.85)).toEqual(['Talen Airways', 'TA']);
    expect(shown(0.851)).not.toContain('TA');
  });
});

describe('initialsOf', () => {
  it('reads every word\'s capital, "The" aside, or none', () => {
    expect(initialsOf('British Airways')).toBe('BA');
    expect(initialsOf('The Talen Airways')).toBe('TA');
    expect(initialsOf('The Home Depot')).toBeNull(); // ("HD": high definition)
    expect(initialsOf('The Talen Airways Group')).toBe('TAG');
    expect(initialsOf('Bank of Lume')).toBeNull();
    expect(initialsOf('IBM Corp')).toBeNull();
    expect(initialsOf('Talen')).toBeNull();
  });
});

describe('an acronym two bodies share', () => {
  const shared = lexiconOf([
    { id: 'kessel-press', kind: 'organization', subkind: 'news-agency', name: 'Kessel Press Agency', prominence: 0.9, aliases: [{ text: 'KPA', match: 'acronym' }] },
    { id: 'kaldor-police', kind: 'organization', subkind: 'police', name: 'Kaldor Police Authority', prominence: 0.4, aliases: [{ text: 'KPA', match: 'acronym' }] },
  ]);
  const on = (text: string) => links(text, {}, shared);

  it('is the one the page names in full, however better known the other is', () => {
    expect(on('The Kaldor Police Authority charged two men. The KPA said the inquiry went on.')).toEqual(['Kaldor Police Authority→kaldor-police', 'KPA→kaldor-police']);
    expect(on('The Kessel Press Agency reported it. The KPA said more.')).toEqual(['Kessel Press Agency→kessel-press', 'KPA→kessel-press']);
  });

  it('is the better known one where the page names neither', () => {
    expect(on('Police told KPA the suspect was arrested.')).toEqual(['KPA→kessel-press']);
  });
});

describe('an acronym a place shares with a person', () => {
  const shared = lexiconOf([
    { id: 'ravi-kessel', kind: 'person', name: 'Ravi Kessel', prominence: 0.9, aliases: [{ text: 'RKI', match: 'ordinary' }] },
    { id: 'rki-airport', kind: 'place', subkind: 'airport', name: 'Ravi Kessel International Airport', prominence: 0.5, aliases: [{ text: 'RKI', match: 'acronym' }] },
  ]);
  const on = (text: string) => links(text, {}, shared);

  it('is the place after the page names it in full', () => {
    expect(on('Delays hit Ravi Kessel International Airport on Monday. RKI handled 60 million passengers.')).toEqual([
      'Ravi Kessel International Airport→rki-airport', 'RKI→rki-airport',
    ]);
  });
});

describe('an acronym inside a longer name', () => {
  it('stays doubted after the full name: it does not name the place there', () => {
    const union = lexiconOf([{ id: 'country:au', kind: 'place', subkind: 'country', name: 'Arvenian Union', prominence: 0.9, aliases: [{ text: 'A.U.', match: 'acronym' }] }]);
    expect(links('The Arvenian Union voted. A.U. Games Systems, Inc. sold cards there. A.U. voters agreed.', {}, union)).toEqual([
      'Arvenian Union→country:au', 'A.U.→country:au',
    ]);
  });
});
