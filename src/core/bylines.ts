/**
 * A byline names the writer: "By Tara Parker-Pope", "By R. England", "BY STEVEN DAVIDOFF SOLOMON". A
 * place or a known person's short form inside it is part of the writer's name, not a mention ("Tara"
 * is not the town in Omsk Oblast). A byline here is a line that begins with "By" and holds a few
 * capitalised words after it, then nothing, or what news puts after the writer: a comma and the
 * time or the outlet ("By R. England, 52m ago"), or the date ("By STEVEN DAVIDOFF SOLOMON JULY 29,
 * 2016"). The matcher then flags the names in it as part of a longer name, and the resolver doubts them.
 */
import { gapHas } from './gaps.ts';
import { MONTHS } from './dates.ts';
import { T_CAP, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

const BY = new WordSet(['by']);
/** Most words in a byline after "By": given names, initials, surnames (a "de", "van" or "and" aside). */
const MAX_WORDS = 5;

/** Whether tokens [first, last] lie in a byline. */
export function inByline(text: string, tokens: Tokens, first: number, last: number): boolean {
  const flags = tokens.flags;
  // Back to "By" at the start of a line, over capitalised words joined to each other — and over one "and"
  // with the first writer's name before it: "By Kenya Jones and Tom Hale".
  let words = MAX_WORDS;
  for (let by = first - 1; by >= 0 && first - by <= words; by--) {
    if ((flags[by + 1]! & T_JOIN) === 0) return false;
    if ((flags[by]! & (T_SENT | T_CAP)) === (T_SENT | T_CAP) && BY.has(tokens, by)) return namesToLineEnd(text, tokens, last + 1, by + words);
    if ((flags[by]! & T_CAP) === 0) {
      if (words > MAX_WORDS || !AND.has(tokens, by)) return false;
      words = 2 * MAX_WORDS + 1;
    }
  }
  return false;
}

/**
 * Whether tokens from `from` to the end of the line are capitalised joined words, none past `limit`
 * (a second writer's after "and"), up to a mark, "in" or a date after which the line may go on.
 */
function namesToLineEnd(text: string, tokens: Tokens, from: number, limit: number): boolean {
  const flags = tokens.flags;
  for (let k = from; k < tokens.count && (flags[k]! & T_SENT) === 0; k++) {
    if ((flags[k]! & (T_CAP | T_JOIN)) === (T_CAP | T_JOIN) && k <= limit) continue;
    // A second writer: "By Kenya Jones and Tom Hale".
    if ((flags[k]! & (T_CAP | T_JOIN)) === T_JOIN && AND.has(tokens, k) && k + 1 < tokens.count && (flags[k + 1]! & (T_CAP | T_JOIN)) === (T_CAP | T_JOIN)) {
      limit = k + MAX_WORDS;
      continue;
    }
    // The name ends here: at a comma ("…England, 52m ago"), a bar or a dash before the outlet ("By Paris
    // Martineau | The Information"), where the writer is ("By Kenya Jones in Nairobi"), or at a date's day
    // ("…SOLOMON JULY 29").
    const end = tokens.end[k - 1]!, start = tokens.start[k]!;
    return AFTER_NAME_MARKS.some((c) => gapHas(text, end, start, c)) || ((flags[k]! & (T_CAP | T_JOIN)) === T_JOIN && IN.has(tokens, k)) ||
      tokens.letters[k] === 0 && MONTHS.has(tokens, k - 1);
  }
  return true;
}

const AND = new WordSet(['and']);
const IN = new WordSet(['in']);
/** Marks news puts between a writer's name and what follows it: a comma, a bar, a middle dot, a bullet, dashes. */
const AFTER_NAME_MARKS = [44, 124, 0xb7, 0x2022, 0x2013, 0x2014];
