/**
 * "Ford, General Motors and Stellantis", "BHP and Rio Tinto": a company's short name that needs the
 * page's support ("Ford" is also a president and an actor, "Rio Tinto" a river) is the company when it
 * stands in a list beside a company the page names for certain. News lists companies together (the
 * carmakers, the miners, the banks); a list mixes kinds far less often. One neighbour is enough, and
 * it must be a company chosen in its own right: two short forms never vouch for each other.
 */
import type { Lexicon } from './lexicon.ts';
import type { Span } from './match.ts';
import * as format from './format.ts';

const { F_BRAND, M_NEEDS_CONTEXT, MODE_MASK } = format;

/** What may stand between two names of a list: a comma, "and", "or", "&" (and spaces). */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|and|or|&)\s*$/;
/** The longest such gap (", and ", with room for extra spaces). */
const MAX_GAP = 8;

/**
 * The company among span i's readings that needs context, when a list joins the span to a company
 * chosen at a neighbouring span (`chosen(j)`: the entity chosen there, -1 if none); -1 otherwise. Not
 * after "the": "in the Amazon and the Andes" lists no company.
 */
export function companyBesideCompany(lex: Lexicon, text: string, spans: readonly Span[], i: number, chosen: (j: number) => number): number {
  const span = spans[i]!;
  if (span.afterThe) return -1;
  let company = -1;
  for (const entry of span.entries) {
    if ((lex.entryFlags[entry]! & MODE_MASK) !== M_NEEDS_CONTEXT) continue;
    const e = lex.entryEntity[entry]!;
    if ((lex.entityFlags[e]! & F_BRAND) === 0) continue;
    // (Two companies of one short name: the list does not say which.)
    if (company >= 0 && company !== e) return -1;
    company = e;
  }
  if (company < 0) return -1;
  for (const j of [i - 1, i + 1]) {
    if (j < 0 || j >= spans.length) continue;
    const other = spans[j]!;
    const gap = j < i ? text.slice(other.end, span.start) : text.slice(span.end, other.start);
    if (gap.length > MAX_GAP || !LIST_JOIN.test(gap)) continue;
    const x = chosen(j);
    if (x >= 0 && x !== company && (lex.entityFlags[x]! & F_BRAND) !== 0) return company;
  }
  return -1;
}
