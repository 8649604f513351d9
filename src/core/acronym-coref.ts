/**
 * "British Airways said … BA is now using freight planes": after a body's full name, news goes on with
 * its initials, whether or not the dataset lists them. The initials of an organisation or an event the
 * page names in full — every word capitalised, "The" aside — link to it where they stand alone in
 * capitals, later in the document. Not where two names on the page share them, nor where they are an
 * everyday word or abbreviation in capitals ("IT", "CEO"), nor inside a span the matcher found: a name
 * the dataset knows by those letters is resolved as any other.
 */
import type { Span } from './match.ts';
import type { Mention } from './resolve.ts';

/** Confidence of such a link: a little under a surname's after the full name (resolve.ts, WEIGHTS.coref). */
export const ACRONYM_COREF = 0.85;
const MIN_LETTERS = 2;
const MAX_LETTERS = 5;
/** Up to this many initials are searched one by one; more, in one pass over the text. */
const FEW = 8;
/** Words and abbreviations written in capitals that are no body's initials, and US states' postal codes ("Menlo Park, CA"). */
const NOT_INITIALS = new Set(`AM AN AS AT BE BY DO GO HE ID IF IN IS IT ME MY NO OF OH OK ON OR PM SO TO TV UP US WE
AI HQ PR UK EU UN MP PC HD CD DJ GP PS ER
AL AK AZ AR CA CO CT DE FL GA HI IL IA KS KY LA MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND PA RI SC SD TN TX UT VT VA
WA WV WI WY DC ATM DVD GPS SUV
ALL AND ANY ARE BUT CAN CEO CFO COO CTO DAY FAQ FOR GDP GMT HAS HER HIM HIS HOW ITS NEW NOT NOW OLD ONE OUR OUT PDF
RSS SAY SHE THE TOO TWO USA USB UTC VAT VIP WAS WHO WHY YES YOU
ALSO BEEN FROM HAVE INTO JUST LIKE MORE NEWS ONLY OVER SAID SOME THAN THAT THEM THEN THEY THIS VERY WERE WHAT WHEN
WITH YOUR ABOUT AFTER OTHER THEIR THERE THESE WHICH WOULD`.split(/\s+/));

/** "British Airways" → "BA", "The Royal Navy" → "RN"; null when a word is not capitalised ("Bank of America") or the letters are NOT_INITIALS ("The Home Depot": "HD"). */
export function initialsOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (words[0] === 'The') words.shift();
  if (words.length < MIN_LETTERS || words.length > MAX_LETTERS) return null;
  let out = '';
  for (const w of words) {
    const c = w[0]!;
    if (c < 'A' || c > 'Z' || w === w.toUpperCase()) return null; // ("IBM Corp": an acronym already)
    out += c;
  }
  return NOT_INITIALS.has(out) ? null : out;
}

interface Block { text: string; spans: readonly Span[] }

/** Whether the code unit is a letter or digit ("BA" inside "BAE" or "BA2" is no mention). */
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(String.fromCharCode(c));
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const AMP = 38, DOT = 46, APOS = 39, CURLY_APOS = 0x2019, HYPHEN = 45;

/** Whether text[at, end) stands alone: no word, "&", ".", "'" or "-" joined before it, and none after but a closing dot or apostrophe. */
function standsAlone(text: string, at: number, end: number): boolean {
  if (at > 0) {
    const c = text.charCodeAt(at - 1);
    if (wordChar(c) || c === AMP || c === DOT || c === APOS || c === CURLY_APOS || c === HYPHEN) return false;
  }
  if (end < text.length) {
    const c = text.charCodeAt(end);
    if (wordChar(c) || c === AMP) return false;
    // "BA's", "BA-operated" go on into a word; "BA." ends a sentence.
    if ((c === DOT || c === APOS || c === CURLY_APOS || c === HYPHEN) && end + 1 < text.length && wordChar(text.charCodeAt(end + 1))) return false;
  }
  return true;
}

/**
 * Adds, to each block's mentions (in order, none overlapping), the initials of the organisations and
 * events named in full earlier in the document (see above). (The mentions passed the caller's kind
 * filter already, and the initials take their entity's kind.) Found with indexOf, not a regular
 * expression: this runs at every resolution of every page, and a Unicode regex over the whole text
 * cost the engine 6–10 %.
 */
export function linkAcronyms(blocks: readonly Block[], out: Mention[][], threshold: number): void {
  if (ACRONYM_COREF < threshold) return;
  // Initials → the entity named by them, its kind, and where it is first named; '' when two share them.
  const named = new Map<string, { entityId: string; kind: Mention['kind']; block: number; end: number }>();
  const initials = new Map<string, string | null>(); // (a page names the same bodies again and again)
  for (let b = 0; b < out.length; b++) {
    for (const m of out[b]!) {
      if (m.kind !== 'organization' && m.kind !== 'event') continue;
      let letters = initials.get(m.text);
      if (letters === undefined) initials.set(m.text, letters = initialsOf(m.text));
      if (!letters) continue;
      const seen = named.get(letters);
      if (!seen) named.set(letters, { entityId: m.entityId, kind: m.kind, block: b, end: m.end });
      else if (seen.entityId !== m.entityId) seen.entityId = '';
    }
  }
  for (const [letters, entry] of named) if (!entry.entityId) named.delete(letters);
  if (named.size === 0) return;
  const found: Mention[][] = [];
  const add = (b: number, at: number, letters: string): void => {
    const entry = named.get(letters);
    const end = at + letters.length;
    if (!entry || b < entry.block || (b === entry.block && at < entry.end) || !standsAlone(blocks[b]!.text, at, end) ||
      blocks[b]!.spans.some((s) => s.start < end && at < s.end)) return;
    (found[b] ??= []).push({ start: at, end, text: letters, entityId: entry.entityId, kind: entry.kind, confidence: ACRONYM_COREF });
  };
  const blockCount = Math.min(blocks.length, out.length);
  if (named.size <= FEW) {
    // A few initials: the engine's own string search, once for each.
    for (const [letters, entry] of named) {
      for (let b = entry.block; b < blockCount; b++) {
        const text = blocks[b]!.text;
        for (let at = text.indexOf(letters); at >= 0; at = text.indexOf(letters, at + 1)) add(b, at, letters);
      }
    }
  } else {
    // Many (a page of many bodies): one pass over the text for runs of capitals.
    for (let b = 0; b < blockCount; b++) {
      const text = blocks[b]!.text;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 65 || c > 90) continue;
        let j = i + 1;
        while (j < text.length && j - i <= MAX_LETTERS) { const d = text.charCodeAt(j); if (d < 65 || d > 90) break; j++; }
        if (j - i >= MIN_LETTERS && j - i <= MAX_LETTERS) add(b, i, text.slice(i, j));
        i = j;
      }
    }
  }
  for (let b = 0; b < found.length; b++) if (found[b]) out[b] = [...out[b]!, ...found[b]!].sort((x, y) => x.start - y.start);
}

