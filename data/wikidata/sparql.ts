/**
 * SPARQL query results (application/sparql-results+json, as the Wikidata Query Service returns them)
 * → Wikidata entities, so the rest of the pack builder reads them like dump entities.
 *
 * Rows with the same ?item are grouped into one entity (OPTIONAL patterns and multi-valued
 * properties make a query return one row per combination); repeated values are merged.
 *
 * Recognised variables (case and "_" ignored; any other variable is ignored with a warning):
 *   item                      the entity: http://www.wikidata.org/entity/Q42 (required; also "entity")
 *   itemLabel                 English name (also label, name). "Q42" (the label service's fallback) counts as none
 *   itemDescription           English description (also description)
 *   itemAltLabel              aliases (also altLabel, aliases, alias), split on "|" when the value has one,
 *                             else on ", " — use GROUP_CONCAT(…; separator="|") for aliases with commas
 *   article                   English Wikipedia URL https://en.wikipedia.org/wiki/Title (also enwiki,
 *                             wikipedia, sitelink; a bare title is accepted too)
 *   coord                     "Point(lon lat)" (also coords, coordinates, coordinate); other globes are skipped
 *   instance                  P31 class (also instanceOf, class, type, p31) — decides the kind
 * Items, each with an optional <var>Label (needed for the fact to show) and, for offices and
 * leaders, <var>Start / <var>End years (P580 / P582 qualifiers):
 *   country P17 · citizenship, nationality P27 · birthPlace, placeOfBirth P19 · capital P36
 *   position, positionHeld, office P39 · party P102 · headquarters, hq P159 · location, place P276
 *   (a "Point(…)" value in location/place is taken as coordinates) · headOfGovernment P6 ·
 *   headOfState P35 · chairperson, chair P488 · ceo P169
 * Dates (xsd:dateTime; year only unless <var>Precision gives Wikidata's precision, 10 month, 11 day;
 * dates before year 1 are skipped, as the query service counts BCE years differently from the JSON):
 *   birth, dateOfBirth, born P569 · death, dateOfDeath, died P570 · inception, founded P571 ·
 *   dissolved, abolished P576 · start, startTime, startDate P580 · end, endTime, endDate P582 ·
 *   date, pointInTime P585
 * Numbers, each with an optional <var>Date or <var>Year (P585 point in time):
 *   population P1082 · area P2046 (must be in km²) · members, memberCount P2124
 */
import { QID_PATTERN, type LabelIndex, type WdEntity, type WdSnak, type WdStatement } from './types.ts';

interface Binding {
  type?: string;
  value?: string;
}
type Row = Record<string, Binding | undefined>;

const ENTITY_URI = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[1-9]\d*)$/;
const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727';
const KM2 = 'http://www.wikidata.org/entity/Q712226';
const EARTH = 'http://www.wikidata.org/entity/Q2';

const key = (name: string) => name.toLowerCase().replace(/[_-]/g, '');

const ROLE_VARS: Record<string, 'item' | 'label' | 'description' | 'aliases' | 'article' | 'coord'> = {
  item: 'item', entity: 'item',
  itemlabel: 'label', label: 'label', name: 'label',
  itemdescription: 'description', description: 'description',
  itemaltlabel: 'aliases', altlabel: 'aliases', aliases: 'aliases', alias: 'aliases',
  article: 'article', enwiki: 'article', wikipedia: 'article', sitelink: 'article',
  coord: 'coord', coords: 'coord', coordinates: 'coord', coordinate: 'coord',
};
const ITEM_VARS: Record<string, string> = {
  instance: 'P31', instanceof: 'P31', class: 'P31', type: 'P31', p31: 'P31',
  country: 'P17', citizenship: 'P27', nationality: 'P27', birthplace: 'P19', placeofbirth: 'P19',
  capital: 'P36', position: 'P39', positionheld: 'P39', office: 'P39', party: 'P102',
  headquarters: 'P159', hq: 'P159', location: 'P276', place: 'P276',
  headofgovernment: 'P6', headofstate: 'P35', chairperson: 'P488', chair: 'P488', ceo: 'P169',
};
const TIME_VARS: Record<string, string> = {
  birth: 'P569', dateofbirth: 'P569', born: 'P569', death: 'P570', dateofdeath: 'P570', died: 'P570',
  inception: 'P571', founded: 'P571', dissolved: 'P576', abolished: 'P576',
  start: 'P580', starttime: 'P580', startdate: 'P580', end: 'P582', endtime: 'P582', enddate: 'P582',
  date: 'P585', pointintime: 'P585',
};
const QUANTITY_VARS: Record<string, string> = { population: 'P1082', area: 'P2046', members: 'P2124', membercount: 'P2124' };

export interface SparqlResult {
  entities: Array<{ entity: WdEntity; line: number }>;
  labels: LabelIndex;
  rows: number;
  /** Problems with rows, each with the line its row starts on (when found). */
  problems: Array<{ line?: number; message: string }>;
  ignoredVars: string[];
  /** Set when the results cannot be read at all. */
  fatal?: string;
}

/** Is this parsed JSON a SPARQL results document? */
export function isSparqlResults(value: unknown): value is { head?: { vars?: unknown }; results: { bindings: unknown[] } } {
  if (typeof value !== 'object' || value === null) return false;
  const results = (value as { results?: unknown }).results;
  return typeof results === 'object' && results !== null && Array.isArray((results as { bindings?: unknown }).bindings);
}

/**
 * The line on which each binding object of results.bindings starts, found by scanning the text
 * (JSON.parse keeps no positions). Inside a JSON string a quote is escaped, so the pattern cannot
 * match string content.
 */
export function bindingLines(text: string): number[] {
  const m = /"bindings"\s*:\s*\[/.exec(text);
  if (!m) return [];
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
  let depth = 0, inString = false;
  for (let i = m.index; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { line++; continue; }
    if (i < m.index + m[0].length) continue;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') { if (depth === 0 && c === '{') lines.push(line); depth++; }
    else if (c === '}' || c === ']') { if (depth === 0) break; depth--; }
  }
  return lines;
}

function literal(b: Binding | undefined): string | undefined {
  if (!b || typeof b.value !== 'string') return undefined;
  const v = b.value.replace(/\s+/g, ' ').trim();
  return v || undefined;
}

function qidOf(b: Binding | undefined): string | undefined {
  if (!b || b.type !== 'uri' || typeof b.value !== 'string') return undefined;
  return ENTITY_URI.exec(b.value)?.[1];
}

/** A real label: the label service returns the Q-id itself when an item has no label in the language. */
function labelValue(b: Binding | undefined): string | undefined {
  const v = literal(b);
  return v && !QID_PATTERN.test(v) ? v : undefined;
}

function timeSnak(b: Binding | undefined, precisionBinding: Binding | undefined): WdSnak | undefined {
  const v = literal(b);
  const m = v && /^(\d{1,4})-(\d{2})-(\d{2})(?:T|$)/.exec(v);
  if (!m) return undefined; // also refuses negative (BCE) years: see the header
  const p = Number(literal(precisionBinding));
  const precision = p === 10 || p === 11 ? p : 9;
  return { snaktype: 'value', datavalue: { type: 'time', value: { time: `+${m[1]!.padStart(4, '0')}-${m[2]}-${m[3]}T00:00:00Z`, precision, calendarmodel: GREGORIAN } } };
}

function yearSnak(b: Binding | undefined): WdSnak | undefined {
  const v = literal(b);
  if (v && /^\d{1,4}$/.test(v)) return { snaktype: 'value', datavalue: { type: 'time', value: { time: `+${v.padStart(4, '0')}-00-00T00:00:00Z`, precision: 9, calendarmodel: GREGORIAN } } };
  return timeSnak(b, undefined);
}

function coordValue(v: string | undefined): { latitude: number; longitude: number; globe: string } | undefined {
  if (!v) return undefined;
  const m = /^(?:<([^>]*)>\s*)?Point\(\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s+(-?[\d.]+(?:[eE][-+]?\d+)?)\s*\)$/i.exec(v);
  if (!m) return undefined;
  if (m[1] && !/\/entity\/Q2$/.test(m[1])) return undefined; // the Moon, Mars…
  const longitude = Number(m[2]), latitude = Number(m[3]);
  return Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude, globe: EARTH } : undefined;
}

function articleTitle(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const url = /^https?:\/\/([^/]+)\/wiki\/(.+)$/.exec(v);
  if (!url) return /^https?:/i.test(v) ? undefined : v;
  if (url[1] !== 'en.wikipedia.org') return undefined;
  try {
    return decodeURIComponent(url[2]!).replace(/_/g, ' ');
  } catch {
    return undefined;
  }
}

function splitAliases(v: string | undefined): string[] {
  if (!v) return [];
  return v.split(v.includes('|') ? '|' : ', ').map((s) => s.trim()).filter(Boolean);
}

interface Acc {
  entity: WdEntity & { claims: Record<string, WdStatement[]>; aliases: { en: { language: string; value: string }[] } };
  line: number;
  seen: Set<string>;
}

function addStatement(acc: Acc, property: string, mainsnak: WdSnak, qualifiers?: Record<string, WdSnak[]>): void {
  const statement: WdStatement = { mainsnak: { ...mainsnak, property }, rank: 'normal' };
  if (qualifiers && Object.keys(qualifiers).length) statement.qualifiers = qualifiers;
  const k = `${property}|${JSON.stringify(statement)}`;
  if (acc.seen.has(k)) return;
  acc.seen.add(k);
  (acc.entity.claims[property] ??= []).push(statement);
}

/** Converts parsed SPARQL results; `text` (the file's text) gives rows their line numbers. */
export function readSparql(value: { head?: { vars?: unknown }; results: { bindings: unknown[] } }, text = ''): SparqlResult {
  const rows = value.results.bindings;
  const lines = bindingLines(text);
  const headVars = Array.isArray(value.head?.vars) ? value.head.vars.filter((v): v is string => typeof v === 'string') : [];
  const names = new Set(headVars);
  for (const row of rows) if (typeof row === 'object' && row !== null) for (const n of Object.keys(row)) names.add(n);

  // What each variable means, decided once. Companion variables (xLabel, xStart, xPrecision…) are found by name.
  const byKey = new Map<string, string>();
  for (const n of names) byKey.set(key(n), n);
  const companion = (base: string, suffix: string) => byKey.get(key(base) + suffix);
  const used = new Set<string>();
  const roles = new Map<string, string>(); // role → variable
  for (const n of names) {
    const role = ROLE_VARS[key(n)];
    if (role && !roles.has(role)) { roles.set(role, n); used.add(n); }
  }
  const itemVars: Array<[string, string]> = [], timeVars: Array<[string, string]> = [], quantityVars: Array<[string, string]> = [];
  for (const n of names) {
    const k = key(n);
    if (ITEM_VARS[k]) itemVars.push([n, ITEM_VARS[k]]);
    else if (TIME_VARS[k]) timeVars.push([n, TIME_VARS[k]]);
    else if (QUANTITY_VARS[k]) quantityVars.push([n, QUANTITY_VARS[k]]);
    else continue;
    used.add(n);
    for (const suffix of ['label', 'start', 'end', 'precision', 'date', 'year']) {
      const c = companion(n, suffix);
      if (c) used.add(c);
    }
  }
  for (const n of names) {
    // Label-service companions of any variable (countryDescription, itemAltLabel of others…) are harmless.
    if (/(Label|Description|AltLabel)$/i.test(n)) used.add(n);
  }
  const ignoredVars = [...names].filter((n) => !used.has(n)).sort();

  const problems: Array<{ line?: number; message: string }> = [];
  const labels: LabelIndex = new Map();
  const items = new Map<string, Acc>();
  const itemVar = roles.get('item');
  if (!itemVar) {
    const fatal = `no item variable: name the entity variable ?item (variables: ${[...names].join(', ') || 'none'})`;
    return { entities: [], labels, rows: rows.length, problems, ignoredVars, fatal };
  }
  const get = (row: Row, name: string | undefined) => (name ? row[name] : undefined);

  rows.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) { problems.push({ line: lines[i], message: `result row ${i + 1}: not an object` }); return; }
    const row = raw as Row;
    const qid = qidOf(row[itemVar]);
    if (!qid) {
      const v = row[itemVar]?.value;
      problems.push({ line: lines[i], message: `result row ${i + 1}: ?${itemVar} ${v === undefined ? 'is unbound' : `is not a Wikidata item URI (${String(v).slice(0, 80)})`}` });
      return;
    }
    let acc = items.get(qid);
    if (!acc) {
      acc = { entity: { id: qid, type: 'item', labels: {}, descriptions: {}, aliases: { en: [] }, claims: {}, sitelinks: {} }, line: lines[i] ?? 0, seen: new Set() };
      items.set(qid, acc);
    }
    const e = acc.entity;
    const label = labelValue(get(row, roles.get('label')));
    if (label && !e.labels!.en) { e.labels!.en = { language: 'en', value: label }; if (!labels.has(qid)) labels.set(qid, label); }
    const description = literal(get(row, roles.get('description')));
    if (description && !e.descriptions!.en) e.descriptions!.en = { language: 'en', value: description };
    for (const alias of splitAliases(literal(get(row, roles.get('aliases'))))) {
      if (!e.aliases.en.some((a) => a.value === alias)) e.aliases.en.push({ language: 'en', value: alias });
    }
    const title = articleTitle(literal(get(row, roles.get('article'))));
    if (title && !e.sitelinks!.enwiki) e.sitelinks!.enwiki = { site: 'enwiki', title };
    const coord = coordValue(literal(get(row, roles.get('coord'))));
    if (coord) addStatement(acc, 'P625', { snaktype: 'value', datavalue: { type: 'globecoordinate', value: coord } });

    for (const [name, property] of itemVars) {
      const b = row[name];
      const ref = qidOf(b);
      if (!ref) {
        const point = property === 'P276' ? coordValue(literal(b)) : undefined;
        if (point) addStatement(acc, 'P625', { snaktype: 'value', datavalue: { type: 'globecoordinate', value: point } });
        continue;
      }
      const refLabel = labelValue(get(row, companion(name, 'label')));
      if (refLabel && !labels.has(ref)) labels.set(ref, refLabel);
      const qualifiers: Record<string, WdSnak[]> = {};
      const start = yearSnak(get(row, companion(name, 'start')));
      const end = yearSnak(get(row, companion(name, 'end')));
      if (start) qualifiers.P580 = [{ ...start, property: 'P580' }];
      if (end) qualifiers.P582 = [{ ...end, property: 'P582' }];
      addStatement(acc, property, { snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', id: ref } } }, qualifiers);
    }
    for (const [name, property] of timeVars) {
      const snak = timeSnak(row[name], get(row, companion(name, 'precision')));
      if (snak) addStatement(acc, property, snak);
    }
    for (const [name, property] of quantityVars) {
      const v = literal(row[name]);
      const amount = v === undefined ? NaN : Number(v);
      if (!Number.isFinite(amount)) continue;
      const qualifiers: Record<string, WdSnak[]> = {};
      const when = yearSnak(get(row, companion(name, 'date') ?? companion(name, 'year')));
      if (when) qualifiers.P585 = [{ ...when, property: 'P585' }];
      const unit = property === 'P2046' ? KM2 : '1';
      addStatement(acc, property, { snaktype: 'value', datavalue: { type: 'quantity', value: { amount: `${amount >= 0 ? '+' : ''}${amount}`, unit } } }, qualifiers);
    }
  });
  return { entities: [...items.values()].map((a) => ({ entity: a.entity, line: a.line })), labels, rows: rows.length, problems, ignoredVars };
}
