import { describe, expect, it } from 'vitest';
import { annotate, compileLexicon, loadLexicon } from '../../../src/core/index.ts';
import { warmUpBlocks, warmUpEngine } from '../../../src/background/jit-warm-up.ts';
import { fixtureLexicon } from '../core/helpers.ts';

describe('engine warm-up document', () => {
  const lexicon = fixtureLexicon();

  it('names entities from the whole index, so matching and resolution run, not just the tokenizer', () => {
    const blocks = warmUpBlocks(lexicon, 40);
    expect(blocks.length).toBe(40);
    const withMention = blocks.filter((b) => annotate(b, lexicon).length > 0);
    expect(withMention.length / blocks.length).toBeGreaterThan(0.8);
    const first = lexicon.entityName(0);
    expect(blocks.some((b) => b.includes(first))).toBe(true);
  });

  it('spreads its names over the whole index, not its first entries', () => {
    const many = loadLexicon(compileLexicon(Array.from({ length: 1000 }, (_, i) => ({ id: `Q${i + 1}`, name: `Place Number ${i}`, kind: 'place' as const, aliases: [] }))));
    const text = warmUpBlocks(many, 50).join('\n');
    expect(text).toContain('Place Number 0 ');
    expect(text).toMatch(/Place Number 9[5-9]\d\b/);
  });

  it('holds text V8 stores as one-byte strings and text it stores as two-byte strings', () => {
    const asciiLexicon = loadLexicon(compileLexicon([
      { id: 'Q1', name: 'Alpha City', kind: 'place', aliases: [] },
      { id: 'Q2', name: 'Beta Party', kind: 'organization', aliases: [] },
    ]));
    const blocks = warmUpBlocks(asciiLexicon, 20);
    const twoByte = (b: string) => [...b].some((ch) => ch.charCodeAt(0) > 0xff);
    expect(blocks.some((b) => !twoByte(b))).toBe(true);
    expect(blocks.some(twoByte)).toBe(true);
  });

  it('is empty for an empty index', () => {
    expect(warmUpBlocks(loadLexicon(compileLexicon([])))).toEqual([]);
  });

  it('leaves the engine answering exactly as before', async () => {
    const text = 'Fahrettin Altun met officials in Hatay. Altun said Turkey would respond.';
    const before = annotate(text, lexicon);
    await warmUpEngine(lexicon, 60);
    expect(annotate(text, lexicon)).toEqual(before);
  });
});
