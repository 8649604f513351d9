/**
 * A town's name followed by a capitalised everyday word begins the name of something else: "Paris
 * Motor Show", "Cannes Film Festival", "Brooklyn Daily Eagle", "Camden Lock", "Green Card", "Kanye
 * West". (A word no dataset name uses is already read as part of an unknown name; see `unknownName` in
 * match.ts. This covers the everyday words.) Not for countries and regions, whose names lead
 * governments, parties and teams that are about them ("Russian President", "Oklahoma Republican");
 * and not before words that say when or what kind of place, or who in it ("in London Thursday",
 * "Taipei City", "London Mayor Sadiq Khan", "the Chicago Office of Emergency Management": the town's
 * officials and offices are about the town, as org-heads.ts leaves government bodies alone).
 */
import { T_ALLCAPS, T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { DAY_WORDS, MONTH_WORDS } from './dates.ts';

const NOT_A_NAME = new WordSet([...DAY_WORDS, ...MONTH_WORDS, ...`morning afternoon evening night
city town village region province state county district municipality prefecture governorate area metro
mayor governor sheriff police prosecutor prosecutors officials residents authorities voters fans
office department ministry government administration agency authority`.split(/\s+/)]);

/**
 * Whether token k may be a capitalised everyday word joined to the name before it, in running text
 * (not a headline, where every word has a capital), and none of the words that leave the town a town.
 * (The caller asks the lexicon whether it is a common word.)
 */
export function everydayWordAfter(tokens: Tokens, k: number): boolean {
  if (k >= tokens.count) return false;
  const f = tokens.flags[k]!;
  return (f & (T_CAP | T_JOIN | T_ALLCAPS | T_TITLE | T_SENT | T_HYPHEN)) === (T_CAP | T_JOIN) && !NOT_A_NAME.has(tokens, k);
}
