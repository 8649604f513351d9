/**
 * Web addresses written out in a page's text — "Retrieved from https://en.wikipedia.org/w/index.php?
 * title=New_Zealand", "www.berlin.de/Turkey_news", a link whose text is its address: their words are a
 * path, not names. "Zealand" in "title=New_Zealand" is no Danish region, and a reader hovering an
 * address wants to follow it, not a card. Names inside an address are dropped before resolution, so
 * they do not count as the page's context either.
 *
 * An address begins with a scheme ("https://", "ftp://") or with "www." after a space or punctuation,
 * and runs to the next space, quote or angle bracket; a final stop, comma or bracket belongs to the
 * sentence. Bare domains ("nyti.ms/2iqtp74") are left alone: without a scheme or "www." they are too
 * like an abbreviation or a sentence's end. E-mail addresses are addresses too ("lnolan@breitbart.com").
 */
import type { Span } from './match.ts';

/** Characters a scheme's name is made of, before "://": letters, digits, "+", "-", ".". */
function schemeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

/** Where an address ends: a space of any kind, a quote, an angle bracket. */
function endsAddress(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 60 || c === 62 || c === 0xa0 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** Punctuation at an address's end that closes the sentence, not the address: "see https://x.org/a." */
function trailing(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93;
}

/** The [start, end) ranges of the text's web addresses, in order (empty for most texts: two indexOf scans). */
export function addressRanges(text: string): number[] {
  const ranges: number[] = [];
  let scheme = text.indexOf('://');
  let www = text.indexOf('www.');
  let from = 0;
  while (scheme >= 0 || www >= 0) {
    let start: number;
    if (scheme >= 0 && (www < 0 || scheme < www)) {
      start = scheme;
      while (start > from && schemeChar(text.charCodeAt(start - 1))) start--;
      if (start === scheme) { scheme = text.indexOf('://', scheme + 3); continue; }
    } else {
      start = www;
      const before = www > 0 ? text.charCodeAt(www - 1) : 32;
      if (schemeChar(before) && before !== 46) { www = text.indexOf('www.', www + 4); continue; }
    }
    let end = start;
    while (end < text.length && !endsAddress(text.charCodeAt(end))) end++;
    while (end > start && trailing(text.charCodeAt(end - 1))) end--;
    ranges.push(start, end);
    from = Math.max(end, start + 1);
    scheme = text.indexOf('://', from);
    www = text.indexOf('www.', from);
  }
  return ranges;
}

/** Characters of an e-mail address's two parts: letters, digits, ".", "_", "%", "+", "-". */
function mailChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/**
 * The [start, end) ranges of the text's e-mail addresses, in order: "lnolan@breitbart.com" is no mention
 * of Breitbart News. A name, "@", and a domain with a dot; a handle ("@LucasNolan_") has no domain and
 * is left alone.
 */
export function emailRanges(text: string): number[] {
  const ranges: number[] = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    let start = at;
    while (start > 0 && mailChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && mailChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && trailing(text.charCodeAt(end - 1))) end--;
    if (start < at && text.lastIndexOf('.', end - 1) > at + 1) ranges.push(start, end);
    at = text.indexOf('@', Math.max(end, at + 1));
  }
  return ranges;
}

/** The spans (in text order) that lie outside every web and e-mail address of the text. */
export function spansOutsideAddresses(text: string, spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const web = addressRanges(text);
  const mail = emailRanges(text);
  const ranges = mail.length === 0 ? web : web.length === 0 ? mail : mergeRanges(web, mail);
  if (ranges.length === 0) return spans;
  const kept: Span[] = [];
  let r = 0;
  for (const s of spans) {
    while (r < ranges.length && ranges[r + 1]! <= s.start) r += 2;
    if (r < ranges.length && ranges[r]! < s.end) continue;
    kept.push(s);
  }
  return kept;
}

/** Two lists of [start, end) ranges, each in order, as one list in order of their starts. */
function mergeRanges(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) { out.push(a[i]!, a[i + 1]!); i += 2; } else { out.push(b[j]!, b[j + 1]!); j += 2; }
  }
  return out;
}
