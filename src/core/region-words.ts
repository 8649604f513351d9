/**
 * Words that say a place name stands for a first-level region rather than its city: "Buenos Aires
 * province", "Idlib Governorate", "the province of Hatay", "Washington state", "the state of New
 * York". Many provinces and states share their name with their capital (Córdoba, Santa Fe, Quebec,
 * São Paulo); the city is usually the better-known reading, but here the text itself says which is
 * meant, and a card for the city would be wrong. The matcher flags such a span (`regionWordAround`);
 * the resolver then keeps only its region readings, if it has any.
 *
 * "state" and "region" count only in lower case: "Ohio State" is a university, "Islamic State" and
 * "State of Israel" are not regions. Folded forms (lower case, no diacritics).
 */
import { foldedWord, T_CAP, T_JOIN, type Tokens } from './tokenize.ts';

/** After the name, in any case: "Hatay Province", "Santa Fe province". */
const AFTER_ANY_CASE = new Set(['province', 'provinces', 'governorate', 'governorates', 'prefecture', 'prefectures', 'oblast', 'voivodeship']);
/** After the name, lower case only: "Washington state", "Tigray region". */
const AFTER_LOWER = new Set(['state', 'states', 'region', 'regions']);
/** Before "of" and the name: "the province of Hatay", "Province of Buenos Aires", "the state of New York". */
const BEFORE_ANY_CASE = new Set(['province', 'governorate', 'prefecture']);
const BEFORE_LOWER = new Set(['state']);
/** A longer word is none of these: it is not turned into a string to find out. */
const LONGEST = Math.max(...[...AFTER_ANY_CASE, ...AFTER_LOWER, ...BEFORE_ANY_CASE, ...BEFORE_LOWER].map((w) => w.length));

function isWord(tokens: Tokens, k: number, anyCase: ReadonlySet<string>, lower: ReadonlySet<string>): boolean {
  if (tokens.foldLen[k]! > LONGEST) return false;
  const w = foldedWord(tokens, k);
  return anyCase.has(w) || ((tokens.flags[k]! & T_CAP) === 0 && lower.has(w));
}

/** Whether the words around tokens [first, last] say they name a region. */
export function regionWordAround(tokens: Tokens, first: number, last: number): boolean {
  const flags = tokens.flags;
  const next = last + 1;
  if (next < tokens.count && (flags[next]! & T_JOIN) !== 0 && isWord(tokens, next, AFTER_ANY_CASE, AFTER_LOWER)) return true;
  const of = first - 1;
  return of >= 1 && (flags[first]! & T_JOIN) !== 0 && (flags[of]! & T_JOIN) !== 0 && (flags[of]! & T_CAP) === 0 &&
    tokens.foldLen[of] === 2 && foldedWord(tokens, of) === 'of' && isWord(tokens, of - 1, BEFORE_ANY_CASE, BEFORE_LOWER);
}
