import { describe, expect, it } from 'vitest';
import { compileLexicon, foldWords, loadLexicon, LexiconError, type CompileStats } from '../../../src/core/index.ts';
import { FORMAT_VERSION } from '../../../src/core/format.ts';
import { fnvString } from '../../../src/core/hash.ts';
import { COMMA_STEP, POSSESSIVE_STEP, trieSteps } from '../../../src/core/fold.ts';
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

  it('refuses an artifact of another format version, asking to recompile it', () => {
    const bytes = compileLexicon(fixtureEntities()).slice();
    new DataView(bytes.buffer).setUint32(4, FORMAT_VERSION - 1, true);
    expect(() => loadLexicon(bytes)).toThrow(new RegExp(`format version ${FORMAT_VERSION - 1}, expected ${FORMAT_VERSION}: recompile`));
  });

  it('filters never rule out how an alias begins or continues', () => {
    // The matcher skips a word's look-up, and a trie step, on the filters' word alone: a false
    // negative would lose a name. Every alias of the fixture must pass them.
    const lex = fixtureLexicon();
    for (const e of fixtureEntities()) {
      for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
        const words = foldWords(text);
        if (words.length === 0) continue;
        const h = words.map(fnvString);
        expect(lex.mayStart(false, h[0]!, h.length > 1 ? h[1]! : 0), text).toBe(true);
        // The trie's path: the words, with a step after a possessive or a comma inside the name
        // (fold.ts), which the matcher takes without the filter; every word after one must pass it.
        const steps = trieSteps(text);
        let node = lex.nodeOf(steps[0]!);
        for (let k = 1; k < steps.length; k++) {
          expect(node, text).toBeGreaterThanOrEqual(0);
          const step = steps[k]!;
          if (step !== POSSESSIVE_STEP && step !== COMMA_STEP) expect(lex.mayContinue(node, fnvString(step)), text).toBe(true);
          node = lex.child(node, lex.stepId(step));
        }
        expect(node, text).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('skips a name of one letter, which would mark every such letter ("e&" folds to "e")', () => {
    const stats = {} as CompileStats;
    const lex = loadLexicon(compileLexicon([{ id: 'e-co', kind: 'organization', name: 'e&', aliases: [{ text: 'Ezra Telecom', match: 'ordinary' }] }], {}, stats));
    expect(stats.skipped).toBe(1);
    expect(lex.entitiesNamed('e')).toEqual([]);
    expect(lex.entitiesNamed('Ezra Telecom')).toHaveLength(1);
  });

  it('handles an empty entity list', () => {
    const lex = loadLexicon(compileLexicon([]));
    expect(lex.entityCount).toBe(0);
    expect(lex.entitiesNamed('Turkey')).toEqual([]);
  });
});
