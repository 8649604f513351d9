/**
 * Caps on what one message may carry, so a hostile page cannot make us allocate without bound. In
 * their own module (no browser API) so DOM-free code and its Node tests can use them.
 */
export const MAX_BLOCKS = 20_000;
export const MAX_TEXT_CHARS = 12_000_000;
