/**
 * Every timing and limit of the in-page code, with its unit and the reason for its value.
 * (Wikipedia's Page Previews keep theirs in one file too; change them here, nowhere else.)
 */

/** ms the pointer must rest on a name before its card opens: long enough that sweeping across a paragraph opens nothing (Page Previews uses 500). The reader can change it in the options. */
export const HOVER_OPEN_DELAY_MS = 350;
/** ms after the pointer leaves both the name and the card before the card closes: lets the pointer cross the gap into the card. */
export const HOVER_CLOSE_DELAY_MS = 300;
/** ms of main-thread work per slice before yielding: well under the 50 ms long-task line, so input stays responsive. */
export const SLICE_BUDGET_MS = 8;
/** ms after the last mutation before queued subtrees are rescanned: coalesces bursts (typing effects, tickers). */
export const MUTATION_SETTLE_MS = 250;
/** Mutation records in one batch above which we rescan the common subtree instead of node by node (Dark Reader uses ~1000). */
export const MUTATION_BATCH_RESCAN = 1000;
/** Characters per annotate request: bounds one message and one background task, so the first marks paint early. */
export const CHUNK_CHARS = 60_000;
/**
 * Characters of the first annotate request of a scan, sent while the walk goes on: an article's
 * headline and first paragraphs, so the first marks appear within ~100 ms of the content script's
 * start even when walking a long page takes longer. Later requests wait for CHUNK_CHARS, since
 * every highlight update costs the page a re-validation of all our ranges on its next frame.
 */
export const FIRST_CHUNK_CHARS = 4_000;
/** A block longer than CHUNK_CHARS is cut at the last space within this fraction of CHUNK_CHARS before the limit (else hard at the limit): a name is rarely cut in two. */
export const PIECE_CUT_WINDOW = 0.1;
/** Characters one document may send in total: a 10 MB text node is truncated, not processed whole. */
export const MAX_DOCUMENT_CHARS = 4_000_000;
/**
 * Paragraphs scope detection reads at most (it runs in one go, before the sliced scan). Reading the
 * text of all 40,000 paragraphs of a 200,000-node page took ~55 ms of CPU in one task; articles
 * have a few hundred, so the first 2,000 decide.
 */
export const MAX_SCOPE_PARAGRAPHS = 2000;
/** Text nodes one scan visits at most: pages with hundreds of thousands of nodes degrade to the first part. */
export const MAX_TEXT_NODES = 150_000;
/**
 * Mentions (live Ranges) one document holds at most; further names are left unmarked. Every live
 * Range costs the page on each DOM mutation, and every change to a highlight makes the browser
 * re-validate all its ranges on the next frame. Measured in Chromium 156 on the 2-core CI machine
 * (loaded): one frame after a highlight change takes ~40 ms with 1,000 ranges, ~140 ms with 5,000,
 * ~600 ms with 60,000; 200 page mutations take 13 ms / 112 ms / 2.4 s. A long article has a few
 * hundred names, so this only bites on pathological pages (200,000 text nodes), which keep their
 * first 3,000 marks.
 */
export const MAX_MENTIONS = 3000;
/**
 * When a rescan of a growing page (a feed) would pass MAX_MENTIONS, the mentions farthest from the
 * viewport go until this share of the cap is left: room for many rescans before the next eviction,
 * which costs one layout read of every marked block.
 */
export const WINDOW_EVICT_TO = 0.6;
/** Screens (viewport heights) around the viewport whose marks are never evicted, and the margin at which an evicted block is rescanned when the reader scrolls back. */
export const WINDOW_NEAR_MARGIN = 1;
/**
 * Mentions inside one text node at most. Chromium paints a text node's highlights by walking all of
 * the node's markers, so 1,000 ranges in one node cost ~140 ms a frame (a 10 MB text node names a
 * person every 200 characters); no real paragraph has this many names.
 */
export const MAX_MENTIONS_PER_NODE = 200;
/** Rescans a document may trigger per minute, on average: a page that rewrites itself forever costs us at most this. */
export const MAX_RESCANS_PER_MINUTE = 30;
/**
 * Rescans allowed back to back before MAX_RESCANS_PER_MINUTE paces them (a token bucket). A sliding
 * window of 30 a minute let a busy page spend all 30 in its first ~8 s and then left new text
 * unmarked for ~50 s (an infinite-scroll feed, a ticker that settles after 10 s); with a bucket the
 * pace after the burst is one rescan every 2 s.
 */
export const RESCAN_BURST = 10;
/** ms the "show on page" flash lasts. */
export const FLASH_MS = 1200;
/** Pixels the card keeps from the name it describes. */
export const CARD_OFFSET_PX = 8;
