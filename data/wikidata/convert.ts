/**
 * One Wikidata entity → one record of our schema (validated with parseEntity), or the reason it was
 * skipped. Names come from labels.ts, the kind from classes.ts, facts from facts.ts.
 */
import { parseEntity, type Entity, type Fact, type Kind } from '../../src/data/schema.ts';
import { classify } from './classes.ts';
import { bestStatements, coordinateValue } from './claims.ts';
import { factsOf } from './facts.ts';
import { aliasesOf, englishDescription, englishLabel, enwikiTitle, packId } from './labels.ts';
import type { Report, SkipReason } from './report.ts';
import { QID_PATTERN, type LabelIndex, type WdEntity } from './types.ts';

export interface ConvertOptions {
  /** "YYYY-MM": the date the facts are known true. */
  asOf: string;
  /** Kind for entities whose classes are not in the class table; absent: skip them. */
  defaultKind?: Kind;
  /** English labels of the items the input names. */
  labels: LabelIndex;
}

export type ConvertResult = { ok: true; entity: Entity } | { ok: false; reason: SkipReason; error?: string };

/** Properties whose item values the facts show by label: the label pass collects these Q-ids. */
export const LABELLED_PROPERTIES = ['P17', 'P19', 'P27', 'P36', 'P39', 'P102', 'P159', 'P276', 'P6', 'P35', 'P488', 'P169'] as const;

const NOUN: Record<string, string> = {
  'igo': 'intergovernmental organisation',
  'ngo': 'non-governmental organisation',
  'party': 'political party',
  'agency': 'government agency',
  'armed-group': 'armed group',
  'news-agency': 'news agency',
  'body-of-water': 'body of water',
  'historical-country': 'former country',
  'military-operation': 'military operation',
  'outbreak': 'disease outbreak',
};
const KIND_NOUN: Record<Kind, string> = { person: 'person', place: 'place', organization: 'organisation', event: 'event' };

/** A plain description when Wikidata has no English one: "city in Türkiye", "person from Kenya". */
export function fallbackDescription(kind: Kind, subkind: string | undefined, facts: Fact[]): string {
  const noun = subkind ? NOUN[subkind] ?? subkind.replace(/-/g, ' ') : KIND_NOUN[kind];
  const country = facts.find((f) => f.type === (kind === 'person' ? 'nationality' : 'country'));
  const where = country && 'value' in country ? country.value : undefined;
  const text = where ? `${noun} ${kind === 'person' ? 'from' : 'in'} ${where}` : noun;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function convertEntity(wd: WdEntity, options: ConvertOptions, report: Report): ConvertResult {
  if (!QID_PATTERN.test(wd.id)) return { ok: false, reason: 'not-item' };
  const name = englishLabel(wd);
  if (!name) return { ok: false, reason: 'no-label' };
  const cls = classify(wd, options.defaultKind);
  if (!cls.ok) {
    for (const q of cls.classes.slice(0, 3)) report.unknownClasses.add(q);
    return { ok: false, reason: cls.reason };
  }
  const { kind, subkind } = cls;
  const ctx = { labels: options.labels, omit: (reason: string) => report.omitted.add(reason) };
  const facts = factsOf(wd, kind, subkind, ctx);
  const title = enwikiTitle(wd);
  const record: Record<string, unknown> = {
    id: packId(wd.id, title),
    kind,
    ...(subkind ? { subkind } : {}),
    name,
    aliases: aliasesOf(wd, name, kind),
    description: englishDescription(wd) ?? fallbackDescription(kind, subkind, facts),
  };
  if (facts.length) record.facts = facts;
  for (const s of bestStatements(wd, 'P625')) {
    const location = coordinateValue(s.mainsnak);
    if (location) { record.location = location; break; }
  }
  if (title) record.wikipedia = title;
  record.wikidata = wd.id;
  record.asOf = options.asOf;
  record.source = { name: 'Wikidata', url: `https://www.wikidata.org/wiki/${wd.id}`, licence: 'CC0-1.0' };
  const parsed = parseEntity(record);
  return parsed.ok ? { ok: true, entity: parsed.entity } : { ok: false, reason: 'invalid', error: parsed.error };
}
