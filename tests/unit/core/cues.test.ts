/**
 * Cues (src/core/cues.ts) let readAround skip a rule whose word is not beside a name. That is sound
 * only if every cue is a necessary condition of its rule: wherever the rule holds, its cue is there.
 * Checked here on made-up text built, sentence by sentence, from one rule's example phrases varied, or
 * from its words, capitalised made-up names, numbers and punctuation — so every rule holds many times
 * (that is asserted too, or the check would prove nothing) — for every name of one to three words in it.
 */
import { describe, expect, it } from 'vitest';
import { type Cue, cueWords, SpanCues } from '../../../src/core/cues.ts';
import { createTokens, tokenize, T_AFTER_COMMA, T_JOIN, T_SENT, type Tokens } from '../../../src/core/tokenize.ts';
import { CALLED_CUE, CALLED_NOTHING, calledBeside } from '../../../src/core/appositives.ts';
import { ACTS_NONE, COMPANY_ACTS_CUE, COMPANY_POSSESSIVE_CUE, COMPANY_ROLE_CUE, companyActsAfter, companyPossessive, companyRoleBefore } from '../../../src/core/company-places.ts';
import {
  ALL_CUE, allBefore, DEDICATED_CUE, dedicatedBuildingAfter, FEATURE_CUE, featureNameAround, NAMED_FOR_CUE, namedForAfter, SHIP_PREFIX_CUE, SHIP_TYPE_CUE,
  shipPrefixBefore, shipTypeBefore, STREAM_CUE, streamAfterThe, STRUCTURE_CUE, structureAfter, VESSEL_CUE, vesselAfter,
} from '../../../src/core/feature-names.ts';
import { LEADER_WORD_CUE, leaderWordAfter } from '../../../src/core/leader-words.ts';
import { MARKET_MOVE_CUE, marketMoveAt } from '../../../src/core/market-reports.ts';
import { BEARER_CUE, bearerNamed, GIVEN_AS_NAME_CUE, givenAsName } from '../../../src/core/naming-verbs.ts';
import {
  COMMITTEE_CUE, committeeAround, LONGER_NAME_CUE, longerNameBeforeHead, ORG_NAME_BEFORE_CUE, orgNameBefore, orgNamesShareHead, SHARED_HEAD_CUE,
} from '../../../src/core/org-heads.ts';
import { HONORIFIC_CUE, honorificBefore, PERSONAL_POSSESSIVE_CUE, personalPossessive } from '../../../src/core/personal-possessives.ts';
import { BASED_CUE, basedAfter } from '../../../src/core/place-prepositions.ts';
import { COUNTY_CUE, countyWordAfter, REGION_WORD_CUE, regionWordAround } from '../../../src/core/region-words.ts';
import { FAMILY_CUE, familyAfter, GENERATION_CUE, generationAfter } from '../../../src/core/relative-names.ts';
import { RIVER_CUE, RIVER_NONE, riverAround } from '../../../src/core/river-names.ts';
import { ROMANCE_CUE, romanceNameBefore } from '../../../src/core/romance-names.ts';
import { SHARES_CUE, sharesAfter, SPEAKER_CUE, quotedSpeaker } from '../../../src/core/speech.ts';
import { namedAsTeam, TEAM_AFTER_CUE, TEAM_BEFORE_CUE, TEAM_ROLE_CUE, teamRoleAfter } from '../../../src/core/sports-teams.ts';
import { LOWER_LEVEL_CUE, lowerLevelBefore } from '../../../src/core/state-bodies.ts';
import { STUDY_CUE, studyCueBefore } from '../../../src/core/study-places.ts';
import { CLUB_PREFIX_CUE, CLUB_SUFFIX_CUE, clubPrefixBefore, clubSuffixAfter } from '../../../src/core/team-names.ts';
import { HEADLINED_CUE, headlinedBefore, PAGEANT_CUE, pageantBefore, TITLE_ARTICLE_CUE, titleArticleBefore, VENUE_CUE, venueAfterThe } from '../../../src/core/titles.ts';
import { CONDITION_CUE, conditionAfter, GRADE_CUE, gradeAfter, INSTRUMENT_CUE, instrumentAround, UNIT_CUE, unitAfter, VEHICLE_CUE, vehicleAfter } from '../../../src/core/town-compounds.ts';

/**
 * A rule as readAround asks it of the name [first, last]; `unless`: where readAround asks it without its
 * cue; `support`: other words the rule needs (made-up text holds them too, or the rule seldom holds); `examples`:
 * phrases it holds on, which the made-up text varies.
 */
interface Rule { name: string; cue: Cue; holds: (text: string, t: Tokens, first: number, last: number) => boolean; unless?: (t: Tokens, first: number, last: number) => boolean; support?: string[]; examples: string[] }
const commaAfter = (t: Tokens, first: number, last: number) => last + 1 < t.count && (t.flags[last + 1]! & T_AFTER_COMMA) !== 0;
const RULES: Rule[] = [
  { name: 'instrumentAround', cue: INSTRUMENT_CUE, holds: (_, t, f, l) => instrumentAround(t, f, l), support: ['the'], examples: ['under the Norland criteria'] },
  { name: 'gradeAfter', cue: GRADE_CUE, holds: (_, t, f, l) => gradeAfter(t, l), examples: ['the Norland grade rose'] },
  { name: 'unitAfter', cue: UNIT_CUE, holds: (_, t, f, l) => unitAfter(t, l), examples: ['the Norland battalion fought'] },
  { name: 'vehicleAfter', cue: VEHICLE_CUE, holds: (_, t, f, l) => vehicleAfter(t, l), examples: ['the Norland models sold'] },
  { name: 'conditionAfter', cue: CONDITION_CUE, holds: (_, t, f, l) => conditionAfter(t, l), examples: ['the Norland respiratory syndrome', 'the Norland virus'] },
  { name: 'dedicatedBuildingAfter', cue: DEDICATED_CUE, holds: (_, t, f, l) => dedicatedBuildingAfter(t, f, l), support: ['st', 'saint'], examples: ["at St Norland's Cathedral"] },
  { name: 'namedForAfter', cue: NAMED_FOR_CUE, holds: (_, t, f, l) => namedForAfter(t, l), examples: ['crossing the Norland Bridge', 'the Norland awards'] },
  { name: 'structureAfter', cue: STRUCTURE_CUE, holds: (_, t, f, l) => structureAfter(t, l), examples: ['the John Norland bridge'] },
  { name: 'featureNameAround', cue: FEATURE_CUE, holds: (_, t, f, l) => featureNameAround(t, f, l), examples: ['the Norland Lake shore', 'Lake Norland', 'Newcastle upon Norland'] },
  { name: 'streamAfterThe', cue: STREAM_CUE, holds: (_, t, f, l) => streamAfterThe(t, f, l), support: ['the', 'the'], examples: ['on the Norland River banks'] },
  { name: 'vesselAfter', cue: VESSEL_CUE, holds: (_, t, f, l) => vesselAfter(t, l), examples: ['the Norland nuclear submarine', 'the Norland frigate'] },
  { name: 'shipPrefixBefore', cue: SHIP_PREFIX_CUE, holds: (_, t, f) => shipPrefixBefore(t, f), examples: ['aboard the USS Norland'] },
  { name: 'shipTypeBefore', cue: SHIP_TYPE_CUE, holds: (_, t, f) => shipTypeBefore(t, f), examples: ['the carrier Norland'] },
  { name: 'allBefore', cue: ALL_CUE, holds: (_, t, f) => allBefore(t, f), support: ['all'], examples: ['the All-Norland final'] },
  { name: 'orgNameBefore', cue: ORG_NAME_BEFORE_CUE, holds: (_, t, f) => orgNameBefore(t, f), support: ['of', 'of', 'the'], examples: ['the University of the Norland', 'the University of Norland'] },
  { name: 'orgNamesShareHead', cue: SHARED_HEAD_CUE, holds: (_, t, f, l) => orgNamesShareHead(t, f, l), support: ['and', 'and', 'banks', 'clubs', 'council', 'board'], examples: ['the Norland and Vale Universities'] },
  { name: 'longerNameBeforeHead', cue: LONGER_NAME_CUE, holds: (_, t, f, l) => longerNameBeforeHead(t, f, l), support: ['of', 'of'], examples: ['the Mirelle Bank of Norland'] },
  { name: 'committeeAround', cue: COMMITTEE_CUE, holds: (_, t, f, l) => committeeAround(t, f, l), examples: ['the Norland Committee met', 'the House Norland Security'] },
  { name: 'basedAfter', cue: BASED_CUE, holds: (_, t, f, l) => basedAfter(t, l), examples: ['a Norland based firm'] },
  { name: 'familyAfter', cue: FAMILY_CUE, holds: (_, t, f, l) => familyAfter(t, l), support: ['the', 'the'], examples: ['the Norland family'] },
  { name: 'generationAfter', cue: GENERATION_CUE, holds: (_, t, f, l) => generationAfter(t, l), examples: ['Norland III said', 'Norland Jr. said'] },
  { name: 'givenAsName', cue: GIVEN_AS_NAME_CUE, holds: (x, t, f, l) => givenAsName(x, t, f, l), examples: ['they named their son Norland', 'originally named Norland'] },
  { name: 'bearerNamed', cue: BEARER_CUE, holds: (_, t, f) => bearerNamed(t, f), support: ['a', 'an', 'man', 'woman', 'named', 'called'], examples: ['a man named Norland'] },
  { name: 'titleArticleBefore', cue: TITLE_ARTICLE_CUE, holds: (x, t, f) => titleArticleBefore(x, t, f), examples: ['in his book, The Norland'] },
  { name: 'pageantBefore', cue: PAGEANT_CUE, holds: (_, t, f) => pageantBefore(t, f), examples: ['crowned Miss Teen Norland', 'Miss Norland'] },
  { name: 'venueAfterThe', cue: VENUE_CUE, holds: (_, t, f) => venueAfterThe(t, f), examples: ['played at the Norland.'] },
  { name: 'headlinedBefore', cue: HEADLINED_CUE, holds: (_, t, f) => headlinedBefore(t, f), examples: ['she headlined Norland', 'they sold out Norland'] },
  // (Asked of a name of one word: its first is its last.)
  { name: 'quotedSpeaker', cue: SPEAKER_CUE, holds: (_, t, f, l) => f === l && quotedSpeaker(t, f), examples: ['Norland said on Monday'] },
  { name: 'sharesAfter', cue: SHARES_CUE, holds: (_, t, f, l) => sharesAfter(t, l), examples: ['Norland shares fell'] },
  { name: 'companyPossessive', cue: COMPANY_POSSESSIVE_CUE, holds: (x, t, f, l) => companyPossessive(x, t, l), support: ['new', 'former', 'profits'], examples: ["Norland's new chief executive", "Norland's profits"] },
  { name: 'companyActsAfter', cue: COMPANY_ACTS_CUE, holds: (_, t, f, l) => companyActsAfter(t, l) !== ACTS_NONE, support: ['its', 'dividend', 'outlook', 'profit', 'revenue', 'to', 'buy', 'sell'], examples: ['Norland raised its dividend', 'Norland posted a profit', 'Norland agreed to buy Vale'] },
  { name: 'companyRoleBefore', cue: COMPANY_ROLE_CUE, holds: (_, t, f) => companyRoleBefore(t, f), support: ['of', 'of', 'in'], examples: ['the founder of Norland', 'shares in Norland', 'chief executive officer of Norland'] },
  { name: 'studyCueBefore', cue: STUDY_CUE, holds: (_, t, f) => studyCueBefore(t, f), support: ['from', 'at', 'of', 'of', 'studied', 'professor', 'graduated', 'alumni'], examples: ['she graduated from Norland', 'he studied at Norland', 'an alumnus of Norland'] },
  // namedAsTeam with one side's cue said absent must say what it says with neither absent, wherever that cue is not there.
  { name: 'namedAsTeam after', cue: TEAM_AFTER_CUE, holds: (x, t, f, l) => namedAsTeam(x, t, f, l, true, true) !== namedAsTeam(x, t, f, l, false, true),
    support: ['the', 'Vale', 'to', 'with', '2', 'coach', 'a', 'goalless', 'draw'], examples: ['Norland beat Vale', 'Norland drew 1-1 with Vale', 'Norland lost 2-1 to Vale', 'Norland fired its head coach', 'Norland won the cup', 'Norland held off Vale', 'Norland were beaten by Vale', 'Norland lost at home', 'Norland drew.', 'Norland has won the title', 'they held Norland to a goalless draw'] },
  { name: 'namedAsTeam before', cue: TEAM_BEFORE_CUE, holds: (x, t, f, l) => namedAsTeam(x, t, f, l, true, true) !== namedAsTeam(x, t, f, l, true, false),
    support: ['plays', 'loss', 'win', 'scored', 'the', 'lost', 'signed', 'beat', 'held', 'playing', 'striker', 'points', 'ahead', 'drew'], examples: ['he plays for Norland', 'a loss to Norland', 'they beat the Norland side', 'a win over Norland', 'he joined Norland from Vale', 'held off Norland', 'a 1-1 draw at Norland', 'signed from Norland', 'were held 1-1 by Norland', 'a match against Norland', 'a striker playing in Norland', 'three points ahead of Norland', 'they drew 1-1 with Norland', 'two points behind Norland'] },
  { name: 'teamRoleAfter', cue: TEAM_ROLE_CUE, holds: (_, t, f, l) => teamRoleAfter(t, l), support: ['coordinator', 'back', 'line'], examples: ['Norland head coach', 'Norland offensive coordinator'] },
  { name: 'leaderWordAfter', cue: LEADER_WORD_CUE, holds: (_, t, f, l) => leaderWordAfter(t, l), examples: ['the Norland administration'] },
  { name: 'personalPossessive', cue: PERSONAL_POSSESSIVE_CUE, holds: (x, t, f, l) => personalPossessive(x, t, l), examples: ["Norland's wife"] },
  { name: 'honorificBefore', cue: HONORIFIC_CUE, holds: (_, t, f) => honorificBefore(t, f), examples: ['Mr Norland said'] },
  { name: 'marketMoveAt', cue: MARKET_MOVE_CUE, holds: (_, t, f, l) => marketMoveAt(t, l + 1, false) || marketMoveAt(t, l + 1, true), examples: ['the Norland fell 2 percent'] },
  { name: 'clubSuffixAfter', cue: CLUB_SUFFIX_CUE, holds: (_, t, f, l) => clubSuffixAfter(t, l), examples: ['Norland Rovers won'] },
  { name: 'clubPrefixBefore', cue: CLUB_PREFIX_CUE, holds: (_, t, f) => clubPrefixBefore(t, f), examples: ['FC Norland won'] },
  { name: 'lowerLevelBefore', cue: LOWER_LEVEL_CUE, holds: (_, t, f) => lowerLevelBefore(t, f), examples: ['the state Senate', 'the Ohio House and Senate'] },
  { name: 'countyWordAfter', cue: COUNTY_CUE, holds: (_, t, f, l) => countyWordAfter(t, l), unless: commaAfter, examples: ['Norland and Vale counties', 'Norland County'] },
  { name: 'regionWordAround', cue: REGION_WORD_CUE, holds: (_, t, f, l) => regionWordAround(t, f, l),
    unless: (t, f, l) => commaAfter(t, f, l) || (t.flags[f]! & (T_JOIN | T_SENT)) === 0, support: ['governor', 'the', 'and', 'of', 'de', 'provincia', 'attorney', 'general', 'provinces'],
    examples: ['Norland province', 'Norland Governor Vale', 'Norland and Vale provinces', 'upstate Norland', 'the governor of Norland', 'Vale and Norland provinces', 'la provincia de Norland', 'the state of Norland', 'Vale, Carrow and Norland provinces', 'Norland attorney general Vale', 'the provinces of Vale and Norland'] },
  { name: 'riverAround', cue: RIVER_CUE, holds: (_, t, f, l) => riverAround(t, f, l) !== RIVER_NONE, support: ['the', 'and'], examples: ['Norland and Vale rivers flooded', 'water from the Norland', 'the Norland flooded'] },
  { name: 'romanceNameBefore', cue: ROMANCE_CUE, holds: (_, t, f) => romanceNameBefore(t, f), examples: ['le lac de Norland', 'el Estadio de la Norland'] },
  { name: 'calledBeside', cue: CALLED_CUE, holds: (_, t, f, l) => calledBeside(t, f, l) !== CALLED_NOTHING, unless: commaAfter, support: ['band', 'guitarist', 'drummer'], examples: ['the band Norland', 'Norland guitarist John Vale'] },
];

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

const NAMES = ['Norland', 'Vale', 'Carrow', 'Mirelle', 'Ostrava', 'Dunmere', 'Kell'];
const FILLERS = ['the', 'of', 'and', 'a', 'in', 'said', 'was', 'by', 'to', 'for', 'at', 'from', 'new', '3', '2', '10'];
const GAPS = [' ', ' ', ' ', ' ', ' ', ' ', ', ', '. ', "'s ", '’ ', '-', ' - ', ' & ', '\n', ' "', '" ', ' (', ') '];
const pick = <T,>(rand: () => number, a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/**
 * A few words, a name of one to three capitalised words, a few words: the words beside the name mostly
 * from `vocabulary`, in any case, with any gaps between — what the rules read.
 */
function sentence(rand: () => number, vocabulary: string[]): string {
  const word = () => {
    const r = rand();
    const w = r < 0.65 ? pick(rand, vocabulary) : r < 0.8 ? pick(rand, NAMES) : pick(rand, FILLERS);
    const c = rand();
    return c < 0.2 ? capital(w) : c < 0.25 ? w.toUpperCase() : w;
  };
  const words: string[] = [];
  for (let k = Math.floor(rand() * 5); k > 0; k--) words.push(word());
  for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) words.push(capital(rand() < 0.6 ? pick(rand, NAMES) : pick(rand, vocabulary)));
  for (let k = Math.floor(rand() * 5); k > 0; k--) words.push(word());
  return words.map((w, k) => (k === 0 ? '' : rand() < 0.75 ? ' ' : pick(rand, GAPS)) + w).join('');
}

/** The example varied: some words swapped for others, some recased, some gaps changed. */
function varied(rand: () => number, example: string, vocabulary: string[]): string {
  return example.split(' ').map((w, k) => {
    const r = rand();
    let word = r < 0.1 ? pick(rand, vocabulary) : r < 0.15 ? pick(rand, FILLERS) : r < 0.2 ? pick(rand, NAMES) : w;
    const c = rand();
    if (c < 0.1) word = capital(word);
    else if (c < 0.15) word = word.toLowerCase();
    else if (c < 0.18) word = word.toUpperCase();
    return (k === 0 ? '' : rand() < 0.85 ? ' ' : pick(rand, GAPS)) + word;
  }).join('');
}

/** Whether `rule` holds for some name of one to three words in `text`, tokenized into `tokens`. */
function holdsIn(rule: Rule, text: string, tokens: Tokens): boolean {
  tokenize(text, tokens);
  for (let first = 0; first < tokens.count; first++) {
    for (let last = first; last < Math.min(tokens.count, first + 3); last++) if (rule.holds(text, tokens, first, last)) return true;
  }
  return false;
}

describe('cues', () => {
  it('hold on each rule’s examples (what the made-up text below varies)', () => {
    const tokens = createTokens(16);
    expect(RULES.flatMap((r) => r.examples.filter((e) => !holdsIn(r, e, tokens)).map((e) => `${r.name}: ${e}`))).toEqual([]);
  });

  it('are there wherever their rule holds, for every name of one to three words in made-up text', () => {
    const rand = rng(20261207);
    const tokens = createTokens(64);
    const cues = new SpanCues();
    const held = new Map<string, number>(RULES.map((r) => [r.name, 0]));
    const missed: string[] = [];
    for (let s = 0; s < 12000; s++) {
      // Each sentence leans on one rule's words, with a few of another's.
      const rule = RULES[s % RULES.length]!;
      const other = RULES[Math.floor(rand() * RULES.length)]!;
      const own = [...cueWords(rule.cue), ...(rule.support ?? [])];
      const vocabulary = [...own, ...own, ...cueWords(other.cue)];
      const text = rand() < 0.5 ? varied(rand, pick(rand, rule.examples), vocabulary) : sentence(rand, vocabulary);
      tokenize(text, tokens);
      for (let first = 0; first < tokens.count; first++) {
        for (let last = first; last < Math.min(tokens.count, first + 3); last++) {
          cues.read(tokens, first, last);
          for (const r of RULES) {
            if (!r.holds(text, tokens, first, last)) continue;
            held.set(r.name, held.get(r.name)! + 1);
            if (!cues.near(r.cue) && !r.unless?.(tokens, first, last)) missed.push(`${r.name}: ${JSON.stringify(text)} [${first}, ${last}]`);
          }
        }
      }
    }
    expect(missed.slice(0, 5)).toEqual([]);
    // Every rule held often enough for the check to mean something.
    const seldom = [...held].filter(([, n]) => n < 20).map(([name, n]) => `${name} ${n}`);
    expect(seldom).toEqual([]);
  });

  it('are read only at their places: a word one place off is no cue', () => {
    const tokens = createTokens(16);
    const cues = new SpanCues();
    tokenize('Norland syndrome cases rose', tokens);
    cues.read(tokens, 0, 0);
    expect(cues.near(CONDITION_CUE)).toBe(true); // right after the name
    tokenize('Norland respiratory syndrome', tokens);
    cues.read(tokens, 0, 0);
    expect(cues.near(CONDITION_CUE)).toBe(true); // one word on
    tokenize('Norland was a respiratory syndrome', tokens);
    cues.read(tokens, 0, 0);
    expect(cues.near(CONDITION_CUE)).toBe(false); // two words on
    tokenize('syndrome Norland', tokens);
    cues.read(tokens, 1, 1);
    expect(cues.near(CONDITION_CUE)).toBe(false); // before the name
  });
});
