/**
 * Character classes and per-character folding, shared by the tokenizer at runtime and the lexicon
 * compiler at build time (both must fold identically or names stop matching).
 *
 * Why tables: the tokenizer touches every character of every page, so the class and fold of a UTF-16
 * code unit are looked up in typed arrays, filled lazily the first time a code unit is seen (the
 * Unicode-aware work — normalize(), regex property tests — runs once per distinct character, not once
 * per occurrence). ASCII is filled eagerly.
 */

/** A letter, digit or combining mark: part of a word. */
export const C_WORD = 1;
/** Has a distinct lowercase form (an uppercase or titlecase letter). */
export const C_UPPER = 2;
/** Invisible inside words (soft hyphen, zero-width space/joiners, word joiner, BOM): skipped entirely. */
export const C_IGNORE = 4;
/** An apostrophe or a character used as one (' ’ ʼ ‘ ′ `). */
export const C_APOS = 8;
/** Joins a compound: "Turkish-backed", "al-Assad" (hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash). */
export const C_HYPHEN = 16;
/** Whitespace of any kind, including no-break spaces. */
export const C_SPACE = 32;
/** Ends a sentence (. ! ? …); '.' is refined by the tokenizer (abbreviations, initials). */
export const C_STOP = 64;
/** A line break: also a sentence and line boundary. */
export const C_NEWLINE = 128;

const classes = new Uint8Array(65536);
/** Folded form of each code unit, up to two code units packed (lo | hi << 16); 0 = folds to nothing. */
const folds = new Uint32Array(65536);
/** Whether classes/folds hold a value for the code unit (0 is a valid class). */
const known = new Uint8Array(65536);

/** Letters that do not decompose under NFD but have an obvious Latin reading. */
const SPECIAL_FOLDS: Record<string, string> = {
  'ı': 'i', 'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o',
  'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'ł': 'l', 'Ł': 'l', 'þ': 'th', 'Þ': 'th', 'ħ': 'h', 'Ħ': 'h',
  'ŀ': 'l', 'Ŀ': 'l', 'ĸ': 'k', 'ſ': 's',
};
const APOSTROPHES = "'’ʼ‘′`´";
const HYPHENS = '-‐‑‒–';
const IGNORABLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF\u180E';
const STOPS = '.!?…。！？';

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar): their
 * characters separate words rather than join them, so a Latin name written straight after them
 * ("秘书长Jens Stoltenberg") still starts a word of its own.
 */
const UNSPACED_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303F\u30FC\uFF00-\uFFEF]$/u;
const MARK_RE = /\p{M}/gu;
const SPACE_RE = /^\s$/u;

function computeFold(ch: string): string {
  const special = SPECIAL_FOLDS[ch];
  if (special !== undefined) return special;
  // İ lowercases to "i̇" (i + combining dot): stripping marks after lowercasing gives plain "i".
  const folded = ch.normalize('NFD').toLowerCase().replace(MARK_RE, '').normalize('NFC');
  return folded.length <= 2 ? folded : folded.slice(0, 2);
}

function fill(code: number): void {
  const ch = String.fromCharCode(code);
  let cls = 0;
  let fold = 0;
  if (code >= 0xd800 && code <= 0xdfff) {
    cls = 0; // surrogates: handled by the tokenizer as code points
  } else if (IGNORABLE.includes(ch)) {
    cls = C_IGNORE;
  } else if (APOSTROPHES.includes(ch)) {
    cls = C_APOS;
    fold = 0x27;
  } else if (HYPHENS.includes(ch)) {
    cls = C_HYPHEN;
  } else if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' || ch === '\u0085') {
    cls = C_SPACE | C_NEWLINE;
  } else if (SPACE_RE.test(ch)) {
    cls = C_SPACE;
  } else if (STOPS.includes(ch)) {
    cls = C_STOP;
  } else if (UNSPACED_RE.test(ch)) {
    cls = 0;
  } else if (WORD_RE.test(ch)) {
    cls = C_WORD;
    if (ch !== ch.toLowerCase()) cls |= C_UPPER;
    const f = computeFold(ch);
    fold = f.length === 0 ? 0 : f.length === 1 ? f.charCodeAt(0) : (f.charCodeAt(0) | (f.charCodeAt(1) << 16)) >>> 0;
  }
  classes[code] = cls;
  folds[code] = fold;
  known[code] = 1;
}

for (let c = 0; c < 128; c++) fill(c);

/** Class bits (C_*) of a UTF-16 code unit; surrogates report 0 (see classOfCodePoint). */
export function charClass(code: number): number {
  if (known[code] === 0) fill(code);
  return classes[code]!;
}

/** Folded form of a code unit packed as lo | hi << 16 (0: nothing). Call charClass first, or use foldedUnits. */
export function foldOf(code: number): number {
  if (known[code] === 0) fill(code);
  return folds[code]!;
}

/** Direct table access for the tokenizer's hot loop (filled for ASCII; call charClass for others). */
export const CLASS_TABLE: Uint8Array = classes;
export const FOLD_TABLE: Uint32Array = folds;
export const KNOWN_TABLE: Uint8Array = known;

const astralCache = new Map<number, number>();
/** Class of an astral code point (letters and digits are words; emoji and symbols separate words). */
export function classOfCodePoint(cp: number): number {
  let cls = astralCache.get(cp);
  if (cls === undefined) {
    const ch = String.fromCodePoint(cp);
    cls = !UNSPACED_RE.test(ch) && /^[\p{L}\p{N}]$/u.test(ch) ? C_WORD | (ch !== ch.toLowerCase() ? C_UPPER : 0) : 0;
    astralCache.set(cp, cls);
  }
  return cls;
}
