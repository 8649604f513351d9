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
/** Characters one document may send in total: a 10 MB text node is truncated, not processed whole. */
export const MAX_DOCUMENT_CHARS = 4_000_000;
/** Text nodes one scan visits at most: pages with hundreds of thousands of nodes degrade to the first part. */
export const MAX_TEXT_NODES = 150_000;
/** Rescans a document may trigger per minute: a page that rewrites itself forever is left alone after this. */
export const MAX_RESCANS_PER_MINUTE = 30;
/** ms the "show on page" flash lasts. */
export const FLASH_MS = 1200;
/** Pixels the card keeps from the name it describes. */
export const CARD_OFFSET_PX = 8;
