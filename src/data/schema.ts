/**
 * The entity schema: the one source of truth for what a Backstory entity is.
 *
 * Built-in records (generated from open data), in-house packs (data/packs/*.jsonl) and packs a
 * reader imports are all validated against this schema, so the card, the matcher and the popup can
 * trust every field they read. Strings are capped because imported packs are untrusted input.
 */
import * as v from 'valibot';

/** Stable ids: lowercase slugs, optionally namespaced ("country:tr", "fahrettin-altun"). */
export const ID_PATTERN = /^[a-z0-9]+(?:[-:._][a-z0-9]+)*$/;
export const EntityId = v.pipe(v.string(), v.maxLength(120), v.regex(ID_PATTERN, 'must be a lowercase slug such as "fahrettin-altun" or "country:tr"'));

import { KINDS } from './kinds.ts';
export { KINDS, type Kind } from './kinds.ts';

/**
 * How an alias may match text.
 * - ordinary: case-insensitive after folding, but a single word that is also a common English word
 *   still needs a capital letter (the engine decides that from its common-word list).
 * - acronym: case-sensitive, exact capitals ("EU", "NATO"), never "eu".
 * - needs-context: an ambiguous short form (a surname alone, "Akar"): it links only after a full
 *   mention of the same entity or when the document's other entities support it.
 * - demonym: an adjective of nationality ("Turkish"): may link to its country, never outranks a name.
 */
export const MATCH_MODES = ['ordinary', 'acronym', 'needs-context', 'demonym'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const Year = v.pipe(v.number(), v.integer(), v.minValue(-5000), v.maxValue(2100));
/** A date of known precision: "2020", "2020-02" or "2020-02-28". */
export const PartialDate = v.pipe(v.string(), v.regex(/^-?\d{1,4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
const HttpUrl = v.pipe(v.string(), v.maxLength(500), v.url(), v.regex(/^https?:\/\//i, 'links must be http(s)'));

export const Alias = v.strictObject({
  text: Text(120),
  match: v.picklist(MATCH_MODES),
  /**
   * The language the alias is a name in, when not English ("es" for "Andalucía", "de" for "Bayern"): it
   * then matches only on pages in another language (core/format.ts, E_FOREIGN).
   */
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a language code such as "fr" or "de"'))),
});
export type Alias = v.InferOutput<typeof Alias>;

/** Typed key facts. `id` fields point at other entities when we have them; `value` is the display text. */
export const Fact = v.variant('type', [
  // An office held, with years, so a card stays true after the person leaves it. `to` absent = still in office as of `asOf`.
  v.strictObject({ type: v.literal('office'), role: Text(160), of: v.optional(Text(120)), ofId: v.optional(EntityId), from: v.optional(Year), to: v.optional(Year) }),
  v.strictObject({ type: v.literal('born'), year: Year, date: v.optional(PartialDate), place: v.optional(Text(120)) }),
  v.strictObject({ type: v.literal('died'), year: Year, date: v.optional(PartialDate) }),
  v.strictObject({ type: v.literal('nationality'), value: Text(80), id: v.optional(EntityId) }),
  v.strictObject({ type: v.literal('party'), value: Text(120), id: v.optional(EntityId) }),
  v.strictObject({ type: v.literal('country'), value: Text(80), id: v.optional(EntityId) }),
  v.strictObject({ type: v.literal('capital'), value: Text(80), id: v.optional(EntityId) }),
  v.strictObject({ type: v.literal('population'), value: v.pipe(v.number(), v.integer(), v.minValue(0)), year: Year }),
  v.strictObject({ type: v.literal('area'), km2: v.pipe(v.number(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('founded'), year: Year, date: v.optional(PartialDate) }),
  v.strictObject({ type: v.literal('dissolved'), year: Year }),
  v.strictObject({ type: v.literal('headquarters'), value: Text(120), id: v.optional(EntityId) }),
  v.strictObject({ type: v.literal('leader'), role: v.optional(Text(80)), value: Text(120), id: v.optional(EntityId), since: v.optional(Year) }),
  v.strictObject({ type: v.literal('members'), value: v.pipe(v.number(), v.integer(), v.minValue(0)), year: v.optional(Year) }),
  v.strictObject({ type: v.literal('dates'), from: PartialDate, to: v.optional(PartialDate) }),
  v.strictObject({ type: v.literal('location'), value: Text(160) }),
  v.strictObject({ type: v.literal('languages'), value: Text(160) }),
  v.strictObject({ type: v.literal('currency'), value: Text(80) }),
  // Anything else worth a line on the card: a label and its value, both plain text.
  v.strictObject({ type: v.literal('other'), label: Text(60), value: Text(200) }),
]);
export type Fact = v.InferOutput<typeof Fact>;

export const Source = v.strictObject({
  name: Text(160),
  url: v.optional(HttpUrl),
  licence: Text(80),
});

export const Entity = v.strictObject({
  id: EntityId,
  kind: v.picklist(KINDS),
  /** Place: country | region | city | landmark | border-crossing | territory | body-of-water …; organization: igo | alliance | party | armed-group | news-agency | company | agency | ngo | …; event: war | peace-process | treaty | summit | …; person: usually absent. */
  subkind: v.optional(v.pipe(v.string(), v.regex(/^[a-z][a-z-]{0,39}$/, 'must be a lowercase word such as "city"'))),
  /** Display name in its own spelling: "Recep Tayyip Erdoğan", "İzmir". */
  name: Text(160),
  aliases: v.pipe(v.array(Alias), v.maxLength(200)),
  /** One line, shown under the name. */
  description: Text(200),
  /** Two to four sentences of background, in our own words. */
  summary: v.optional(Text(1200)),
  facts: v.optional(v.pipe(v.array(Fact), v.maxLength(40))),
  related: v.optional(v.pipe(v.array(EntityId), v.maxLength(40))),
  location: v.optional(v.strictObject({
    lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
    lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  })),
  /** English Wikipedia title, e.g. "Hatay Province". */
  wikipedia: v.optional(Text(200)),
  /** Only where known for certain. */
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/, 'must look like Q42'))),
  /** Prominence in [0, 1]: decides between homonyms when context does not (a capital city beats a village). */
  prominence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  /** The date the facts were last known true. */
  asOf: PartialDate,
  source: Source,
});
export type Entity = v.InferOutput<typeof Entity>;
export type EntityInput = v.InferInput<typeof Entity>;

/** Validates one record; returns the entity or the first problem as "field: message". */
export function parseEntity(input: unknown): { ok: true; entity: Entity } | { ok: false; error: string } {
  const result = v.safeParse(Entity, input);
  if (result.success) return { ok: true, entity: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '(record)';
  return { ok: false, error: `${path}: ${issue.message}` };
}
