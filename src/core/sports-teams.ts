/**
 * A town's or a state's name used for its team: "Alabama's coach", "Yabo plays for Aachen", "a
 * hat-trick against Wexford", "Alabama hasn't won the league", "Miami's record fell to 13-18",
 * "Hertha won against Dortmund", "Texas beat Oklahoma", "after a loss to Chicago", "40 points for
 * Phoenix", "drew with Dortmund", "Barcelona drew 1-1 with Sevilla", "traded to Houston", "a 3-0 defeat to Liverpool", "a win over
 * Chelsea", "two points behind Liverpool", "strikers playing in Munich", "Alabama has had four losing seasons", "Madrid moved three
 * points clear", "Rice upset Memphis 24-21", "Idaho held off Montana State", "Getafe lost at home to Girona",
 * "held Kayseri to a goalless draw", "had 22 for Cleveland", "joined Burnley from Manchester City",
 * "Seattle catcher Cal Raleigh". Clubs and college teams go by their place's name, and sports pages name them so all
 * the time: the place's card is the wrong card there. Only
 * the words right beside the name are read, and only words no other kind of news puts there
 * ("sanctions against", "jobs lost to" are not among them). Countries are left alone by the caller:
 * a national team is named for its country, whose card is still what a reader wants.
 * Beside a club the dataset names only as a club, fewer words do: "Nottingham Forest stunned
 * Liverpool", "Liverpool lost to Nottingham Forest", "Arsenal v Liverpool" (teamsFacing).
 */
import { possessiveAt } from './gaps.ts';
import { smallNumberAt, T_CAP, T_HYPHEN, T_JOIN, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, B1, B2, cue } from './cues.ts';

/** "Alabama's coach", "Leeds's new manager": the people a team has, after the place's possessive. */
const ROLES = new WordSet(`coach coaches quarterback quarterbacks striker strikers goalkeeper goalkeepers goalie midfielder
midfielders defender defenders kicker pitcher pitchers squad roster lineup manager captain players`.split(/\s+/));
/**
 * The roles that name a team's people right after its place's name, without a possessive: "Liverpool
 * head coach Arne Slot", "Chelsea fans". (Fewer than after a possessive: "a Texas players' union",
 * "the Ohio squad car" are not a team's.)
 */
const BARE_ROLES = new WordSet(`coach quarterback striker goalkeeper midfielder defender winger manager captain fans supporters
linebacker cornerback receiver shortstop outfielder infielder pitcher reliever catcher slugger`.split(/\s+/));
/**
 * Positions of two words: "Baltimore running back Derrick Henry", "Boston point guard", "Pittsburgh
 * right-hander Paul Skenes", "the Cincinnati offensive line", "Chicago left tackle".
 */
const ROLE_FIRST = new WordSet('running point shooting tight defensive offensive right left'.split(' '));
const ROLE_SECOND = new WordSet('back guard end coordinator tackle lineman hander line'.split(' '));
/** Words that may stand between the possessive and the role: "Alabama's new head coach". */
const ROLE_MODIFIERS = new WordSet('new head assistant former interim star veteran'.split(' '));
/** "Miami's record fell to 13-18", "Leeds's record this season is 5-2-1". */
const RECORD = new WordSet(['record']);
/** How many words may stand between "record" and its score. */
const RECORD_WORDS = 4;

/** Whether a score ("13-18", "5-2-1": a number, a hyphen, a number) begins within `words` tokens from token k, in the same clause. */
export function scoreWithin(tokens: Tokens, k: number, words: number): boolean {
  for (let j = k; j < tokens.count && j < k + words; j++) {
    if (!joined(tokens, j)) return false;
    const next = j + 1;
    if (tokens.letters[j] === 0 && next < tokens.count && tokens.letters[next] === 0 && (tokens.flags[next]! & (T_JOIN | T_HYPHEN)) === (T_JOIN | T_HYPHEN)) return true;
  }
  return false;
}

/** "plays for Aachen", "scored for Leeds", "40 points for Phoenix". */
const FOR = new WordSet(['for']);
const PLAYS = new WordSet('play plays played playing signed signs scored scores starred starring points goals yards assists rebounds touchdowns passes saves homers sacks tackles wickets'.split(' '));
/** "had 22 for Cleveland", "added 18 for Lume": a player's tally, a number between. */
const TALLIED = new WordSet('had scored added finished tallied'.split(' '));
/** "scored the winner for Toluca", "scored twice for Leeds": a scorer's verb and what was scored, before "for". */
const SCORING = new WordSet(['scored', 'scores', 'netted', 'nets']);
const SCORED_WHAT = new WordSet('the a his her winner opener equaliser equalizer decider twice again brace'.split(' '));
/** "strikers playing in Munich", "two goalkeepers playing in Madrid": a player's position, then where he plays. */
const IN = new WordSet(['in']);
const PLAYING = new WordSet('play plays played playing'.split(' '));
/** "won against Dortmund", "a hat-trick against Wexford", "a 3-1 defeat against Leeds". */
const AGAINST = new WordSet(['against']);
const CONTESTS = new WordSet(`won win wins winning lost lose loses losing drew draw draws victory victories defeat defeats
match matches game games goal goals hattrick trick scored score scores points touchdown touchdowns`.split(/\s+/));
/**
 * "a loss to Chicago", "a 3-0 defeat to Liverpool" (not "lost to": jobs are lost to places), "was traded
 * to Houston"; and after "by": "a 4-0 defeat by Barcelona", "was traded by Houston".
 */
const LOSS = new WordSet(['loss', 'defeat', 'traded']);
/** "lost to Kansas City 17-10", "fell 78-70 to Tennessee": a team's, with a score (jobs are lost to places without one). */
const LOST = new WordSet('lost lose loses losing fell falls'.split(' '));
/** How many words a team's name after "to" may have before the score: "lost to Kansas City 17-10". */
const NAME_THEN_SCORE = 5;
const BY = new WordSet(['by']);
/** What a match ends in, after a team's possessive and the score: "Denver's 112-104 win". */
const MATCH_RESULTS = new WordSet('win wins victory victories loss losses defeat defeats draw rout triumph'.split(' '));
/** "were held 1-1 by Newcastle", "beaten 3-0 by Leeds": a result in the passive, the score between. */
const HELD = new WordSet('held beaten thrashed defeated edged routed stunned'.split(' '));
/** "traded Zach LaVine to Sacramento", "dealt Luka Doncic to the Lakers". */
const TRADED = new WordSet(['traded', 'dealt']);
/** "signed from Lille", "on loan from Celta", "joined from Ajax": a player's move (not "arrived from", a traveller's). */
const FROM = new WordSet(['from']);
const TRANSFERS = new WordSet('signed signing loan joined recalled'.split(' '));
/** "a 2-1 win over Chelsea", "their victory over Texas". */
const OVER = new WordSet(['over']);
const WIN = new WordSet(['win', 'victory']);
/** "Bayern drew with Dortmund", "tied with Seattle". */
const WITH = new WordSet(['with']);
const DREW = new WordSet('drew draw draws tied ties'.split(' '));
const TO = new WordSet(['to']);
/** "two points behind Liverpool", "level on points with Arsenal", "three points ahead of Chelsea": a table's places. */
const POINTS = new WordSet(['points', 'point']);
const POINTS_BESIDE = new WordSet(['behind', 'with']);
const OF = new WordSet(['of']);
const AHEAD = new WordSet(['ahead', 'clear']);
/** "Texas beat Oklahoma", "beat Oklahoma". */
const BEAT = new WordSet('beat beats beating defeated defeats defeating edged routed thrashed'.split(' '));
/** "held off Montana State", "rallied past Tulsa", "cruised past Lume": a win, in two words. */
const PAST_VERBS = new WordSet('held rallied cruised eased edged slipped powered romped rolled raced surged pulled'.split(' '));
const PAST = new WordSet(['past', 'off']);
/** "lost at home to Girona", "Getafe lost at home". */
const AT = new WordSet(['at']);
const HOME = new WordSet(['home']);
/** "a 2-0 lead over Edmonton": a lead with a score before it. */
const LEAD = new WordSet(['lead']);
/** "held Kayseri to a goalless draw". */
const A = new WordSet(['a']);
const GOALLESS = new WordSet(['goalless', 'scoreless']);
const DRAWS = new WordSet(['draw', 'tie']);
/** "Liverpool's second goal", "Leeds's late winner": a goal that is the team's. */
const WHICH_GOAL = new WordSet('first second third fourth fifth opening late winning equalising equalizing'.split(' '));
const GOALS = new WordSet(['goal', 'goals', 'touchdown', 'winner', 'equaliser', 'equalizer']);
/** "joined Burnley from Manchester City": a move between clubs, the other club after "from". */
const JOINED = new WordSet(['joined', 'rejoined']);
/** "the signing of Alexander Isak from Newcastle". */
const SIGNING = new WordSet(['signing']);

/** "Texas beat the Sooners": the article may stand before a beaten team. */
const THE = new WordSet(['the']);
/** "beat Oklahoma on Saturday": words that may follow a beaten team ("police beat Seattle protesters" beat no team). */
const AFTER_BEATEN = new WordSet('on in at for by with and to after before'.split(' '));

/** "Alabama won the national title", "Leeds have never won the Cup": what only a team wins. */
const WON = new WordSet('won win wins winning clinched clinch clinches retained retains retain'.split(' '));
/** Words that may stand between the place and "won": "hasn't", "have never", "finally". */
const BEFORE_WON = new WordSet("has have had hasn't haven't hadn't never not did didn't finally also just last".split(' '));
const TROPHIES = new WordSet(`league title titles championship championships pennant cup trophy bowl premiership playoff playoffs
tournament series derby`.split(/\s+/));
/**
 * "Alabama has had four losing seasons", "Miami's winning streak", "Madrid moved three points clear":
 * what only a team's results make.
 */
const RESULT = new WordSet('losing winning unbeaten points point'.split(' '));
const RUN = new WordSet('season seasons streak streaks run clear'.split(' '));
/** How many words may stand between the place and "losing seasons": "has had four", "'s". */
const RESULT_WORDS = 4;
/** How many words may stand between "won the" and what was won: "won the SEC West title". */
const TROPHY_WORDS = 2;

/**
 * Whether the words right after token `last` are one of a team's roles ("Liverpool head coach",
 * "Marseille fans"). Asked of a town's or a club's name only: before those words a nation's, or a
 * constituent country's ("England manager"), names its national team, whose country's card still serves.
 */
export function teamRoleAfter(tokens: Tokens, last: number): boolean {
  const n = tokens.count;
  const k = last + 1;
  let j = k;
  while (j < n && j < k + 2 && joined(tokens, j) && (tokens.flags[j]! & T_CAP) === 0 && ROLE_MODIFIERS.has(tokens, j)) j++;
  if (j >= n || !joined(tokens, j) || (tokens.flags[j]! & T_CAP) !== 0) return false;
  if (BARE_ROLES.has(tokens, j)) return true;
  return j + 1 < n && joined(tokens, j + 1) && (tokens.flags[j + 1]! & T_CAP) === 0 && ROLE_FIRST.has(tokens, j) && ROLE_SECOND.has(tokens, j + 1);
}
/** teamRoleAfter's cue (cues.ts). */
export const TEAM_ROLE_CUE = cue([ROLE_MODIFIERS, A1], [BARE_ROLES, A1], [ROLE_FIRST, A1]);

/** Token k, or the word before the score that ends at it ("fell 78-70 to", "held 1-1 by"): back over at most `numbers` numbers. */
function backOverScore(tokens: Tokens, k: number, numbers: number): number {
  let d = k;
  while (d > 0 && d >= k - numbers && tokens.letters[d] === 0 && joined(tokens, d)) d--;
  return d;
}

/** Whether token k is joined to the one before it (no punctuation between), inside a sentence. */
function joined(tokens: Tokens, k: number): boolean {
  return (tokens.flags[k]! & T_JOIN) !== 0;
}

/** Whether the place named by tokens [first, last] is named as a team by the words beside it (see above). */
export function namedAsTeam(text: string, tokens: Tokens, first: number, last: number, wordAfter = true, wordBefore = true): boolean {
  const n = tokens.count;
  // After: "Alabama's (new head) coach", "Texas beat Oklahoma".
  if (last + 1 < n) {
    const possessive = possessiveAt(text, tokens.end[last]!);
    if (possessive) {
      let k = last + 1;
      while (k < n && k <= last + 3 && ROLE_MODIFIERS.has(tokens, k)) k++;
      // (The word after a possessive is not joined to it: the tokenizer ends a name there.)
      if (k < n && (tokens.flags[k]! & T_CAP) === 0 && ROLES.has(tokens, k)) return true;
      // "Miami's record fell to 13-18": a team's record is a score ("Alabama's record on civil rights" is not).
      if (k < n && (tokens.flags[k]! & T_CAP) === 0 && RECORD.has(tokens, k) && scoreWithin(tokens, k + 1, RECORD_WORDS)) return true;
      // "Liverpool's second goal", "Leeds's late winner".
      if (last + 2 < n && (tokens.flags[last + 1]! & T_CAP) === 0 && WHICH_GOAL.has(tokens, last + 1) && joined(tokens, last + 2) &&
        (tokens.flags[last + 2]! & T_CAP) === 0 && GOALS.has(tokens, last + 2)) return true;
      // "Denver's 112-104 win", "Leeds's 3-0 defeat": a score, then what a match ends in.
      // (The word after a possessive is not joined to it: the score's first number is read as it stands.)
      const result = last + 3;
      if (result < n && tokens.letters[last + 1] === 0 && tokens.letters[last + 2] === 0 && (tokens.flags[last + 2]! & (T_JOIN | T_HYPHEN)) === (T_JOIN | T_HYPHEN) &&
        joined(tokens, result) && (tokens.flags[result]! & T_CAP) === 0 && MATCH_RESULTS.has(tokens, result)) return true;
    } else if (wordAfter) {
      // (Each of these needs its word right after the name: TEAM_AFTER_CUE.)
      if (joined(tokens, last + 1) && (tokens.flags[last + 1]! & T_CAP) === 0 && BEAT.has(tokens, last + 1)) {
        // (A team beats a team: a name or "the" comes next.)
        const k = last + 2;
        if (k < n && joined(tokens, k) && ((tokens.flags[k]! & T_CAP) !== 0 || THE.has(tokens, k))) return true;
      } else if (drewWith(tokens, last + 1)) return true;
      else if (lostWithScore(tokens, last + 1)) return true;
      else if (coachChangedAfter(tokens, last + 1)) return true;
      else if (wonTrophy(tokens, last + 1)) return true;
      else if (beatPastAfter(tokens, last + 1) || beatenAfter(tokens, last + 1)) return true;
      // "Getafe lost at home", "Lorient drew 0-0", "Brest and Lorient drew.": a result with nothing a place loses or draws.
      else if (lostAtHome(tokens, last + 1) || drewAlone(tokens, last + 1)) return true;
    }
    // "Rice upset Memphis 24-21", "beat Leeds 3-0 at Elland Road": a score right after the name (after a
    // possessive, "Denver's 112-104 win", the score is read above).
    if (!possessive && scoreRightAfter(tokens, last + 1)) return true;
    // (After a possessive the next word is not joined to the name: the tokenizer ends a name there.)
    if ((possessive || joined(tokens, last + 1)) && resultsRun(tokens, last + 1)) return true;
  }
  // Before: "plays for", "won against", "a loss to", "beat" — past an article: "beat the Knicks" (TEAM_BEFORE_CUE).
  if (!wordBefore || first < 1 || !joined(tokens, first)) return false;
  let b = first - 1;
  if (b >= 1 && (tokens.flags[b]! & T_CAP) === 0 && THE.has(tokens, b) && joined(tokens, b)) b--;
  if ((tokens.flags[b]! & T_CAP) !== 0) return false;
  if (BEAT.has(tokens, b)) return beatenTeamEnds(tokens, last + 1);
  // "joined Burnley from Manchester City".
  if (JOINED.has(tokens, b)) return last + 2 < n && joined(tokens, last + 1) && FROM.has(tokens, last + 1) && joined(tokens, last + 2) && (tokens.flags[last + 2]! & T_CAP) !== 0;
  if (b < 1 || !joined(tokens, b)) return false;
  const a = b - 1;
  // "held off Montana State", "rallied past Tulsa".
  if (PAST.has(tokens, b) && (tokens.flags[a]! & T_CAP) === 0 && PAST_VERBS.has(tokens, a)) return beatenTeamEnds(tokens, last + 1) && !possessiveAt(text, tokens.end[last]!);
  if (FOR.has(tokens, b)) {
    if (PLAYS.has(tokens, a)) return true;
    // "had 22 for Cleveland": a tally.
    if (tokens.letters[a] === 0 && a >= 1 && joined(tokens, a) && (tokens.flags[a - 1]! & T_CAP) === 0 && TALLIED.has(tokens, a - 1)) return true;
    // "scored the winner for Toluca", "scored twice for Leeds": past what was scored.
    let d = a;
    while (d > 0 && d >= a - 1 && (tokens.flags[d]! & T_CAP) === 0 && joined(tokens, d) && SCORED_WHAT.has(tokens, d)) d--;
    return d < a && (tokens.flags[d]! & T_CAP) === 0 && SCORING.has(tokens, d);
  }
  if (AGAINST.has(tokens, b)) return CONTESTS.has(tokens, a); // ("hat-trick": the word before is "trick")
  if (TO.has(tokens, b)) {
    if (LOSS.has(tokens, a)) return true;
    // "lost at home to Girona".
    if (HOME.has(tokens, a) && a >= 2 && joined(tokens, a) && AT.has(tokens, a - 1) && joined(tokens, a - 1) && LOST.has(tokens, a - 2)) return true;
    // "traded Zach LaVine to Sacramento": past the player's name.
    let p = a;
    while (p > 0 && p >= a - 3 && (tokens.flags[p]! & T_CAP) !== 0 && joined(tokens, p)) p--;
    if (p < a && (tokens.flags[p]! & T_CAP) === 0 && TRADED.has(tokens, p)) return true;
    // "fell 78-70 to Tennessee" (past the score), "lost to Kansas City 17-10" (a score after the name).
    const d = backOverScore(tokens, a, 2);
    return (tokens.flags[d]! & T_CAP) === 0 && LOST.has(tokens, d) && (d < a || scoreWithin(tokens, last + 1, 3));
  }
  // (After "by", as after "beat", the clause ends or goes on as a table's does: "the measure's defeat by
  // Texas voters" was no team's.)
  if (BY.has(tokens, b)) {
    // "were held 1-1 by Newcastle", "beaten 3-0 by Leeds": a score between.
    const d = backOverScore(tokens, a, 2);
    if (d < a && (tokens.flags[d]! & T_CAP) === 0 && HELD.has(tokens, d)) return true;
    return LOSS.has(tokens, a) && beatenTeamEnds(tokens, last + 1);
  }
  if (OVER.has(tokens, b)) return WIN.has(tokens, a) || (LEAD.has(tokens, a) && joined(tokens, a) && backOverScore(tokens, a - 1, 2) < a - 1);
  // "a 1-1 draw at Burnley", "a 3-0 win at Leeds": a result with its score, at the other team's ground.
  if (AT.has(tokens, b) && MATCH_RESULTS.has(tokens, a) && joined(tokens, a) && backOverScore(tokens, a - 1, 2) < a - 1) return true;
  // "signed from Lille", "on loan from Celta": a player's move between clubs.
  if (FROM.has(tokens, b)) {
    if (TRANSFERS.has(tokens, a)) return true;
    // "the signing of Alexander Isak from Newcastle": past the player's name.
    let p = a;
    while (p > 0 && p >= a - 3 && (tokens.flags[p]! & T_CAP) !== 0 && joined(tokens, p)) p--;
    return p < a && (tokens.flags[p]! & T_CAP) === 0 && (TRANSFERS.has(tokens, p) || (OF.has(tokens, p) && p >= 1 && joined(tokens, p) && SIGNING.has(tokens, p - 1)));
  }
  // (Then, as after "beat", the clause ends or goes on as a table's does: "scored points with Paris voters" is no team's.)
  if (POINTS_BESIDE.has(tokens, b) && POINTS.has(tokens, a)) return beatenTeamEnds(tokens, last + 1);
  if (OF.has(tokens, b) && AHEAD.has(tokens, a) && a >= 1 && joined(tokens, a) && POINTS.has(tokens, a - 1)) return beatenTeamEnds(tokens, last + 1);
  if (WITH.has(tokens, b)) {
    // ("drew 1-1 with Sevilla": past the score.)
    return DREW.has(tokens, backOverScore(tokens, a, 1));
  }
  // ("Bands playing in Munich" play concerts: only a player's position makes it a club.)
  if (IN.has(tokens, b)) return PLAYING.has(tokens, a) && a >= 1 && joined(tokens, a) && ROLES.has(tokens, a - 1);
  return false;
}

/** What a club does to its coach. */
const STAFF_CHANGES = new WordSet('fired hired sacked dismissed appointed named'.split(' '));
const COACH = new WordSet(['coach']);
/** Words between the verb and "coach": "fired its head coach", "hired a new coach". */
const COACH_MODIFIERS = new WordSet('its a new head interim former'.split(' '));

/**
 * Whether the words from token k say a team fired or hired its coach: "Georgetown fired coach Patrick
 * Ewing", "Oregon hired a new head coach". (Only a coach: a company, too, fires its manager.)
 */
function coachChangedAfter(tokens: Tokens, k: number): boolean {
  const n = tokens.count;
  if (k >= n || !joined(tokens, k) || (tokens.flags[k]! & T_CAP) !== 0 || !STAFF_CHANGES.has(tokens, k)) return false;
  let j = k + 1;
  while (j < n && j <= k + 3 && joined(tokens, j) && (tokens.flags[j]! & T_CAP) === 0 && COACH_MODIFIERS.has(tokens, j)) j++;
  return j < n && joined(tokens, j) && (tokens.flags[j]! & T_CAP) === 0 && COACH.has(tokens, j);
}

/**
 * Whether the words from token k say a team lost to another, with a score: "lost to Kansas City 17-10",
 * "fell 78-70 to Tennessee" — without one, "lost to" is as often jobs' or an election's.
 */
function lostWithScore(tokens: Tokens, k: number): boolean {
  const n = tokens.count;
  if (k >= n || !joined(tokens, k) || (tokens.flags[k]! & T_CAP) !== 0 || !LOST.has(tokens, k)) return false;
  let j = k + 1;
  while (j < n && j <= k + 3 && tokens.letters[j] === 0 && joined(tokens, j)) j++;
  if (j + 1 >= n || !joined(tokens, j) || !TO.has(tokens, j) || !joined(tokens, j + 1) || (tokens.flags[j + 1]! & T_CAP) === 0) return false;
  return j > k + 1 || scoreWithin(tokens, j + 1, NAME_THEN_SCORE);
}

/**
 * Whether the words from token k say a team drew with another: "drew with Dortmund", "drew 1-1 with
 * Sevilla", "tied with Seattle" — a capital after "with" ("Artists in Paris drew with charcoal" did not).
 */
function drewWith(tokens: Tokens, k: number): boolean {
  const n = tokens.count;
  if (k >= n || !joined(tokens, k) || (tokens.flags[k]! & T_CAP) !== 0 || !DREW.has(tokens, k)) return false;
  let j = k + 1;
  // (A score between: "1-1" is two numbers.)
  while (j < n && j <= k + 2 && tokens.letters[j] === 0) j++;
  return j + 1 < n && WITH.has(tokens, j) && joined(tokens, j + 1) && (tokens.flags[j + 1]! & T_CAP) !== 0;
}

/**
 * Whether the words from token k say a team won a trophy: up to two of BEFORE_WON, "won", "the" and,
 * within TROPHY_WORDS more words of the same clause, a trophy ("won the league", "hasn't won the SEC
 * title"). ("Georgia won the right to host", "Ohio won federal funds": nothing a team wins.)
 */
function wonTrophy(tokens: Tokens, k: number): boolean {
  const n = tokens.count;
  let j = k;
  while (j < n && j < k + 2 && joined(tokens, j) && BEFORE_WON.has(tokens, j)) j++;
  if (j + 1 >= n || !joined(tokens, j) || !WON.has(tokens, j) || !joined(tokens, j + 1) || !THE.has(tokens, j + 1)) return false;
  for (let t = j + 2; t < n && t <= j + 2 + TROPHY_WORDS; t++) {
    if (!joined(tokens, t)) return false;
    if (TROPHIES.has(tokens, t)) return true;
  }
  return false;
}

/**
 * Whether, within RESULT_WORDS words of the same clause from token k, a team's run of results follows:
 * "has had four losing seasons", "'s winning streak". (A lowercase word must come first: "Ohio Losing
 * Streak" in a headline is read as any other.)
 */
function resultsRun(tokens: Tokens, k: number): boolean {
  for (let j = k; j + 1 < tokens.count && j < k + RESULT_WORDS; j++) {
    if (!joined(tokens, j + 1) || (j > k && !joined(tokens, j)) || (tokens.flags[j]! & T_CAP) !== 0) return false;
    if (RESULT.has(tokens, j) && RUN.has(tokens, j + 1)) return true;
  }
  return false;
}

/**
 * Whether a score begins right at token k ("Memphis 24-21", "Leeds 3-0 at Elland Road"): two numbers below
 * MAX_SCORE joined by a hyphen — not a season or a span of years ("2025-26"), an aircraft's model ("Boeing
 * 777-9"), nor dates before a month ("Paris 10-12 June").
 */
function scoreRightAfter(tokens: Tokens, k: number): boolean {
  const n = tokens.count;
  if (k + 1 >= n || !joined(tokens, k) || tokens.letters[k] !== 0 || tokens.letters[k + 1] !== 0) return false;
  if ((tokens.flags[k + 1]! & (T_JOIN | T_HYPHEN)) !== (T_JOIN | T_HYPHEN) || !scoreNumber(tokens, k) || !scoreNumber(tokens, k + 1)) return false;
  return k + 2 >= n || !joined(tokens, k + 2) || (tokens.flags[k + 2]! & T_CAP) === 0;
}

/** Scores stay below this (a basketball team's rarely passes 150); a model's number often does not ("737-800", "777-9"). */
const MAX_SCORE = 200;

/** Whether token k is a number a score may hold: below MAX_SCORE. */
function scoreNumber(tokens: Tokens, k: number): boolean {
  const v = smallNumberAt(tokens, k);
  return v >= 0 && v < MAX_SCORE;
}

/** Whether the words from token k say a team beat another in two words: "held off Montana State", "rallied past Tulsa". */
function beatPastAfter(tokens: Tokens, k: number): boolean {
  const n = tokens.count;
  if (k + 2 >= n || !joined(tokens, k) || (tokens.flags[k]! & T_CAP) !== 0 || !PAST_VERBS.has(tokens, k)) return false;
  return joined(tokens, k + 1) && PAST.has(tokens, k + 1) && joined(tokens, k + 2) && ((tokens.flags[k + 2]! & T_CAP) !== 0 || THE.has(tokens, k + 2));
}

/** "Leeds were beaten 2-0", "Corva was held 1-1 by Lume", "was beaten by Newcastle": the passive of a result. */
const WAS = new WordSet(['was', 'were']);

/** The passive results that "by" and a capitalised name make a match's without a score ("was defeated by Hertha"). */
const BEATEN_BY = new WordSet('beaten thrashed defeated edged routed'.split(' '));

/**
 * Whether the words from token k are a result in the passive with its score ("were beaten 2-0 at Elland
 * Road", "was held 1-1"), or by a capitalised name after a match's own verb ("was defeated by Hertha"; not
 * "was held by Russian forces", "was stunned by Trump's words", "was beaten by protesters").
 */
function beatenAfter(tokens: Tokens, k: number): boolean {
  const n = tokens.count;
  if (k + 2 >= n || !joined(tokens, k) || (tokens.flags[k]! & T_CAP) !== 0 || !WAS.has(tokens, k)) return false;
  if (!joined(tokens, k + 1) || (tokens.flags[k + 1]! & T_CAP) !== 0 || !HELD.has(tokens, k + 1)) return false;
  if (scoreRightAfter(tokens, k + 2)) return true;
  return k + 3 < n && BEATEN_BY.has(tokens, k + 1) && joined(tokens, k + 2) && BY.has(tokens, k + 2) && joined(tokens, k + 3) && (tokens.flags[k + 3]! & T_CAP) !== 0;
}

/** Whether the words from token k are "lost at home" (or "fell at home"). */
function lostAtHome(tokens: Tokens, k: number): boolean {
  return k + 2 < tokens.count && joined(tokens, k) && (tokens.flags[k]! & T_CAP) === 0 && LOST.has(tokens, k) &&
    joined(tokens, k + 1) && AT.has(tokens, k + 1) && joined(tokens, k + 2) && HOME.has(tokens, k + 2);
}

/**
 * Whether token k is "drew" (or "tied") ending the clause or before a score: "Brest and Lorient drew.",
 * "Lorient drew 0-0" ("Chicago drew crowds" drew something else); or the words from it are "held … to
 * a goalless draw" seen from the held side: "to a goalless draw", "to a 1-1 draw".
 */
function drewAlone(tokens: Tokens, k: number): boolean {
  const n = tokens.count;
  if (k >= n || !joined(tokens, k) || (tokens.flags[k]! & T_CAP) !== 0) return false;
  if (DREW.has(tokens, k)) return k + 1 >= n || !joined(tokens, k + 1) || scoreRightAfter(tokens, k + 1);
  if (!TO.has(tokens, k) || k + 3 >= n || !joined(tokens, k + 1) || !A.has(tokens, k + 1)) return false;
  let d = k + 2;
  if (GOALLESS.has(tokens, d)) d++;
  else if (scoreRightAfter(tokens, d)) d += 2;
  else return false;
  return d < n && d > k + 2 && joined(tokens, d) && DRAWS.has(tokens, d);
}

/** Whether token k may follow a beaten team: the end of the clause, a number or a capital, or a short linking word. */
function beatenTeamEnds(tokens: Tokens, k: number): boolean {
  if (k >= tokens.count || !joined(tokens, k) || (tokens.flags[k]! & T_CAP) !== 0 || tokens.letters[k] === 0) return true;
  return AFTER_BEATEN.has(tokens, k);
}

/**
 * The words of a match between two teams, one word: "Arsenal v Liverpool", "Forest stunned Liverpool",
 * "Everton host Chelsea", "Spurs and Liverpool drew". Asked only where one side is a club's name
 * (match.ts): "face" and "and" say a match only there.
 */
const FACING = new WordSet(`v vs versus face faces faced facing host hosts hosted hosting visit visits play plays played meet meets
beat beats beating defeated defeat defeats edged edge routed thrashed stunned downed overcame eliminated against and`.split(/\s+/));
const AND = new WordSet(['and']);
/** Two words: "lost to", "fell to", "drew with", "beaten by", "held by", "lost at", "won at", "knocked out". */
const FACING_FIRST = new WordSet('lost lose loses losing fell drew draw draws tied beaten held won knocked'.split(' '));
const FACING_SECOND = new WordSet('to with by at out'.split(' '));
/** "were beaten by", "have lost to": an auxiliary before those. */
const AUXILIARY = new WordSet("was were has have had is are".split(' '));

/**
 * Whether the words strictly between token `a` (the last of one team's name) and token `b` (the first of
 * the other's) are a match's, in one clause: one of FACING, or two of FACING_FIRST and FACING_SECOND,
 * after an auxiliary or not; a score may stand anywhere between ("Arsenal 2-1 Liverpool", "drew 1-1 with").
 * `andCounts`: whether "and" alone is a match's word (beside a club's own name, "Spurs and Liverpool
 * drew"; between two towns' names, "Chelsea and Brentford residents", it is not).
 */
export function teamsFacing(tokens: Tokens, a: number, b: number, andCounts = true): boolean {
  if (b <= a + 1 || b - a > 6) return false;
  let first = -1; // the first word, and how many words
  let words = 0;
  let numbers = 0;
  for (let k = a + 1; k <= b; k++) {
    if (!joined(tokens, k)) return false;
    if (k === b) break;
    if (tokens.letters[k] === 0) { numbers++; continue; }
    // (A nickname takes "the": "the Chiefs beat the Raiders".)
    if (k === b - 1 && (tokens.flags[k]! & T_CAP) === 0 && THE.has(tokens, k)) break;
    if ((tokens.flags[k]! & T_CAP) !== 0) return false;
    if (words === 0) first = k;
    words++;
  }
  if (words === 0) return numbers >= 2;
  // (A score between the words is passed over: "drew 1-1 with" reads as "drew with".)
  let w = first;
  if (words > 1 && AUXILIARY.has(tokens, w)) { w = nextWord(tokens, w, b); words--; }
  if (words === 1) return FACING.has(tokens, w) && (andCounts || !AND.has(tokens, w));
  return words === 2 && FACING_FIRST.has(tokens, w) && FACING_SECOND.has(tokens, nextWord(tokens, w, b));
}

/** The next token after k, before b, that has letters (b if none). */
function nextWord(tokens: Tokens, k: number, b: number): number {
  let j = k + 1;
  while (j < b && tokens.letters[j] === 0) j++;
  return j;
}

/**
 * namedAsTeam's cues (cues.ts): a match's word right after the name ("beat", "drew", "lost", "fired" …),
 * and the word before it or before its "the" ("for", "against", "beat" …). A possessive, a score and a
 * results run after the name are read whatever the cues say. (POINTS_BESIDE holds WITH.)
 */
export const TEAM_AFTER_CUE = cue([BEAT, A1], [DREW, A1], [LOST, A1], [STAFF_CHANGES, A1], [BEFORE_WON, A1], [WON, A1], [PAST_VERBS, A1], [WAS, A1], [TO, A1]);
export const TEAM_BEFORE_CUE = cue(...[BEAT, JOINED, PAST, FOR, AGAINST, TO, BY, OVER, AT, FROM, POINTS_BESIDE, OF, IN].flatMap((words): Array<[WordSet, number]> => [[words, B1], [words, B2]]));
