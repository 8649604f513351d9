/**
 * The tokenizer: one pass over the ORIGINAL text that yields words with their original offsets
 * (UTF-16 code units), their folded form (for lexicon look-up), and the facts about their spelling
 * the matcher and resolver need (capitals, sentence start, title-case line, how they join the
 * previous word).
 *
 * Why one hand-written loop over typed arrays: it is the only code that touches every character of a
 * page, so it allocates nothing per word (folded letters go into a reusable buffer with a running
 * FNV-1a hash) and never builds an intermediate folded copy of the text — which is also what keeps
 * every offset pointing into the original text.
 *
 * Folding rules live in chars.ts; here: possessives ("Turkey's", "Damascus'") are cut off the word,
 * an elided French or Italian word is split off the next ("l'Iran": "l" + "Iran", joined), other
 * apostrophes inside a word (O'Brien) fold to "'", hyphens split compounds
 * ("Turkish-backed" → "Turkish" + "backed", joined), soft hyphens and zero-width characters vanish.
 */
import * as chars from './chars.ts';
import * as hash from './hash.ts';

// Imports used in the hot loop are copied into module-local constants once: under tsx (the CLI and
// the benchmarks run the TypeScript directly) each read of an imported binding is a getter call,
// which made this loop eight times slower; a local constant costs nothing in any runtime.
const { C_APOS, C_HYPHEN, C_IGNORE, C_NEWLINE, C_SPACE, C_STOP, C_UPPER, C_WORD, CLASS_TABLE, FOLD_TABLE, KNOWN_TABLE, charClass, classOfCodePoint } = chars;
const { FNV_OFFSET, fnvStep } = hash;

/** First letter is a capital. */
export const T_CAP = 1;
/** Every letter is a capital (and there is at least one letter): "EU", "NATO". */
export const T_ALLCAPS = 2;
/** First word of a sentence, line or block: its capital proves nothing. */
export const T_SENT = 4;
/** May continue a multi-word name begun by the previous token (only spaces, a hyphen, "&", or an abbreviation's dot between them). */
export const T_JOIN = 8;
/** Follows the previous token across a hyphen. */
export const T_HYPHEN = 16;
/** In a line written in title case or capitals (a headline): its capital proves nothing either. */
export const T_TITLE = 32;
/**
 * Follows the previous token across its possessive, spaces only between: "People's Liberation Army",
 * "Workers' Party". A name the dataset spells so goes on there; anything else a possessive ends
 * ("Turkey's Communications Director": not T_JOIN).
 */
export const T_AFTER_POSSESSIVE = 64;
/**
 * Follows the previous token across a comma and spaces only: "Catherine, Princess of Wales",
 * "Foreign, Commonwealth and Development Office". A name the dataset spells with the comma goes on
 * there (fold.ts, COMMA_STEP); anything else a comma ends ("Paris, Texas" is two names).
 */
export const T_AFTER_COMMA = 128;
/** The ways a token may continue the previous one's name: a gap with anything else between ends both. */
const JOINS = T_JOIN | T_AFTER_POSSESSIVE | T_AFTER_COMMA;

/** The tokens of one text, in parallel typed arrays (reused between calls; valid until the next scan). */
export interface Tokens {
  count: number;
  /** Original offsets, UTF-16 code units; end excludes a possessive ending. */
  start: Int32Array;
  end: Int32Array;
  /** Where the folded form sits in `chars`, and its length. */
  foldStart: Int32Array;
  foldLen: Int32Array;
  /** FNV-1a of the folded form (as uint32 bits). */
  hash: Int32Array;
  flags: Uint8Array;
  /** Bit k set when the k-th letter (k < 31) is a capital: compared against acronym aliases. */
  caseMask: Int32Array;
  /** Letter count (capped at 255). */
  letters: Uint8Array;
  /** Folded characters of all tokens. */
  chars: Uint16Array;
  /** Scratch for headline detection: where each line that holds a token ends (its first token after, and the offset of its break). */
  lineEnd: Int32Array;
  lineEndAt: Int32Array;
}

export function createTokens(capacity = 256): Tokens {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    foldStart: new Int32Array(capacity),
    foldLen: new Int32Array(capacity),
    hash: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    caseMask: new Int32Array(capacity),
    letters: new Uint8Array(capacity),
    chars: new Uint16Array(capacity * 8),
    lineEnd: new Int32Array(capacity),
    lineEndAt: new Int32Array(capacity),
  };
}

/** Makes room for `tokens` tokens and `units` folded code units, keeping nothing (called before a scan). */
function reserve(t: Tokens, tokens: number, units: number): void {
  if (t.start.length < tokens) {
    let cap = t.start.length;
    while (cap < tokens) cap *= 2;
    t.start = new Int32Array(cap); t.end = new Int32Array(cap); t.foldStart = new Int32Array(cap); t.foldLen = new Int32Array(cap);
    t.hash = new Int32Array(cap); t.caseMask = new Int32Array(cap); t.flags = new Uint8Array(cap); t.letters = new Uint8Array(cap);
    t.lineEnd = new Int32Array(cap); t.lineEndAt = new Int32Array(cap);
  }
  if (t.chars.length < units) {
    let cap = t.chars.length;
    while (cap < units) cap *= 2;
    t.chars = new Uint16Array(cap);
  }
}

/** Packs a short lowercase ASCII word into a number (0 if not short ASCII), to test small word sets without making strings. */
function shortKey(chars: Uint16Array, off: number, len: number): number {
  if (len > 6) return 0;
  let k = 0;
  for (let i = 0; i < len; i++) {
    const c = chars[off + i]!;
    if (c < 97 || c > 122) return 0;
    k = k * 27 + (c - 96);
  }
  return k;
}
const keysOf = (words: string): Set<number> =>
  new Set(words.split(' ').map((w) => shortKey(Uint16Array.from(w, (ch) => ch.charCodeAt(0)), 0, w.length)));

/** Abbreviations whose dot does not end a sentence ("Mr. Altun", "U.S. Army"). */
const ABBREVIATIONS = keysOf('mr mrs ms dr st mt ft gen sen rep gov lt col sgt capt cpl pres prof rev jr sr inc co corp ltd no vs adm maj brig hon messrs gov cmdr sec dept est approx ' +
  'ste pte th dem sv jan feb mar apr jun jul aug sep sept oct nov dec');
/**
 * French and Italian elide an article, a preposition or a pronoun into the next word with an
 * apostrophe: "l'Iran", "d'Israël", "qu'Erdoğan", "dell'Ucraina". The elided word is a token of its
 * own, joined to the name, so the name is found as it is found after "le" or "de"; a name spelt so
 * keeps its words together ("Côte d'Ivoire", "L'Aquila": aliases are tokenized alike).
 */
const ELIDED = keysOf('l d j n s c m t qu lorsqu puisqu jusqu dell all nell sull dall coll quell');

/**
 * Whether the word whose folded letters are chars[off, off + len) is elided before an apostrophe
 * (see ELIDED). Only "L'" and "D'" count in capitals (a sentence's start: "L'Iran a annoncé"): "N'Djamena",
 * "M'Sila" and "O'Brien" are names of their own.
 */
function elisionBefore(chars: Uint16Array, off: number, len: number, firstUpper: number): boolean {
  if (firstUpper > 0 && (len !== 1 || (chars[off] !== 108 && chars[off] !== 100))) return false;
  return ELIDED.has(shortKey(chars, off, len));
}

/** Short lowercase words that title-case headlines leave in lowercase. */
const TITLE_LOWER_WORDS = 'a an the and or of in on at to for by with as vs but nor from into via per de la le el al du von van der den da di del des y e et is up';
const TITLE_LOWER = keysOf(TITLE_LOWER_WORDS);
/** Longer words are never in TITLE_LOWER (tested first: most words are longer). */
const TITLE_LOWER_MAX = Math.max(...TITLE_LOWER_WORDS.split(' ').map((w) => w.length));

/**
 * Whether the line that ends at offset `end` ends with a full stop (spaces and closing quotes or
 * brackets after it aside; not an ellipsis): a sentence of names ("Partners: China, Italy and
 * Japan."), not a headline, which news does not close with one. (Asked only of lines that look like
 * headlines, so not in the per-character loop.)
 */
function endsWithStop(text: string, end: number): boolean {
  let j = end - 1;
  while (j >= 0) {
    const c = text.charCodeAt(j);
    // space, tab, CR; closing quotes and brackets
    if (c === 32 || c === 9 || c === 13 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0x2019 || c === 0x201d) j--;
    else return c === 46 && text.charCodeAt(j - 1) !== 46; // (an ellipsis cuts a headline short: "That’s Not...")
  }
  return false;
}

/** Whether token k is a lower-case word joined to the one before it, inside a sentence ("dropped out of", "Time reported"). */
export function lowerJoined(tokens: Tokens, k: number): boolean {
  return (tokens.flags[k]! & (T_JOIN | T_CAP | T_SENT)) === T_JOIN;
}

/** lowerJoined for a token that may lie past the last one: false there (the arrays hold stale tokens beyond `count`). */
export function lowerJoinedWithin(tokens: Tokens, k: number): boolean {
  return k < tokens.count && lowerJoined(tokens, k);
}

/** Whether the code unit at i is a space or a line break; false outside the text. */
function spaceAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;
}

/** Tokenizes `text` into `out` (reused; grown as needed). */
export function tokenize(text: string, out: Tokens): void {
  const n = text.length;
  // Every read of the text goes through String.prototype.charCodeAt taken here, not `text.charCodeAt`:
  // the method look-up on the text is cached by the kind of string it meets (flat, one- or two-byte,
  // concatenated, sliced, internalized …), and after five kinds — the compiler's alias names and a
  // few pages are enough — it turns generic and every character costs a call (the tokenizer ran 1.6×
  // slower). A local constant is known to the optimizer, which then reads the character inline
  // whatever the string's kind.
  const charCodeAt = String.prototype.charCodeAt;
  // Sized once per text so the loops below never check capacity: a token takes at least one code
  // unit plus a separator, and a code unit folds to at most two ("ß" → "ss").
  reserve(out, (n >> 1) + 2, 2 * n + 8);
  const chars = out.chars;
  const { start: starts, end: ends, foldStart, foldLen, hash, flags: tflags, caseMask, letters: tletters } = out;
  let count = 0;
  let fpos = 0;
  // State carried across the gap between tokens.
  // The flags the gap before the next token gives it: T_SENT (it starts a sentence), T_JOIN (it may
  // continue the previous token), T_HYPHEN (across a hyphen; counts only with T_JOIN). Kept as bits,
  // not booleans, so a token takes them without a branch on each: a comma or a full stop before a
  // word is common and irregular, and those branches were mispredicted (the tokenizer ran 1–2% faster).
  let gap = T_SENT;
  let prevStart = -1; // folded start and length of the previous token (abbreviation test at a dot)
  let prevLen = 0;
  let prevLetters = 0;
  let dotSeen = false; // a dot already followed the previous token
  // Lines that hold tokens, for headline detection after the loop (markHeadlines): counting a line's
  // capitals here, word by word, kept four more counters live through the loop, which cost the
  // tokenizer 7%; the pass after it costs 3% (50 pages, 2026-12-04). A newline is rare, and a store at
  // each is all the loop does now.
  let lineFirst = 0;
  let lines = 0;
  const { lineEnd, lineEndAt } = out;

  let i = 0;
  while (i < n) {
    let c = charCodeAt.call(text, i);
    if (c === 32) { i++; continue; } // a plain space changes no state: the commonest gap, passed at once
    let cls: number;
    if (c < 128) cls = CLASS_TABLE[c]!;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = charCodeAt.call(text, i + 1);
      cls = d >= 0xdc00 && d <= 0xdfff ? classOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) : 0;
    } else cls = KNOWN_TABLE[c]! ? CLASS_TABLE[c]! : charClass(c);

    if ((cls & C_WORD) === 0) {
      // A gap character: update sentence / join state.
      if (cls & C_SPACE) {
        if (cls & C_NEWLINE) {
          gap = (gap | T_SENT) & ~JOINS; // a name does not go on to the next line (a list, a menu, a new paragraph)
          if (count > lineFirst) { lineEnd[lines] = count; lineEndAt[lines++] = i; lineFirst = count; }
        }
      } else if (cls & C_HYPHEN) {
        // "TUSCALOOSA, Ala. - Nick Saban": with a space beside it a hyphen is a dash, which no name
        // goes on across ("Turkish-backed", "Ankara-Damascus" go on).
        if (spaceAt(text, i - 1) || spaceAt(text, i + 1)) gap &= ~JOINS;
        else gap |= T_HYPHEN;
      } else if (cls & C_STOP) {
        if (c === 46 /* . */ && !dotSeen && prevStart >= 0) {
          // "Mr. Altun", "U.S. Army", "3.6": the dot neither ends the sentence nor breaks the name.
          const abbrev = prevLen === 1 || (prevLen <= 6 && ABBREVIATIONS.has(shortKey(chars, prevStart, prevLen)));
          if (!abbrev) gap |= T_SENT;
          // A number or a longer word ends a name at its dot, and so does any word whose dot ends the
          // sentence ("held in Rio. Brazil's…", "praised Xi. Putin…") — but for one in capitals, which
          // may be an abbreviation we do not list ("EE. UU.", "II. Dünya Savaşı").
          if (prevLetters === 0 || prevLetters > 3 || (!abbrev && (tflags[count - 1]! & T_ALLCAPS) === 0)) gap &= ~JOINS;
          dotSeen = true;
        } else gap = (gap | T_SENT) & ~JOINS;
      } else if (c === 38 /* & */) {
        // "Procter & Gamble", "AT&T": keeps joining
      } else if (c === 44 /* , */ && (gap & JOINS) === T_JOIN) {
        gap = (gap & ~JOINS) | T_AFTER_COMMA; // right after a word: a name the dataset writes with it may go on
      } else if ((cls & C_IGNORE) === 0) {
        gap &= ~JOINS; // quotes, commas, brackets, symbols, emoji: a name does not continue across them
        // "…in 1907.[16] The Board": a footnote's number took the sentence's start; the word after it has it.
        if (c === 93 /* ] */ && prevLetters === 0 && count > 0 && (tflags[count - 1]! & T_SENT) !== 0) gap |= T_SENT;
      }
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      continue;
    }

    // A word begins at i.
    const tokStart = i;
    const fstart = fpos;
    let h = FNV_OFFSET;
    let letters = 0;
    let uppers = 0;
    let mask = 0;
    let firstUpper = -1; // -1 unknown, 0 no, 1 yes
    let end = i;
    let possessive = false;
    let elided = false; // the word is an elided article or pronoun: "l'" of "l'Iran" (elisionBefore)
    // The word ended at a plain space, already read: it is passed at once below instead of being read
    // again at the top of the loop (a plain space changes no state). Most words end so.
    let spaceAfter = false;
    for (;;) {
      let l = c | 32;
      if (l >= 97 && l <= 122) {
        // An ASCII letter of either case and the run of lowercase letters after it: most of a page, so
        // it gets its own tight loop. The capital is counted without a branch on it (bit 5 is clear in
        // 'A'–'Z', set in 'a'–'z'): a third of all words begin with one, and testing for it was a branch
        // the processor mispredicted at the start of every such word.
        const up = ((c >>> 5) & 1) ^ 1;
        if (firstUpper < 0) firstUpper = up;
        uppers += up;
        if (letters < 31) mask |= up << letters;
        // One counter in the loop: the run's folded letters sit at a fixed distance from its characters,
        // and its length is counted once after it (2-3 % off the tokenizer, 50 pages, 2026-12-07).
        const shift = fpos - i;
        const runStart = i;
        do {
          chars[i + shift] = l; h = Math.imul(h ^ l, 0x01000193);
          i++;
          if (i >= n) break;
          c = l = charCodeAt.call(text, i);
        } while (c >= 97 && c <= 122);
        letters += i - runStart;
        fpos = i + shift;
        end = i;
        if (i >= n) break;
        if (c === 32) { spaceAfter = true; break; }
        if (c < 128) {
          cls = CLASS_TABLE[c]!;
          // A space or punctuation ends the word here (the common case: no need to go round the
          // tests below); an apostrophe or another word character goes round.
          if ((cls & (C_WORD | C_APOS)) === 0) break;
          continue;
        }
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
          const d = charCodeAt.call(text, i + 1);
          cls = d >= 0xdc00 && d <= 0xdfff ? classOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) : 0;
          if ((cls & C_WORD) === 0) break;
        } else cls = KNOWN_TABLE[c]! ? CLASS_TABLE[c]! : charClass(c);
        continue;
      } else if (c >= 48 && c <= 57) {
        chars[fpos++] = c; h = Math.imul(h ^ c, 0x01000193); i++; end = i;
      } else if ((cls & C_WORD) !== 0) {
        if (c >= 0xd800 && c <= 0xdbff) {
          // Astral letter: kept as is (both code units), never split.
          const d = charCodeAt.call(text, i + 1);
          chars[fpos++] = c; chars[fpos++] = d;
          h = fnvStep(fnvStep(h, c), d);
          if (firstUpper < 0) firstUpper = (cls & C_UPPER) ? 1 : 0;
          letters++;
          i += 2;
        } else {
          const f = FOLD_TABLE[c]!;
          if (f !== 0) {
            const lo = f & 0xffff;
            chars[fpos++] = lo; h = fnvStep(h, lo);
            const hi = f >>> 16;
            if (hi !== 0) { chars[fpos++] = hi; h = fnvStep(h, hi); }
            const up = (cls & C_UPPER) !== 0;
            if (firstUpper < 0) firstUpper = up ? 1 : 0;
            if (up) { uppers++; if (letters < 31) mask |= 1 << letters; }
            letters++;
          }
          i++;
        }
        end = i;
      } else if (cls & C_IGNORE) {
        i++; // soft hyphen, zero-width: invisible inside a word
      } else if (cls & C_APOS) {
        const next = i + 1 < n ? charCodeAt.call(text, i + 1) : 0;
        const nextWord = next !== 0 && (charClass(next) & C_WORD) !== 0;
        if (nextWord) {
          const after = i + 2 < n ? charCodeAt.call(text, i + 2) : 0;
          const afterWord = after !== 0 && (charClass(after) & (C_WORD | C_IGNORE)) !== 0;
          if ((next === 115 || next === 83) && !afterWord) { possessive = true; i += 2; break; } // Turkey's
          if (fpos - fstart <= 6 && elisionBefore(chars, fstart, fpos - fstart, firstUpper)) { elided = true; break; } // l'Iran
          chars[fpos++] = 0x27; h = fnvStep(h, 0x27); i++; // O'Brien
        } else {
          if (fpos > fstart && chars[fpos - 1] === 115) { possessive = true; i++; } // Damascus'
          break;
        }
      } else {
        break;
      }
      if (i >= n) break;
      c = charCodeAt.call(text, i);
      if (c < 128) cls = CLASS_TABLE[c]!;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = charCodeAt.call(text, i + 1);
        cls = d >= 0xdc00 && d <= 0xdfff ? classOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) : 0;
        if ((cls & C_WORD) === 0) break;
      } else cls = KNOWN_TABLE[c]! ? CLASS_TABLE[c]! : charClass(c);
    }

    const flen = fpos - fstart;
    if (flen === 0) {
      // Only combining marks: not a word, but not a break either.
      if (i === tokStart) i++;
      continue;
    }
    // T_CAP (1) without a branch on the capital (why: see the letter loop): firstUpper is -1, 0 or 1.
    let flags = (firstUpper + 1) >> 1;
    if (letters > 0 && uppers === letters) flags |= T_ALLCAPS;
    flags |= gap & (T_SENT | JOINS); // (T_JOIN, T_AFTER_POSSESSIVE and T_AFTER_COMMA are set only after a token)
    if ((gap & T_HYPHEN) !== 0 && (gap & T_JOIN) !== 0) flags |= T_HYPHEN; // (rare: a predictable branch)
    starts[count] = tokStart;
    ends[count] = end;
    foldStart[count] = fstart;
    foldLen[count] = flen;
    hash[count] = h;
    tflags[count] = flags;
    caseMask[count] = mask;
    tletters[count] = letters > 255 ? 255 : letters;
    count++;

    prevStart = fstart; prevLen = flen; prevLetters = letters; dotSeen = false;
    gap = possessive ? T_AFTER_POSSESSIVE : T_JOIN; // a possessive ends a name but the dataset's own: "Turkey's Communications Director", "People's Liberation Army"
    if (spaceAfter) i++;
    else if (elided) i++; // past the apostrophe: the name after it joins the article ("Côte d'Ivoire")
  }
  out.count = count;
  if (count > lineFirst) { lineEnd[lines] = count; lineEndAt[lines++] = n; }
  markHeadlines(text, out, lines);
}

/**
 * Marks the tokens of every headline T_TITLE: a line with four capitalised words and no lowercase word
 * but short function words ("Officials in Turkey and Syria." has three: a sentence), not closed by a
 * full stop. `lines`: how many lines tokenize recorded in lineEnd / lineEndAt.
 */
function markHeadlines(text: string, t: Tokens, lines: number): void {
  const { flags, letters, foldStart, foldLen, chars, lineEnd, lineEndAt } = t;
  let first = 0;
  for (let line = 0; line < lines; line++) {
    const end = lineEnd[line]!;
    // (A line of fewer than four words is no headline: menus are made of such lines.)
    if (end - first < 4) { first = end; continue; }
    let words = 0;
    let caps = 0;
    let k = first;
    // (Once a line has a lowercase content word it is no headline: most lines stop at their first words.)
    for (; k < end; k++) {
      if (letters[k] === 0) continue;
      words++;
      if ((flags[k]! & T_CAP) !== 0) caps++;
      else if (foldLen[k]! > TITLE_LOWER_MAX || !TITLE_LOWER.has(shortKey(chars, foldStart[k]!, foldLen[k]!))) break;
    }
    if (k === end && words >= 4 && caps >= 4 && !endsWithStop(text, lineEndAt[line]!)) for (let j = first; j < end; j++) flags[j]! |= T_TITLE;
    first = end;
  }
}

/** Token k's folded form as a string ("Erdoğan's" → "erdogan"): for building and rules, not the hot loop. */
export function foldedWord(tokens: Tokens, k: number): string {
  const from = tokens.foldStart[k]!;
  return String.fromCharCode(...tokens.chars.subarray(from, from + tokens.foldLen[k]!));
}

/**
 * The value of token k when it is a number of at most three digits ("24", "737"), else -1: scores and
 * road numbers are read so (sports-teams.ts, feature-names.ts), never years or longer figures.
 */
export function smallNumberAt(tokens: Tokens, k: number): number {
  const len = tokens.foldLen[k]!;
  if (len > 3) return -1;
  let v = 0;
  for (let i = tokens.foldStart[k]!, end = i + len; i < end; i++) {
    const c = tokens.chars[i]!;
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

/**
 * A sample that takes every path of the loop above: prose with ASCII and other letters, capitals,
 * digits, apostrophes (O'Brien, Turkey's, Damascus'), hyphens, abbreviations and initials, "&",
 * unspaced scripts and a headline; then every pair of kinds of character side by side (a lowercase
 * run ending at an emoji, a capital before a soft hyphen, a lone surrogate …).
 */
const WARM_UP_KINDS = ['a', 'B', 'é', 'É', '7', '😀', '𝐀', '𝐛', '\ud800', '\udc00', '！', '\u00ad', '\u200b', "'", '’', 's', '-', '–', '.', ',', '!', '&', ' ', '\u00a0', '\n', '秘', '\u0301', 'ß'];
const WARM_UP_TEXT =
  "Mr. Recep Tayyip Erdoğan met U.S. Gen. Mark A. Milley in Côte d'Ivoire's capital on 3.6.2024 — \"Turkey's\" Damascus' O'Brien, AT&T & Procter.\n" +
  'Turkish-backed al-Assad said: STRAẞE İzmir Ærø ǅemal Þór so\u00adft zero\u200bwidth Ŀ 秘书长Jens Stoltenberg 𝐀𝐛c 😀 Ünal…\n' +
  'The Quick Brown Fox Jumps Over the Lazy Dog\nthe quick brown fox jumps over the lazy dog, again and again! Why? (Because.) In 1907.[16] The end.\n' +
  'ÉTATS-UNIS ET L\u2019EUROPE \u2014 naïve café Dvořák ½ x\u0301 \u0301 9\u00a0km\r\n\u2028end\n' +
  WARM_UP_KINDS.map((a) => WARM_UP_KINDS.map((b) => `x${a}${b} `).join('')).join('\n') +
  '\nA Headline Ends the Text';
// Runs the tokenizer over that sample when the module loads (about 3 ms).
// Why: V8 optimizes the tokenizer after the first few hundred short strings it meets (the compiler's
// alias names, a page's first blocks), with type feedback only for the paths those took. The first
// long text then takes new paths and deoptimizes it, again and again, and in about one process in
// four it ended in a version entered mid-loop (on-stack replacement) that ran every later page 1.6×
// slower. With feedback for every path in place before the first optimization, it is optimized once.
// (V8 gives a function its feedback vector only after it has run for a while, and what it does before
// leaves no feedback: so first short texts into new buffers that must grow, for the small helpers,
// then the sample a few times.)
for (let k = 0; k < 43; k++) tokenize(k < 40 ? 'Ab 1' : WARM_UP_TEXT, createTokens(1));
