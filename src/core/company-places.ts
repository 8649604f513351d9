/**
 * Companies named like places: "Santander's new chief executive", "Halifax's shareholders". A place's
 * possessive before what only a company has — a chief executive, shareholders, shares, profits — names
 * the company: of the name's readings the company's stand (Banco Santander, not the Spanish city), and
 * with none, the place's card is still the wrong card. ("Seattle's mayor", "Seattle's budget" are the
 * city's. A country is left alone: "China's shares" are its stock market's. A company's legal form
 * after a place's name, "Madeira Inc", is org-heads.ts's.)
 */
import { possessiveAt } from './gaps.ts';
import type { Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

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
