/**
 * Warms the engine's code up in the worker before a page needs it.
 *
 * Why: MV3 puts an idle worker to sleep after 30 s, and every woken worker starts with the engine's
 * code unoptimized. Measured in Node on a 145,000-character article sent as the page sends it, the
 * first pass of a fresh process cost ≈ 110 ms of engine time and the third ≈ 11 ms: the tokenizer,
 * trie walk and resolver loops run interpreted until V8 has seen them run. So when a tab starts
 * loading (the same moment the index starts loading, see dataset.ts `warmUp`), the worker annotates a
 * synthetic document of its own, in short slices, while the page is still loading. The page's first
 * request then meets optimized code, and no page text is involved.
 *
 * The document is made here from the index's own names (spread over all of it, so many trie paths and
 * kinds are visited) and fixed sentences written for this purpose; it is a few tens of KB and never
 * kept: the throwaway annotator is dropped at the end.
 */
import { DocumentAnnotator, type Lexicon } from '../core/index.ts';

/**
 * Sentence frames: {0} and {1} are names from the index, {s} the last word of the first name. Some
 * use only Latin-1 characters and some do not: V8 keeps such text in one-byte strings and other text
 * in two-byte strings, and code optimized for one kind is deoptimized the first time it meets the
 * other (a French page after an English one with curly quotes), so both kinds are warmed.
 */
const FRAMES = [
  '{0} said on Monday that talks with {1} would resume after weeks of delay.',
  'Officials in {0} and {1} met again, according to a statement from the ministry.',
  'The {0}-backed group rejected the plan, and {s} called it unacceptable.',
  '“We will not accept this,” {0} told reporters in {1} late on Thursday.',
  "{s}'s office did not respond to a request for comment; {1}’s spokesman declined to comment.",
  'Earlier this year, the talks between {0} and {1} broke down over the border crossing.',
  'SUMMIT IN {1}: {0} ARRIVES FOR TALKS',
  'Mr. {s} arrived in {1} on Tuesday — the first such visit since 2019.',
  'the committee, which includes members from {1}, will report to {0} by the end of the month.',
  'À {1}, le président {0} a rencontré les représentants du gouvernement.',
];

/** Names per warm-up document; ≈ 60 characters of text each. */
const NAMES = 600;
/** Blocks annotated per slice: each slice stays a few milliseconds even while the code is cold. */
const BLOCKS_PER_SLICE = 8;
/** Blocks per request, as the content script sends them: the first small, later ones larger. */
const REQUEST_BLOCKS = [16, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120];

/** The synthetic document: `names` sentences naming entities spread evenly over the whole index. */
export function warmUpBlocks(lexicon: Lexicon, names = NAMES): string[] {
  const count = lexicon.entityCount;
  if (count === 0) return [];
  const step = Math.max(1, Math.floor(count / names));
  const picked: string[] = [];
  for (let i = 0; i < count && picked.length < names; i += step) picked.push(lexicon.entityName(i));
  // One block per name asked for: a small index (a test's, a reader's pack) cycles through its names.
  const blocks: string[] = [];
  for (let i = 0; i < names; i++) {
    const first = picked[i % picked.length]!;
    const second = picked[(i * 7 + 3) % picked.length]!;
    const last = first.split(' ').at(-1) ?? first;
    const frame = FRAMES[i % FRAMES.length]!;
    blocks.push(frame.replace('{0}', first).replace('{1}', second).replace('{s}', last));
  }
  return blocks;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Annotates the synthetic document request by request, resolving after each as the worker does for
 * a page, yielding between slices so a real request waits at most one slice.
 */
export async function warmUpEngine(lexicon: Lexicon, names = NAMES): Promise<void> {
  const blocks = warmUpBlocks(lexicon, names);
  const doc = new DocumentAnnotator(lexicon);
  let next = 0;
  for (const size of REQUEST_BLOCKS) {
    const end = Math.min(blocks.length, next + size);
    for (; next < end; next += BLOCKS_PER_SLICE) {
      doc.add(blocks.slice(next, Math.min(end, next + BLOCKS_PER_SLICE)));
      await pause();
    }
    doc.resolve();
    await pause();
    if (next >= blocks.length) break;
  }
}
