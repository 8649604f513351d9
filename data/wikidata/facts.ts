/**
 * Key facts from Wikidata claims, typed as the schema's Fact.
 *
 * Properties read (values that name another item need that item's English label somewhere in the
 * input — a Q-id is never shown on a card, so without a label the fact is left out and counted):
 *   people:        P39 position held (+ P580 start, P582 end qualifiers) → office
 *                  P569 date of birth (+ P19 place of birth) → born;  P570 date of death → died
 *                  P27 country of citizenship → nationality;  P102 member of political party → party
 *   places:        P17 country → country;  P36 capital → capital
 *                  P1082 population (+ P585 point in time; the most recent) → population
 *                  P2046 area (km² or m²) → area;  P6 head of government, P35 head of state → leader
 *                  P571 inception → founded;  P576 dissolved → dissolved
 *   organisations: P571 → founded;  P576 → dissolved;  P159 headquarters location → headquarters
 *                  P17 → country;  P488 chairperson, P169 chief executive officer → leader
 *                  P2124 member count (+ P585) → members
 *   events:        P580 start time / P582 end time, else P585 point in time → dates
 *                  P276 location → location;  P17 → country
 * (P625 coordinate location becomes the record's `location` field, in convert.ts.)
 *
 * Ranks: deprecated statements are ignored; single-valued facts use the truthy statements
 * (preferred, else normal) and are left out when those disagree on the year.
 */
import type { Fact, Kind } from '../../src/data/schema.ts';
import { areaKm2, bestStatements, itemId, itemIds, qualifier, qualifierYear, quantityValue, singleTime, statements } from './claims.ts';
import type { LabelIndex, WdEntity, WdStatement } from './types.ts';

export interface FactContext {
  labels: LabelIndex;
  /** Counts a fact left out, by reason. */
  omit(reason: string): void;
}

/** Schema caps. */
const MAX_FACTS = 40;
const MAX_OFFICES = 12;
const TEXT_MAX = { office: 160, nationality: 80, party: 120, country: 80, capital: 80, headquarters: 120, leader: 120, location: 160, place: 120 } as const;

function labelOf(qid: string, ctx: FactContext, what: string, max: number): string | undefined {
  const label = ctx.labels.get(qid);
  if (label === undefined) {
    ctx.omit(`${what}: label of the linked item not in the input`);
    return undefined;
  }
  if (label.length > max) {
    ctx.omit(`${what}: label too long`);
    return undefined;
  }
  return label;
}

/** Labels of the truthy item values of a property, without repeats. */
function labelsOf(entity: WdEntity, property: string, ctx: FactContext, what: string, max: number, limit = 3): string[] {
  const out: string[] = [];
  for (const qid of itemIds(entity, property)) {
    if (qid === entity.id) continue; // a country's "country" is itself
    const label = labelOf(qid, ctx, what, max);
    if (label && !out.includes(label)) out.push(label);
    if (out.length >= limit) break;
  }
  return out;
}

/** A statement still true: it has no end (P582) qualifier. */
function isCurrent(s: WdStatement): boolean {
  return qualifier(s, 'P582') === undefined;
}

function dateFact(entity: WdEntity, property: string, ctx: FactContext, what: string) {
  const t = singleTime(entity, property);
  if (t === 'conflict') {
    ctx.omit(`${what}: sources disagree on the year`);
    return undefined;
  }
  return t;
}

function born(entity: WdEntity, ctx: FactContext): Fact | undefined {
  const t = dateFact(entity, 'P569', ctx, 'born');
  if (!t) return undefined;
  const fact: Extract<Fact, { type: 'born' }> = withDate({ type: 'born' as const, year: t.year }, t.date);
  const places = itemIds(entity, 'P19');
  if (places.length === 1) {
    const place = labelOf(places[0]!, ctx, 'place of birth', TEXT_MAX.place);
    if (place) fact.place = place;
  }
  return fact;
}

/** A date string worth stating beside the year: only when it has a month. */
function withDate<T extends { year: number }>(fact: T, date: string): T & { date?: string } {
  return /^-?\d+-\d/.test(date) ? { ...fact, date } : fact;
}

function offices(entity: WdEntity, ctx: FactContext): Fact[] {
  const out: Array<Extract<Fact, { type: 'office' }>> = [];
  const seen = new Set<string>();
  for (const s of statements(entity, 'P39')) {
    const qid = itemId(s.mainsnak);
    if (!qid) continue;
    const role = labelOf(qid, ctx, 'office', TEXT_MAX.office);
    if (!role) continue;
    const fact: Extract<Fact, { type: 'office' }> = { type: 'office', role };
    const from = qualifierYear(s, 'P580');
    const to = qualifierYear(s, 'P582');
    if (from !== undefined) fact.from = from;
    if (to !== undefined) fact.to = to;
    const key = `${role}|${from}|${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(fact);
  }
  // Current offices first, then the most recent.
  out.sort((a, b) => Number(a.to !== undefined) - Number(b.to !== undefined) || (b.from ?? -Infinity) - (a.from ?? -Infinity));
  if (out.length > MAX_OFFICES) ctx.omit('office: more than 12, oldest left out');
  return out.slice(0, MAX_OFFICES);
}

/** The most recent value of a quantity with a P585 (point in time) qualifier. */
function latestQuantity(entity: WdEntity, property: string): { amount: number; year?: number } | undefined {
  let best: { amount: number; year?: number; preferred: boolean } | undefined;
  for (const s of statements(entity, property)) {
    const q = quantityValue(s.mainsnak);
    if (!q || q.amount < 0 || q.unit !== '1') continue;
    const year = qualifierYear(s, 'P585');
    const preferred = s.rank === 'preferred';
    const cand = { amount: Math.round(q.amount), year, preferred };
    if (!best) { best = cand; continue; }
    const by = best.year ?? -Infinity;
    const cy = year ?? -Infinity;
    if (cy > by || (cy === by && preferred && !best.preferred)) best = cand;
  }
  return best;
}

function population(entity: WdEntity, ctx: FactContext): Fact | undefined {
  const q = latestQuantity(entity, 'P1082');
  if (!q) return undefined;
  if (q.year === undefined) {
    ctx.omit('population: no point in time (P585) qualifier');
    return undefined;
  }
  return { type: 'population', value: q.amount, year: q.year };
}

function members(entity: WdEntity): Fact | undefined {
  const q = latestQuantity(entity, 'P2124');
  if (!q) return undefined;
  return q.year === undefined ? { type: 'members', value: q.amount } : { type: 'members', value: q.amount, year: q.year };
}

function area(entity: WdEntity, ctx: FactContext): Fact | undefined {
  for (const s of bestStatements(entity, 'P2046')) {
    const km2 = areaKm2(s.mainsnak);
    if (km2 === 'unknown-unit') { ctx.omit('area: unit other than km² or m²'); continue; }
    if (km2 !== undefined) return { type: 'area', km2 };
  }
  return undefined;
}

const LEADER_ROLES: Array<[string, string]> = [
  ['P35', 'Head of state'],
  ['P6', 'Head of government'],
  ['P488', 'Chair'],
  ['P169', 'Chief executive'],
];

function leaders(entity: WdEntity, properties: string[], ctx: FactContext): Fact[] {
  const out: Fact[] = [];
  for (const [property, role] of LEADER_ROLES) {
    if (!properties.includes(property)) continue;
    const current = bestStatements(entity, property).filter(isCurrent);
    for (const s of current.slice(0, 2)) {
      const qid = itemId(s.mainsnak);
      const value = qid && labelOf(qid, ctx, 'leader', TEXT_MAX.leader);
      if (!value) continue;
      const since = qualifierYear(s, 'P580');
      out.push(since === undefined ? { type: 'leader', role, value } : { type: 'leader', role, value, since });
    }
  }
  return out;
}

function parties(entity: WdEntity, ctx: FactContext): Fact[] {
  const out: Fact[] = [];
  for (const s of bestStatements(entity, 'P102').filter(isCurrent)) {
    const qid = itemId(s.mainsnak);
    const value = qid && labelOf(qid, ctx, 'party', TEXT_MAX.party);
    if (value && !out.some((f) => f.type === 'party' && f.value === value)) out.push({ type: 'party', value });
    if (out.length >= 2) break;
  }
  return out;
}

function founded(entity: WdEntity, ctx: FactContext): Fact[] {
  const out: Fact[] = [];
  const start = dateFact(entity, 'P571', ctx, 'founded');
  if (start) out.push(withDate({ type: 'founded' as const, year: start.year }, start.date));
  const end = dateFact(entity, 'P576', ctx, 'dissolved');
  if (end) out.push({ type: 'dissolved', year: end.year });
  return out;
}

function eventDates(entity: WdEntity, ctx: FactContext): Fact | undefined {
  const start = dateFact(entity, 'P580', ctx, 'dates');
  if (start) {
    const end = dateFact(entity, 'P582', ctx, 'dates');
    return end ? { type: 'dates', from: start.date, to: end.date } : { type: 'dates', from: start.date };
  }
  const point = dateFact(entity, 'P585', ctx, 'dates');
  return point ? { type: 'dates', from: point.date } : undefined;
}

/** The facts of an entity of the given kind, in the order a card shows them. */
export function factsOf(entity: WdEntity, kind: Kind, subkind: string | undefined, ctx: FactContext): Fact[] {
  const facts: Array<Fact | undefined> = [];
  const country = () => labelsOf(entity, 'P17', ctx, 'country', TEXT_MAX.country, 2).map((value): Fact => ({ type: 'country', value }));
  switch (kind) {
    case 'person': {
      facts.push(...offices(entity, ctx));
      facts.push(born(entity, ctx));
      const died = dateFact(entity, 'P570', ctx, 'died');
      if (died) facts.push(withDate({ type: 'died' as const, year: died.year }, died.date));
      facts.push(...labelsOf(entity, 'P27', ctx, 'nationality', TEXT_MAX.nationality).map((value): Fact => ({ type: 'nationality', value })));
      facts.push(...parties(entity, ctx));
      break;
    }
    case 'place': {
      if (subkind !== 'country') facts.push(...country());
      facts.push(...labelsOf(entity, 'P36', ctx, 'capital', TEXT_MAX.capital, 1).map((value): Fact => ({ type: 'capital', value })));
      facts.push(population(entity, ctx));
      facts.push(area(entity, ctx));
      facts.push(...leaders(entity, ['P35', 'P6'], ctx));
      facts.push(...founded(entity, ctx));
      break;
    }
    case 'organization': {
      facts.push(...founded(entity, ctx));
      facts.push(...labelsOf(entity, 'P159', ctx, 'headquarters', TEXT_MAX.headquarters, 1).map((value): Fact => ({ type: 'headquarters', value })));
      facts.push(...country());
      facts.push(...leaders(entity, ['P488', 'P169'], ctx));
      facts.push(members(entity));
      break;
    }
    case 'event': {
      facts.push(eventDates(entity, ctx));
      facts.push(...labelsOf(entity, 'P276', ctx, 'location', TEXT_MAX.location, 2).map((value): Fact => ({ type: 'location', value })));
      facts.push(...country());
      break;
    }
  }
  return facts.filter((f): f is Fact => f !== undefined).slice(0, MAX_FACTS);
}
