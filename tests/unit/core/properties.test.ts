/** Property tests: for any input — random, adversarial Unicode — annotate never throws and its output is well-formed. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotate, annotateBlocks, type Mention } from '../../../src/core/index.ts';
import { fixtureLexicon } from './helpers.ts';

/** Pieces that exercise the tokenizer's edge cases, mixed with real names. */
const pieces = fc.constantFrom(
  'Turkey', "Turkey's", 'Turkey’s', 'Damascus\'', 'İzmir', 'ı', 'İ', 'Erdog\u0306an', 'EU', 'U.S.', 'Turkish-backed', 'Recep Tayyip', 'Erdoğan',
  'Fahrettin', 'Altun', 'Akar', 'Nice', 'Reading', ' ', '  ', '\n', '\n\n', '.', '. ', '!', '?', ',', '-', '–', '—', "'", '’', '"', '&',
  '\u00AD', '\u200B', '\u200D', '\uFEFF', '\u00A0', '\u202F', '\u0301', '😀', '👨‍👩‍👧', '🇹🇷', '𝐀', '\uD83D', '\uDE00', '\uDC00\uD800', '\u0000', '\uFFFF',
  'ß', 'ǅ', 'ﬁ', 'Σ', 'ς', 'ǰ', 'ﬀ', '\u0130\u0307', '\u2028', 'Mr.', 'J.', 'New York', 'NATO', 'Nato', 'nato',
);
const adversarial = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary-ascii', maxLength: 200 }), adversarial);

function wellFormed(text: string, ms: Mention[]): void {
  let last = 0;
  for (const m of ms) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(last); // sorted, non-overlapping
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    // Never split a surrogate pair.
    const lowAt = (i: number) => { const c = text.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff; };
    const highAt = (i: number) => { const c = text.charCodeAt(i); return c >= 0xd800 && c <= 0xdbff; };
    if (m.start > 0) expect(lowAt(m.start) && highAt(m.start - 1)).toBe(false);
    if (m.end < text.length) expect(lowAt(m.end) && highAt(m.end - 1)).toBe(false);
    expect(m.confidence).toBeGreaterThanOrEqual(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    last = m.end;
  }
}

describe('annotate properties', () => {
  it('never throws and returns well-formed mentions', () => {
    fc.assert(fc.property(anyText, fc.double({ min: 0, max: 1, noNaN: true }), (text, threshold) => {
      wellFormed(text, annotate(text, fixtureLexicon(), { threshold }));
    }), { numRuns: 1500 });
  });

  it('is the same whether a document comes as one block or several', () => {
    fc.assert(fc.property(fc.array(adversarial, { maxLength: 5 }), (blocks) => {
      const perBlock = annotateBlocks(blocks, fixtureLexicon());
      expect(perBlock).toHaveLength(blocks.length);
      blocks.forEach((b, k) => wellFormed(b, perBlock[k]!));
    }), { numRuns: 300 });
  });

  it('finds a name wherever it is embedded between separators', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), (a, b) => {
      const text = `${a} , Recep Tayyip Erdoğan , ${b}`;
      const at = text.indexOf('Recep Tayyip Erdoğan');
      const ms = annotate(text, fixtureLexicon());
      expect(ms.some((m) => m.start === at && m.entityId === 'recep-tayyip-erdogan')).toBe(true);
    }), { numRuns: 300 });
  });
});
