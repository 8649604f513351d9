/**
 * Which of our kinds an entity is, from its "instance of" (P31) classes.
 *
 * A small explicit table of common classes whose Q-ids are certain. It deliberately does not follow
 * "subclass of" (P279): that needs the whole class tree, and one wrong link in it turns a film into
 * an organisation. An entity whose classes are all missing here is skipped (and counted, with its
 * most common classes listed in the summary) unless the caller gives a default kind.
 *
 * Order matters: when an entity has several classes, the earliest row wins, so specific rows come
 * before generic ones (Singapore is a country and a city: country; a capital is also a city).
 */
import type { Kind } from '../../src/data/schema.ts';
import { itemIds } from './claims.ts';
import type { WdEntity } from './types.ts';

export interface ClassRow {
  qid: string;
  /** English label of the class, for the summary and for readers of this table. */
  label: string;
  kind: Kind;
  subkind?: string;
}

export const CLASS_TABLE: readonly ClassRow[] = [
  { qid: 'Q5', label: 'human', kind: 'person' },

  // States first: a city-state is a country.
  { qid: 'Q6256', label: 'country', kind: 'place', subkind: 'country' },
  { qid: 'Q3624078', label: 'sovereign state', kind: 'place', subkind: 'country' },
  { qid: 'Q3024240', label: 'historical country', kind: 'place', subkind: 'historical-country' },

  // Organisations.
  { qid: 'Q7278', label: 'political party', kind: 'organization', subkind: 'party' },
  { qid: 'Q1127126', label: 'military alliance', kind: 'organization', subkind: 'alliance' },
  { qid: 'Q245065', label: 'intergovernmental organization', kind: 'organization', subkind: 'igo' },
  { qid: 'Q484652', label: 'international organization', kind: 'organization', subkind: 'igo' },
  { qid: 'Q17127659', label: 'terrorist organization', kind: 'organization', subkind: 'armed-group' },
  { qid: 'Q192283', label: 'news agency', kind: 'organization', subkind: 'news-agency' },
  { qid: 'Q11032', label: 'newspaper', kind: 'organization', subkind: 'newspaper' },
  { qid: 'Q327333', label: 'government agency', kind: 'organization', subkind: 'agency' },
  { qid: 'Q2659904', label: 'government organization', kind: 'organization', subkind: 'agency' },
  { qid: 'Q891723', label: 'public company', kind: 'organization', subkind: 'company' },
  { qid: 'Q783794', label: 'company', kind: 'organization', subkind: 'company' },
  { qid: 'Q4830453', label: 'business', kind: 'organization', subkind: 'company' },
  { qid: 'Q6881511', label: 'enterprise', kind: 'organization', subkind: 'company' },
  { qid: 'Q79913', label: 'non-governmental organization', kind: 'organization', subkind: 'ngo' },
  { qid: 'Q163740', label: 'nonprofit organization', kind: 'organization', subkind: 'ngo' },
  { qid: 'Q3918', label: 'university', kind: 'organization', subkind: 'university' },

  // Events.
  { qid: 'Q103495', label: 'world war', kind: 'event', subkind: 'war' },
  { qid: 'Q8465', label: 'civil war', kind: 'event', subkind: 'war' },
  { qid: 'Q198', label: 'war', kind: 'event', subkind: 'war' },
  { qid: 'Q178561', label: 'battle', kind: 'event', subkind: 'battle' },
  { qid: 'Q188055', label: 'siege', kind: 'event', subkind: 'siege' },
  { qid: 'Q645883', label: 'military operation', kind: 'event', subkind: 'military-operation' },
  { qid: 'Q350604', label: 'armed conflict', kind: 'event', subkind: 'conflict' },
  { qid: 'Q180684', label: 'conflict', kind: 'event', subkind: 'conflict' },
  { qid: 'Q625298', label: 'peace treaty', kind: 'event', subkind: 'treaty' },
  { qid: 'Q131569', label: 'treaty', kind: 'event', subkind: 'treaty' },
  { qid: 'Q858439', label: 'presidential election', kind: 'event', subkind: 'election' },
  { qid: 'Q40231', label: 'election', kind: 'event', subkind: 'election' },
  { qid: 'Q45382', label: "coup d'état", kind: 'event', subkind: 'coup' },
  { qid: 'Q10931', label: 'revolution', kind: 'event', subkind: 'revolution' },
  { qid: 'Q2223653', label: 'terrorist attack', kind: 'event', subkind: 'attack' },
  { qid: 'Q3882219', label: 'assassination', kind: 'event', subkind: 'assassination' },
  { qid: 'Q273120', label: 'protest', kind: 'event', subkind: 'protest' },
  { qid: 'Q175331', label: 'demonstration', kind: 'event', subkind: 'protest' },
  { qid: 'Q7944', label: 'earthquake', kind: 'event', subkind: 'earthquake' },
  { qid: 'Q8068', label: 'flood', kind: 'event', subkind: 'flood' },
  { qid: 'Q12184', label: 'pandemic', kind: 'event', subkind: 'pandemic' },
  { qid: 'Q3241045', label: 'disease outbreak', kind: 'event', subkind: 'outbreak' },
  { qid: 'Q8065', label: 'natural disaster', kind: 'event', subkind: 'disaster' },
  { qid: 'Q3839081', label: 'disaster', kind: 'event', subkind: 'disaster' },

  // Places.
  { qid: 'Q5107', label: 'continent', kind: 'place', subkind: 'continent' },
  { qid: 'Q35657', label: 'state of the United States', kind: 'place', subkind: 'region' },
  { qid: 'Q10864048', label: 'first-level administrative country subdivision', kind: 'place', subkind: 'region' },
  { qid: 'Q34876', label: 'province', kind: 'place', subkind: 'region' },
  { qid: 'Q1637706', label: 'city with millions of inhabitants', kind: 'place', subkind: 'city' },
  { qid: 'Q1549591', label: 'big city', kind: 'place', subkind: 'city' },
  { qid: 'Q5119', label: 'capital city', kind: 'place', subkind: 'city' },
  { qid: 'Q1093829', label: 'city in the United States', kind: 'place', subkind: 'city' },
  { qid: 'Q515', label: 'city', kind: 'place', subkind: 'city' },
  { qid: 'Q3957', label: 'town', kind: 'place', subkind: 'town' },
  { qid: 'Q532', label: 'village', kind: 'place', subkind: 'village' },
  { qid: 'Q15284', label: 'municipality', kind: 'place', subkind: 'municipality' },
  { qid: 'Q1248784', label: 'airport', kind: 'place', subkind: 'airport' },
  { qid: 'Q41176', label: 'building', kind: 'place', subkind: 'landmark' },
  { qid: 'Q23442', label: 'island', kind: 'place', subkind: 'island' },
  { qid: 'Q46831', label: 'mountain range', kind: 'place', subkind: 'mountain-range' },
  { qid: 'Q8502', label: 'mountain', kind: 'place', subkind: 'mountain' },
  { qid: 'Q4022', label: 'river', kind: 'place', subkind: 'river' },
  { qid: 'Q23397', label: 'lake', kind: 'place', subkind: 'lake' },
  { qid: 'Q165', label: 'sea', kind: 'place', subkind: 'body-of-water' },
  { qid: 'Q9430', label: 'ocean', kind: 'place', subkind: 'body-of-water' },

  // Generic classes last: anything more specific above wins.
  { qid: 'Q82794', label: 'geographic region', kind: 'place', subkind: 'region' },
  { qid: 'Q56061', label: 'administrative territorial entity', kind: 'place', subkind: 'region' },
  { qid: 'Q486972', label: 'human settlement', kind: 'place', subkind: 'settlement' },
  { qid: 'Q43229', label: 'organization', kind: 'organization' },
  { qid: 'Q13418847', label: 'historical event', kind: 'event' },
  { qid: 'Q1656682', label: 'event', kind: 'event' },
  { qid: 'Q1190554', label: 'occurrence', kind: 'event' },
];

const RANK = new Map(CLASS_TABLE.map((row, i) => [row.qid, i]));

export type ClassResult =
  | { ok: true; kind: Kind; subkind?: string; classQid?: string }
  | { ok: false; reason: 'no-class' | 'unknown-class'; classes: string[] };

/** The kind of an entity from its P31 values; `defaultKind` applies when no class is in the table. */
export function classify(entity: WdEntity, defaultKind?: Kind): ClassResult {
  const classes = itemIds(entity, 'P31', 'all');
  let best: ClassRow | undefined;
  for (const qid of classes) {
    const rank = RANK.get(qid);
    if (rank !== undefined && (best === undefined || rank < RANK.get(best.qid)!)) best = CLASS_TABLE[rank];
  }
  if (best) return best.subkind ? { ok: true, kind: best.kind, subkind: best.subkind, classQid: best.qid } : { ok: true, kind: best.kind, classQid: best.qid };
  if (defaultKind) return { ok: true, kind: defaultKind };
  return { ok: false, reason: classes.length ? 'unknown-class' : 'no-class', classes };
}
