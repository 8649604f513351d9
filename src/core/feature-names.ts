/**
 * Geographic names built on a place's name: "Lake Taupo", "Mount Holyoke", "Milford Sound",
 * "Chatham Island", "Emerald Lakes", "Orange County", "the Jersey Shore"; and with a capital "State",
 * a university ("Ohio State") or a state the dataset knows by its name alone ("Lagos State", whose
 * city is the wrong card). The lake, sound or county is another place than the town it is named
 * after (or than a town of the same name elsewhere), and a card for the town is a wrong card. A name
 * the dataset knows ("Lake Geneva", "Chatham Islands") is matched whole before
 * this is asked; otherwise the matcher flags the place word as part of a longer name, and the
 * resolver doubts it. Never in a title-case line, where every word has a capital.
 * Likewise a saint's building or square: "St. Peter's Square" is neither the Jersey parish St. Peter nor
 * the apostle (`dedicatedBuildingAfter`); and a bridge, a day or a prize named after a person: "Francis
 * Scott Key Bridge" is not the poet (`namedForAfter`).
 */
import { lowerJoinedWithin, smallNumberAt, T_AFTER_COMMA, T_AFTER_POSSESSIVE, T_ALLCAPS, T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, B1, L0, cue } from './cues.ts';

/** "Kingston upon Thames": a town's name built on another place's and a river's. */
const UPON = new WordSet(['upon']);
/**
 * Capitalised words before the place: "Lake Taupo", "Mount Holyoke", "the River Severn"; a city's
 * metropolitan county or region, "Greater Manchester", "Metro Manila"; and an airline named after its
 * country or city, "Air New Zealand", "Air Berlin" (those the dataset knows, "Air Canada", are matched whole).
 */
const BEFORE = new WordSet('lake lakes mount mt cape river greater metro air'.split(' '));
/**
 * Capitalised words after the place: "Milford Sound", "Chatham Island", "Orange County", "Fort Myers
 * Beach" (another town than Fort Myers); and streets,
 * squares and parks named after a place, "a shooting near Washington Street", "Pennsylvania Avenue",
 * "Oxford Road", "Washington Square Park".
 */
const AFTER = new WordSet(`sound lake lakes river island islands bay harbour harbor valley county district shore state
  falls creek peak strait mountains mountain hills range glacier peninsula desert forest canal
  street avenue road boulevard lane drive highway expressway parkway square park beach`.split(/\s+/).filter(Boolean));

/** A saint's name that begins a place's ("St. Peter", a Jersey parish; "St Paul", Minnesota's capital)… */
const SAINT = new WordSet(['st', 'saint', 'ste', 'sainte']);
/** …names a building or a square after its possessive: "St. Peter's Square", "St Paul's Cathedral". */
const DEDICATED = new WordSet('square basilica cathedral church chapel abbey priory minster hospital infirmary college school academy day'.split(' '));

/**
 * Whether tokens [first, last], a saint's name, are followed by its possessive and a building or a
 * square: "St. Peter's Square", "St Mary's Hospital" — the church, square or hospital of the saint,
 * not the town named after the saint, nor the saint (in a title-case line too: the possessive is no
 * title's).
 */
export function dedicatedBuildingAfter(tokens: Tokens, first: number, last: number): boolean {
  const next = last + 1;
  return first < last && next < tokens.count && (tokens.flags[next]! & (T_AFTER_POSSESSIVE | T_CAP)) === (T_AFTER_POSSESSIVE | T_CAP) &&
    SAINT.has(tokens, first) && DEDICATED.has(tokens, next);
}
/** dedicatedBuildingAfter's cue (cues.ts). */
export const DEDICATED_CUE = cue([DEDICATED, A1]);

/** Capitalised words that make a person's name a structure's, a venue's, a day's or a prize's named after them. */
const NAMED_FOR = new WordSet(`bridge tunnel boulevard avenue street highway expressway parkway memorial building tower hall arena
  field square station terminal dam park day prize award medal trophy parish county hospital school world city
  theater theatre auditorium concert library museum gallery pavilion plaza bay island lake river township`.split(/\s+/).filter(Boolean));

/**
 * Whether the capitalised word right after token `last` makes the name before it a thing named after
 * someone: "Francis Scott Key Bridge", "Martin Luther King Day", "Walt Disney World", "Sadr City" — none
 * is the person; or a lower-case award (AWARDS). (Not in a title-case line, where every word has a capital.)
 */
export function namedForAfter(tokens: Tokens, last: number): boolean {
  const next = last + 1;
  if (next >= tokens.count) return false;
  const f = tokens.flags[next]!;
  if ((f & (T_JOIN | T_CAP | T_HYPHEN | T_SENT | T_TITLE)) === (T_JOIN | T_CAP)) return NAMED_FOR.has(tokens, next);
  // An award named after the person, in lower case as sports pages write it: "the NL Cy Young award".
  return (f & (T_JOIN | T_CAP | T_HYPHEN | T_SENT)) === T_JOIN && AWARDS.has(tokens, next);
}

/** Awards as written in lower case after the person's name they bear. */
const AWARDS = new WordSet('award awards prize prizes trophy medal'.split(' '));
/** namedForAfter's cue (cues.ts). */
export const NAMED_FOR_CUE = cue([NAMED_FOR, A1], [AWARDS, A1]);
/** Structures named after a person, in lower case after their full name: "the Simón Bolívar bridge". */
const STRUCTURES = new WordSet('bridge airport highway boulevard avenue stadium dam'.split(' '));

/**
 * Whether a structure's word, in lower case, follows a person's full name ending at token `last`: "crossed
 * the Simón Bolívar bridge", "landed at the Indira Gandhi airport" — neither is the person. (The caller
 * asks it of a name of several words: "the Trump bridge" may be his.)
 */
export function structureAfter(tokens: Tokens, last: number): boolean {
  const next = last + 1;
  return next < tokens.count && (tokens.flags[next]! & (T_JOIN | T_CAP | T_HYPHEN | T_SENT)) === T_JOIN && STRUCTURES.has(tokens, next);
}
/** structureAfter's cue (cues.ts). */
export const STRUCTURE_CUE = cue([STRUCTURES, A1]);

/** Whether tokens [first, last] are the start or the end of a geographic name built on them. */
export function featureNameAround(tokens: Tokens, first: number, last: number): boolean {
  const flags = tokens.flags;
  const next = last + 1;
  if ((flags[first]! & T_TITLE) !== 0) return false;
  // (On the same line: "Tauranga" above "Bay of Plenty" in a table is no "Tauranga Bay".)
  if (next < tokens.count && (flags[next]! & (T_JOIN | T_CAP | T_HYPHEN | T_SENT)) === (T_JOIN | T_CAP) && AFTER.has(tokens, next)) return true;
  // "Kingston upon Thames", "Burton upon Trent": a town named by another place and the river it stands
  // on — neither Kingston, Jamaica, nor the river (both ends of the name are asked).
  if (next + 1 < tokens.count && (flags[next]! & (T_JOIN | T_CAP)) === T_JOIN && UPON.has(tokens, next) && (flags[next + 1]! & (T_JOIN | T_CAP)) === (T_JOIN | T_CAP)) return true;
  if (first >= 2 && (flags[first]! & (T_JOIN | T_CAP)) === (T_JOIN | T_CAP) && (flags[first - 1]! & (T_JOIN | T_CAP)) === T_JOIN && UPON.has(tokens, first - 1) && (flags[first - 2]! & T_CAP) !== 0) return true;
  const prev = first - 1;
  return prev >= 0 && (flags[first]! & (T_JOIN | T_HYPHEN | T_SENT)) === T_JOIN && (flags[prev]! & T_CAP) !== 0 && BEFORE.has(tokens, prev);
}
/** featureNameAround's cue (cues.ts). */
export const FEATURE_CUE = cue([AFTER, A1], [UPON, A1], [UPON, B1], [BEFORE, B1]);

/** The last word of a town's name that is a stream's: "Pearl River", "Battle Creek". */
const STREAM = new WordSet(['river', 'creek', 'brook']);
const THE = new WordSet(['the']);

/**
 * Whether tokens [first, last], a name of several words that ends in "River" or "Creek", follow
 * "the": "the Pearl River flooded the plant" is the river, not Pearl River, New York —
 * English names a town without the article ("in Pearl River"), a river with it.
 */
export function streamAfterThe(tokens: Tokens, first: number, last: number): boolean {
  const a = first - 1;
  // (A capital "The" only where it opens the sentence: "The Pearl River crested at 36 feet.")
  return first < last && a >= 0 && (tokens.flags[first]! & T_JOIN) !== 0 && (tokens.flags[a]! & (T_CAP | T_SENT)) !== T_CAP &&
    (tokens.flags[last]! & T_CAP) !== 0 && THE.has(tokens, a) && STREAM.has(tokens, last);
}
/** streamAfterThe's cue: the stream's word is the name's last (cues.ts). */
export const STREAM_CUE = cue([STREAM, L0]);

/** A vessel's kind after its name, in lower case: "the Kursk submarine", "the Moskva cruiser" (a nuclear one too). */
const VESSELS = new WordSet('submarine submarines cruiser frigate destroyer corvette warship flagship'.split(' '));
const NUCLEAR = new WordSet(['nuclear']);

/**
 * Whether a vessel's kind follows the name that ends at token `last`, in lower case ("nuclear" may stand
 * between): "The Kursk nuclear submarine sank" is the boat, not the city it is named after.
 */
export function vesselAfter(tokens: Tokens, last: number): boolean {
  const k = lowerJoinedWithin(tokens, last + 1) && NUCLEAR.has(tokens, last + 1) ? last + 2 : last + 1;
  return lowerJoinedWithin(tokens, k) && VESSELS.has(tokens, k);
}
/** vesselAfter's cue (cues.ts). */
export const VESSEL_CUE = cue([NUCLEAR, A1], [VESSELS, A1]);

/** A navy's prefix before a ship's name: "USS", "HMS", "HMAS", "HMCS", "HMNZS"; Turkey's "TCG", India's "INS", the Philippines' "BRP", Indonesia's "KRI". */
const SHIP_PREFIXES = new WordSet(['uss', 'usns', 'hms', 'hmas', 'hmcs', 'hmnzs', 'rfa', 'tcg', 'ins', 'brp', 'kri']);

/**
 * Whether a navy's prefix, in capitals, stands right before token `first`: "USS Gerald R. Ford", "HMS
 * Prince of Wales" — a ship named after the person or the place, not either of them.
 */
export function shipPrefixBefore(tokens: Tokens, first: number): boolean {
  const p = first - 1;
  return p >= 0 && (tokens.flags[first]! & T_JOIN) !== 0 && (tokens.flags[p]! & T_ALLCAPS) !== 0 && SHIP_PREFIXES.has(tokens, p);
}
/** shipPrefixBefore's cue (cues.ts). */
export const SHIP_PREFIX_CUE = cue([SHIP_PREFIXES, B1]);

/** What a ship is called, in lower case right before its name: "the aircraft carrier Gerald R. Ford". */
const SHIP_TYPES = new WordSet(`ship carrier destroyer frigate corvette cruiser battleship warship submarine vessel tanker freighter
  ferry liner yacht icebreaker trawler`.split(/\s+/).filter(Boolean));

/**
 * Whether a kind of ship, in lower case, stands right before token `first`: "the aircraft carrier Gerald
 * R. Ford", "the carrier Liaoning", "the container ship Dali" — a ship named after the person or the
 * place. (The caller leaves companies alone: "budget carrier Ryanair" is the airline.)
 */
export function shipTypeBefore(tokens: Tokens, first: number): boolean {
  const p = first - 1;
  return p >= 0 && (tokens.flags[first]! & (T_JOIN | T_HYPHEN)) === T_JOIN && (tokens.flags[p]! & T_CAP) === 0 && SHIP_TYPES.has(tokens, p);
}
/** shipTypeBefore's cue (cues.ts). */
export const SHIP_TYPE_CUE = cue([SHIP_TYPES, B1]);

/**
 * Capitalised words after a company's name that make it a venue's or an event's it sponsors: "AT&T
 * Stadium", "Citi Field", "the Kia Oval", "Capital One Arena", "the Wells Fargo Championship", "the BNP Paribas Open".
 */
const SPONSORED = new WordSet(`stadium arena field center centre park dome bowl oval coliseum pavilion ballpark speedway raceway
  championship championships open classic invitational cup trophy`.split(/\s+/).filter(Boolean));

/**
 * Whether the capitalised word right after token `last` makes the company named before it the sponsor
 * of a venue or an event named after it (SPONSORED): the company's card is not the stadium's. (Not in a
 * title-case line, where every word has a capital.)
 */
export function sponsoredAfter(tokens: Tokens, last: number): boolean {
  const next = last + 1;
  return next < tokens.count && (tokens.flags[next]! & (T_JOIN | T_CAP | T_HYPHEN | T_SENT | T_TITLE)) === (T_JOIN | T_CAP) && SPONSORED.has(tokens, next);
}

/** Words after a country's abbreviation that make it a highway's name: "U.S. Route 66", "US Highway 1". */
const ROUTES = new WordSet(['route', 'highway', 'hwy']);
/** Words after a highway's number: "U.S. 75 north of Sherman", "US 287 near Decatur", "on U.S. 50 in Nevada". */
const AFTER_ROUTE = new WordSet('north south east west near at in between from to northbound southbound eastbound westbound and or'.split(' '));

/**
 * Whether the country's abbreviation that ends at token `last` names a highway: a capitalised ROUTES word,
 * or a number of at most three digits that ends the clause or goes on with AFTER_ROUTE ("U.S. 75 north
 * of Sherman") — not "the U.S. 10-year yield", "U.S. 2% inflation", "the U.S. 500 largest firms".
 */
export function routeAfter(tokens: Tokens, last: number): boolean {
  const n = tokens.count;
  const k = last + 1;
  if (k >= n || (tokens.flags[k]! & (T_JOIN | T_HYPHEN)) !== T_JOIN) return false;
  if (tokens.letters[k] !== 0) return (tokens.flags[k]! & T_CAP) !== 0 && ROUTES.has(tokens, k);
  if (smallNumberAt(tokens, k) < 0) return false;
  if (k + 1 >= n) return true;
  const after = tokens.flags[k + 1]!;
  // (Not joined: the clause ends there, at a full stop or a comma — not at "%" or a bracket, nor inside a
  // number: "in the U.K. 37,800 tonnes", "U.S. 2.5 percent".)
  if ((after & T_JOIN) === 0) return (after & (T_SENT | T_AFTER_COMMA)) !== 0 && tokens.letters[k + 1] !== 0;
  return (after & (T_CAP | T_HYPHEN)) === 0 && AFTER_ROUTE.has(tokens, k + 1);
}

const ALL = new WordSet(['all']);

/** Whether "All-" comes right before the place at token `first`, across a hyphen: "All-Ireland", "an all-England final" (not "all Ireland mourned"). */
export function allBefore(tokens: Tokens, first: number): boolean {
  return first >= 1 && (tokens.flags[first]! & (T_JOIN | T_HYPHEN)) === (T_JOIN | T_HYPHEN) && ALL.has(tokens, first - 1);
}
/** allBefore's cue (cues.ts). */
export const ALL_CUE = cue([ALL, B1]);
