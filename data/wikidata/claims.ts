/**
 * Reading Wikidata statements: ranks, item values, times, quantities and coordinates.
 *
 * Every reader checks the shape of the value and returns undefined when it is missing, of another
 * type, "unknown value"/"no value", or imprecise — callers then leave the fact out rather than guess.
 */
import { QID_PATTERN, type WdEntity, type WdSnak, type WdStatement } from './types.ts';

const ENTITY_URI = 'http://www.wikidata.org/entity/';
/** The proleptic Julian calendar (Wikidata's other calendar model is Q1985727, Gregorian). */
const JULIAN = `${ENTITY_URI}Q1985786`;
/** Earth, the default globe of coordinates. */
const EARTH = `${ENTITY_URI}Q2`;
/** Units of area we convert to km²: square kilometre, square metre. */
const AREA_UNITS_KM2: Record<string, number> = {
  [`${ENTITY_URI}Q712226`]: 1,
  [`${ENTITY_URI}Q25343`]: 1e-6,
};

/** Non-deprecated statements of a property. */
export function statements(entity: WdEntity, property: string): WdStatement[] {
  const list = entity.claims?.[property];
  if (!Array.isArray(list)) return [];
  return list.filter((s): s is WdStatement => typeof s === 'object' && s !== null && s.rank !== 'deprecated');
}

/** The "truthy" statements: the preferred ones if any, else the normal ones (as Wikidata's wdt: does). */
export function bestStatements(entity: WdEntity, property: string): WdStatement[] {
  const all = statements(entity, property);
  const preferred = all.filter((s) => s.rank === 'preferred');
  return preferred.length ? preferred : all;
}

function snakValue(snak: WdSnak | undefined): unknown {
  if (!snak || typeof snak !== 'object') return undefined;
  if (snak.snaktype !== undefined && snak.snaktype !== 'value') return undefined;
  return snak.datavalue?.value;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The first qualifier snak of a property on a statement. */
export function qualifier(statement: WdStatement, property: string): WdSnak | undefined {
  const list = statement.qualifiers?.[property];
  return Array.isArray(list) ? list[0] : undefined;
}

/** The Q-id of an item value ({id: "Q42"} or the older {numeric-id: 42}). */
export function itemId(snak: WdSnak | undefined): string | undefined {
  const value = snakValue(snak);
  if (!isRecord(value)) return undefined;
  if (typeof value.id === 'string' && QID_PATTERN.test(value.id)) return value.id;
  const numeric = value['numeric-id'];
  if (typeof numeric === 'number' && Number.isInteger(numeric) && numeric > 0 && value['entity-type'] !== 'property') return `Q${numeric}`;
  return undefined;
}

/** Q-ids of the item values of a property (truthy ones, or all non-deprecated), in order, without repeats. */
export function itemIds(entity: WdEntity, property: string, which: 'best' | 'all' = 'best'): string[] {
  const ids = (which === 'best' ? bestStatements(entity, property) : statements(entity, property)).map((s) => itemId(s.mainsnak)).filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

/** A point in time of known precision: year always, month and day when Wikidata states them. */
export interface WdTime {
  year: number;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", for the schema's PartialDate. */
  date: string;
}

/** Year bounds of the schema. */
const MIN_YEAR = -5000;
const MAX_YEAR = 2100;

function pad4(year: number): string {
  return year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
}

/**
 * Parses a time value ({time: "+1952-03-11T00:00:00Z", precision: 11, calendarmodel}). Precision 9
 * is a year, 10 a month, 11 a day; anything coarser (decade, century…) is refused. Dates in the
 * Julian calendar keep only their year: we do not convert calendars.
 */
export function timeValue(snak: WdSnak | undefined): WdTime | undefined {
  const value = snakValue(snak);
  if (!isRecord(value) || typeof value.time !== 'string') return undefined;
  const m = /^([+-]?)(\d{1,16})-(\d{2})-(\d{2})T/.exec(value.time);
  if (!m) return undefined;
  const precision = typeof value.precision === 'number' ? value.precision : 11;
  if (precision < 9) return undefined;
  const year = Number(m[2]) * (m[1] === '-' ? -1 : 1);
  if (!Number.isSafeInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const month = Number(m[3]);
  const day = Number(m[4]);
  const julian = value.calendarmodel === JULIAN;
  let date = pad4(year);
  if (!julian && precision >= 10 && month >= 1 && month <= 12) {
    date += `-${m[3]}`;
    if (precision >= 11 && day >= 1 && day <= 31) date += `-${m[4]}`;
  }
  return { year, date };
}

/** The time of the first truthy statement of a property, if all truthy statements agree on the year. */
export function singleTime(entity: WdEntity, property: string): WdTime | 'conflict' | undefined {
  const times = bestStatements(entity, property).map((s) => timeValue(s.mainsnak)).filter((t): t is WdTime => t !== undefined);
  if (!times.length) return undefined;
  if (times.some((t) => t.year !== times[0]!.year)) return 'conflict';
  // Disagreeing days within one year: keep the year only.
  return times.every((t) => t.date === times[0]!.date) ? times[0] : { year: times[0]!.year, date: pad4(times[0]!.year) };
}

/** A quantity's amount and unit URI ("1" for a plain number). */
export function quantityValue(snak: WdSnak | undefined): { amount: number; unit: string } | undefined {
  const value = snakValue(snak);
  if (!isRecord(value)) return undefined;
  const amount = typeof value.amount === 'string' ? Number(value.amount) : typeof value.amount === 'number' ? value.amount : NaN;
  if (!Number.isFinite(amount)) return undefined;
  return { amount, unit: typeof value.unit === 'string' ? value.unit : '1' };
}

/** An area in km², or undefined when the unit is not one we know. */
export function areaKm2(snak: WdSnak | undefined): number | undefined | 'unknown-unit' {
  const q = quantityValue(snak);
  if (!q || q.amount < 0) return undefined;
  const factor = AREA_UNITS_KM2[q.unit];
  if (factor === undefined) return 'unknown-unit';
  const km2 = q.amount * factor;
  return km2 >= 100 ? Math.round(km2) : Math.round(km2 * 1000) / 1000;
}

/** Coordinates on Earth, rounded to 5 decimals (about a metre). */
export function coordinateValue(snak: WdSnak | undefined): { lat: number; lon: number } | undefined {
  const value = snakValue(snak);
  if (!isRecord(value)) return undefined;
  const { latitude, longitude, globe } = value;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (globe !== undefined && globe !== null && globe !== EARTH) return undefined;
  if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) return undefined;
  const round = (x: number) => Math.round(x * 1e5) / 1e5 + 0; // + 0 turns -0 into 0
  return { lat: round(latitude), lon: round(longitude) };
}

/** The year of a time qualifier (P580 start, P582 end, P585 point in time). */
export function qualifierYear(statement: WdStatement, property: string): number | undefined {
  return timeValue(qualifier(statement, property))?.year;
}
