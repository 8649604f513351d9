/**
 * Backstory's matching engine — the public API. DOM-free and browser-API-free: the same code runs in
 * Node (CLI, tests, build) and in the extension's service worker.
 *
 *   const bytes = compileLexicon(entities);          // build time → public/data/lexicon.bin
 *   const lexicon = loadLexicon(bytes);              // runtime: typed-array views, ~no parsing
 *   annotate(text, lexicon)                          // → Mention[] sorted, non-overlapping
 *   annotateBlocks(blocks, lexicon)                  // one document in blocks → Mention[][]
 *   new DocumentAnnotator(lexicon).add(blocks)…resolve()   // incremental: add blocks as they appear
 *
 * A Mention is { start, end, text, entityId, kind, confidence }; offsets are UTF-16 code units into
 * the original text. Mentions below `threshold` (default 0.5) are not returned.
 */
export { compileLexicon, type CompileOptions, type CompileStats, type LexiconEntity } from './compile.ts';
export { loadLexicon, Lexicon, LexiconError } from './lexicon.ts';
export { annotate, annotateBlocks, DocumentAnnotator, type AnnotateOptions } from './annotate.ts';
export { DEFAULT_THRESHOLD, type Mention, type ResolveOptions } from './resolve.ts';
export { foldName, foldWords } from './fold.ts';
