/**
 * Words that head an organisation's name in English news: "Toronto Dominion Bank", "Georgia Public
 * Service Commission", "London Stock Exchange", "Ankara University", "Georgia Power Co", and with
 * "of": "University of Alabama", "Continental Bank of Canada"; and documents named after a place, "the
 * Atlantic Charter", "the Minsk agreements". A place written as the first word of such a name, or as
 * its last after "of", is part of the organisation's name, not a mention of the
 * place: a reader hovering "London" in "London Stock Exchange" wants the exchange, which the dataset
 * may not know, and a card for London — or for London, Ontario, because the same article names
 * Toronto — is a wrong card. The matcher flags such a word (see `orgNameFollows`, `orgNameBefore`); the resolver then
 * doubts it as it doubts a word inside any longer unknown name.
 *
 * Government bodies are left out on purpose ("Turkish Foreign Ministry", "Hatay Governor's Office"):
 * a country's ministry is about that country, and its card is a fair answer. Folded forms (lower case,
 * no diacritics; the tokenizer leaves an abbreviation's dot out: "Co." is "co").
 */
import { DAY_WORDS, MONTH_WORDS } from './dates.ts';
import { T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, B1, B2, B3, F0, cue } from './cues.ts';

const HEADS = `
co corp corporation inc incorporated ltd llc plc company companies group holdings industries
systems technologies software networks laboratories labs pharmaceuticals instruments services workers
bank banks bancorp bankshares bancshares securities insurance capital partners fund trust
exchange commission airlines airways railway railways motors power energy electric utilities
university college institute institution academy school library hospital museum stadium airport mall
center centre laboratory orchestra zoo hotel facility prison penitentiary jail
association federation union league club foundation society council committee board authority agency community studios market encyclopedia
times post herald tribune journal gazette telegraph chronicle press media magazine cup entertainment pictures productions conference republic
pharma therapeutics biosciences biotech biologics fc afc
charter accord accords agreement agreements pact protocol convention conventions declaration
`;

const HEAD_WORDS = HEADS.split(/\s+/).filter(Boolean);
const ORG_HEADS = new WordSet(HEAD_WORDS);

/**
 * Heads that do not take "of" into the name: a company's legal form is followed by where it is based
 * ("Pace Consultants Inc of Houston", "A-T-E Security Group Inc of Houston"), and that place is a
 * mention in its own right.
 */
const LEGAL_FORMS = new Set('co corp corporation inc incorporated ltd llc plc group holdings industries companies'.split(' '));
/**
 * The heads that may take "of" into the name; with them, treaties and statutes named after a place
 * ("Treaty of Waitangi", "Statute of Westminster"), races ("the Tour of Flanders") and an honour ("Hero
 * of Ukraine"), where the place is part of the name just the same.
 */
const OF_HEADS = new WordSet([...HEAD_WORDS.filter((w) => !LEGAL_FORMS.has(w)), 'treaty', 'statute', 'tour', 'hero']);
const OF = new WordSet(['of']);
const THE = new WordSet(['the']);
const PARTY = new WordSet(['party']);
/** Legal forms that name a company however they are written ("Preston corp", "Acme inc"). */
const LOWER_CASE_FORMS = new WordSet(['corp', 'inc', 'ltd', 'llc', 'plc']);

/** How many capitalised words after the name may lead up to the head ("Georgia Public Service Commission"). */
const MAX_RUN = 3;

/**
 * Whether token k begins an organisation's name: it is followed, in the same run of joined words, by
 * capitalised words that end in an organisation's head word within MAX_RUN words ("London Stock
 * Exchange"), or it is such a head itself, before "of" and a capitalised word ("University of
 * California" is not University, Florida). In a title-case line, where every word is capitalised,
 * only a head right after it counts.
 */
export function orgNameFollows(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  // In a title-case line only a head right after the name counts: "Chatham Islands Council Act 1995",
  // but not "Turkey Hit By Power Cuts".
  const run = (flags[k]! & T_TITLE) !== 0 ? 1 : MAX_RUN;
  if (run === MAX_RUN && k + 2 < tokens.count && OF_HEADS.has(tokens, k) && ofJoins(tokens, k + 1)) {
    // (Past a lower-case "the": "University of the Philippines".)
    const name = k + 3 < tokens.count && (flags[k + 2]! & (T_JOIN | T_CAP)) === T_JOIN && THE.has(tokens, k + 2) ? k + 3 : k + 2;
    if ((flags[name]! & (T_JOIN | T_CAP | T_SENT)) === (T_JOIN | T_CAP)) return true;
  }
  // "Saskatchewan Party", "the Alberta Party": a party named for the place alone, right after it. (Not
  // a head after more words: "the Ohio Democratic Party" is the state's party, whose card is a fair one,
  // and "Scottish National Party" a nation's.)
  if (k + 1 < tokens.count && (flags[k + 1]! & (T_JOIN | T_HYPHEN | T_CAP | T_SENT)) === (T_JOIN | T_CAP) && PARTY.has(tokens, k + 1)) return true;
  // "Preston corp said": a legal form's abbreviation heads the name in lower case too (not "group",
  // "industries", which describe: "a Texas group").
  if (k + 1 < tokens.count && (flags[k + 1]! & (T_JOIN | T_HYPHEN | T_SENT)) === T_JOIN && LOWER_CASE_FORMS.has(tokens, k + 1)) return true;
  for (let j = k + 1; j < tokens.count && j <= k + run; j++) {
    const f = flags[j]!;
    // (Same line: in a list, "Boston" above "Bay Area Council" is no "Boston … Council".)
    if ((f & (T_JOIN | T_HYPHEN | T_CAP | T_SENT)) !== (T_JOIN | T_CAP)) return false;
    if (ORG_HEADS.has(tokens, j)) return true;
  }
  return false;
}

/** Heads in the plural: one name for two bodies ("the Tokyo and London Stock Exchanges"). */
const PLURAL_HEADS = new WordSet('exchanges universities colleges hospitals councils commissions banks airlines railways companies clubs unions'.split(' '));
const AND = new WordSet(['and']);

/**
 * Whether the name at tokens [first, last] is one of two places that name two organisations at once,
 * with one head in the plural: "the Tokyo and London Stock Exchanges", "Oxford and Cambridge
 * Universities" — Tokyo names the exchange there as London does; or the first of two that name one
 * ("Perth and Kinross Council"). (After one place, such a plural only describes: "The 25 Toughest
 * U.S. Colleges".)
 */
export function orgNamesShareHead(tokens: Tokens, first: number, last: number): boolean {
  const flags = tokens.flags;
  // The first of the two: "Tokyo" before "and London Stock Exchanges". With the head in the singular,
  // the two places name one body: "Perth and Kinross Council", "the England and Wales Cricket Board".
  const and = last + 1;
  if (and + 1 < tokens.count && lowerAnd(tokens, and) && (flags[and + 1]! & (T_JOIN | T_CAP | T_SENT)) === (T_JOIN | T_CAP)) {
    return headAfter(tokens, and + 1, PLURAL_HEADS) || headAfter(tokens, and + 1, BODY_HEADS);
  }
  // The second: "London" after "Tokyo and".
  return first >= 2 && lowerAnd(tokens, first - 1) && (flags[first]! & T_JOIN) !== 0 && (flags[first - 2]! & T_CAP) !== 0 && headAfter(tokens, last, PLURAL_HEADS);
}
/** orgNamesShareHead's cue (cues.ts). */
export const SHARED_HEAD_CUE = cue([AND, A1], [AND, B1]);

/** Whether token k is a lower-case "and" joined to the word before it. */
function lowerAnd(tokens: Tokens, k: number): boolean {
  return (tokens.flags[k]! & (T_JOIN | T_CAP)) === T_JOIN && AND.has(tokens, k);
}

/** Whether capitalised words joined to token k run, within MAX_RUN words, up to a head in the plural. */
/** Heads of a public body that two places may name together ("Perth and Kinross Council"); no firm's. */
const BODY_HEADS = new WordSet('council board committee commission authority agency association federation league society'.split(' '));

/**
 * Whether the capitalised words joined after token k end, within MAX_RUN words, in one of `heads`:
 * "and London Stock Exchanges" (PLURAL_HEADS), "and Kinross Council", "and Wales Cricket Board"
 * (BODY_HEADS) — not a firm's ("Ford and General Motors", "and Brede Group of Paris").
 */
function headAfter(tokens: Tokens, k: number, heads: WordSet): boolean {
  for (let j = k + 1; j < tokens.count && j <= k + MAX_RUN; j++) {
    if ((tokens.flags[j]! & (T_JOIN | T_HYPHEN | T_CAP | T_SENT)) !== (T_JOIN | T_CAP)) return false;
    if (heads.has(tokens, j)) return true;
  }
  return false;
}

/**
 * Whether token k ends an organisation's name as "<Head> of <k>": "University of Alabama", "Bank of
 * Canada" (a name the dataset knows is matched whole before this is asked). Never in a title-case line.
 */
export function orgNameBefore(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  if ((flags[k]! & (T_TITLE | T_JOIN)) !== T_JOIN) return false;
  // (Past a lower-case "the": "University of the Philippines", "the Tour of the Basque Country".)
  const of = k >= 2 && (flags[k - 1]! & (T_JOIN | T_CAP)) === T_JOIN && THE.has(tokens, k - 1) ? k - 2 : k - 1;
  const head = of - 1;
  if (head < 0 || !ofJoins(tokens, of)) return false;
  return (flags[head]! & T_CAP) !== 0 && OF_HEADS.has(tokens, head);
}
/** orgNameBefore's cue: the head before "of" (and "the") (cues.ts). */
export const ORG_NAME_BEFORE_CUE = cue([OF_HEADS, B2], [OF_HEADS, B3]);

/**
 * Whether the name at tokens [first, last], written "<Head> of <Place>" ("Bank of Canada", "University of
 * Munich"), ends a longer name: a capitalised word is joined before its head ("Continental Bank of
 * Canada", "Agricultural Bank of China", "Medical University of South Carolina"). Those are other
 * bodies, and the central bank's or the university's card would be a wrong one. (A longer name the
 * dataset knows, "Royal Bank of Canada", is matched whole before this is asked; the caller makes sure
 * the word is no title: "Governor".) Never at a sentence's start, nor in a title-case line; nor after
 * an article, capitalised where a dash opens the sentence ("LONDON — The Bank of England cut…").
 */
export function longerNameBeforeHead(tokens: Tokens, first: number, last: number): boolean {
  const flags = tokens.flags;
  if (first < 1 || last - first < 2 || (flags[first]! & (T_JOIN | T_HYPHEN | T_TITLE)) !== T_JOIN || !OF_HEADS.has(tokens, first) || !ofJoins(tokens, first + 1)) return false;
  // (A day or a month is the date's: "said Monday Bank of Canada officials".)
  return (flags[first - 1]! & (T_CAP | T_SENT | T_TITLE)) === T_CAP && !NOT_NAME_WORDS.has(tokens, first - 1);
}
/** longerNameBeforeHead's cue: the name begins with the head (cues.ts). */
export const LONGER_NAME_CUE = cue([OF_HEADS, F0]);

/** Words a capital does not make part of a name before a head: a day or a month, an article. */
const NOT_NAME_WORDS = new WordSet([...DAY_WORDS, ...MONTH_WORDS, 'the', 'a', 'an']);

/** Whether token k is a lower-case "of" joined to the word before it (also region-words.ts). */
export function ofJoins(tokens: Tokens, k: number): boolean {
  return (tokens.flags[k]! & (T_JOIN | T_CAP | T_HYPHEN | T_SENT)) === T_JOIN && OF.has(tokens, k);
}

/**
 * What a legislature's committee is called after its subject: "the Homeland Security Committee", "the
 * Homeland Security panel". (A lower-case "committee" is as often the body's own: "the European
 * Parliament committee voted"; a capital one begins a committee's name.)
 */
const COMMITTEES = new WordSet(['committee', 'committees', 'subcommittee']);
const PANEL = new WordSet(['panel']);
/** The chambers whose committees news names by their subject: "House Homeland Security", "Senate Armed Services". */
const CHAMBERS = new WordSet(['house', 'senate']);

/**
 * Whether the body's name at tokens [first, last] is the subject of a legislature's committee: a
 * committee's word right after it ("the Homeland Security Committee", "the Homeland Security panel"),
 * or "House" or "Senate" right before it ("House Homeland Security"). The committee is no department:
 * "the chairman of the Homeland Security panel" questions the department's secretary.
 */
export function committeeAround(tokens: Tokens, first: number, last: number): boolean {
  const next = last + 1;
  if (next < tokens.count && (tokens.flags[next]! & (T_JOIN | T_HYPHEN)) === T_JOIN &&
    ((tokens.flags[next]! & T_CAP) !== 0 ? COMMITTEES.has(tokens, next) : PANEL.has(tokens, next))) return true;
  return first > 0 && (tokens.flags[first]! & (T_JOIN | T_HYPHEN)) === T_JOIN && (tokens.flags[first - 1]! & T_CAP) !== 0 && CHAMBERS.has(tokens, first - 1);
}
/** committeeAround's cue (cues.ts). */
export const COMMITTEE_CUE = cue([COMMITTEES, A1], [PANEL, A1], [CHAMBERS, B1]);
