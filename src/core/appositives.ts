/**
 * A place's name that a phrase beside it calls something else: "Chicago, the band, was inducted", "the
 * band Kansas", "Texas, the Scottish band led by Sharleen Spiteri" — a band named after the place, and
 * "Philadelphia, the 1993 drama", "Atlanta, Donald Glover's FX series" — a work; "the Kursk, the
 * nuclear submarine" — a ship;
 * "Boston guitarist Tom Scholz" — a band;
 * "Patagonia, the outdoor clothing company, sued", "Santander, Spain's largest bank, said" — a company;
 * "'It was chaos,' said Jordan, a passenger from Leeds", "Austin, 34, told police" — a person. The
 * place's card is the wrong card there: the matcher keeps the name's company readings for a company,
 * its people's for a person, none for a band.
 */
import { T_AFTER_COMMA, T_AFTER_POSSESSIVE, T_CAP, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, B1, cue } from './cues.ts';

/**
 * What a band is called — and a work or a ship named after a place, which is no place either:
 * "Casablanca, the film", "Fargo, the FX series", "the Kursk, the nuclear submarine". (All are
 * CALLED_BAND: the matcher treats them alike.)
 */
const BANDS_WORKS_AND_SHIPS = new WordSet(['band', 'duo', 'trio', 'quartet',
  'film', 'movie', 'series', 'miniseries', 'show', 'soap', 'sitcom', 'drama', 'documentary', 'biopic', 'musical', 'album', 'novel',
  'ship', 'submarine', 'vessel', 'warship', 'frigate', 'destroyer', 'cruiser', 'tanker', 'freighter', 'ferry', 'liner', 'yacht', 'trawler', 'icebreaker']);
/**
 * A band's members, right after its name: "Boston guitarist Tom Scholz", "Europe frontman Joey
 * Tempest". (Not "singer" or "star": "Nashville singer Taylor Swift" is from the town.)
 */
const MEMBERS = new WordSet('guitarist frontman frontwoman drummer bassist keyboardist'.split(' '));
/** What a company is called. */
const COMPANIES = new WordSet(['company', 'firm', 'retailer', 'brand', 'maker', 'manufacturer', 'chain', 'label', 'startup', 'airline', 'carrier',
  'bank', 'lender', 'insurer', 'automaker', 'carmaker', 'conglomerate', 'giant', 'group', 'miner', 'brewer', 'operator']);
/** What a person is called: "Jordan, a passenger from Leeds", "Paris, a retired nurse". (Not "ally", "partner": a country is one too.) */
const PEOPLE = new WordSet(`passenger resident spokesman spokeswoman spokesperson student teacher nurse worker driver farmer analyst
economist professor doctor lawyer attorney volunteer witness shopper voter fan retiree pensioner survivor engineer officer soldier pilot
activist protester businessman businesswoman entrepreneur singer actor actress player coach mother father mom dad grandmother
grandfather widow neighbor neighbour patient tourist visitor commuter shopkeeper vendor man woman boy girl teenager`.split(/\s+/));
const ARTICLES = new WordSet(['the', 'a', 'an']);
/**
 * Prepositions before a place, in either case: "In Corva, a band from Lume played" opens with one.
 * (place-prepositions.ts's placePrepositionBefore asks for a lower-case one, inside a sentence.)
 */
const PLACE_PREPOSITIONS = new WordSet(['in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside']);
/** How many words may describe the band or the company: "the Scottish new wave band". */
const DESCRIBING_WORDS = 3;

/** Words that go on describing after an appositive's noun: "the Scottish band led by…", "a company based in…". */
const DESCRIBING_ON = new WordSet('led based founded known formed fronted from of that which who whose behind about starring directed written set'.split(' '));

/**
 * Whether the appositive's noun ends it before token k: a comma, the sentence's end, or words that go
 * on describing it. Not a verb: "in Columbus, Ohio, the company said" is a clause of its own.
 */
function appositiveEnds(tokens: Tokens, k: number): boolean {
  if (k >= tokens.count) return true;
  const f = tokens.flags[k]!;
  if ((f & T_JOIN) === 0) return (f & T_AFTER_COMMA) !== 0 || (f & T_SENT) !== 0;
  return (f & T_CAP) === 0 && DESCRIBING_ON.has(tokens, k);
}

/** What the phrase beside a name calls it: nothing, a band, a company or a person. */
export const CALLED_NOTHING = 0;
export const CALLED_BAND = 1;
export const CALLED_COMPANY = 2;
export const CALLED_PERSON = 3;

/** The most digits a person's age has: "Austin, 34, told police". */
const AGE_DIGITS = 3;

/**
 * What the words around tokens [first, last] call the name (CALLED_*): a band, a company or a person,
 * by an appositive after it (", the … band", ", an outdoor clothing company", ", Spain's largest
 * bank", ", a passenger", a person's age between commas: ", 34,") or by "band" right before it ("the
 * band Chicago").
 */
export function calledBeside(tokens: Tokens, first: number, last: number): number {
  const flags = tokens.flags;
  if (first > 0 && (flags[first]! & T_JOIN) !== 0 && (flags[first - 1]! & T_CAP) === 0 && BANDS_WORKS_AND_SHIPS.has(tokens, first - 1)) return CALLED_BAND;
  // ("Boston guitarist Tom Scholz": its member, then the member's name.)
  if (last + 2 < tokens.count && (flags[last + 1]! & (T_JOIN | T_CAP)) === T_JOIN && MEMBERS.has(tokens, last + 1) && (flags[last + 2]! & (T_JOIN | T_CAP)) === (T_JOIN | T_CAP)) return CALLED_BAND;
  const k = last + 1;
  if (k >= tokens.count || (flags[k]! & T_AFTER_COMMA) === 0) return CALLED_NOTHING;
  // (After a preposition of place the name says where, whatever follows: "In Corva, a band from Lume played.")
  if (first > 0 && (flags[first]! & T_JOIN) !== 0 && PLACE_PREPOSITIONS.has(tokens, first - 1)) return CALLED_NOTHING;
  if (ageBetweenCommas(tokens, k)) return CALLED_PERSON;
  // The appositive opens with an article or a name's possessive: "the", "a", "Spain's".
  let from: number;
  if (ARTICLES.has(tokens, k)) from = k + 1;
  else {
    // (A name of up to three words: "Donald Glover's FX series".)
    let n = k;
    while (n < k + 3 && n + 1 < tokens.count && (flags[n]! & T_CAP) !== 0 && (flags[n + 1]! & (T_JOIN | T_CAP)) === (T_JOIN | T_CAP)) n++;
    if ((flags[n]! & T_CAP) === 0 || n + 1 >= tokens.count || (flags[n + 1]! & T_AFTER_POSSESSIVE) === 0) return CALLED_NOTHING;
    from = n + 1;
  }
  // (Words that describe it may come first, capitalised or not: "the Scottish band". A name right after
  // the noun makes the noun its own: "In Arvenia, the rock band Lume played" calls Lume a band.)
  for (let j = from; j < tokens.count && j <= from + DESCRIBING_WORDS; j++) {
    if ((flags[j]! & (T_JOIN | T_AFTER_POSSESSIVE)) === 0) return CALLED_NOTHING;
    if ((flags[j]! & T_CAP) !== 0) continue;
    // (Another article begins another phrase: "Kodiak, Alaska, the Polaris makes a series of trips".)
    if (ARTICLES.has(tokens, j)) return CALLED_NOTHING;
    const called = BANDS_WORKS_AND_SHIPS.has(tokens, j) ? CALLED_BAND : COMPANIES.has(tokens, j) ? CALLED_COMPANY : PEOPLE.has(tokens, j) ? CALLED_PERSON : CALLED_NOTHING;
    if (called !== CALLED_NOTHING) return appositiveEnds(tokens, j + 1) ? called : CALLED_NOTHING;
  }
  return CALLED_NOTHING;
}
/** calledBeside's cue, for all but an apposition after a comma (cues.ts). */
export const CALLED_CUE = cue([BANDS_WORKS_AND_SHIPS, B1], [MEMBERS, A1]);

/**
 * Whether token k, after a comma, is a person's age closed by another comma and a space: ", 34, ".
 * (Not a number's thousands: "spoke Samoan, 51,336 lived in Auckland".)
 */
function ageBetweenCommas(tokens: Tokens, k: number): boolean {
  return tokens.letters[k] === 0 && tokens.end[k]! - tokens.start[k]! <= AGE_DIGITS && k + 1 < tokens.count && (tokens.flags[k + 1]! & T_AFTER_COMMA) !== 0 &&
    tokens.start[k + 1]! - tokens.end[k]! > 1;
}
