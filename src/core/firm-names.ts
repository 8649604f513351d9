/**
 * Partnerships are named after their founders: "Kidder, Peabody and Co", "Holt, Rinehart and Winston
 * Canada Ltd.", "Smith, Barney & Co". A founder's name that is also a town (Peabody, Massachusetts;
 * Holt, Michigan) is part of the firm's name there, not a mention of the town. The sign is the shape:
 * capitalised names joined by commas and a final "and" or "&", then the firm's legal form.
 *
 * The legal form must come after the final "and" or "&", and a comma after that ends the name: a list
 * of places never ends in a legal form, and a sentence that goes on after one ("in London, Paris and
 * Frankfurt, Deutsche Bank AG said") is cut off at the comma after the "and".
 */
import { T_CAP, T_HYPHEN, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { gapHas } from './gaps.ts';
import { WordSet } from './word-set.ts';

const LEGAL_FORM_WORDS = 'co cos inc corp ltd llc llp lp plc gmbh'.split(' ');
const LEGAL_FORMS = new WordSet(LEGAL_FORM_WORDS);
/** Legal forms that may follow a company's name the dataset knows, continental ones too ("Volkswagen AG", "Total SA"). */
const FORMS_AFTER_NAME = new WordSet([...LEGAL_FORM_WORDS, 'ag', 'sa', 'nv']);
/** Forms written with a dot that belongs to them ("Corp.", "Inc."). */
const DOTTED_FORMS = new WordSet('co cos inc corp ltd'.split(' '));
const CO = new WordSet(['co', 'cos']);
const AND = new WordSet(['and']);
/** How many words after the name the legal form may come ("… and Winston Canada Ltd."). */
const MAX_WORDS = 8;

/** Whether the one-word name at token k is a founder's name in a firm's name (see the module comment). */
export function inFirmName(text: string, tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  let closed = false; // past the final "and" or "&": only joined words may follow
  for (let j = k; j + 1 < tokens.count && j - k <= MAX_WORDS;) {
    const next = flags[j + 1]!;
    if ((next & T_SENT) !== 0) return false;
    let to: number;
    // (The letter count first: this runs beside every one-word name, and most next words are no "and".)
    if ((next & (T_JOIN | T_CAP)) === T_JOIN && tokens.letters[j + 1] === 3 && AND.has(tokens, j + 1) && j + 2 < tokens.count &&
      (flags[j + 2]! & (T_JOIN | T_CAP | T_SENT)) === (T_JOIN | T_CAP)) {
      if (closed) return false;
      to = j + 2; closed = true;
    } else if ((next & T_CAP) === 0) return false;
    else if ((next & T_JOIN) !== 0) {
      to = j + 1;
      // "Smith, Barney & Co": the ampersand closes the list as "and" does.
      if (gapHas(text, tokens.end[j]!, tokens.start[j + 1]!, 38)) { if (closed) return false; closed = true; }
    } else if (!closed && gapHas(text, tokens.end[j]!, tokens.start[j + 1]!, 44)) to = j + 1;
    else return false;
    if (closed && LEGAL_FORMS.has(tokens, to)) return !lastOfList(text, tokens, k);
    j = to;
  }
  return false;
}

/** Whether token k follows "and" or "&": the last of a list ("London and Paris, Smith & Co") begins no firm's name. */
function lastOfList(text: string, tokens: Tokens, k: number): boolean {
  if (k === 0 || (tokens.flags[k]! & T_JOIN) === 0) return false;
  return (tokens.flags[k - 1]! & T_CAP) === 0 && AND.has(tokens, k - 1) || gapHas(text, tokens.end[k - 1]!, tokens.start[k]!, 38);
}

/**
 * Whether token j is a capitalised word joined to the one before, and no hyphen follows it (not
 * "Co-operative": a hyphen after the word makes it another word). (A function of the module, not a
 * closure made at each call: legalFormEnd runs after every name.)
 */
function joinedCap(tokens: Tokens, j: number): boolean {
  const flags = tokens.flags;
  return j < tokens.count && (flags[j]! & (T_JOIN | T_CAP | T_SENT)) === (T_JOIN | T_CAP) && (j + 1 >= tokens.count || (flags[j + 1]! & T_HYPHEN) === 0);
}

/**
 * Where a company's name ends that the dataset knows up to token `last`: its legal form belongs to it
 * ("General Motors Corp", "Exxon Mobil Corp.", "Morgan Stanley and Co Inc", "Smith & Co Ltd"), so the
 * mark covers the whole name a reader sees. Returns the offset just past the name (`tokens.end[last]`
 * when no legal form follows) and, in `lastOut[0]`, its last token.
 */
export function legalFormEnd(text: string, tokens: Tokens, last: number, lastOut: Int32Array): number {
  const flags = tokens.flags;
  let k = last;
  // "… and Co", "… & Co": the partners' "company" (a lower-case "and" joins, a capital "And" is a title's).
  if (k + 2 < tokens.count && (flags[k + 1]! & (T_JOIN | T_CAP | T_SENT)) === T_JOIN && AND.has(tokens, k + 1) && joinedCap(tokens, k + 2) && CO.has(tokens, k + 2)) k += 2;
  else if (joinedCap(tokens, k + 1) && CO.has(tokens, k + 1) && gapHas(text, tokens.end[k]!, tokens.start[k + 1]!, 38)) k += 1;
  // Then up to two forms: "Co Inc", "Corp Ltd".
  for (let n = 0; n < 2 && joinedCap(tokens, k + 1) && FORMS_AFTER_NAME.has(tokens, k + 1); n++) k++;
  lastOut[0] = k;
  let end = tokens.end[k]!;
  if (k > last && text.charCodeAt(end) === 46 && DOTTED_FORMS.has(tokens, k)) end++;
  return end;
}
