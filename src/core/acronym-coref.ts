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
/** Words and abbreviations written in capitals that are no body's initials, and US states' postal codes ("Menlo Park, CA"). */
const NOT_INITIALS = new Set(`AM AN AS AT BE BY DO GO HE ID IF IN IS IT ME MY NO OF OH OK ON OR PM SO TO TV UP US WE
AI HQ PR UK EU UN MP PC HD CD DJ GP PS ER
AL AK AZ AR CA CO CT DE FL GA HI IL IA KS KY LA MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND PA RI SC SD TN TX UT VT VA
WA WV WI WY DC ATM DVD GPS SUV
ALL AND ANY ARE BUT CAN CEO CFO COO CTO DAY FAQ FOR GDP GMT HAS HER HIM HIS HOW ITS NEW NOT NOW OLD ONE OUR OUT PDF
RSS SAY SHE THE TOO TWO USA USB UTC VAT VIP WAS WHO WHY YES YOU
ALSO BEEN FROM HAVE INTO JUST LIKE MORE NEWS ONLY OVER SAID SOME THAN THAT THEM THEN THEY THIS VERY WERE WHAT WHEN
WITH YOUR ABOUT AFTER OTHER THEIR THERE THESE WHICH WOULD`.split(/\s+/));

/** "British Airways" → "BA", "The Home Depot" → "HD"; null when a word is not capitalised ("Bank of America"). */
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

/**
 * Adds, to each block's mentions (in order, none overlapping), the initials of the organisations and
 * events named in full earlier in the document (see above). (The mentions passed the caller's kind
 * filter already, and the initials take their entity's kind.)
 */
export function linkAcronyms(blocks: readonly Block[], out: Mention[][], threshold: number): void {
  if (ACRONYM_COREF < threshold) return;
  // Initials → the entity named by them, its kind, and where it is first named; '' when two share them.
  const named = new Map<string, { entityId: string; kind: Mention['kind']; block: number; end: number }>();
  for (let b = 0; b < out.length; b++) {
    for (const m of out[b]!) {
      if (m.kind !== 'organization' && m.kind !== 'event') continue;
      const letters = initialsOf(m.text);
      if (!letters) continue;
      const seen = named.get(letters);
      if (!seen) named.set(letters, { entityId: m.entityId, kind: m.kind, block: b, end: m.end });
      else if (seen.entityId !== m.entityId) seen.entityId = '';
    }
  }
  if (named.size === 0) return;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.&'’-])(?:${[...named.keys()].join('|')})(?![\\p{L}\\p{N}&]|[.'’-]\\p{L})`, 'gu');
  for (let b = 0; b < blocks.length && b < out.length; b++) {
    const { text, spans } = blocks[b]!;
    const added: Mention[] = [];
    for (const hit of text.matchAll(pattern)) {
      const at = hit.index;
      const end = at + hit[0].length;
      const entry = named.get(hit[0])!;
      if (!entry.entityId || b < entry.block || (b === entry.block && at < entry.end)) continue;
      if (spans.some((s) => s.start < end && at < s.end)) continue;
      added.push({ start: at, end, text: hit[0], entityId: entry.entityId, kind: entry.kind, confidence: ACRONYM_COREF });
    }
    if (added.length) out[b] = [...out[b]!, ...added].sort((x, y) => x.start - y.start);
  }
}
