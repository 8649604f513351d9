/**
 * Reference lists and bibliographies name authors surname first: "Burton, David (September 2013)",
 * "Mackay, Duncan (1986)", "Sutton, Douglas (ed.)", "Moodley, Y.; Linz, B.; Windsor, H.M.;",
 * "Benton, Michael J.; Ruta, Marcello (May 2017)". A surname there that is also a town (Burton upon
 * Trent, Linz, Windsor) is the author, not the town; and so is a given name that is also a place or a
 * person's name (Duncan, Oklahoma; Michael, Isle of Man).
 *
 * "Augusta, Georgia", "Melbourne, Victoria (Australia)" and "Albany, N.Y., police said" have the same
 * shape, so the sign must be strong:
 * - the name after the comma is followed by what only follows an author — a bracketed year, month or
 *   "ed." ("(1986)", "(10 October 2013)", "(ed.)"), or a semicolon before the next author;
 * - or, more weakly, by a full stop, comma, semicolon or bracket, if that name is a given name and no
 *   place (the caller checks this: "Derby, Mark. The Prophet and the Policeman").
 */
import { commaBetween } from './gaps.ts';
import { T_CAP, T_SENT, type Tokens } from './tokenize.ts';

/** How a "Surname, Given" pair closes: not as a citation, perhaps as one, or certainly as one. */
export const NOT_CITED = 0;
export const MAYBE_CITED = 1;
export const CITED = 2;

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ed|eds)/i;

/** The token after the comma when token k is followed by ", " and a capitalised word; -1 if not. */
export function nameAfterComma(text: string, tokens: Tokens, k: number): number {
  const given = k + 1;
  if (given >= tokens.count || (tokens.flags[given]! & (T_CAP | T_SENT)) !== T_CAP) return -1;
  return commaBetween(text, tokens.end[k]!, tokens.start[given]!) ? given : -1;
}

/** Whether only an initial's dot, or a dot and a hyphen ("J.-Y."), lie between offsets `end` and `start`. */
function initialsJoined(text: string, end: number, start: number): boolean {
  return start - end <= 1 || (start - end === 2 && text.charCodeAt(end + 1) === 45);
}

/**
 * How the name at token `given` (after "Surname, ") closes: CITED, MAYBE_CITED or NOT_CITED (see the
 * module comment). Initials count as a given name: "Linz, B.;", "Windsor, H.M.;", "Benton, Michael J.;",
 * "Wu, J.-Y.;".
 */
export function citationClose(text: string, tokens: Tokens, given: number): number {
  let last = given;
  let initials = false;
  // Initials after (or as) the given name: single capitals, each with its dot, hyphened or not ("J.-Y.").
  for (let k = tokens.letters[given] === 1 ? given : given + 1; k < tokens.count && tokens.letters[k] === 1 && (tokens.flags[k]! & T_CAP) !== 0 &&
    text.charCodeAt(tokens.end[k]!) === 46 && (k === given || initialsJoined(text, tokens.end[k - 1]!, tokens.start[k]!)); k++) {
    last = k; initials = true;
  }
  let at = tokens.end[last]!;
  if (initials) at++; // past the last initial's dot
  const c = text.charCodeAt(at);
  if (c === 59) return CITED; // ;
  if (c === 32 && text.charCodeAt(at + 1) === 40) {
    const inside = text.slice(at + 2, at + 5);
    return /^\d/.test(inside) || MONTHS.test(inside) ? CITED : initials ? NOT_CITED : MAYBE_CITED;
  }
  // (After initials, only the marks above: "Albany, N.Y., police said" is a place.)
  if (initials) return NOT_CITED;
  return c === 46 || c === 44 ? MAYBE_CITED : NOT_CITED;
}
