/**
 * A byline names the writer: "By Tara Parker-Pope", "By R. England", "BY STEVEN DAVIDOFF SOLOMON". A
 * place or a known person's short form inside it is part of the writer's name, not a mention ("Tara"
 * is not the town in Omsk Oblast). A byline here is a line that begins with "By" and holds nothing
 * but a few capitalised words after it; the matcher then flags the names in it as part of a longer
 * name, and the resolver doubts them.
 */
import { T_CAP, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

const BY = new WordSet(['by']);
/** Most words in a byline after "By": given names, initials, surnames (a "de", "van" or "and" aside). */
const MAX_WORDS = 5;

/** Whether tokens [first, last] lie in a byline. */
export function inByline(tokens: Tokens, first: number, last: number): boolean {
  const flags = tokens.flags;
  // Back to "By" at the start of a line, over capitalised words joined to each other.
  let by = first - 1;
  while (by >= 0 && first - by <= MAX_WORDS && !((flags[by]! & (T_SENT | T_CAP)) === (T_SENT | T_CAP) && BY.has(tokens, by))) {
    if ((flags[by]! & T_CAP) === 0 || (flags[by + 1]! & T_JOIN) === 0) return false;
    by--;
  }
  if (by < 0 || first - by > MAX_WORDS || (flags[by + 1]! & T_JOIN) === 0) return false;
  // On to the end of the line: capitalised words only, and few.
  let end = last + 1;
  while (end < tokens.count && (flags[end]! & T_SENT) === 0) {
    if ((flags[end]! & (T_CAP | T_JOIN)) !== (T_CAP | T_JOIN) || end - by > MAX_WORDS) return false;
    end++;
  }
  return true;
}
