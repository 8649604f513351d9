/**
 * The matcher: finds alias occurrences in tokenized text — leftmost, longest, non-overlapping —
 * and keeps only the entries whose spelling rules the text satisfies (acronym capitals, capitals on
 * common words and surnames).
 *
 * Cost per token is a hash look-up plus one trie step per word of the longest alias starting there:
 * it depends on the text, never on how many names the lexicon holds.
 */
import type { Lexicon } from './lexicon.ts';
import * as format from './format.ts';
import * as hashing from './hash.ts';
import * as tokenizer from './tokenize.ts';
import type { Tokens } from './tokenize.ts';
import { inByline } from './bylines.ts';
import { capsWordInProse, datelineAt } from './caps-words.ts';
import { compoundNounAt } from './compound-nouns.ts';
import { inPhotoCredit } from './credits.ts';
import { CALLED_BAND, CALLED_COMPANY, CALLED_CUE, CALLED_NOTHING, CALLED_PERSON, calledBeside } from './appositives.ts';
import { amountAt, unitAt } from './amounts.ts';
import { DAY_WORDS, dayInDate, MONTH_WORDS, monthInDate } from './dates.ts';
import { ALL_CUE, allBefore, DEDICATED_CUE, dedicatedBuildingAfter, FEATURE_CUE, featureNameAround, NAMED_FOR_CUE, namedForAfter, routeAfter, SHIP_PREFIX_CUE, SHIP_TYPE_CUE, shipPrefixBefore, shipTypeBefore, sponsoredAfter, STREAM_CUE, streamAfterThe, STRUCTURE_CUE, structureAfter, VESSEL_CUE, vesselAfter } from './feature-names.ts';
import { articleBefore, ROMANCE_CUE, romanceNameBefore, worldPartWord } from './romance-names.ts';
import { inFirmName, legalFormEnd } from './firm-names.ts';
import { indexEntries, MARKET_MOVE_CUE, marketMoveAt } from './market-reports.ts';
import { BEARER_CUE, bearerNamed, GIVEN_AS_NAME_CUE, givenAsName } from './naming-verbs.ts';
import { FAMILY_CUE, familyAfter, GENERATION_CUE, generationAfter, relativesName } from './relative-names.ts';
import { HONORIFIC_CUE, honorificBefore, PERSONAL_POSSESSIVE_CUE, personalPossessive } from './personal-possessives.ts';
import { acrossThe, BASED_CUE, basedAfter, journeyBefore, placePrepositionBefore } from './place-prepositions.ts';
import { LOWER_LEVEL_CUE, lowerLevelBefore } from './state-bodies.ts';
import { STUDY_CUE, studyCueBefore } from './study-places.ts';
import { afterUnknownTown, pairTownContainer, pairTownIn, pairTownInRegion } from './containers.ts';
import { commaBetween, possessiveAt, possessiveEnd } from './gaps.ts';
import { COMMITTEE_CUE, committeeAround, LONGER_NAME_CUE, longerNameBeforeHead, ofJoins, ORG_NAME_BEFORE_CUE, orgNameBefore, orgNameFollows, orgNamesShareHead, SHARED_HEAD_CUE } from './org-heads.ts';
import { capitalsAsWritten, KNOWN_NAME, sentenceOpener, SHORT_WORD } from './other-languages.ts';
import { germanNounNotPlaced } from './german-nouns.ts';
import { ACTS_LIKELY, ACTS_NONE, ACTS_SURELY, COMPANY_ACTS_CUE, COMPANY_POSSESSIVE_CUE, COMPANY_ROLE_CUE, companyActsAfter, companyPossessive, companyRoleBefore } from './company-places.ts';
import { citationClose, CITED, MAYBE_CITED, nameAfterComma } from './reference-lists.ts';
import { COUNTY_CUE, countyWordAfter, REGION_WORD_CUE, regionWordAfter, regionWordAround } from './region-words.ts';
import { SURNAME_PARTICLES } from './particles.ts';
import { quotedSpeaker, reportsAfter, SHARES_CUE, sharesAfter, SPEAKER_CUE } from './speech.ts';
import { statePossessiveAt } from './state-possessives.ts';
import { namedAsTeam, scoreWithin, TEAM_AFTER_CUE, TEAM_BEFORE_CUE, TEAM_ROLE_CUE, teamRoleAfter, teamsFacing } from './sports-teams.ts';
import { LEADER_WORD_CUE, leaderEntries, leaderWordAfter } from './leader-words.ts';
import { HEADLINED_CUE, headlinedBefore, PAGEANT_CUE, pageantBefore, quotedAlone, TITLE_ARTICLE_CUE, titleArticleBefore, VENUE_CUE, venueAfterThe } from './titles.ts';
import { RIVER_CUE, RIVER_NONE, RIVER_SURELY, riverAround, riverEntries } from './river-names.ts';
import { CONDITION_CUE, conditionAfter, everydayWordAfter, GRADE_CUE, gradeAfter, INSTRUMENT_CUE, instrumentAround, UNIT_CUE, unitAfter, VEHICLE_CUE, vehicleAfter } from './town-compounds.ts';
import { CLUB_PREFIX_CUE, CLUB_SUFFIX_CUE, clubPrefixBefore, clubSuffixAfter, pluralNameAfter } from './team-names.ts';
import { everydayWordBefore } from './words-before-names.ts';
import { WordSet } from './word-set.ts';
import { A1, B1, cue, SpanCues } from './cues.ts';

// Module-local copies of hot-path constants (why: see tokenize.ts).
const { E_AMPERSAND, E_COMMON, E_FOREIGN, E_GENERIC_BODY, E_LEAD_MASK, E_LEAD_SHIFT, E_LETTERS_SHIFT, E_OWN_DOT, E_PLUS, E_POSSESSIVE, F_BRAND, F_CITY, F_COUNTRY, F_MEDIA, F_REGION, F_TEAM, M_ACRONYM, M_COREF, M_NEEDS_CONTEXT, M_ORDINARY, MAX_ALIAS_TOKENS, MODE_MASK, TF_COMMON, TF_GIVEN, TF_TITLE } = format;
const { T_AFTER_COMMA, T_AFTER_POSSESSIVE, T_ALLCAPS, T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE, lowerJoined } = tokenizer;
const { edgeHashFirst, edgeHashWith, filterHas } = hashing;
const PLACE = format.KIND_CODES.indexOf('place');
const EVENT = format.KIND_CODES.indexOf('event');
const ORGANIZATION = format.KIND_CODES.indexOf('organization');
const PERSON = format.KIND_CODES.indexOf('person');

/** One place in the text where an alias matched, with every entry (entity + mode) it may stand for. */
export interface Span {
  /** Original offsets (UTF-16 code units) of the whole span. */
  start: number;
  end: number;
  /** Trie node of the alias: the same spelling elsewhere in the document reaches the same node. */
  node: number;
  tokenCount: number;
  /** Lexicon entry indices that fit the spelling here. */
  entries: number[];
  /** The capital that made this match possible is no evidence (sentence start, headline). */
  weak: boolean;
  /**
   * A match written all in lowercase (names are normally capitalised): one word, or several in which
   * no word has a capital ("el centro", "la isla" on a Spanish page are not El Centro or La Isla).
   */
  lowercase: boolean;
  /**
   * A one-word match right next to a capitalised word that is neither a common word, a title nor a
   * known name: probably part of a longer name we do not know ("Paris Hilton", "Brad Pitt",
   * "Mehmet Akar", "Turkish Airlines"), so the one word alone is doubtful. Also a match that begins an
   * organisation's name ("London Stock Exchange", "New York Public Library"; org-heads.ts) or ends
   * one after "of" ("University of Alabama"), or begins or ends a geographic name ("Lake Taupo",
   * "Milford Sound"; feature-names.ts). Places of several words count only when every reading is one.
   * And a one-word match in a byline, part of the writer's name ("By Tara Parker-Pope"; bylines.ts).
   */
  inLongerName: boolean;
  /**
   * inLongerName because the span begins or ends an organisation's or a geographic feature's name
   * ("London Stock Exchange", "Lake Taupo"), is in a work's title ("The Florida Project"; titles.ts) or
   * names a team ("Alabama's coach"; sports-teams.ts): the page's support for the place does not make
   * it a mention of the place there (resolve.ts).
   */
  inNamedBody: boolean;
  /**
   * inNamedBody because the span begins or ends an organisation's name ("Pinewood Studios",
   * "University of Alabama"; org-heads.ts): the resolver then doubts a little-known town of that name
   * throughout the page (resolve.ts).
   */
  inOrgName: boolean;
  /** The words around the span say it names a region: "Santa Fe province", "the state of New York" (region-words.ts). */
  regionWord: boolean;
  /**
   * A one-word match after a preposition of place ("premiered in Washington"; place-prepositions.ts):
   * its place reading outranks a person's surname, even a person's named in full (resolve.ts).
   */
  afterPlacePreposition: boolean;
  /**
   * On a page in another language, a word for a part of the world that is also a place's name: "les pays
   * de l'Est", "l'Atlantique", "el Sur" (romance-names.ts). It names Burkina Faso's Est or Benin's
   * Atlantique only beside their country; "la ville de Sur, à Oman" is the town (resolve.ts).
   */
  worldPart: boolean;
  /**
   * The region or country after it placed this town ("Tyler, Texas"; containers.ts): its readings that
   * need context ("Tyler" is a given name) have it from those words. So has a company's short name that
   * the words after it single out ("Santander's new CEO"; company-places.ts), and a leader's surname
   * before what only a leader has ("the Biden administration"; leader-words.ts).
   */
  placed: boolean;
  /**
   * A one-word match right after a capitalised given name ("Gerald R. Ford", "Brad Pitt"), or after a
   * capitalised word we do not know when it reads only as a surname or a little-known town ("Cheyann
   * Shaw"; surnameAfterUnknownName): the surname of a person we do not know. The resolver then doubts
   * the word's other, non-person readings throughout the document ("Ford" further on is that person,
   * not the carmaker).
   */
  afterFirstName: boolean;
  /** Bit (1 << mode) for each match mode among the entries, so the resolver skips what cannot apply. */
  modes: number;
  /** An acronym among words in capitals ("RECORD PACE", a line in capitals): its capitals prove nothing (resolve.ts). */
  capsRun: boolean;
  /**
   * One word after a lower-case "the": "deforestation in the Amazon" names the forest, which a company
   * never is by its bare name (resolve.ts: a famous company's word-like name; "the Amazon founder" is
   * still the company's where the page names its founder).
   */
  afterThe: boolean;
  /** One word whose capital proves nothing: it opens a sentence or is in a title-case line (resolve.ts: a famous company's word-like name). */
  unprovenCapital: boolean;
  /**
   * A one-word name that is a person the page names in full, or no one: a relative's given name, "his
   * wife Melania" (relative-names.ts); a surname after a personal honorific, "Mr. Jordan said"
   * (personal-possessives.ts) — not Michael Jordan, nor the country, unless the page names him in full.
   */
  namedInFullOnly: boolean;
  /**
   * One word before what a company, a paper or a person does in the sentence it opens or holds: "Amazon
   * said", "Tesla reported" (speech.ts, reportsAfter). A river or a forest does not report: a famous
   * company's word-like name needs no other company on the page there (resolve.ts).
   */
  reports: boolean;
  /**
   * Placed in a region or country none of its readings lies in: "CAIRO, Ill. (AP)" is a town we do not
   * know (containers.ts, placedElsewhere). The resolver doubts the name's place readings throughout
   * the page: its next bare "Cairo" is Illinois's too.
   */
  elsewhere: boolean;
  /**
   * A town's or a state's name used for its team where the dataset has no club of the name: "Baltimore
   * running back Derrick Henry" (sports-teams.ts). No card, but the page is about that town's teams:
   * the resolver counts the town as named, so "the Ravens" later are Baltimore's.
   */
  teamTown: boolean;
  /**
   * Where the name ends with the possessive after it, for a reading spelt with it: "Moody's cut its
   * outlook", "McDonald's said" are marked whole when the resolver chooses that reading (a person's
   * "McDonald" beside it keeps "McDonald's remarks" a possessive). `end` where no reading is so spelt.
   */
  possessiveEnd: number;
}

const ends = new Int32Array(MAX_ALIAS_TOKENS);
const nodes = new Int32Array(MAX_ALIAS_TOKENS);
const aheadEnds = new Int32Array(MAX_ALIAS_TOKENS);
const aheadNodes = new Int32Array(MAX_ALIAS_TOKENS);
const THE = new WordSet(['the']);
/** Words after an acronym that make it a licence's name ("MIT license"). */
const LICENCES = new WordSet(['license', 'licence']);
/**
 * Combining forms of peoples' names that make compound adjectives with a hyphen: "Anglo-American
 * relations", "Sino-Indian talks", "Franco-German ties". Such a pair is no company named with those
 * two words ("Anglo American", the miner); a longer name goes on ("Sino-Japanese War").
 */
const COMBINING_FORMS = new WordSet('anglo franco sino indo afro russo italo greco graeco austro judeo turco hispano luso nippo euro germano polono'.split(' '));
/**
 * The articles of the other languages we read, on their pages: "la Unión Europea" is the Union, though
 * a town is called "La Unión"; "el Banco Mundial" the Bank, not El Banco, Colombia.
 */
const ARTICLES = new WordSet('the la el le il lo los las les der die das den dem des'.split(' '));
const formLast = new Int32Array(1);
/** Lower-case words between a given name and a surname. */
const PARTICLES = new WordSet(SURNAME_PARTICLES);
/** In `ids`: a lowercase word not looked up yet (no alias can begin with it; it may still continue one). */
const UNREAD = -2;
/** The words beside the name being read (readAround; reused). */
const cues = new SpanCues();

/**
 * Finds the alias spans of tokenized text. `scratch` (grown if needed, returned for reuse) holds each
 * word's id in [0, n) and the words a name may begin with in [n, 2n). `foreign`: the text is in another
 * language than English; `capitalNouns`: one that capitalises its nouns, German (other-languages.ts).
 */
export function findSpans(text: string, tokens: Tokens, lexicon: Lexicon, scratch?: Int32Array, foreign = false, capitalNouns = false): { spans: Span[]; scratch: Int32Array } {
  const n = tokens.count;
  const ids = scratch && scratch.length >= 2 * n ? scratch : new Int32Array(Math.max(2 * n, 64));
  const { chars, foldStart, foldLen, hash, flags } = tokens;
  const begins = markStarts(tokens, lexicon, ids);
  const idAt = (k: number): number => {
    let id = ids[k]!;
    if (id === UNREAD) id = ids[k] = lexicon.tokenId(chars, foldStart[k]!, foldLen[k]!, hash[k]!);
    return id;
  };

  const spans: Span[] = [];
  // Each span's first and last token, in pairs (for the pass over neighbours after the loop).
  const spanTokens: number[] = [];
  let lastEnd = -1; // last token of the previous span
  let lastStart = -1; // and its first
  let i = 0;
  for (let b = n; b < n + begins; b++) {
    if (ids[b]! < i) continue; // inside the previous span
    i = ids[b]!;
    const found = walk(tokens, lexicon, ids, idAt, i, ends, nodes);
    // "the Pacific Islands Forum": an alias that begins with a lower-case "the" ("the Pacific") gives
    // way to a longer one that begins after it; on a page in another language, one that begins with its
    // article (ARTICLES). So does one whose "The" opens the sentence: "The Dow Jones Industrial Average
    // rose". (A capital "The" inside a sentence is a title's own: check, capitalThe.)
    if (found > 0 && (flags[i]! & (T_CAP | T_SENT)) !== T_CAP && i + 1 < n && (flags[i + 1]! & T_JOIN) !== 0 && (foreign ? ARTICLES : THE).has(tokens, i)) {
      const ahead = walk(tokens, lexicon, ids, idAt, i + 1, aheadEnds, aheadNodes);
      if (ahead > 0 && aheadEnds[ahead - 1]! > ends[found - 1]!) { i++; continue; }
    }
    // "President Xi Jinping": an alias with a title ("President Xi") gives way to a longer name that
    // begins after the title, as "the" does above — after all of it: "Crown Prince Mohammed bin Salman".
    if (found > 0 && i + 1 < n && (flags[i + 1]! & T_JOIN) !== 0 && titleWord(lexicon, idAt(i))) {
      let after = i + 1;
      while (after + 1 < n && (flags[after + 1]! & T_JOIN) !== 0 && titleWord(lexicon, idAt(after))) after++;
      const ahead = walk(tokens, lexicon, ids, idAt, after, aheadEnds, aheadNodes);
      if (ahead > 0 && aheadEnds[ahead - 1]! > ends[found - 1]!) continue;
    }
    // Longest first; the first whose spelling rules hold wins.
    let taken = false;
    for (let f = found - 1; f >= 0 && !taken; f--) {
      const single = i === ends[f];
      const span = single && (monthInDate(tokens, i) || dayInDate(text, tokens, i) || amountAt(text, tokens, i) || unitAt(tokens, i)) ? null
        : check(text, tokens, lexicon, i, ends[f]!, nodes[f]!, foreign, capitalNouns, single && (flags[i]! & T_ALLCAPS) !== 0 && inPhotoCredit(text, tokens, lexicon, idAt, i));
      if (span) {
        // "General Motors Corp", "Halden & Co": a company's legal form belongs to its name (firm-names.ts),
        // and the words around are read around the whole name.
        let last = ends[f]!;
        if (onlyKind(lexicon, span, ORGANIZATION)) {
          span.end = Math.max(span.end, legalFormEnd(text, tokens, last, formLast));
          // "Target Corp.": the legal form is the context a company's short name needs, as the words after
          // "Santander's" are (company-places.ts) — when the name begins there ("National Guardian Corp"
          // is no Guardian's). Not a broadcaster's or paper's: "CNA Inc" is an insurer, not Singapore's CNA —
          // an outlet that needs context is named bare, its owner with the legal form.
          if (formLast[0]! > last && (i === 0 || (flags[i]! & T_JOIN) === 0 || (flags[i - 1]! & T_CAP) === 0) && !allMedia(lexicon, span)) span.placed = true;
          last = formLast[0]!;
        }
        readAround(span, text, tokens, lexicon, idAt, i, last, lastEnd === lastStart ? lastStart - 1 : lastEnd, i > lastEnd);
        // "the CAF Champions League", "the AFC Champions League": a body's or an event's name of several words
        // right after an acronym that is no name of its own (nor of one tied to it, "UN Security Council")
        // is the acronym's body's — not UEFA's.
        if (i < last && acronymOwnerBefore(text, tokens, lexicon, span, i, lastEnd === i - 1 ? spans[spans.length - 1]! : null)) span.inLongerName = span.inNamedBody = true;
        // "Chelsea Clinton", "Jordan Henderson": a one-word name right before a surname it is the given name
        // of (a full name the dataset does not hold, or it would be one span) names no place, club or other
        // bearer — as the surname after it is no town (afterFirstName).
        // (A surname the dataset has people of, and not in a headline: "Brooklyn Boy Remains on Life Support".)
        if (span.afterFirstName && lastEnd === i - 1 && lastStart === lastEnd && (flags[i]! & T_TITLE) === 0 && somePerson(lexicon, span)) spans[spans.length - 1]!.inLongerName = true;
        // "Buenos Aires province": the word that makes it the region's name belongs to the mark (region-words.ts).
        if (span.regionWord && someRegion(lexicon, span)) {
          const word = regionWordAfter(tokens, last);
          if (word >= 0) { span.end = tokens.end[word]!; last = word; }
        }
        // "Augusta, Georgia", "Murdochville, Quebec": a town and the region or country it lies in (containers.ts);
        // the unknown town may open the sentence, as in a dateline ("INNISFIL, Ontario —").
        if (i > 0 && lastEnd === i - 1 && commaBetween(text, spans[spans.length - 1]!.end, span.start)) {
          const had = placeAfterPossessive(tokens, last);
          const town = spans[spans.length - 1]!;
          pairTownContainer(text, lexicon, town, span, had !== PLACE_NONE);
          // ("Santa Cruz, Bolivia's largest city": the city, not its department.)
          if (had === PLACE_TOWN) keepTowns(lexicon, town);
        }
        // "Valencia in Spain": after "in" too, where the two fit; "Georgetown in Penang", a region that does not
        // hold the town, places it elsewhere as a comma does (containers.ts).
        else if (i > 1 && lastEnd === i - 2 && (flags[i - 1]! & (T_JOIN | T_CAP)) === T_JOIN && (flags[i]! & T_JOIN) !== 0 && IN.has(tokens, i - 1)) pairTownInRegion(text, lexicon, spans[spans.length - 1]!, span);
        // "Rome police in Georgia", "Naples officials in Florida": the town's own people, then where it lies
        // — as after a comma (containers.ts): Rome, Georgia, or a town we do not know ("Paris police in Tennessee").
        else if (i > 2 && lastEnd === i - 3 && (flags[i - 1]! & (T_JOIN | T_CAP)) === T_JOIN && (flags[i - 2]! & (T_JOIN | T_CAP)) === T_JOIN &&
          (flags[i]! & T_JOIN) !== 0 && IN.has(tokens, i - 1) && TOWNS_PEOPLE.has(tokens, i - 2)) pairTownContainer(text, lexicon, spans[spans.length - 1]!, span);
        // "Clashes in Tripoli, in northern Lebanon": after a comma, "in" and a point of the compass — which, as a
        // comma alone does, places a town that lies elsewhere ("Wellington, in the central west of NSW" is
        // no New Zealand capital).
        else if (lastEnd >= 0 && inRegionOf(tokens, lastEnd, i)) {
          if ((flags[lastEnd + 1]! & T_AFTER_COMMA) !== 0) pairTownContainer(text, lexicon, spans[spans.length - 1]!, span);
          else pairTownIn(text, lexicon, spans[spans.length - 1]!, span);
        }
        // "Princeton, the Minnesota town, approved…": the region or country in an apposition that calls the
        // name a town, as after a comma alone.
        else if (i > 1 && lastEnd === i - 2 && THE.has(tokens, i - 1) && (flags[i - 1]! & (T_CAP | T_JOIN)) === 0 &&
          commaBetween(text, spans[spans.length - 1]!.end, tokens.start[i - 1]!) && townNounAfter(tokens, last)) pairTownContainer(text, lexicon, spans[spans.length - 1]!, span);
        // (Not after a person's name: "Hansa D. Bhargava, MD" is a doctor, "Joan Okafor, MD" too. Nor in a
        // headline, where every word has its capital: "… With Long-Range Drones, Kyiv Says" is the capital,
        // not the oblast after a town "Drones".)
        else if (i > 0 && lastEnd < i - 1 && (flags[i - 1]! & (T_CAP | T_TITLE)) === T_CAP && commaBetween(text, tokens.end[i - 1]!, span.start) &&
          !initialBefore(tokens, i - 1) && !firstNameBefore(tokens, lexicon, idAt, i - 1, lastEnd)) afterUnknownTown(lexicon, idAt(i - 1), ids[i]!, span);
        // "The Colorado House of Representatives", "the Texas Supreme Court": a body's generic name right
        // after a state's or province's is that region's body, not the nation's (state-bodies.ts).
        if (!span.inLongerName && lastEnd === i - 1 && (flags[i]! & T_JOIN) !== 0 && someRegion(lexicon, spans[spans.length - 1]!) && allGenericBodies(lexicon, span)) {
          span.inLongerName = span.inNamedBody = true;
        }
        // "Colombia's Liberal Party", "New Zealand's National Party": after a country's possessive (or a
        // person's: "Bolsonaro's Liberal Party"), a body's generic name is that country's — its readings of
        // that country alone, or, with none, a body we do not know (no other country's party).
        if (!span.inLongerName && lastEnd === i - 1 && (flags[i]! & T_AFTER_POSSESSIVE) !== 0 && allGenericBodies(lexicon, span)) {
          keepCountrysBodies(lexicon, spans[spans.length - 1]!, span);
        }
        // "the Russian Premier League", "the Canadian Football League": a country's name or its people's
        // word that begins a body's name (org-heads.ts) makes it that country's body — not another
        // country's that the rest of the words name ("Premier League" is England's). Its own country's
        // stays: "U.S. Federal Trade Commission". (Not a company's: "German Deutsche Bank" is the bank.)
        // A region's or a continent's that lies in no country of the body's makes it another body too:
        // "the Caribbean Premier League" (its own country's region changes nothing: "Texas Public
        // Utility Commission" may well be the state's).
        else if (!span.inLongerName && lastEnd === i - 1 && (flags[i]! & (T_JOIN | T_HYPHEN)) === T_JOIN && spans[spans.length - 1]!.inOrgName &&
          onlyPlaces(lexicon, spans[spans.length - 1]!) && nationalBodies(lexicon, span)) {
          const owner = spans[spans.length - 1]!;
          if (onlyCountries(lexicon, owner)) keepCountrysBodies(lexicon, owner, span);
          else if (!span.entries.some((e) => owner.entries.some((o) => lexicon.countryOf(lexicon.entryEntity[o]!) === lexicon.entityCountry[lexicon.entryEntity[e]!]))) {
            span.inLongerName = span.inNamedBody = true;
          }
        }
        spans.push(span); spanTokens.push(i, last); lastStart = i; lastEnd = last; i = lastEnd + 1; taken = true;
      }
    }
    if (!taken) i++;
  }
  // "Nottingham Forest stunned Liverpool", "Liverpool lost to Nottingham Forest", "Arsenal 2-1 Liverpool":
  // a town's name that a club shares, facing a club the dataset names only as a club across a match's
  // words, is that club (sports-teams.ts, teamsFacing). (Asked after the loop: the club may come second.)
  // Two such names facing each other across a match's words other than "and" are both clubs: "Chelsea
  // were held 1-1 by Brentford", "Liverpool v Everton".
  // ("and" only beside a club's own name, not a short one that needs context: "Chelsea and Brentford
  // residents" are a town's and a district's, whatever the dataset calls "Brentford".)
  for (let s = 1; s < spans.length; s++) {
    const a = spans[s - 1]!, b = spans[s]!;
    const club = onlyTeams(lexicon, a) ? a : onlyTeams(lexicon, b) ? b : null;
    const town = club === a ? b : club === b ? a : null;
    if (town && townsClub(lexicon, town) && teamsFacing(tokens, spanTokens[2 * s - 1]!, spanTokens[2 * s]!, club!.modes === 1 << M_ORDINARY)) keepTeams(lexicon, town);
    else if (!town && townsClub(lexicon, a) && townsClub(lexicon, b) && teamsFacing(tokens, spanTokens[2 * s - 1]!, spanTokens[2 * s]!, false)) {
      keepTeams(lexicon, a);
      keepTeams(lexicon, b);
    }
    // Two names only clubs have, facing each other: the clubs of one country's league ("The Chiefs beat the
    // Raiders"), where the words alone say no more than a team (teamReadings) — "the Lions beat the Swans"
    // at the Gabba is no Detroit club.
    else if (!a.placed && !b.placed && onlyTeams(lexicon, a) && onlyTeams(lexicon, b) && teamsFacing(tokens, spanTokens[2 * s - 1]!, spanTokens[2 * s]!, false)) sameLeague(lexicon, a, b);
  }
  return { spans, scratch: ids };
}

/**
 * Walks the trie from token i as far as the words allow, writing each node that ends an alias and the
 * token it ends at to `nodesOut` and `endsOut`, shortest first; returns how many.
 */
function walk(tokens: Tokens, lexicon: Lexicon, ids: Int32Array, idAt: (k: number) => number, i: number, endsOut: Int32Array, nodesOut: Int32Array): number {
  const { flags, hash } = tokens;
  const n = tokens.count;
  const nodeEntries = lexicon.nodeEntries;
  let found = 0;
  let node = lexicon.rootChild[ids[i]!]!;
  let j = i;
  while (node >= 0) {
    if (nodeEntries[node] !== nodeEntries[node + 1]) { endsOut[found] = j; nodesOut[found] = node; found++; }
    j++;
    if (j >= n || found === MAX_ALIAS_TOKENS || j - i >= MAX_ALIAS_TOKENS) break;
    if ((flags[j]! & T_JOIN) === 0) {
      // Across a possessive only where a name goes on after one ("People's Liberation Army", not "New
      // York's Times Square"): the name index has a step for it (fold.ts, POSSESSIVE_STEP). So with a
      // comma: "Catherine, Princess of Wales", not "Paris, Texas" (COMMA_STEP).
      const step = (flags[j]! & T_AFTER_POSSESSIVE) !== 0 ? lexicon.possessiveStep : (flags[j]! & T_AFTER_COMMA) !== 0 ? lexicon.commaStep : -1;
      if (step < 0) break;
      node = lexicon.child(node, step);
      if (node < 0) break;
    }
    // The edge filter rules most words out by their hash alone; a word it rules out is not looked up
    // (a lowercase word left unread cannot begin a name either, so nothing later misses its id).
    const t = lexicon.mayContinue(node, hash[j]!) ? idAt(j) : -1;
    let next = t >= 0 ? lexicon.child(node, t) : -1;
    // A middle initial the alias leaves out: "Gerald R. Ford", "George W. Bush". Not one of two: in
    // "George H. W. Bush" the second initial is no word of "George W. Bush", it is another man's name.
    if (next < 0 && capitalInitial(tokens, j) && j + 1 < n && (flags[j + 1]! & T_JOIN) !== 0 && tokens.letters[j + 1] !== 1 && idAt(j + 1) >= 0) {
      next = lexicon.child(node, ids[j + 1]!);
      if (next >= 0) j++;
    }
    node = next;
  }
  return found;
}

/**
 * Writes each word's id to ids[0, n) — UNREAD for a word not looked up — and the words an alias may
 * begin with to ids[n, n + begins); returns begins. The one pass of the matcher over every word.
 */
function markStarts(tokens: Tokens, lexicon: Lexicon, ids: Int32Array): number {
  // A word is looked up only when the lexicon's filters say an alias may begin with it — alone, or
  // followed by the next word or by the word after a middle initial ("George W. Bush"); for a lowercase
  // word, an alias that may be written in lowercase. The rest are read on demand: inside a longer
  // name, or beside a one-word name. (A word not read cannot begin a name, so nothing misses its id.)
  const { chars, foldStart, foldLen, hash, flags, letters } = tokens;
  const n = tokens.count;
  // The words found here that begin an alias, in order: only they can begin a name (a word read later
  // on demand cannot), so the walk below visits them alone instead of passing over every word.
  const rootChild = lexicon.rootChild;
  let candidates = 0; // words an alias may begin with, by the filters: listed in ids[n, n + candidates)
  // Lexicon.mayStart unrolled: the first half of the key (hash.edgeHashFirst) depends on the word
  // alone, so its two or three probes share it, and the filters and masks are read once per text
  // (this pass runs for every word: 10% faster).
  // Every word is probed in `start` (how every alias begins) first, whatever its case, and only a
  // lowercase word that passes also in `lowerStart`: choosing the filter by the word's case was a
  // branch the processor mispredicts for about every third word (this pass took a sixth longer). Every
  // key of lowerStart is also in start, so no alias is missed; the second probe only sheds false positives.
  // Most words begin no alias at all: the filter of first words (format.ts, FirstWord) rules them out in
  // one probe, keyed as a one-word alias is.
  const { lowerStart, start: anyStart, lowerStartMask, startMask, firstWord, firstWordMask } = lexicon;
  for (let k = 0; k < n; k++) {
    const first = edgeHashFirst(hash[k]!);
    let key = edgeHashWith(first, 0); // a one-word alias
    ids[k] = UNREAD;
    if (!filterHas(firstWord, firstWordMask, key)) continue;
    const capital = (flags[k]! & T_CAP) !== 0;
    let starts = filterHas(anyStart, startMask, key) && (capital || filterHas(lowerStart, lowerStartMask, key));
    if (!starts && k + 1 < n) {
      key = edgeHashWith(first, hash[k + 1]!);
      starts = filterHas(anyStart, startMask, key) && (capital || filterHas(lowerStart, lowerStartMask, key));
      if (!starts && letters[k + 1] === 1 && k + 2 < n) {
        key = edgeHashWith(first, hash[k + 2]!);
        starts = filterHas(anyStart, startMask, key) && (capital || filterHas(lowerStart, lowerStartMask, key));
      }
    }
    if (starts) ids[n + candidates++] = k;
  }
  // Then the candidates are looked up, in a loop of their own: the loop above over every word, without
  // the look-up (a call, and a loop over the word's characters) in it, runs about 6% faster. The words
  // that begin an alias replace the candidates in place (there are never more of them).
  let begins = 0;
  for (let c = n; c < n + candidates; c++) {
    const k = ids[c]!;
    const id = lexicon.tokenId(chars, foldStart[k]!, foldLen[k]!, hash[k]!);
    ids[k] = id;
    if (id >= 0 && rootChild[id]! >= 0) ids[n + begins++] = k;
  }
  return begins;
}

/** Whether token `k`, beside token `at` in the same sentence, is a word in capitals ("RECORD" before "PACE"). */
function capitalsBeside(tokens: Tokens, at: number, k: number): boolean {
  if (k < 0 || k >= tokens.count || tokens.letters[k]! < 2 || (tokens.flags[k]! & T_ALLCAPS) === 0) return false;
  return (tokens.flags[Math.max(at, k)]! & T_SENT) === 0;
}

/**
 * Sets what the words around span [first, last] say of it: inLongerName, afterFirstName, regionWord
 * (see Span). `taken`: the last token inside a longer earlier span; `free`: the word before the span
 * is inside no span.
 */
function readAround(span: Span, text: string, tokens: Tokens, lexicon: Lexicon, idAt: (k: number) => number, first: number, last: number, taken: number, free: boolean): void {
  const single = first === last;
  // The words beside the name, read once: a rule is asked only where its cue is (cues.ts).
  cues.read(tokens, first, last);
  const hit = cues.hits;
  // (Some rules also read a list or an apposition after a comma, which no word announces.)
  const commaAfter = last + 1 < tokens.count && (tokens.flags[last + 1]! & T_AFTER_COMMA) !== 0;
  if (single) {
    span.inLongerName = unknownName(tokens, lexicon, idAt, first - 1, first, free) || unknownName(tokens, lexicon, idAt, first + 1, first + 1, true) ||
      particleSurnameAfter(tokens, lexicon, idAt, first) || givenNameBeforeWord(tokens, lexicon, idAt, first);
    // "West Germany" names another state, as an organisation's name does another body: the page's
    // other countries do not make it today's.
    if (hit[COMPASS_CUE] === 1 && compassCountry(tokens, lexicon, span, first)) span.inLongerName = span.inNamedBody = true;
    // "<Town> City" the dataset does not hold: "Oaxaca City" is the town, not the state; in Britain and
    // Ireland, where a town is never called so, a football club — "Lincoln City beat Exeter".
    if (hit[CITY_CUE] === 1 && cityAfter(tokens, first)) townCity(lexicon, span);
    span.afterFirstName = firstNameBefore(tokens, lexicon, idAt, first, taken) || surnameAfterUnknownName(tokens, lexicon, idAt, span, first, free);
    // "Mrs. Paris told reporters", "Mr. Jordan said he would appeal": a person the page names in full,
    // or no one (personal-possessives.ts).
    // (A name only people have is read as any surname: "Mr Starmer said", "Ms Reeves will deliver the
    // budget" — a famous one's with one sign, as "Starmer said" is.)
    if (hit[HONORIFIC_CUE] === 1 && honorificBefore(tokens, first) && !onlyKind(lexicon, span, PERSON)) span.inLongerName = span.inNamedBody = span.namedInFullOnly = true;
  }
  // "Water from the Colorado", "the Mississippi and Ohio rivers": a town's, a state's or a country's name
  // as a river's (river-names.ts) — the river the dataset has of that name, or none where the words say
  // a river and the dataset has none.
  if (!span.inLongerName && hit[RIVER_CUE] === 1 && townsRegionsCountries(lexicon, span)) {
    const river = riverAround(tokens, first, last);
    const entries = river === RIVER_NONE ? null : riverEntries(lexicon, span.node);
    if (entries) { span.entries = entries; span.modes = modesOf(lexicon, entries); span.placed = true; }
    else if (river === RIVER_SURELY) span.inLongerName = span.inNamedBody = true;
  }
  // A place of any length at either end of an organisation's name (org-heads.ts: "New York Public
  // Library") or of a geographic name (feature-names.ts: "Lake Taupo"), or at the end of such a name
  // in French, Spanish, Portuguese or Italian (romance-names.ts: "Quai d'Orsay", "Corea del Sur").
  // (A longer name the dataset knows, "Financial Times Group", stays that name.)
  // (Whether it is in an organisation's name is asked even when an unknown word beside it said so first:
  // the resolver doubts the town elsewhere on the page by it.)
  // (An alias with "the", "the Atlantic", is one word of the text's name: "the Atlantic Charter".)
  if (single || (first + 1 === last && THE.has(tokens, first)) || onlyPlaces(lexicon, span)) {
    span.inOrgName = orgNameFollows(tokens, last) || (hit[ORG_NAME_BEFORE_CUE] === 1 && orgNameBefore(tokens, first)) || (hit[SHARED_HEAD_CUE] === 1 && orgNamesShareHead(tokens, first, last));
    if (!span.inLongerName) span.inLongerName = span.inNamedBody = span.inOrgName || (hit[FEATURE_CUE] === 1 && featureNameAround(tokens, first, last)) || (hit[ROMANCE_CUE] === 1 && romanceNameBefore(tokens, first));
  }
  // "St. Louis County", "Butte and Tehama counties", "Meru and Embu counties": a county's name — its region
  // readings where the dataset holds it as a region (Kenya's counties), else none: an American county is
  // not the town named like it (region-words.ts).
  if (!span.inLongerName && (hit[COUNTY_CUE] === 1 || commaAfter) && countyWordAfter(tokens, last) && somePlace(lexicon, span)) countyReadings(lexicon, span);
  // "Continental Bank of Canada": a capitalised word before "<Head> of <Place>" makes another body's
  // name than the one the dataset knows (org-heads.ts) — unless that word is a title ("Governor").
  if (!span.inLongerName && !single && hit[LONGER_NAME_CUE] === 1 && longerNameBeforeHead(tokens, first, last) && !titleWord(lexicon, idAt(first - 1)) && !MEMBERS.has(tokens, first - 1)) {
    span.inLongerName = span.inNamedBody = true;
  }
  // "The state Senate", "the Ohio House and Senate": a state's body, not the nation's (state-bodies.ts).
  if (!span.inLongerName && hit[LOWER_LEVEL_CUE] === 1 && lowerLevelBefore(tokens, first) && allGenericBodies(lexicon, span)) {
    span.inLongerName = span.inNamedBody = true;
  }
  // "St. Peter's Square": neither the town nor the saint (feature-names.ts).
  if (!span.inLongerName && hit[DEDICATED_CUE] === 1 && dedicatedBuildingAfter(tokens, first, last)) span.inLongerName = span.inNamedBody = true;
  // "Francis Scott Key Bridge", "the John F. Kennedy Center": a person's full name before what is named
  // after them, a structure or a body (feature-names.ts, org-heads.ts); a surname before a structure, a
  // prize or a town named after its bearer: "Sadr City", "the Pulitzer Prize", "Trump Tower". (A body
  // after one word is asked above.)
  if (!span.inLongerName && onlyKind(lexicon, span, PERSON) && ((hit[NAMED_FOR_CUE] === 1 && namedForAfter(tokens, last)) || (!single && (orgNameFollows(tokens, last) || (hit[STRUCTURE_CUE] === 1 && structureAfter(tokens, last)))))) span.inLongerName = span.inNamedBody = true;
  // "la Unión Europea", "Mexico City Policy": a place of several words that an unknown capitalised word
  // continues is part of a longer name too (one word: above) — not a dateline's dash ("NEW YORK -
  // Barbara Walters") nor a given name, which begins a byline or a person's name after the place.
  if (!span.inLongerName && !single && last + 1 < tokens.count && (tokens.flags[last + 1]! & T_HYPHEN) === 0 && onlyPlaces(lexicon, span) &&
    unknownName(tokens, lexicon, idAt, last + 1, last + 1, true) && !givenName(lexicon, idAt(last + 1))) span.inLongerName = true;
  // So is a town's or a region's that an unknown capitalised word begins: "Zenit St Petersburg", "Hapoel
  // Tel Aviv" — not a word that only says which part of the place ("Upstate New York", "Coastal
  // Georgia"), nor a name the dataset knows ("Mayor Eric Adams New York"). Not a country's, whose card
  // is a fair one for a body named after it: "Statistics New Zealand", "Telecom New Zealand".
  if (!span.inLongerName && !single && first - 1 > taken && onlyPlaces(lexicon, span) && !someCountry(lexicon, span) && unknownName(tokens, lexicon, idAt, first - 1, first, free) &&
    (tokens.flags[first]! & T_HYPHEN) === 0 && !PART_OF_PLACE.has(tokens, first - 1) && !givenName(lexicon, idAt(first - 1))) span.inLongerName = true;
  // A team's or a body's name after the place: "Lucknow Super Giants", "Sydney Trains" (team-names.ts). Not
  // after a country's, which a quoted headline's verb may follow ("“New Zealand Takes a Pause”"), and
  // whose card is a fair one for what is named after it ("the New Zealand Music Awards").
  if (!span.inLongerName && pluralNameAfter(tokens, lexicon, idAt, last) && onlyKind(lexicon, span, PLACE, EVENT) && somePlace(lexicon, span) && !someCountry(lexicon, span)) span.inLongerName = span.inNamedBody = true;
  // A British club named after its town: "Crawley Town fans", "Bristol Rovers" (team-names.ts); a club's initials
  // before it: "FC Copenhagen", "RC Lens".
  if (!span.inLongerName && hit[CLUB_SUFFIX_CUE] === 1 && clubSuffixAfter(tokens, last) && onlyTowns(lexicon, span, true)) span.inLongerName = span.inNamedBody = true;
  if (!span.inLongerName && hit[CLUB_PREFIX_CUE] === 1 && clubPrefixBefore(tokens, first) && onlyPlaces(lexicon, span)) span.inLongerName = span.inNamedBody = true;
  // "the All-Ireland final", "the All-England Club": a championship or a body for the whole place, not the place.
  if (!span.inLongerName && hit[ALL_CUE] === 1 && allBefore(tokens, first)) span.inLongerName = span.inNamedBody = true;
  // A name inside a work's title: "The Florida Project", "A New Hope" (titles.ts).
  if (!span.inLongerName && hit[TITLE_ARTICLE_CUE] === 1 && titleArticleBefore(text, tokens, first)) span.inLongerName = span.inNamedBody = true;
  // "the Copenhagen criteria", "the Normandy format": an instrument named after the place (town-compounds.ts).
  if (!span.inLongerName && hit[INSTRUMENT_CUE] === 1 && onlyPlaces(lexicon, span) && instrumentAround(tokens, first, last)) span.inLongerName = span.inNamedBody = true;
  // "the Urals grade", "Murban blend": an oil's grade or a benchmark named after the place (town-compounds.ts) —
  // not a country's, whose card is a fair one for its futures ("Japan futures fell").
  if (!span.inLongerName && hit[GRADE_CUE] === 1 && gradeAfter(tokens, last) && onlyPlaces(lexicon, span) && !someCountry(lexicon, span)) span.inLongerName = span.inNamedBody = true;
  // "The chairman of the Homeland Security panel", "House Homeland Security": a committee named after the
  // department's subject, not the department (org-heads.ts).
  if (!span.inLongerName && !single && hit[COMMITTEE_CUE] === 1 && committeeAround(tokens, first, last) && onlyKind(lexicon, span, ORGANIZATION)) span.inLongerName = span.inNamedBody = true;
  // "Russia's Somalia battalion", "the Kyiv brigade": a unit named after the place (town-compounds.ts).
  if (!span.inLongerName && hit[UNIT_CUE] === 1 && unitAfter(tokens, last) && onlyPlaces(lexicon, span)) span.inLongerName = span.inNamedBody = true;
  // "Hyundai's Tucson models", "the Santa Fe SUV": a car named after the place (town-compounds.ts).
  if (!span.inLongerName && hit[VEHICLE_CUE] === 1 && vehicleAfter(tokens, last) && onlyTowns(lexicon, span, true)) span.inLongerName = span.inNamedBody = true;
  // "U.S. 75 north of Sherman", "US 287", "U.S. Route 66": a highway named for the country (feature-names.ts).
  // (The resolver weighs a country's abbreviation down only at the head of a name: inOrgName.)
  if (!span.inLongerName && (tokens.flags[first]! & T_ALLCAPS) !== 0 && routeAfter(tokens, last) && someCountry(lexicon, span)) span.inLongerName = span.inNamedBody = span.inOrgName = true;
  // "Stockholm syndrome", "Zika virus", "Middle East respiratory syndrome": a condition named after the place (town-compounds.ts).
  if (!span.inLongerName && hit[CONDITION_CUE] === 1 && conditionAfter(tokens, last) && onlyPlaces(lexicon, span)) span.inLongerName = span.inNamedBody = true;
  // A place's name quoted alone is a work's title: "“Fargo” returned for a fifth season" (titles.ts) — and
  // not the battle named after the place either ("“Atlanta” creator Donald Glover"). An event's name with
  // no place reading stays the event: news sets a festival's name off in quotes ("the “Oktoberfest” crowds").
  if (!span.inLongerName && onlyKind(lexicon, span, PLACE, EVENT) && somePlace(lexicon, span) && quotedAlone(text, span.start, span.end)) span.inLongerName = span.inNamedBody = true;
  // A place's name given as a name (naming-verbs.ts): "they named their son Brooklyn", "originally named Phoenix".
  if (!span.inLongerName && hit[GIVEN_AS_NAME_CUE] === 1 && onlyPlaces(lexicon, span) && !someCountry(lexicon, span) && givenAsName(text, tokens, first, last)) span.inLongerName = span.inNamedBody = true;
  // "A man named George Washington was arrested", "a dog named Biden": a bearer of the name the reader
  // does not know — unless the page names that person in full otherwise (naming-verbs.ts).
  if (!span.inLongerName && hit[BEARER_CUE] === 1 && bearerNamed(tokens, first)) span.inLongerName = span.inNamedBody = span.namedInFullOnly = true;
  // A relative's given name (relative-names.ts): "her daughter Florence", "survived by his husband, Jordan"
  // — not a place, nor a known person's surname ("their son Austin" is no Lloyd Austin); a person only
  // where the page names them in full ("Donald and Melania Trump … his wife Melania": resolve.ts).
  if (!span.inLongerName && single && relativesName(tokens, first)) span.inLongerName = span.inNamedBody = span.namedInFullOnly = true;
  // A pageant's, as an organisation's name (its abbreviation too: "Miss USA"): "Miss Teen USA" (titles.ts).
  if (!span.inLongerName && hit[PAGEANT_CUE] === 1 && pageantBefore(tokens, first) && onlyPlaces(lexicon, span)) span.inLongerName = span.inNamedBody = span.inOrgName = true;
  // A venue named for a town: "played at the Tivoli." (titles.ts). Not a landmark, a river or a museum,
  // which English names with the article: "boats on the Thames.", "crowds at the Louvre.".
  if (!span.inLongerName && single && hit[VENUE_CUE] === 1 && venueAfterThe(tokens, first) && onlyTowns(lexicon, span, true)) span.inLongerName = span.inNamedBody = true;
  // "Olivia Rodrigo headlined Glastonbury", "Harry Styles sold out Wembley": a festival or a venue — its
  // own reading where the dataset has one (Wembley Stadium), else no card (titles.ts).
  if (!span.inLongerName && hit[HEADLINED_CUE] === 1 && headlinedBefore(tokens, first) && somePlace(lexicon, span)) {
    const venues = span.entries.filter((e) => (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_CITY) === 0);
    if (venues.length > 0) keepReadings(lexicon, span, venues);
    else span.inLongerName = span.inNamedBody = true;
  }
  // "Chicago, the band, was inducted", "Patagonia, the outdoor clothing company", "said Jordan, a
  // passenger": a band named after the place, a company, which keeps its own readings, or a person
  // (appositives.ts).
  if (!span.inLongerName && somePlace(lexicon, span)) {
    const called = hit[CALLED_CUE] === 1 || commaAfter ? calledBeside(tokens, first, last) : CALLED_NOTHING;
    // (A band's or a work's: of a place's readings, an event named like it — the battle of Atlanta — goes too.)
    if (called === CALLED_BAND && onlyKind(lexicon, span, PLACE, EVENT)) span.inLongerName = span.inNamedBody = true;
    else if (called === CALLED_COMPANY) companyReadings(lexicon, span);
    // (Someone the phrase calls "a passenger" is nobody the dataset knows, unless the page names them in full.)
    else if (called === CALLED_PERSON) span.inLongerName = span.inNamedBody = span.namedInFullOnly = true;
  }
  // "The storm weakened over the Atlantic": a publication is not flown over (place-prepositions.ts).
  if (!span.inLongerName && someMedia(lexicon, span) && somePlace(lexicon, span) && acrossThe(tokens, first)) keepPlaces(lexicon, span);
  // "The Zürich-based insurer": a place, not the company named like it (place-prepositions.ts).
  if (!span.inLongerName && hit[BASED_CUE] === 1 && basedAfter(tokens, last) && somePlace(lexicon, span) && someOrganization(lexicon, span)) keepPlaces(lexicon, span);
  // "Martin Luther King III", "Hank Williams Jr.": a descendant named after the person the dataset knows (relative-names.ts).
  if (!span.inLongerName && hit[GENERATION_CUE] === 1 && generationAfter(tokens, last) && onlyKind(lexicon, span, PERSON)) span.inLongerName = span.inNamedBody = true;
  // "The Bush family", "the Kennedy clan": a family, not its best-known member (relative-names.ts).
  if (!span.inLongerName && single && hit[FAMILY_CUE] === 1 && familyAfter(tokens, last) && span.entries.some((e) => lexicon.entityKind[lexicon.entryEntity[e]!] === PERSON)) span.inLongerName = span.inNamedBody = true;
  // A ship named for a person or a place: "USS Gerald R. Ford", "HMS Prince of Wales" (feature-names.ts).
  if (!span.inLongerName && hit[SHIP_PREFIX_CUE] === 1 && shipPrefixBefore(tokens, first)) span.inLongerName = span.inNamedBody = true;
  // Or before it: "the Kursk nuclear submarine" (feature-names.ts).
  if (!span.inLongerName && hit[VESSEL_CUE] === 1 && vesselAfter(tokens, last) && onlyPlaces(lexicon, span)) span.inLongerName = span.inNamedBody = true;
  // Or after what kind of ship it is: "the aircraft carrier Gerald R. Ford", "the carrier Liaoning".
  if (!span.inLongerName && hit[SHIP_TYPE_CUE] === 1 && shipTypeBefore(tokens, first) && onlyKind(lexicon, span, PERSON, PLACE)) span.inLongerName = span.inNamedBody = true;
  // A town named for its stream, after "the": "the Pearl River flooded" is the river (feature-names.ts).
  if (!span.inLongerName && !single && hit[STREAM_CUE] === 1 && streamAfterThe(tokens, first, last) && onlyTowns(lexicon, span, true)) span.inLongerName = span.inNamedBody = true;
  // "Iran continued its Karbala-8 operation", "the Minsk-2 accords": a place's name and a number after a
  // hyphen name an operation, a treaty or a craft named for the place.
  if (!span.inLongerName && numberedAfter(tokens, last) && onlyPlaces(lexicon, span)) span.inLongerName = span.inNamedBody = true;
  // A town's name, of one word or more, that begins another ("Paris Motor Show", "Green Card", "the Las
  // Vegas Grand Prix"; town-compounds.ts).
  // (The word's flags first: looking a word up costs more than all the rest.)
  if (!span.inLongerName && everydayWordAfter(tokens, last + 1) && onlyTowns(lexicon, span)) {
    const id = idAt(last + 1);
    span.inLongerName = id >= 0 && (lexicon.tokenFlags[id]! & TF_COMMON) !== 0;
  }
  // A writer's name in a byline (bylines.ts): "By Tara Parker-Pope".
  if (!span.inLongerName && single) span.inLongerName = inByline(text, tokens, first, last);
  // "Charles M. Blow", "Jordan B. Peterson": a name, a capital initial and a capitalised word are
  // someone's full name, a person we do not know — not the King's "Charles", not the country.
  if (!span.inLongerName && single) span.inLongerName = initialAndNameAfter(tokens, last);
  // A surname quoted as a speaker (speech.ts): "Kuroda said" is not the town of Kuroda. Where the
  // dataset has people of that surname, the towns go and the people stay, to be weighed as any short
  // form is: "Ueda said the Bank of Japan would raise rates" was the town of Ueda, not its governor.
  if (!span.inLongerName && single && hit[SPEAKER_CUE] === 1 && quotedSpeaker(tokens, first)) {
    if (minorTowns(lexicon, span)) span.inLongerName = true;
    else if (minorTownsAnd(lexicon, span, PERSON)) narrowReadings(lexicon, span, entriesOfKind(lexicon, span, PERSON));
    // So is a company or a body named like a little town: "Nokia said", not the Finnish town of Nokia.
    else if (minorTownsAnd(lexicon, span, ORGANIZATION)) narrowReadings(lexicon, span, entriesOfKind(lexicon, span, ORGANIZATION));
  }
  // A founder's name in a firm's name (firm-names.ts): "Kidder, Peabody and Co". (A company we know,
  // "Halden and Co", is that firm: its legal form joins its name in findSpans.)
  if (!span.inLongerName && single && !onlyKind(lexicon, span, ORGANIZATION)) span.inLongerName = inFirmName(text, tokens, first);
  // An author in a reference list (reference-lists.ts): "Burton, David (2013)", "Linz, B.;" — and the
  // given name itself: "Mackay, Duncan (1986)", "Gordon, Victoria. A history".
  if (!span.inLongerName && single) span.inLongerName = citedAuthor(text, tokens, lexicon, idAt, first, free);
  // A capitalised everyday word before a name makes a longer one (words-before-names.ts): "Good Morning
  // America", "the Big Apple". (The word's flags first: looking a word up costs more than all the rest.)
  if (!span.inLongerName && single && free && everydayWordBefore(tokens, first) && !onlyKind(lexicon, span, PERSON)) {
    const id = idAt(first - 1);
    if (id >= 0 && (lexicon.tokenFlags[id]! & (TF_COMMON | TF_TITLE)) === TF_COMMON) span.inLongerName = span.inNamedBody = true;
  }
  // "Home Page", "Share This Page": a surname that is an everyday word, after a capitalised everyday word,
  // is as likely a phrase in title case (a menu, a button) as a name: its capital proves nothing, and it
  // links only to a person the page names in full (resolve.ts). (Not an organisation's short form: "How
  // a Single Senate Republican Could…" is a headline's.)
  if (!span.weak && single && first > 0 && commonSurname(lexicon, span) && capitalWordBefore(tokens, lexicon, idAt, first)) span.weak = true;
  // Neither of the next two reads a country's name: "China's shares" are its market's, and a national
  // team is named for its country, whose card still serves.
  if (!span.inLongerName && !someCountry(lexicon, span)) {
    // A company named like a place (company-places.ts): "Santander's new CEO" is the bank's, or no place's.
    // After "the CEO of", a company the dataset knows ("the former CEO of Apple"); without one the
    // place keeps its card ("the founder of Rome").
    // So do the words before a university's short name (study-places.ts): "dropped out of Stanford".
    // So do the company's deeds after its name (company-places.ts): "Zurich raised its dividend", "Sabadell
    // posted a record profit" — which no town does; "Santander agreed to buy TSB", where the dataset has a
    // company of the name.
    const acts = single && hit[COMPANY_ACTS_CUE] === 1 ? companyActsAfter(tokens, last) : ACTS_NONE;
    if ((hit[COMPANY_POSSESSIVE_CUE] === 1 && companyPossessive(text, tokens, last)) || acts === ACTS_SURELY ||
      (((hit[COMPANY_ROLE_CUE] === 1 && companyRoleBefore(tokens, first)) || (hit[STUDY_CUE] === 1 && studyCueBefore(tokens, first)) || acts === ACTS_LIKELY) && someOrganization(lexicon, span))) companyReadings(lexicon, span);
    // Its shares say a company, not which ("Orbit shares" may be any Orbit's), but no person: "Dell shares
    // jumped" is not Michael Dell's, whom the page names (speech.ts).
    else if (hit[SHARES_CUE] === 1 && sharesAfter(tokens, last) && someOrganization(lexicon, span)) narrowReadings(lexicon, span, entriesOfKind(lexicon, span, ORGANIZATION));
    // A town's or a state's name used for its team (sports-teams.ts): "Alabama's coach", "plays for Aachen",
    // a town's or a club's right before a role ("Liverpool head coach", "Chelsea fans"; a nation's there
    // names its national team);
    // the team's own reading, when the dataset has the club, is what the words say ("Arsenal beat
    // Liverpool 2-1": Liverpool F.C., not the city), as a company's is after its possessive.
    // (A US state's name before a role is its college's team too: "Indiana coach Curt Cignetti" — but its
    // fans may be the state's people as well as the team's.)
    else if (namedAsTeam(text, tokens, first, last, hit[TEAM_AFTER_CUE] === 1, hit[TEAM_BEFORE_CUE] === 1)) teamReadings(lexicon, span, theBefore(tokens, first), scoreAround(tokens, first, last));
    else if (hit[TEAM_ROLE_CUE] === 1 && teamRoleAfter(tokens, last) && (onlyTowns(lexicon, span) || (onlyStates(lexicon, span) && !FANS.has(tokens, last + 1)) || someOrganization(lexicon, span))) {
      teamReadings(lexicon, span, theBefore(tokens, first), false);
    }
    // A leader's surname before what only a leader has (leader-words.ts): "the Biden administration".
    else if (single && hit[LEADER_WORD_CUE] === 1 && leaderWordAfter(tokens, last)) leaderReadings(lexicon, span);
    // A person named like a town (personal-possessives.ts): "Miranda's life" is no Venezuelan state's.
    else if (single && hit[PERSONAL_POSSESSIVE_CUE] === 1 && personalPossessive(text, tokens, last) && somePlace(lexicon, span)) personReadings(lexicon, span);
    // An index by its compiler's or exchange's name in a market report (market-reports.ts): "Japan's
    // Nikkei fell 0.6 percent" is the Nikkei 225, where the dataset has it.
    else if (hit[MARKET_MOVE_CUE] === 1 && marketMoveAt(tokens, last + 1, (tokens.flags[first]! & T_AFTER_POSSESSIVE) !== 0)) {
      const index = indexEntries(lexicon, text.slice(span.start, span.end));
      // (The words are the context: the index's readings replace the name's, which its own do not include.)
      if (index) { span.entries = index; span.modes = modesOf(lexicon, index); span.placed = true; }
    }
  }
  // (A list of names, after a comma or opening one, is read whatever the cue says: regionWordAround.)
  span.regionWord = (hit[REGION_WORD_CUE] === 1 || commaAfter || (tokens.flags[first]! & (T_JOIN | T_SENT)) === 0) && regionWordAround(tokens, first, last);
}

/** A county's name: its region readings, or none (see readAround). */
function countyReadings(lexicon: Lexicon, span: Span): void {
  const regions = span.entries.filter((e) => (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_REGION) !== 0);
  if (regions.length > 0) narrowReadings(lexicon, span, regions);
  else span.inLongerName = span.inNamedBody = true;
}

/**
 * Whether some reading of a span is a town, a region or a country, and no other is a place (a river,
 * a sea or a mountain range: "the Alps"). (A person's or a company's may be among them: "Jordan".)
 */
function townsRegionsCountries(lexicon: Lexicon, span: Span): boolean {
  let some = false;
  for (const e of span.entries) {
    const entity = lexicon.entryEntity[e]!;
    if ((lexicon.entityFlags[entity]! & (F_CITY | F_REGION | F_COUNTRY)) !== 0) some = true;
    else if (lexicon.entityKind[entity] === PLACE) return false;
  }
  return some;
}

/** Whether some reading of a span is a person's short form (a surname) that is an everyday English word: "Page", "Rice". */
function commonSurname(lexicon: Lexicon, span: Span): boolean {
  for (const e of span.entries) {
    const ef = lexicon.entryFlags[e]!;
    const mode = ef & MODE_MASK;
    if ((mode === M_NEEDS_CONTEXT || mode === M_COREF) && (ef & E_COMMON) !== 0 && lexicon.entityKind[lexicon.entryEntity[e]!] === PERSON) return true;
  }
  return false;
}

/**
 * Whether token k follows, with nothing but a space between, a capitalised everyday word that is no title
 * ("President Page") and no given name ("Will Page"): "Home", "This", also at a line's start.
 */
function capitalWordBefore(tokens: Tokens, lexicon: Lexicon, idAt: (k: number) => number, k: number): boolean {
  if ((tokens.flags[k]! & (T_JOIN | T_HYPHEN)) !== T_JOIN || (tokens.flags[k - 1]! & (T_CAP | T_ALLCAPS)) !== T_CAP) return false;
  const id = idAt(k - 1);
  return id >= 0 && (lexicon.tokenFlags[id]! & (TF_COMMON | TF_TITLE | TF_GIVEN)) === TF_COMMON;
}

/** Whether the token after `last` is a number joined to it by a hyphen ("Karbala-8"). */
function numberedAfter(tokens: Tokens, last: number): boolean {
  const k = last + 1;
  return k < tokens.count && (tokens.flags[k]! & (T_JOIN | T_HYPHEN)) === (T_JOIN | T_HYPHEN) && tokens.letters[k] === 0;
}

/** Whether no token in [first, last] begins with a capital. */
function noCapital(flags: Uint8Array, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if ((flags[k]! & T_CAP) !== 0) return false;
  return true;
}

/**
 * Whether token k is a capital initial: one capital letter ("W", "D" of "D."), and nothing else — not
 * a letter with digits ("the 2026 T20 World Cup" is no "2026 World Cup" with a middle initial).
 */
function capitalInitial(tokens: Tokens, k: number): boolean {
  return tokens.letters[k] === 1 && tokens.foldLen[k] === 1 && (tokens.flags[k]! & T_CAP) !== 0;
}

/** Whether token k is followed by a capital initial and a capitalised word, joined ("Charles M. Blow"). */
function initialAndNameAfter(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  return k + 2 < tokens.count && (flags[k + 1]! & T_JOIN) !== 0 && capitalInitial(tokens, k + 1) &&
    (flags[k + 2]! & (T_JOIN | T_CAP | T_SENT)) === (T_JOIN | T_CAP) && tokens.letters[k + 2]! > 1;
}

/** Whether token k follows a capital initial ("D. Bhargava"): it ends a person's name. */
function initialBefore(tokens: Tokens, k: number): boolean {
  return k >= 1 && (tokens.flags[k]! & T_JOIN) !== 0 && capitalInitial(tokens, k - 1);
}

/** Whether word `id` is a title ("President", "King"). */
function titleWord(lexicon: Lexicon, id: number): boolean {
  return id >= 0 && (lexicon.tokenFlags[id]! & TF_TITLE) !== 0;
}

/** Whether every reading of a span is a paper, magazine or broadcaster. */
function allMedia(lexicon: Lexicon, span: Span): boolean {
  for (const entry of span.entries) if ((lexicon.entityFlags[lexicon.entryEntity[entry]!]! & F_MEDIA) === 0) return false;
  return true;
}

/** Whether some reading of a span is a paper, a magazine or a broadcaster. */
function someMedia(lexicon: Lexicon, span: Span): boolean {
  for (const entry of span.entries) if ((lexicon.entityFlags[lexicon.entryEntity[entry]!]! & F_MEDIA) !== 0) return true;
  return false;
}

/** Whether entity e is a place that is no town, region or country: a building, a landmark, a feature. */
function landmark(lexicon: Lexicon, e: number): boolean {
  return lexicon.entityKind[e] === PLACE && (lexicon.entityFlags[e]! & (F_CITY | F_REGION | F_COUNTRY)) === 0;
}

/** Keeps a span's place readings, which the words around it single out. */
function keepPlaces(lexicon: Lexicon, span: Span): void {
  keepReadings(lexicon, span, entriesOfKind(lexicon, span, PLACE));
}

/** Whether every reading of a span is by a body's generic name ("Senate", "Supreme Court"; format.ts, E_GENERIC_BODY). */
function allGenericBodies(lexicon: Lexicon, span: Span): boolean {
  return span.entries.every((e) => (lexicon.entryFlags[e]! & E_GENERIC_BODY) !== 0);
}

/**
 * Keeps the readings of a generic body's name (`body`) that are bodies of a country `owner` reads as —
 * or, where every reading of `owner` is a person, of those people's countries ("Bolsonaro's Liberal
 * Party" is Brazil's); with none, the name is another body's, one we do not know. Changes nothing when
 * `owner` reads as no country and no person of a known country.
 */
function keepCountrysBodies(lexicon: Lexicon, owner: Span, body: Span): void {
  const readings = owner.entries.map((e) => lexicon.entryEntity[e]!);
  const people = readings.length > 0 && readings.every((x) => lexicon.entityKind[x] === PERSON);
  const countries = people ? readings.map((x) => lexicon.entityCountry[x]!).filter((c) => c >= 0) : readings.filter((c) => (lexicon.entityFlags[c]! & F_COUNTRY) !== 0);
  if (countries.length === 0) return;
  const own = body.entries.filter((e) => countries.includes(lexicon.entityCountry[lexicon.entryEntity[e]!]!));
  if (own.length > 0) { body.entries = own; body.placed = true; } else body.inLongerName = body.inNamedBody = true;
}

/** Whether every reading of a span is a country (or its people's word: "Russian"). */
function onlyCountries(lexicon: Lexicon, span: Span): boolean {
  return span.entries.length > 0 && span.entries.every((e) => (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_COUNTRY) !== 0);
}

/** Whether every reading of a span is an organisation of one country, and none a company or a club (F_BRAND, F_TEAM). */
function nationalBodies(lexicon: Lexicon, span: Span): boolean {
  return span.entries.length > 0 && span.entries.every((e) => {
    const x = lexicon.entryEntity[e]!;
    return lexicon.entityKind[x] === ORGANIZATION && lexicon.entityCountry[x]! >= 0 && (lexicon.entityFlags[x]! & (F_BRAND | F_TEAM)) === 0;
  });
}

/** Whether some reading of a span is a region. */
function someRegion(lexicon: Lexicon, span: Span): boolean {
  for (const entry of span.entries) if ((lexicon.entityFlags[lexicon.entryEntity[entry]!]! & F_REGION) !== 0) return true;
  return false;
}

/**
 * Keeps a span's organisation readings when it has any and others besides ("Santander": the bank and
 * the city; "Liverpool": the club and the city); marks a span of places alone as part of a name we do
 * not know.
 */
function companyReadings(lexicon: Lexicon, span: Span): void {
  const orgs = entriesOfKind(lexicon, span, ORGANIZATION);
  if (orgs.length === 0) {
    if (onlyPlaces(lexicon, span)) span.inLongerName = span.inNamedBody = true;
    return;
  }
  // (The words are the context a company's short name needs: "Santander" is the bank's only with it.)
  keepReadings(lexicon, span, orgs);
}

/** Keeps a span's one well-known person's readings where the words after it say a leader (leader-words.ts); they are the context its surname needs. */
function leaderReadings(lexicon: Lexicon, span: Span): void {
  const kept = leaderEntries(lexicon, span.entries);
  if (kept) keepReadings(lexicon, span, kept);
}

/** Narrows a span to `kept` of its entries, which the words around it single out: they are its context (Span.placed). */
function keepReadings(lexicon: Lexicon, span: Span, kept: number[]): void {
  span.placed = true;
  narrowReadings(lexicon, span, kept);
}

/** Narrows a span to `kept` of its entries, leaving what the page must say for them (Span.placed) as it was. */
function narrowReadings(lexicon: Lexicon, span: Span, kept: number[]): void {
  if (kept.length === span.entries.length) return;
  span.entries = kept;
  span.modes = modesOf(lexicon, kept);
}

/** The match modes of lexicon entries, as bits (Span.modes). */
function modesOf(lexicon: Lexicon, entries: readonly number[]): number {
  let modes = 0;
  for (const e of entries) modes |= 1 << (lexicon.entryFlags[e]! & MODE_MASK);
  return modes;
}

/** Whether "the", in either case, stands right before token k and joins it: "the Lions", "The Tigers". */
function theBefore(tokens: Tokens, k: number): boolean {
  return k > 0 && (tokens.flags[k]! & T_JOIN) !== 0 && THE.has(tokens, k - 1);
}

/** How many words from a team's name a match's score may stand: "beat Anadolu Efes 88-80", "lost 80-75 to". */
const SCORE_WORDS = 4;

/** Whether a match's score stands within SCORE_WORDS words of tokens [first, last], in the same clause. */
function scoreAround(tokens: Tokens, first: number, last: number): boolean {
  if (scoreWithin(tokens, last + 1, SCORE_WORDS)) return true;
  let k = first;
  while (k > 0 && first - k < SCORE_WORDS && (tokens.flags[k]! & T_JOIN) !== 0) k--;
  return k < first && scoreWithin(tokens, k, first - k);
}

/**
 * Keeps a span's organisation readings (the club) where the words name a team; without one, the
 * name is a team we do not know, whatever else it may read as ("traded to Houston": neither the city
 * nor Whitney Houston) — unless it reads as no place at all: a player beats a player too.
 */
function teamReadings(lexicon: Lexicon, span: Span, afterThe: boolean, inMatch: boolean): void {
  // (A nickname after "the", "the Lions", "The Tigers": the words say a team — not the Tamil Tigers — but
  // not which of the many so called, the Detroit Lions or the Brisbane Lions. Its own places must, as
  // anywhere: resolve.ts. A club's own name takes no article and is the club: "Arsenal beat Chelsea".)
  const teams = span.entries.filter((e) => (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_TEAM) !== 0);
  if (afterThe && teams.length > 0 && !somePlace(lexicon, span)) { narrowReadings(lexicon, span, teams); return; }
  // (A company's name and no club's, in a match's words with a score, is a club named after its sponsor:
  // "Fenerbahçe Beko beat Anadolu Efes 88-80" is the basketball club, not the brewer. "Microsoft fans"
  // are the company's, and "cut ties with Naver" no match.)
  if (inMatch && teams.length === 0 && someOrganization(lexicon, span) && span.entries.every((e) => (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_BRAND) !== 0)) {
    span.inLongerName = span.inNamedBody = true;
    return;
  }
  if (someOrganization(lexicon, span)) companyReadings(lexicon, span);
  else if (somePlace(lexicon, span)) span.inLongerName = span.inNamedBody = span.teamTown = true;
}

/** Whether every reading of a span is a sports club (F_TEAM), and it is no part of a longer name. */
function onlyTeams(lexicon: Lexicon, span: Span): boolean {
  if (span.inLongerName) return false;
  for (const e of span.entries) if ((lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_TEAM) === 0) return false;
  return true;
}

/** Whether a span reads a town or a region (not a country: a nation's team keeps its card) and also a club named for it. */
function townsClub(lexicon: Lexicon, span: Span): boolean {
  if (span.inLongerName || span.placed) return false;
  let club = false, town = false;
  for (const e of span.entries) {
    const entity = lexicon.entryEntity[e]!;
    if ((lexicon.entityFlags[entity]! & F_COUNTRY) !== 0) return false;
    if ((lexicon.entityFlags[entity]! & F_TEAM) !== 0) club = true;
    else if (lexicon.entityKind[entity] === PLACE) town = true;
  }
  return club && town;
}

/** Keeps a span's club readings, which the words around it single out. */
function keepTeams(lexicon: Lexicon, span: Span): void {
  keepReadings(lexicon, span, span.entries.filter((e) => (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_TEAM) !== 0));
}

/** Keeps the readings of two clubs' spans that are clubs of one country, if any: they face each other in its league. */
function sameLeague(lexicon: Lexicon, a: Span, b: Span): void {
  const countryOf = (e: number) => lexicon.entityCountry[lexicon.entryEntity[e]!]!;
  const ofA = a.entries.filter((e) => countryOf(e) >= 0 && b.entries.some((f) => countryOf(f) === countryOf(e)));
  if (ofA.length === 0) return;
  keepReadings(lexicon, a, ofA);
  keepReadings(lexicon, b, b.entries.filter((f) => ofA.some((e) => countryOf(e) === countryOf(f))));
}

/** Keeps a span's person readings, where the words after it say a person; with none, a place's name is part of another's. */
function personReadings(lexicon: Lexicon, span: Span): void {
  const people = entriesOfKind(lexicon, span, PERSON);
  if (people.length > 0) keepReadings(lexicon, span, people);
  else span.inLongerName = span.inNamedBody = true;
}

/**
 * Whether the all-capital word before token `first` (an acronym of two letters or more, inside the same
 * name's run of words) owns the body or event of several words `span` names: `before` is the span that
 * word is, if any — an acronym the dataset does not hold owns it, and so does one of another body that
 * the span's readings are not tied to ("CAF", the Canadian Armed Forces to us, before "Champions League").
 */
function acronymOwnerBefore(text: string, tokens: Tokens, lexicon: Lexicon, span: Span, first: number, before: Span | null): boolean {
  const a = first - 1;
  if (a < 0 || (tokens.flags[first]! & (T_JOIN | T_ALLCAPS)) !== T_JOIN || (tokens.flags[a]! & T_ALLCAPS) === 0 || tokens.letters[a]! < 2) return false;
  // (A space between, no more: "… and CNN. Standard & Poor's" is the next sentence.)
  if (tokens.start[first]! - tokens.end[a]! !== 1 || text.charCodeAt(tokens.end[a]!) !== 32) return false;
  if (!onlyKind(lexicon, span, ORGANIZATION, EVENT)) return false;
  if (!before) return true;
  const tied = (x: number, y: number) => x === y || lexicon.lists(x, y) || lexicon.lists(y, x);
  return !before.entries.some((b) => span.entries.some((e) => tied(lexicon.entryEntity[b]!, lexicon.entryEntity[e]!)));
}

/** Whether some reading of a span is a person. */
function somePerson(lexicon: Lexicon, span: Span): boolean {
  return span.entries.some((e) => lexicon.entityKind[lexicon.entryEntity[e]!] === PERSON);
}

/** Whether some reading of a span is a place. */
export function somePlace(lexicon: Lexicon, span: Span): boolean {
  return span.entries.some((e) => lexicon.entityKind[lexicon.entryEntity[e]!] === PLACE);
}

/** Whether some reading of a span is an organisation. */
function someOrganization(lexicon: Lexicon, span: Span): boolean {
  return span.entries.some((e) => lexicon.entityKind[lexicon.entryEntity[e]!] === ORGANIZATION);
}

/** Whether some reading of a span is a country. */
function someCountry(lexicon: Lexicon, span: Span): boolean {
  for (const entry of span.entries) if ((lexicon.entityFlags[lexicon.entryEntity[entry]!]! & F_COUNTRY) !== 0) return true;
  return false;
}

/** Whether every reading of a span is a place. */
function onlyPlaces(lexicon: Lexicon, span: Span): boolean {
  return onlyKind(lexicon, span, PLACE);
}

/** Whether every reading of a span is of one kind (a KIND_CODES index), or of either of two. */
function onlyKind(lexicon: Lexicon, span: Span, kind: number, orKind = kind): boolean {
  for (const e of span.entries) {
    const k = lexicon.entityKind[lexicon.entryEntity[e]!];
    if (k !== kind && k !== orKind) return false;
  }
  return true;
}

/** The readings of a span of one kind (a KIND_CODES index). */
function entriesOfKind(lexicon: Lexicon, span: Span, kind: number): number[] {
  return span.entries.filter((e) => lexicon.entityKind[lexicon.entryEntity[e]!] === kind);
}

/**
 * Whether the one-word span at token k is part of an author's name in a citation (reference-lists.ts):
 * the surname before ", Given (1986)", or the given name after "Surname, ". `free`: the word before k
 * is inside no span.
 */
function citedAuthor(text: string, tokens: Tokens, lexicon: Lexicon, idAt: (k: number) => number, k: number, free: boolean): boolean {
  const given = nameAfterComma(text, tokens, k);
  if (given >= 0) {
    const close = citationClose(text, tokens, given);
    // (A town and its country are no author: "Paris, France (2019)". But a word that names no place
    // before one is: "Williamson, Maurice (2013)", though Mauritius is "Maurice" in French.)
    if (close === CITED ? !lexicon.namesPlace(idAt(given), F_COUNTRY) || !lexicon.namesPlace(idAt(k))
      : close === MAYBE_CITED && givenNotPlace(lexicon, idAt(given))) return true;
  }
  if (k === 0 || (tokens.flags[k - 1]! & T_CAP) === 0 || nameAfterComma(text, tokens, k - 1) !== k) return false;
  const close = citationClose(text, tokens, k);
  // (Not after a place when the word is a country or a region: "Paris, France (2019)" names both. After a
  // town, a town's or a person's name is the author's given name: "Mackay, Duncan (1986)".)
  if (close === CITED) return !lexicon.namesPlace(idAt(k - 1)) || (!lexicon.namesPlace(idAt(k), F_COUNTRY) && !lexicon.namesPlace(idAt(k), F_REGION));
  return close === MAYBE_CITED && free && (lexicon.tokenFlags[idAt(k)]! & TF_GIVEN) !== 0 && unknownWord(lexicon, idAt(k - 1));
}

/** Whether word `id` begins no name of ours (-1: the lexicon does not hold it). */
function unknownWord(lexicon: Lexicon, id: number): boolean {
  return id < 0 || lexicon.rootChild[id]! < 0;
}

/** Whether word `id` is a given name that is not itself a place's name ("Victoria", "Georgia" are both). */
function givenNotPlace(lexicon: Lexicon, id: number): boolean {
  return id >= 0 && (lexicon.tokenFlags[id]! & TF_GIVEN) !== 0 && !lexicon.namesPlace(id);
}

/** Below this prominence a town does not speak for a government ("Ankara said" does: 0.9). */
const SPEAKING_TOWN = 0.5;

const FANS = new WordSet(['fans', 'supporters']);

/**
 * Whether every reading of a span is a US state, and it has one: before a role, its college's team
 * ("Indiana coach Curt Cignetti"). (Another country's region there is its national side, whose card
 * serves: "Scotland manager Steve Clarke".)
 */
function onlyStates(lexicon: Lexicon, span: Span): boolean {
  return span.entries.length > 0 && span.entries.every((e) => {
    const x = lexicon.entryEntity[e]!;
    const c = lexicon.entityCountry[x]!;
    return (lexicon.entityFlags[x]! & (F_REGION | F_COUNTRY)) === F_REGION && c >= 0 && lexicon.entityId(c) === 'country:us';
  });
}

/**
 * Whether every name reading of a span is a town: a place, but no country or region. (Short forms do
 * not count: "Paris" is also a Trojan prince's name, who is no more in "Paris Motor Show".) With
 * `cities`, a town or a city (subkind "city") only: no landmark, river or museum either.
 */
function onlyTowns(lexicon: Lexicon, span: Span, cities = false): boolean {
  let towns = false;
  for (const e of span.entries) {
    const mode = lexicon.entryFlags[e]! & MODE_MASK;
    if (mode === M_NEEDS_CONTEXT || mode === M_COREF) continue;
    const entity = lexicon.entryEntity[e]!;
    if (cities ? (lexicon.entityFlags[entity]! & F_CITY) === 0 : !lexicon.isTown(entity)) return false;
    towns = true;
  }
  return towns;
}

/** Whether every reading of a span is a town (no country or region) too little known to speak for a government. */
function minorTowns(lexicon: Lexicon, span: Span): boolean {
  for (const e of span.entries) {
    const entity = lexicon.entryEntity[e]!;
    if (!lexicon.isTown(entity) || lexicon.prominence(entity) >= SPEAKING_TOWN) return false;
  }
  return true;
}

/** Whether a span reads people (or bodies, `kind`) and towns too little known to speak for a government, and nothing else. */
function minorTownsAnd(lexicon: Lexicon, span: Span, kind: number): boolean {
  let speakers = false;
  let towns = false;
  for (const e of span.entries) {
    const entity = lexicon.entryEntity[e]!;
    if (lexicon.entityKind[entity] === kind) speakers = true;
    else if (lexicon.isTown(entity) && lexicon.prominence(entity) < SPEAKING_TOWN) towns = true;
    else return false;
  }
  return speakers && towns;
}

/**
 * Whether token k, joined to its neighbour (`joinAt` carries the join flag), is a capitalised word
 * that is neither a common word, a title nor an acronym. `free`: k is not inside a span. Even a
 * word that is itself a known name counts: "Paris Hilton" is not Paris next to Hilton (a town).
 */
function unknownName(tokens: Tokens, lexicon: Lexicon, idAt: (k: number) => number, k: number, joinAt: number, free: boolean): boolean {
  if (!free || k < 0 || k >= tokens.count || joinAt >= tokens.count) return false;
  const f = tokens.flags[k]!;
  if ((f & T_CAP) === 0 || (f & (T_TITLE | T_ALLCAPS)) !== 0 || (tokens.flags[joinAt]! & T_JOIN) === 0) return false;
  // "En Chile, donde…": another language's preposition or article opening a sentence (other-languages.ts).
  if ((f & T_SENT) !== 0 && sentenceOpener(tokens, k)) return false;
  // "Labour MPs", "Tory MEPs": a party's members, written in capitals, name no longer party.
  if (MEMBERS.has(tokens, k)) return false;
  const id = idAt(k);
  return id < 0 || (lexicon.tokenFlags[id]! & TF_COMMON) === 0;
}

/** Members of a parliament, as written after their party's name (folded: "MPs" is "mps"). */
const MEMBERS = new WordSet('mp mps mep meps msp msps mla mlas td tds'.split(' '));
/** Capitalised words before a place that say which part of it, the dataset's words aside ("Northern", "Greater" are): "Upstate New York". */
const PART_OF_PLACE = new WordSet('upstate downstate coastal'.split(' '));

const COMPASS = new WordSet(['north', 'south', 'east', 'west']);
const IN = new WordSet(['in']);
/** What a country or a region has that is a town, or a region: "Tripoli, Lebanon's second-largest city". */
const TOWN_NOUNS = new WordSet('city town village port capital'.split(' '));

/** Whether a town's noun in lower case follows the name that ends at token `last`: "the Minnesota town". */
function townNounAfter(tokens: Tokens, last: number): boolean {
  const k = last + 1;
  return k < tokens.count && (tokens.flags[k]! & (T_CAP | T_JOIN)) === T_JOIN && TOWN_NOUNS.has(tokens, k);
}
const REGION_NOUNS = new WordSet('province region state island'.split(' '));
/** How many words may describe it: "second-largest", "northern port". */
const PLACE_NOUN_WORDS = 2;
const PLACE_NONE = 0;
const PLACE_TOWN = 1;
const PLACE_REGION = 2;

/**
 * What the words after token `last`'s possessive name, in lower case: a town of it ("Lebanon's
 * second-largest city", "Ukraine's southern port"), a region of it, or neither (PLACE_*). The name
 * before the comma lies there (containers.ts).
 */
function placeAfterPossessive(tokens: Tokens, last: number): number {
  const first = last + 1;
  if (first >= tokens.count || (tokens.flags[first]! & T_AFTER_POSSESSIVE) === 0) return PLACE_NONE;
  for (let k = first; k < tokens.count && k <= first + PLACE_NOUN_WORDS; k++) {
    if ((tokens.flags[k]! & T_CAP) !== 0 || (k > first && (tokens.flags[k]! & T_JOIN) === 0)) return PLACE_NONE;
    if (TOWN_NOUNS.has(tokens, k)) return PLACE_TOWN;
    if (REGION_NOUNS.has(tokens, k)) return PLACE_REGION;
  }
  return PLACE_NONE;
}

/** Keeps a span's town readings; with none, it is a town we do not know (doubted as inside a longer name). */
function keepTowns(lexicon: Lexicon, span: Span): void {
  const towns = span.entries.filter((e) => lexicon.isTown(lexicon.entryEntity[e]!));
  if (towns.length === 0) span.inLongerName = true;
  else narrowReadings(lexicon, span, towns);
}

const CITY = new WordSet(['city']);

/** Whether a capitalised "City" follows token k, inside a sentence that is no headline: "Oaxaca City", "Lincoln City". */
function cityAfter(tokens: Tokens, k: number): boolean {
  const next = k + 1;
  return next < tokens.count && (tokens.flags[next]! & (T_JOIN | T_CAP | T_SENT | T_TITLE | T_HYPHEN)) === (T_JOIN | T_CAP) && CITY.has(tokens, next);
}
/** cityAfter's cue (cues.ts). */
const CITY_CUE = cue([CITY, A1]);

/** Countries whose towns are never called "<Town> City": the name is a club's there. */
const CLUB_CITY_COUNTRIES = ['country:gb', 'country:ie'];

/** Reads "<Town> City": a club of a British or Irish town's name (no reading of ours), else the town of a region's name. */
function townCity(lexicon: Lexicon, span: Span): void {
  const towns = span.entries.filter((e) => lexicon.isTown(lexicon.entryEntity[e]!));
  if (towns.length === 0) return;
  const inClubLand = (e: number) => { const c = lexicon.entityCountry[lexicon.entryEntity[e]!]!; return c >= 0 && CLUB_CITY_COUNTRIES.includes(lexicon.entityId(c)); };
  if (towns.some(inClubLand)) span.inLongerName = span.inNamedBody = true;
  else keepTowns(lexicon, span);
}

/** A town's own people and services, between its name and where it lies: "Rome police in Georgia". */
const TOWNS_PEOPLE = new WordSet('police officials authorities firefighters deputies residents council'.split(' '));
/** Words that describe a part or a kind of a place before its name, in lower case (check: "central Greece", "new Jersey"). */
const PART_WORDS = new WordSet('northern southern eastern western central northeastern northwestern southeastern southwestern north south east west upper lower new great greater'.split(' '));

/** Parts of a country by the compass: "in northern Lebanon", "in the south-east of" is not one. */
const COMPASS_PARTS = new WordSet('northern southern eastern western central northeastern northwestern southeastern southwestern north south east west'.split(' '));

/**
 * Whether the words between token `town` and token `at` are "in" and a point of the compass, in lower
 * case, after a comma: "Tripoli, in northern Lebanon", "Goma, in eastern Congo"; or without the comma
 * ("fighting flared in Tripoli in northern Lebanon") — the place at `at` is where the town lies, as
 * after "in" alone ("Valencia in Spain").
 */
function inRegionOf(tokens: Tokens, town: number, at: number): boolean {
  if (at < town + 3 || at > town + 6) return false;
  const f = tokens.flags;
  if ((f[town + 1]! & T_CAP) !== 0 || (f[town + 1]! & (T_AFTER_COMMA | T_JOIN)) === 0 || !IN.has(tokens, town + 1) || (f[at]! & T_JOIN) === 0) return false;
  // "in northern Lebanon"; or "in the north of Lebanon", "in the central west of NSW".
  if (at === town + 3) return lowerJoined(tokens, town + 2) && COMPASS_PARTS.has(tokens, town + 2);
  // (One or two points of the compass between "the" and "of".)
  if (at === town + 4 || !lowerJoined(tokens, town + 2) || !THE.has(tokens, town + 2) || !ofJoins(tokens, at - 1)) return false;
  for (let k = town + 3; k < at - 1; k++) if (!lowerJoined(tokens, k) || !COMPASS_PARTS.has(tokens, k)) return false;
  return true;
}

/**
 * Whether the country at token k follows a capitalised compass word: "West Germany", "South Vietnam",
 * "North Yemen" — another state than today's country (those the dataset knows, "South Korea", are
 * matched whole before this is asked). The compass word may itself have matched a name ("West", a
 * surname): it is still the state's.
 */
function compassCountry(tokens: Tokens, lexicon: Lexicon, span: Span, k: number): boolean {
  if (k < 1 || (tokens.flags[k]! & T_JOIN) === 0 || (tokens.flags[k - 1]! & T_CAP) === 0 || !COMPASS.has(tokens, k - 1)) return false;
  for (const e of span.entries) if ((lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_COUNTRY) === 0) return false;
  return true;
}
/** compassCountry's cue (cues.ts). */
const COMPASS_CUE = cue([COMPASS, B1]);

/** Whether word `id` is a common given name ("Henry"). */
function givenName(lexicon: Lexicon, id: number): boolean {
  return id >= 0 && (lexicon.tokenFlags[id]! & TF_GIVEN) !== 0;
}

/**
 * Whether the given name at token k begins a person's name with a particle: "Charles de Thierry",
 * "Luis de Miranda" (a name the dataset knows, "Charles de Gaulle", is matched whole before this).
 */
function particleSurnameAfter(tokens: Tokens, lexicon: Lexicon, idAt: (k: number) => number, k: number): boolean {
  const flags = tokens.flags;
  if (k + 2 >= tokens.count || (flags[k + 1]! & (T_CAP | T_JOIN)) !== T_JOIN || !PARTICLES.has(tokens, k + 1) ||
    (flags[k + 2]! & (T_CAP | T_JOIN | T_SENT)) !== (T_CAP | T_JOIN)) return false;
  return givenName(lexicon, idAt(k));
}

/**
 * Whether token k follows a capitalised given name, directly or across a middle initial ("Gerald
 * R. Ford") or a particle ("Luis de Miranda"). `taken`: the last token inside a longer earlier span
 * (a one-word span may be the name).
 */
function firstNameBefore(tokens: Tokens, lexicon: Lexicon, idAt: (k: number) => number, k: number, taken: number): boolean {
  const flags = tokens.flags;
  if ((flags[k]! & T_JOIN) === 0 || k < 1) return false;
  let g = k - 1;
  if (capitalInitial(tokens, g) && g >= 1 && (flags[g]! & T_JOIN) !== 0) g--;
  // A surname's particle: "Luis de Miranda", "Ludwig van Beethoven".
  else if ((flags[g]! & T_CAP) === 0 && g >= 1 && (flags[g]! & T_JOIN) !== 0 && PARTICLES.has(tokens, g)) g--;
  if (g <= taken || (flags[g]! & (T_CAP | T_ALLCAPS)) !== T_CAP) return false;
  const id = idAt(g);
  if (id < 0 || (lexicon.tokenFlags[id]! & TF_GIVEN) === 0) return false;
  // In a headline every word has a capital, so a given name that is also a word ("Will", "Mark",
  // "Grace") proves nothing there; "Kevin" still does ("Por Jeré Longman y Kevin Draper").
  return (flags[g]! & T_TITLE) === 0 || (lexicon.tokenFlags[id]! & TF_COMMON) === 0;
}

/**
 * Words capitalised after a place's name that make no longer name: days and months (dates.ts: "talks in Jordan
 * Monday"), and a state's legislature, which region-words.ts reads ("the Georgia Legislature").
 */
const NO_LONGER_NAME = new WordSet([...DAY_WORDS, ...MONTH_WORDS, 'legislature']);
/** Places' names that are given names too, and not in the list of given names (given-names.ts), whose towns it would doubt. */
const PLACES_AND_GIVEN_NAMES = new WordSet('jordan georgia chad india israel kenya dakota cuba'.split(' '));

/**
 * Whether the one-word name at token k is a given name ("Jordan", "Georgia", "Chad") before a capitalised
 * word of the language inside a sentence: "quarterback Jordan Love threw" names a person we do not know,
 * as "Jordan Smith" does (unknownName) — or a body, "Georgia Power", "Austin City Limits". Neither is
 * the place. Not before a title ("Georgia Gov. Brian Kemp" is the state's governor), nor a word of
 * NO_LONGER_NAME.
 */
function givenNameBeforeWord(tokens: Tokens, lexicon: Lexicon, idAt: (k: number) => number, k: number): boolean {
  const j = k + 1;
  if (j >= tokens.count) return false;
  const f = tokens.flags[k]!, g = tokens.flags[j]!;
  if ((f & (T_CAP | T_TITLE | T_ALLCAPS)) !== T_CAP || (g & (T_JOIN | T_CAP | T_SENT | T_TITLE | T_ALLCAPS | T_HYPHEN)) !== (T_JOIN | T_CAP)) return false;
  const given = idAt(k);
  if (given < 0 || ((lexicon.tokenFlags[given]! & TF_GIVEN) === 0 && !PLACES_AND_GIVEN_NAMES.has(tokens, k))) return false;
  // (A word that begins a name we know makes a span of its own, which is read as such: "Georgia Senate".)
  const word = idAt(j);
  return word >= 0 && (lexicon.tokenFlags[word]! & (TF_COMMON | TF_TITLE)) === TF_COMMON && lexicon.rootChild[word]! < 0 && !NO_LONGER_NAME.has(tokens, j);
}

/** Below this prominence a town named like a surname is taken for one after an unknown name ("Cheyann Shaw"). */
const SURNAME_TOWN = 0.3;
/** Prominence under which a town's name after a Romance article is taken for a noun (check, articleBefore). */
const LITTLE_KNOWN_TOWN = 0.5;

/**
 * Whether the one-word name at token k follows a capitalised word we know nothing of — no common word,
 * no initial, not the beginning of any name — as a surname follows a given name missing from our list
 * ("Cheyann Shaw, 23", "identified as Trevor Tice"), and every reading of it is a person's short form or
 * a little-known town: it is then the surname of a person we do not know, as after a given name we know
 * (firstNameBefore), and the resolver doubts its other readings on the rest of the page ("Shaw's body",
 * the headline "Yoga Trevor Tice Found Dead", where every word has a capital and proves nothing).
 * `free`: the word before is inside no span.
 */
function surnameAfterUnknownName(tokens: Tokens, lexicon: Lexicon, idAt: (k: number) => number, span: Span, k: number, free: boolean): boolean {
  if (!free || k < 1 || (tokens.flags[k]! & T_JOIN) === 0) return false;
  const g = k - 1;
  if ((tokens.flags[g]! & (T_CAP | T_TITLE | T_ALLCAPS)) !== T_CAP || tokens.letters[g]! < 2) return false;
  const id = idAt(g);
  if (id >= 0 && ((lexicon.tokenFlags[id]! & TF_COMMON) !== 0 || lexicon.rootChild[id]! >= 0)) return false;
  for (const entry of span.entries) {
    const e = lexicon.entryEntity[entry]!;
    const mode = lexicon.entryFlags[entry]! & MODE_MASK;
    const surname = lexicon.entityKind[e] === PERSON ? mode === M_NEEDS_CONTEXT || mode === M_COREF : lexicon.isTown(e) && lexicon.prominence(e) < SURNAME_TOWN;
    if (!surname) return false;
  }
  return true;
}

/**
 * Whether tokens [first, last] are dotted initials that go on before or after without a space:
 * "S.C." inside "C.S.C. Security Service", "N.Y." inside "N.Y.C." — another name's letters, not South
 * Carolina or New York State. (An initialism the dataset knows whole, "U.S.A.", is matched whole.)
 */
function insideInitialism(text: string, tokens: Tokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens.letters[k] !== 1) return false;
  // (A capital: "U.N.s Food and Agriculture Organisation" is the U.N.'s, with the apostrophe lost.)
  return (first > 0 && capitalInitial(tokens, first - 1) && dotOnlyBetween(text, tokens, first - 1)) ||
    (last + 1 < tokens.count && capitalInitial(tokens, last + 1) && dotOnlyBetween(text, tokens, last));
}

/** Whether a lone dot, and no space, separates token k from the next: "C.S" in "C.S.C.". */
function dotOnlyBetween(text: string, tokens: Tokens, k: number): boolean {
  return tokens.start[k + 1]! - tokens.end[k]! === 1 && text.charCodeAt(tokens.end[k]!) === 46;
}

/** Whether every entry's alias begins with a lower-case letter (a "the" it starts with is not part of the name). */
function lowerTheOnly(lexicon: Lexicon, entries: readonly number[]): boolean {
  for (const e of entries) if ((lexicon.entryCase[e]! & 1) !== 0) return false;
  return true;
}

/**
 * The span of tokens [first, last] at trie node `node`, keeping the entries whose spelling rules hold;
 * null if none does. `credit`: the word is an agency's in a photo credit (credits.ts).
 */
/** Whether tokens [first, last] are an everyday word, alone or after "the" ("Time", "The Sun"); `ef`: the entry's flags. */
function everydayName(tokens: Tokens, lexicon: Lexicon, first: number, last: number, ef: number): boolean {
  if (first === last) return (ef & E_COMMON) !== 0;
  if (last !== first + 1 || !THE.has(tokens, first)) return false;
  const id = lexicon.tokenId(tokens.chars, tokens.foldStart[last]!, tokens.foldLen[last]!, tokens.hash[last]!);
  return id >= 0 && (lexicon.tokenFlags[id]! & TF_COMMON) !== 0;
}

function check(text: string, tokens: Tokens, lexicon: Lexicon, first: number, last: number, node: number, foreign: boolean, capitalNouns: boolean, credit: boolean): Span | null {
  if (insideInitialism(text, tokens, first, last)) return null;
  const flags = tokens.flags;
  // The span's capital-letter pattern, for acronyms.
  let letters = 0;
  let mask = 0;
  for (let k = first; k <= last; k++) {
    const l = tokens.letters[k]!;
    if (letters < 31) mask |= (tokens.caseMask[k]! << letters) & 0x7fffffff;
    letters += l;
  }
  const single = first === last;
  const f0 = flags[first]!;
  const noEvidence = (f0 & (T_SENT | T_TITLE)) !== 0;
  // "Germany's DAX index": a short word in capitals in prose keeps only readings written so (caps-words.ts).
  const abbreviation = single && (f0 & T_ALLCAPS) !== 0 && capsWordInProse(text, tokens, first);
  const capitalThe = !single && (f0 & (T_CAP | T_ALLCAPS | T_SENT | T_TITLE)) === T_CAP && THE.has(tokens, first);
  let weak = false;
  let lowercase = false;
  let ordinaryName = false; // a name reading (for another language's sentence starts)…
  let wellKnown = false; // …and a well-known one
  let entries: number[] = [];
  let acronym = false;
  let modes = 0;
  let ownDot = false;
  let ownPossessive = false; // a reading spelt with its possessive: "McDonald's" (Span.possessiveEnd)
  let ampersand = -1; // whether the text has "&" between the span's words: asked once, of the first alias written with one
  let germanNoun = -1; // whether the word is a German noun nothing places: asked once, on a German page
  let articled = -1; // whether an article comes before the one word, on a page in another language: asked once
  // "WASHINGTON (AP) —": a dateline names a place, whatever else the word is, and its capitals and its
  // place at the line's start cost it nothing (caps-words.ts).
  const dateline = single && (f0 & (T_ALLCAPS | T_SENT)) === (T_ALLCAPS | T_SENT) && datelineAt(text, tokens, first);
  // "near Tempi in central Greece", "a new Jersey law": a word that describes a part or a kind of the place
  // the next word names, in lower case inside a sentence, is no first word of a place's name written with
  // its capital ("Central Greece", "New Jersey"): the next word is matched alone.
  const describedPart = !single && (f0 & (T_CAP | T_SENT | T_TITLE)) === 0 && PART_WORDS.has(tokens, first);
  for (let e = lexicon.nodeEntries[node]!; e < lexicon.nodeEntries[node + 1]!; e++) {
    const ef = lexicon.entryFlags[e]!;
    const mode = ef & MODE_MASK;
    if (dateline && lexicon.entityKind[lexicon.entryEntity[e]!] !== PLACE) continue;
    // "Windsor, H.M.;" in a reference list is no "H&M" (format.ts, E_AMPERSAND); "McDonald said" is no
    // "McDonald's" (E_POSSESSIVE).
    if ((ef & E_AMPERSAND) !== 0) {
      if (ampersand < 0) { const at = text.indexOf('&', tokens.end[first]!); ampersand = at >= 0 && at < tokens.start[last]! ? 1 : 0; }
      if (ampersand === 0) continue;
    }
    if ((ef & E_POSSESSIVE) !== 0 && !possessiveAt(text, tokens.end[last]!)) continue;
    // "OPEC" is no "OPEC+" (E_PLUS).
    if ((ef & E_PLUS) !== 0 && text.charCodeAt(tokens.end[last]!) !== 43 /* + */) continue;
    // "Roma", "Gales": a name in another language, on a page in English, is another word (format.ts, E_FOREIGN).
    if ((ef & E_FOREIGN) !== 0 && !foreign) continue;
    // "Jeon Heon-Kyun/EPA": a photo agency — a company or news agency, or none of ours.
    if (credit && (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_BRAND) === 0) continue;
    if (mode === M_ACRONYM) {
      if (((ef >>> E_LETTERS_SHIFT) & 0xff) !== Math.min(letters, 255) || lexicon.entryCase[e] !== mask) continue;
      acronym = true;
    } else {
      // "appeared on The Atlantic": a capital "The" inside a sentence begins a title — a magazine's, a
      // film's — not a place an alias names with a lower-case "the" ("the Atlantic", "the Gulf").
      // (Papers and people are styled so: "The Post", "The Queen".)
      if (capitalThe && (lexicon.entryCase[e]! & 1) === 0 && lexicon.entityKind[lexicon.entryEntity[e]!] === PLACE) continue;
      if (describedPart && (lexicon.entryCase[e]! & 1) !== 0 && lexicon.entityKind[lexicon.entryEntity[e]!] === PLACE) continue;
      if (abbreviation && lexicon.entryCase[e] !== mask) continue;
      // A short form written in capitals matches only in capitals: "IS" (Islamic State) is not "Is".
      const n = (ef >>> E_LETTERS_SHIFT) & 0xff;
      if (mode !== M_ORDINARY && n >= 2 && n <= 6 && lexicon.entryCase[e] === (1 << n) - 1 && mask !== lexicon.entryCase[e]) continue;
      // Another language's words (other-languages.ts): a name only as written, capitals and all; one
      // word at a sentence start is weak unless long and well known (below).
      if (foreign && !capitalsAsWritten(tokens, first, last, lexicon.entryCase[e]!)) continue;
      // A country's short name that needs context ("America", "Emirates") is the English usage: Spanish and
      // Portuguese "América" is the continent ("Grupo de Diarios América"); those languages name the
      // country otherwise ("Estados Unidos").
      if (foreign && mode === M_NEEDS_CONTEXT && (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_COUNTRY) !== 0) continue;
      // "La Constitución manda": after an article, a little-known town's name is a noun (romance-names.ts).
      if (foreign && single && mode === M_ORDINARY && (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_CITY) !== 0 && lexicon.prominence(lexicon.entryEntity[e]!) < LITTLE_KNOWN_TOWN &&
        (articled < 0 ? (articled = articleBefore(tokens, first) ? 1 : 0) : articled) === 1) continue;
      // German capitalises every noun: one word that is also a common German noun is that noun, whatever
      // names it elsewhere on the page ("die Lage", "(Bild: Hersteller)"), unless a preposition of place
      // comes right before it without an article ("in Essen"). (Asked once per span, and only in German.)
      if (capitalNouns && single) {
        if (germanNoun < 0) germanNoun = germanNounNotPlaced(tokens, first) ? 1 : 0;
        if (germanNoun === 1) continue;
      }
      if (mode === M_ORDINARY) {
        ordinaryName = true;
        if (lexicon.prominence(lexicon.entryEntity[e]!) >= KNOWN_NAME) wellKnown = true;
      }
      const caps = lexicon.entryCaps[e]!;
      if (caps !== 0) {
        let ok = true;
        for (let k = first; k <= last && ok; k++) if ((caps & (1 << (k - first))) !== 0 && (flags[k]! & T_CAP) === 0) ok = false;
        if (!ok) continue;
        // (A country before its possessive and what only a state has is the state: "Turkey's parliament"; state-possessives.ts.)
        if (single && mode === M_ORDINARY && (noEvidence && (ef & E_COMMON) !== 0 || (f0 & T_TITLE) !== 0) && !dateline &&
          !((lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_COUNTRY) !== 0 && statePossessiveAt(tokens, last))) weak = true;
        // A surname that is an everyday word ("Page", "Cook", "May") opening a line or written in
        // capitals is the word as often as the name: "Page information" in a menu, "THE PAGE", a
        // site's name. It links only to a person the page names in full (resolve.ts, unconfirmedCapital).
        // (Not before its possessive, which a word seldom takes: "May's Budget war with Hammond".)
        else if (single && (mode === M_NEEDS_CONTEXT || mode === M_COREF) && (ef & E_COMMON) !== 0 && (noEvidence || (f0 & T_ALLCAPS) !== 0) && !dateline &&
          lexicon.entityKind[lexicon.entryEntity[e]!] === PERSON && !possessiveAt(text, tokens.end[last]!)) weak = true;
      } else if (mode === M_ORDINARY && (f0 & T_CAP) === 0 && (single || noCapital(flags, first, last)) &&
        // (Not a name written lower case first as the name itself is: "eBay", "easyJet", "xAI".)
        (lexicon.entryCase[e] === 0 || lexicon.entryCase[e] !== mask)) {
        lowercase = true;
      }
    }
    // A paper or a magazine named by an everyday word ("Time", "Fortune", "The Sun"), opening a
    // sentence, is the word, even on a page that names "Time magazine" — "Time will tell", "The Sun
    // rose" — unless what follows is what a publication does ("Time reported"), its possessive, or
    // nothing ("The Age. Melbourne. 11 January 2008." in a reference list).
    // (Not a company's brand, "Apple unveiled", nor another body: "Senate Republicans said".)
    if (noEvidence && (mode === M_NEEDS_CONTEXT || mode === M_COREF) && (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_MEDIA) !== 0 &&
      everydayName(tokens, lexicon, first, last, ef) && last + 1 < tokens.count && (flags[last + 1]! & T_SENT) === 0 &&
      !possessiveAt(text, tokens.end[last]!) && !reportsAfter(tokens, last)) continue;
    entries.push(e);
    modes |= 1 << mode;
    if ((ef & E_OWN_DOT) !== 0) ownDot = true;
    if ((ef & E_POSSESSIVE) !== 0) ownPossessive = true;
  }
  if (entries.length === 0) return null;
  // "OPEC+" is the alliance, not OPEC: where a reading is written with the text's plus, the others go.
  const plus = entries.some((e) => (lexicon.entryFlags[e]! & E_PLUS) !== 0);
  if (plus && entries.some((e) => (lexicon.entryFlags[e]! & E_PLUS) === 0)) {
    entries = entries.filter((e) => (lexicon.entryFlags[e]! & E_PLUS) !== 0);
    modes = modesOf(lexicon, entries);
  }
  // "VALENCIA, Spain (Reuters) —": a dateline names a town, not the province or state of its name — a
  // town the name is ordinarily (Quebec City's "Quebec" needs context, and the province keeps it).
  if (dateline && entries.some((e) => (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_CITY) !== 0 && (lexicon.entryFlags[e]! & MODE_MASK) === M_ORDINARY) && entries.some((e) => (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_REGION) !== 0)) {
    entries = entries.filter((e) => (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_REGION) === 0);
    modes = modesOf(lexicon, entries);
  }
  // "Her arrival at JFK", "flights from Houston": a journey's end or start is a place, not a person.
  if (single && journeyBefore(tokens, first) && entries.some((e) => lexicon.entityKind[lexicon.entryEntity[e]!] === PERSON)) {
    entries = entries.filter((e) => lexicon.entityKind[lexicon.entryEntity[e]!] !== PERSON);
    if (entries.length === 0) return null;
    modes = modesOf(lexicon, entries);
  }
  // "under the MIT license", "a BSD licence": a software licence named by an acronym names no one.
  // (Not a name in words: "Microsoft licenses the format" is Microsoft.)
  if (acronym && last + 1 < tokens.count && (flags[last + 1]! & T_JOIN) !== 0 && LICENCES.has(tokens, last + 1)) return null;
  // "Anglo-American relations": a compound adjective, not the company "Anglo American".
  if (first + 1 === last && (flags[last]! & T_HYPHEN) !== 0 && COMBINING_FORMS.has(tokens, first) &&
    entries.every((e) => lexicon.entityKind[lexicon.entryEntity[e]!] === ORGANIZATION)) return null;
  // "US$36,254", "NZ$5 million", "HK$": a country's code before a dollar sign is part of the
  // currency's sign, not a mention of the country.
  if (acronym && text.charCodeAt(tokens.end[last]!) === 36 /* $ */) return null;
  // "Brazil nuts", "a Panama hat", "guinea pigs": an English noun that begins with a place's name (compound-nouns.ts).
  if (single && compoundNounAt(tokens, first)) return null;
  // "AT&T Stadium", "Citi Field", "the Wells Fargo Championship": a venue or an event named after the
  // company that sponsors it (feature-names.ts), no mention of the company.
  // (A company's: "the MLS Cup", "the World Athletics Championships" are the body's own.)
  if (sponsoredAfter(tokens, last) && entries.every((e) => (lexicon.entityFlags[lexicon.entryEntity[e]!]! & F_BRAND) !== 0)) return null;
  // (Weak only if short, or if no reading is well known: Paris, France opens French sentences too.)
  if (foreign && single && noEvidence && ordinaryName && (tokens.letters[first]! <= SHORT_WORD || !wellKnown)) weak = true;
  let end = tokens.end[last]!;
  // "U.S.", "D.C.": dotted initials own their final dot (the tokenizer leaves dots out of words).
  if (tokens.letters[last] === 1 && text.charCodeAt(end) === 46 && (acronym && first === last || first < last && text.charCodeAt(tokens.start[last]! - 1) === 46)) end++;
  // "Calif.", "Inc.": an abbreviation written with its dot owns it too (format.ts, E_OWN_DOT).
  else if (ownDot && text.charCodeAt(end) === 46) end++;
  // "OPEC+" owns its plus.
  else if (plus) end++;

  // A leading "the" belongs to the sentence, not to the name: the alias "the Fed" needs it, but the
  // mention is "Fed", as a reader (and news annotation) would mark it — also as "The Fed" at a
  // sentence start, unless a reading is spelt with a capital "The" ("The Hague"). (Inside a sentence
  // a capital "The" is the name's own styling: "The Post".)
  let start = first < last && THE.has(tokens, first) && ((flags[first]! & T_CAP) === 0 || (flags[first]! & T_SENT) !== 0 && lowerTheOnly(lexicon, entries))
    ? tokens.start[first + 1]! : tokens.start[first]!;
  // "President Reagan" is marked "Reagan", as "Mr. Altun" is "Altun": an alias's office words make the
  // name certain but are no part of it (format.ts, E_LEAD_SHIFT; the fewest of the readings').
  let lead = E_LEAD_MASK;
  for (const e of entries) lead = Math.min(lead, (lexicon.entryFlags[e]! >>> E_LEAD_SHIFT) & E_LEAD_MASK);
  if (lead > 0 && first + lead <= last) start = tokens.start[first + lead]!;
  const worldPart = foreign && single && worldPartWord(tokens, first);
  const capsRun = acronym && (capitalsBeside(tokens, first, first - 1) || capitalsBeside(tokens, last, last + 1));
  const span: Span = { start, end, node, tokenCount: last - first + 1, entries, weak, lowercase, inLongerName: false, inNamedBody: false, inOrgName: false, afterFirstName: false, regionWord: false, worldPart, placed: false, modes, capsRun,
    afterPlacePreposition: single && placePrepositionBefore(tokens, first) && !possessiveAt(text, tokens.end[last]!),
    unprovenCapital: single && noEvidence,
    afterThe: single && first > 0 && (flags[first]! & T_JOIN) !== 0 && (flags[first - 1]! & T_CAP) === 0 && THE.has(tokens, first - 1), namedInFullOnly: false,
    reports: single && reportsAfter(tokens, last), elsewhere: false, teamTown: false,
    possessiveEnd: ownPossessive ? possessiveEnd(text, end) : end };
  // "The Kremlin said", "the White House says": a building does not speak, the body it houses does (a
  // town, a region or a country may: "Moscow said" is its government).
  if (reportsAfter(tokens, last) && someOrganization(lexicon, span)) narrowReadings(lexicon, span, entries.filter((e) => !landmark(lexicon, lexicon.entryEntity[e]!)));
  // "ganó al Barcelona", "il Milan": a town takes no article in these languages, a club named for it does —
  // its reading, when the dataset has the club, is what the article says (romance-names.ts, articleBefore).
  if (foreign && single && someOrganization(lexicon, span) && !onlyKind(lexicon, span, ORGANIZATION) &&
    (articled < 0 ? articleBefore(tokens, first) : articled === 1)) companyReadings(lexicon, span);
  return span;
}
