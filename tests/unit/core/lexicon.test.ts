import { describe, expect, it } from 'vitest';
import { compileLexicon, loadLexicon, LexiconError, type CompileStats } from '../../../src/core/index.ts';
import { fixtureEntities, fixtureLexicon } from './helpers.ts';

describe('lexicon artifact', () => {
  it('round-trips entity metadata', () => {
    const lex = fixtureLexicon();
    const i = lex.indexOf('recep-tayyip-erdogan');
    expect(lex.entityName(i)).toBe('Recep Tayyip Erdoğan');
    expect(lex.entityKindName(i)).toBe('person');
    expect(lex.prominence(i)).toBeCloseTo(1, 2);
    expect(lex.entityId(lex.entityCountry[lex.indexOf('city:311046')]!)).toBe('country:tr');
    expect(lex.indexOf('no-such-entity')).toBe(-1);
  });

  it('looks names up by any spelling', () => {
    const lex = fixtureLexicon();
    expect(lex.entitiesNamed('ERDOGAN').map((x) => lex.entityId(x.entity))).toEqual(['recep-tayyip-erdogan']);
    expect(lex.entitiesNamed('damascus').map((x) => lex.entityId(x.entity)).sort()).toEqual(['city:170654', 'city:5722064']);
    expect(lex.entitiesNamed('Atlantis')).toEqual([]);
  });

  it('is deterministic and reports statistics', () => {
    const stats = {} as CompileStats;
    const a = compileLexicon(fixtureEntities(), {}, stats);
    const b = compileLexicon(fixtureEntities());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(stats.entities).toBe(fixtureEntities().length);
    expect(stats.aliases).toBeGreaterThan(stats.entities);
  });

  it('loads from an unaligned slice', () => {
    const bytes = compileLexicon(fixtureEntities());
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const lex = loadLexicon(shifted.subarray(3));
    expect(lex.entityCount).toBe(fixtureEntities().length);
  });

  it('rejects bytes that are not a lexicon', () => {
    expect(() => loadLexicon(new Uint8Array(10))).toThrow(LexiconError);
    expect(() => loadLexicon(new Uint8Array(1000))).toThrow(/magic/);
    const bytes = compileLexicon(fixtureEntities());
    expect(() => loadLexicon(bytes.subarray(0, bytes.length / 2))).toThrow(LexiconError);
  });

  it('handles an empty entity list', () => {
    const lex = loadLexicon(compileLexicon([]));
    expect(lex.entityCount).toBe(0);
    expect(lex.entitiesNamed('Turkey')).toEqual([]);
  });
});
