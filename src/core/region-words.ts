/**
 * Words that say a place name stands for a first-level region rather than its city: "Buenos Aires
 * province", "Idlib Governorate", "the province of Hatay", "Washington state", "the state of New
 * York", "the canton of Bern", "the emirate of Dubai", "Antioquia department", "the governor of Oaxaca". Many provinces and states share their name with their capital (Córdoba, Santa Fe, Quebec,
 * São Paulo); the city is usually the better-known reading, but here the text itself says which is
 * meant, and a card for the city would be wrong. The matcher flags such a span (`regionWordAround`);
 * the resolver then keeps only its region readings, if it has any.
 *
 * "state", "region" and "department" count only in lower case: "Ohio State" is a university, "Islamic State" and
 * "State of Israel" are not regions. So do the same words before "de" in French, Spanish, Portuguese
 * and Italian ("provincia de Buenos Aires", "Comunidad de Madrid"). Folded forms (lower case, no
 * diacritics).
 */
import { ofJoins } from './org-heads.ts';
import { T_AFTER_COMMA, T_AFTER_POSSESSIVE, T_CAP, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, B1, cue } from './cues.ts';

/** After the name, in any case: "Hatay Province", "Santa Fe province". */
const AFTER_ANY_CASE = new WordSet(['province', 'provinces', 'governorate', 'governorates', 'prefecture', 'prefectures', 'oblast', 'voivodeship', 'canton', 'cantons', 'emirate']);
/**
 * Offices and bodies a state or a province has and its capital has not, after the name or its
 * possessive: "New York Gov. Kathy Hochul", "Quebec Premier François Legault", "New York's attorney
 * general", "Delhi Chief Minister Arvind Kejriwal", "the Delhi Legislative Assembly", a region's governor
 * ("Zaporizhzhia regional governor Ivan Fedorov"), a state's members
 * of a national body ("Georgia Sen. Raphael Warnock", "Georgia Rep. Marjorie Taylor Greene") and its
 * own secretary ("Georgia Secretary of State Brad Raffensperger") — in any case, and
 * not words of the region's name (regionWordAfter does not take them into the mark). Two-word offices
 * as their first word and the second.
 */
const OFFICES = new WordSet(['governor', 'gov', 'premier', 'legislature', 'senator', 'sen', 'rep', 'congressman', 'congresswoman', 'secretary']);
const OFFICE_FIRST = new WordSet(['chief', 'attorney', 'lieutenant', 'lt', 'legislative', 'regional']);
const OFFICE_SECOND = new WordSet(['minister', 'general', 'governor', 'gov', 'assembly']);
/** After the name, lower case only: "Washington state", "Tigray region", "Meru county" (Kenya's counties are its regions). */
const AFTER_LOWER = new WordSet(['state', 'states', 'region', 'regions', 'department', 'departments', 'emirates', 'county', 'counties']);
/** Before "of" and the name: "the province of Hatay", "Province of Buenos Aires", "the state of New York". */
const BEFORE_ANY_CASE = new WordSet(['province', 'governorate', 'prefecture', 'canton', 'emirate']);
const BEFORE_LOWER = new WordSet(['state', 'department']);
/**
 * A state's or a province's offices before "of" and its name, in any case: "the governor of New York",
 * "the governorship of Oaxaca", "the premier of Ontario", "the legislature of Zacatecas" (OFFICES, which
 * a city has not); and a US federal court's district, which is a state's or a part of one: "the
 * Southern District of New York". (Of a country or a bank the name has no region reading, and nothing changes: "the
 * premier of China", "the governor of the Bank of England".)
 */
const OFFICES_BEFORE_OF = new WordSet(['governor', 'governors', 'governorship', 'premier', 'legislature', 'district']);
/** Plurals before "of" and a list: "the states of Sao Paulo, Parana and Rio Grande do Sul". */
const BEFORE_ANY_CASE_MANY = new WordSet(['provinces', 'governorates', 'prefectures', 'cantons', 'emirates']);
const BEFORE_LOWER_MANY = new WordSet(['states', 'departments']);
const AND = new WordSet(['and']);
/** Before the name, lower case: "upstate New York". */
const UPSTATE = new WordSet(['upstate', 'downstate']);
/** How many words the name before "and" in such a list may have ("Rio Grande do Sul"). */
const LIST_NAME_WORDS = 4;

function isWord(tokens: Tokens, k: number, anyCase: WordSet, lower: WordSet): boolean {
  return anyCase.has(tokens, k) || ((tokens.flags[k]! & T_CAP) === 0 && lower.has(tokens, k));
}

/** The same words, singular: they belong to the name ("Buenos Aires province" names one province). */
const AFTER_ANY_CASE_ONE = new WordSet(['province', 'governorate', 'prefecture', 'oblast', 'voivodeship', 'canton', 'emirate']);
const AFTER_LOWER_ONE = new WordSet(['state', 'region', 'department']);

/**
 * The token after `last` if it is a singular word that says the name before it is a region's
 * ("Buenos Aires province", "Washington state"), else -1: the mark covers it, as a reader sees the
 * name. (Plurals name several: "Cordoba and Santa Fe provinces".)
 */
export function regionWordAfter(tokens: Tokens, last: number): number {
  const next = last + 1;
  return next < tokens.count && (tokens.flags[next]! & T_JOIN) !== 0 && isWord(tokens, next, AFTER_ANY_CASE_ONE, AFTER_LOWER_ONE) ? next : -1;
}

/**
 * The same words in French, Spanish, Portuguese and Italian, before "de" in any case: "provincia de
 * Buenos Aires", "l'État de New York", "Comunidad de Madrid", "Região de Lisboa", "Regione di Lombardia".
 */
const BEFORE_ROMANCE = new WordSet(['provincia', 'province', 'estado', 'etat', 'stato', 'region', 'regiao', 'regione', 'departamento', 'departement', 'comunidad']);
const DE = new WordSet(['de', 'd', 'do', 'da', 'del', 'du', 'di']);

/** Whether the words around tokens [first, last] say they name a region. */
export function regionWordAround(tokens: Tokens, first: number, last: number): boolean {
  const flags = tokens.flags;
  const next = last + 1;
  if (next < tokens.count && (flags[next]! & T_JOIN) !== 0 && isWord(tokens, next, AFTER_ANY_CASE, AFTER_LOWER)) return true;
  if (officeAfter(tokens, next)) return true;
  if (listEndsInRegionWord(tokens, next)) return true;
  const of = first - 1;
  // "upstate New York", "downstate Illinois": only a state has an upstate.
  if (of >= 0 && (flags[first]! & T_JOIN) !== 0 && (flags[of]! & T_CAP) === 0 && UPSTATE.has(tokens, of)) return true;
  // (After a comma: a name in the middle of such a list.)
  if (of >= 1 && (flags[first]! & (T_JOIN | T_SENT)) === 0 && (flags[of]! & T_CAP) !== 0) return inListOfRegions(tokens, first);
  if (of < 1 || (flags[first]! & T_JOIN) === 0) return false;
  if (ofJoins(tokens, of)) return isWord(tokens, of - 1, BEFORE_ANY_CASE, BEFORE_LOWER) || isWord(tokens, of - 1, BEFORE_ANY_CASE_MANY, BEFORE_LOWER_MANY) || OFFICES_BEFORE_OF.has(tokens, of - 1);
  if ((flags[of]! & (T_JOIN | T_CAP)) === T_JOIN && AND.has(tokens, of)) return inListOfRegions(tokens, of);
  return (flags[of]! & (T_JOIN | T_CAP)) === T_JOIN && DE.has(tokens, of) && BEFORE_ROMANCE.has(tokens, of - 1);
}
/**
 * regionWordAround's cue (cues.ts): its word right after the name or right before it. A list after a
 * comma, or a name that opens one (no join before it, inside a sentence), is read whatever it says.
 * ("of": the word ofJoins reads.)
 */
export const REGION_WORD_CUE = cue([AFTER_ANY_CASE, A1], [AFTER_LOWER, A1], [OFFICES, A1], [OFFICE_FIRST, A1], [AND, A1],
  [UPSTATE, B1], [new WordSet(['of']), B1], [AND, B1], [DE, B1]);

/** Whether a state's or a province's office or body (OFFICES) begins at token k, right after a name or its possessive. */
function officeAfter(tokens: Tokens, k: number): boolean {
  if (k >= tokens.count || (tokens.flags[k]! & (T_JOIN | T_AFTER_POSSESSIVE)) === 0) return false;
  if (OFFICES.has(tokens, k)) return true;
  return k + 1 < tokens.count && (tokens.flags[k + 1]! & T_JOIN) !== 0 && OFFICE_FIRST.has(tokens, k) && OFFICE_SECOND.has(tokens, k + 1);
}

/** Plurals after a list of names: "the Donetsk and Luhansk regions", "Cordoba and Santa Fe provinces". */
const AFTER_ANY_CASE_PLURAL = new WordSet(['provinces', 'governorates', 'prefectures', 'oblasts', 'cantons', 'emirates', 'counties']);
const AFTER_LOWER_PLURAL = new WordSet(['states', 'regions', 'departments']);
/** How many names such a list may hold after the first. */
const LIST_NAMES = 3;

/**
 * Whether token `k`, right after a name, goes on with a list of names — after commas, the last after
 * "and" — that a plural region word ends: "the Donetsk and Luhansk regions", "Cordoba, Santa Fe and
 * Entre Rios provinces". The word speaks for every name of the list, the first included.
 */
function listEndsInRegionWord(tokens: Tokens, k: number): boolean {
  return listEndsIn(tokens, k, AFTER_ANY_CASE_PLURAL, AFTER_LOWER_PLURAL);
}

/** Whether a list of names that goes on at token k ends in a plural of `anyCase` (any case) or `lower` (lower case). */
function listEndsIn(tokens: Tokens, k: number, anyCase: WordSet, lower: WordSet): boolean {
  const flags = tokens.flags;
  const n = tokens.count;
  for (let names = 0; names < LIST_NAMES; names++) {
    let last = false;
    if (k < n && (flags[k]! & (T_JOIN | T_CAP)) === T_JOIN && AND.has(tokens, k)) { last = true; k++; }
    else if (k >= n || (flags[k]! & T_AFTER_COMMA) === 0) return false;
    // A name: capitalised words, the first after the comma or joined to "and".
    if (k >= n || (flags[k]! & T_CAP) === 0 || (last && (flags[k]! & T_JOIN) === 0)) return false;
    let words = 1;
    k++;
    while (k < n && words < LIST_NAME_WORDS && (flags[k]! & (T_JOIN | T_CAP)) === (T_JOIN | T_CAP)) { k++; words++; }
    if (last) return k < n && (flags[k]! & T_JOIN) !== 0 && isWord(tokens, k, anyCase, lower);
  }
  return false;
}

/**
 * Whether the names before token `next` ("and", or the name after a comma) continue a list of regions
 * begun by a plural region word: "the provinces of Santa Fe and Buenos Aires", "the states of Sao
 * Paulo, Parana and Rio Grande do Sul". Reads back over at most two names, each of capitalised words,
 * the first after "of", a later one after a comma (any mark between words but a sentence's end).
 */
function inListOfRegions(tokens: Tokens, next: number): boolean {
  const flags = tokens.flags;
  let k = next - 1;
  for (let names = 0; names < 2; names++) {
    if (k < 1 || (flags[k]! & T_CAP) === 0) return false;
    let start = k;
    while (start > 0 && k - start < LIST_NAME_WORDS - 1 && (flags[start]! & T_JOIN) !== 0 && (flags[start - 1]! & T_CAP) !== 0) start--;
    const of = start - 1;
    if ((flags[start]! & T_JOIN) !== 0) return of >= 1 && ofJoins(tokens, of) && isWord(tokens, of - 1, BEFORE_ANY_CASE_MANY, BEFORE_LOWER_MANY);
    if ((flags[start]! & T_SENT) !== 0) return false;
    k = of;
  }
  return false;
}

const COUNTY = new WordSet(['county']);
const COUNTIES = new WordSet(['counties']);

/**
 * Whether the words after tokens [first, last] make them a county's name: "St. Louis County", "Meru
 * county", "Butte and Tehama counties". Where the dataset has no region of the name (an American
 * county is no first-level region), the county is none it knows, and the town named like it is not
 * what the words mean.
 */
export function countyWordAfter(tokens: Tokens, last: number): boolean {
  const next = last + 1;
  if (next < tokens.count && (tokens.flags[next]! & T_JOIN) !== 0 && (COUNTY.has(tokens, next) || COUNTIES.has(tokens, next))) return true;
  return listEndsIn(tokens, next, COUNTIES, COUNTIES);
}
/** countyWordAfter's cue, for all but a list after a comma (cues.ts). */
export const COUNTY_CUE = cue([COUNTY, A1], [COUNTIES, A1], [AND, A1]);
