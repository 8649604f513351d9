/**
 * The parts of Wikidata's entity JSON that the pack builder reads (the format of the JSON dump and of
 * Special:EntityData/Q42.json). The SPARQL reader (sparql.ts) builds the same shape from query rows,
 * so everything after reading works on one representation.
 *
 * Everything is optional and loosely typed because the input is untrusted: the readers check the
 * envelope (an object with a Q-id), and claims.ts checks each value before using it.
 */

export interface WdMonolingual {
  language?: string;
  value?: string;
}

export type WdRank = 'preferred' | 'normal' | 'deprecated';

/** A snak: a property and its value ("somevalue"/"novalue" snaks have no datavalue). */
export interface WdSnak {
  snaktype?: string;
  property?: string;
  datavalue?: { type?: string; value?: unknown };
}

export interface WdStatement {
  mainsnak?: WdSnak;
  rank?: WdRank;
  qualifiers?: Record<string, WdSnak[] | undefined>;
}

export interface WdEntity {
  id: string;
  type?: string;
  labels?: Record<string, WdMonolingual | undefined>;
  descriptions?: Record<string, WdMonolingual | undefined>;
  aliases?: Record<string, WdMonolingual[] | undefined>;
  claims?: Record<string, WdStatement[] | undefined>;
  sitelinks?: Record<string, { site?: string; title?: string } | undefined>;
}

/** Q-id → English label of entities the input names (countries, offices, parties…). */
export type LabelIndex = Map<string, string>;

/** Items are Q followed by a number without leading zero. */
export const QID_PATTERN = /^Q[1-9]\d*$/;
