import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/content/blocks.ts';
import { budgeted, RequestQueue, requests, splitBlock } from '../../../src/content/chunks.ts';

// Blocks without DOM: the chunking only reads text and starts.
const block = (text: string): Block => ({ text, nodes: [], starts: [0], element: {} as Element });
const para = (n: number, c = 'a') => block(c.repeat(n - 1) + ' ');
const chars = (bs: Block[]) => bs.reduce((n, b) => n + b.text.length, 0);

describe('splitBlock', () => {
  it('cuts a long block at white space, with starts shifted so offsets map back', () => {
    const b: Block = { text: 'a'.repeat(95) + ' ' + 'b'.repeat(20), nodes: [], starts: [0, 50], element: {} as Element };
    const parts = splitBlock(b, 100);
    expect(parts.map((p) => p.text).join('')).toBe(b.text);
    expect(parts.map((p) => p.text.length)).toEqual([96, 20]); // after the space, not inside the word
    expect(parts[1]!.starts).toEqual([-96, -46]);
    // No space near the limit: a hard cut.
    expect(splitBlock(block('x'.repeat(250)), 100).map((p) => p.text.length)).toEqual([100, 100, 50]);
  });
});

describe('budgeted', () => {
  it('truncates the block that crosses the document budget and drops the rest', () => {
    const out = budgeted([para(10), para(10), para(10)], 15);
    expect(out.map((b) => b.text.length)).toEqual([10, 5]);
  });
});

describe('requests', () => {
  it('groups blocks under the character and block limits, in order', () => {
    const out = requests([para(4), para(4), para(4), para(4)], 8, 3);
    expect(out.map((r) => r.length)).toEqual([2, 2]);
    expect(requests([para(3), para(3), para(3), para(3)], 100, 3).map((r) => r.length)).toEqual([3, 1]);
  });
});

describe('RequestQueue', () => {
  it('sends a small first request as soon as it fills, then larger ones, and the rest at the end', () => {
    const q = new RequestQueue(10, 30, 1000);
    expect(q.add([para(4)])).toEqual([]);
    expect(q.missing).toBe(6);
    const first = q.add([para(4), para(4)]);
    expect(first.map(chars)).toEqual([8]); // the first request holds at most 10 characters
    expect(q.threshold).toBe(30);
    const later = q.add(Array.from({ length: 10 }, () => para(4)));
    expect(later.map(chars)).toEqual([28]);
    const rest = q.end();
    expect(rest.map(chars)).toEqual([16]);
    expect(q.end()).toEqual([]);
  });

  it('keeps every block exactly once and in order', () => {
    const q = new RequestQueue(7, 20, 10_000);
    const input = Array.from({ length: 50 }, (_, i) => para(1 + (i * 7) % 13, String.fromCharCode(97 + (i % 26))));
    const out: Block[] = [];
    for (let i = 0; i < input.length; i += 6) out.push(...q.add(input.slice(i, i + 6)).flat());
    out.push(...q.end().flat());
    expect(out).toEqual(input);
  });

  it('stops at the document budget and says so', () => {
    const q = new RequestQueue(10, 10, 25);
    const sent = [...q.add([para(10), para(10), para(10), para(10)]), ...q.end()].flat();
    expect(chars(sent)).toBe(25);
    expect(q.exhausted).toBe(true);
  });
});
