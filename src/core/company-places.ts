/**
 * Companies named like places or words: "Santander's new chief executive", "Halifax's shareholders",
 * "the chief executive of Apple". A place's
 * possessive before what only a company has — a chief executive, shareholders, shares, profits — names
 * the company: of the name's readings the company's stand (Banco Santander, not the Spanish city), and
 * with none, the place's card is still the wrong card. ("Seattle's mayor", "Seattle's budget" are the
 * city's. A country is left alone: "China's shares" are its stock market's. A company's legal form
 * after a place's name, "Madeira Inc", is org-heads.ts's.) So does what only a company does, right after
 * its name: "Zurich raised its dividend", "Sabadell posted a record profit" (companyActsAfter).
 */
import { possessiveAt } from './gaps.ts';
import { ofJoins } from './org-heads.ts';
import { lowerJoinedWithin, T_CAP, T_JOIN, T_SENT, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { A1, A2, B2, cue } from './cues.ts';

/** What a company has and a town does not. */
const COMPANY_HAS = new WordSet('ceo ceos shareholders shareholder shares profit profits'.split(' '));
/** "Santander's chief executive". */
const CHIEF = new WordSet(['chief']);
const EXECUTIVE = new WordSet(['executive']);
/** "Santander's new CEO". */
const MODIFIERS = new WordSet('new former outgoing incoming interim'.split(' '));

/** Whether the name ending at token `last` is followed by its possessive and what only a company has. */
export function companyPossessive(text: string, tokens: Tokens, last: number): boolean {
  if (!possessiveAt(text, tokens.end[last]!)) return false;
  let k = last + 1;
  if (k < tokens.count && MODIFIERS.has(tokens, k)) k++;
  if (k >= tokens.count) return false;
  if (COMPANY_HAS.has(tokens, k)) return true;
  return k + 1 < tokens.count && CHIEF.has(tokens, k) && EXECUTIVE.has(tokens, k + 1);
}
/** companyPossessive's cue: what a company has, right after the name or past a modifier (cues.ts). */
export const COMPANY_POSSESSIVE_CUE = cue([COMPANY_HAS, A1], [COMPANY_HAS, A2], [CHIEF, A1], [CHIEF, A2]);

/** "The CEO of Apple", "a co-founder of Amazon", "shares of Santander": who and what only a company has, before "of". */
const COMPANY_ROLES = new WordSet('ceo ceos founder founders cofounder shareholders shareholder shares'.split(' '));
/** "Shares in Santander". (Not a stake: "a stake in Georgia's future".) */
const SHARES = new WordSet('shares shareholders shareholder'.split(' '));
const IN = new WordSet(['in']);
/** "The chief executive of", "the chief executive officer of". */
const OFFICER = new WordSet(['officer']);

/**
 * Whether the name beginning at token `first` follows what only a company has and "of" ("the former
 * CEO of Apple", "the chief executive of Santander", "a co-founder of Amazon"), or shares and "in"
 * ("shares in Halifax"), in the same sentence.
 */
export function companyRoleBefore(tokens: Tokens, first: number): boolean {
  const k = first - 1;
  if (k < 1 || (tokens.flags[first]! & T_SENT) !== 0 || (tokens.flags[k]! & T_SENT) !== 0) return false;
  if (IN.has(tokens, k)) return SHARES.has(tokens, k - 1);
  if (!ofJoins(tokens, k)) return false;
  const role = k - 1;
  if (COMPANY_ROLES.has(tokens, role)) return true;
  // "chief executive (officer) of"
  const exec = OFFICER.has(tokens, role) ? role - 1 : role;
  return exec >= 1 && EXECUTIVE.has(tokens, exec) && CHIEF.has(tokens, exec - 1) && (tokens.flags[exec]! & T_JOIN) !== 0;
}
/** companyRoleBefore's cue: the role before "of", or shares before "in" — COMPANY_ROLES holds SHARES (cues.ts). */
export const COMPANY_ROLE_CUE = cue([COMPANY_ROLES, B2], [OFFICER, B2], [EXECUTIVE, B2]);

/** What a company does to its dividend or its forecast: "Zurich raised its dividend", "Nokia cut its outlook". */
const CHANGES = new WordSet('raised raises lifted lifts cut cuts slashed slashes increased increases trimmed trims hiked hikes suspended suspends'.split(' '));
const ITS = new WordSet(['its']);
const PAYOUTS = new WordSet('dividend dividends payout forecast forecasts outlook guidance buyback'.split(' '));
/** What a company posts: "Sabadell posted a record quarterly profit". */
const POSTS = new WordSet('posted posts booked books swung'.split(' '));
const RESULTS = new WordSet('profit profits loss losses earnings revenue revenues'.split(' '));
/** How many words may stand between "posted" and the result ("a record net quarterly profit"). */
const RESULT_WORDS = 5;
/** A deal a company agrees to: "Santander agreed to buy TSB". */
const AGREED = new WordSet(['agreed', 'agrees']);
const TO = new WordSet(['to']);
const DEALS = new WordSet('buy acquire sell merge'.split(' '));

/** No company's deed after the name; one only a company does; one a company does more often than a town. */
export const ACTS_NONE = 0;
export const ACTS_SURELY = 1;
export const ACTS_LIKELY = 2;

/**
 * What the words right after the name ending at token `last` say it does (ACTS_*): a company raises its
 * dividend and posts a profit, which no town does ("Zurich raised its dividend", "Sabadell posted a
 * record profit"); it agrees to buy another, which a town's council may do too ("Santander agreed to buy
 * TSB"). (The caller leaves a country alone: "Japan posted a record trade surplus" is its economy's.)
 */
export function companyActsAfter(tokens: Tokens, last: number): number {
  const k = last + 1;
  if (!lowerJoinedWithin(tokens, k)) return ACTS_NONE;
  if (CHANGES.has(tokens, k)) return lowerJoinedWithin(tokens, k + 1) && ITS.has(tokens, k + 1) && lowerJoinedWithin(tokens, k + 2) && PAYOUTS.has(tokens, k + 2) ? ACTS_SURELY : ACTS_NONE;
  if (POSTS.has(tokens, k)) {
    // (Past words and figures in the same sentence: "posted a $2 billion profit".)
    for (let j = k + 1; j < tokens.count && j <= k + RESULT_WORDS && (tokens.flags[j]! & (T_CAP | T_SENT)) === 0; j++) if (RESULTS.has(tokens, j)) return ACTS_SURELY;
    return ACTS_NONE;
  }
  if (AGREED.has(tokens, k)) return lowerJoinedWithin(tokens, k + 1) && TO.has(tokens, k + 1) && lowerJoinedWithin(tokens, k + 2) && DEALS.has(tokens, k + 2) ? ACTS_LIKELY : ACTS_NONE;
  return ACTS_NONE;
}
/** companyActsAfter's cue (cues.ts). */
export const COMPANY_ACTS_CUE = cue([CHANGES, A1], [POSTS, A1], [AGREED, A1]);
