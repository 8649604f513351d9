/**
 * The pack builder: reads a file of Wikidata entities (dump lines, JSON Lines, SPARQL results or
 * Special:EntityData JSON), converts each entity and hands every valid record to `emit`.
 *
 * Line files are streamed in up to three passes, so memory holds labels, not entities:
 *   1. scan: report malformed lines; collect the Q-ids that convertible entities link to
 *      (countries, offices, parties…), keeping the labels of those already seen;
 *   2. labels (only if some linked labels are still missing): read the rest, stopping once all are found;
 *   3. convert and emit.
 * Whole-document inputs (SPARQL results are small by nature) are read into memory once.
 */
import type { Entity, Kind } from '../../src/data/schema.ts';
import { classify } from './classes.ts';
import { itemId, statements } from './claims.ts';
import { convertEntity, LABELLED_PROPERTIES } from './convert.ts';
import { asEntity, detectLayout, parseDocument, parseLine, quickId, readLines, readText } from './dump.ts';
import { englishLabel } from './labels.ts';
import { Report } from './report.ts';
import { isSparqlResults, readSparql } from './sparql.ts';
import type { LabelIndex, WdEntity } from './types.ts';

export interface PackOptions {
  input: string;
  /** "YYYY-MM". */
  asOf: string;
  defaultKind?: Kind;
  emit: (entity: Entity) => void | Promise<void>;
  /** How many problems the report keeps word for word (all are counted). */
  maxProblems?: number;
}

export type InputFormat = 'dump' | 'sparql' | 'entitydata' | 'array';

export interface PackOutcome {
  report: Report;
  labels: LabelIndex;
  format: InputFormat;
  /** Notes about the input as a whole (ignored SPARQL variables…). */
  notes: string[];
}

/** A problem that stops the run: one line, naming the file and, where known, the line. */
export class PackError extends Error {}

/** Q-ids an entity links to whose labels its facts would show. */
function linkedIds(entity: WdEntity): string[] {
  const out: string[] = [];
  for (const p of LABELLED_PROPERTIES) for (const s of statements(entity, p)) {
    const id = itemId(s.mainsnak);
    if (id) out.push(id);
  }
  return out;
}

/** Converts a sequence of entities, numbering problems by `where`. */
class Converter {
  private readonly qids = new Set<string>();
  private readonly ids = new Set<string>();
  constructor(private readonly options: PackOptions, private readonly labels: LabelIndex, readonly report: Report) {}

  async convert(entity: WdEntity, where: string): Promise<void> {
    const { report } = this;
    report.read++;
    if (this.qids.has(entity.id)) { report.skip('duplicate'); return; }
    this.qids.add(entity.id);
    const r = convertEntity(entity, { asOf: this.options.asOf, defaultKind: this.options.defaultKind, labels: this.labels }, report);
    if (!r.ok) {
      report.skip(r.reason);
      if (r.reason === 'invalid') report.problem(`${where}: ${entity.id}: ${r.error}`);
      return;
    }
    const record = r.entity;
    if (this.ids.has(record.id)) {
      // Two titles with one slug ("Foo (bar)" and "Foo bar"): the later entity takes its Q-id form.
      record.id = `wd:${entity.id.toLowerCase()}`;
      report.idCollisions++;
    }
    this.ids.add(record.id);
    report.written++;
    await this.options.emit(record);
  }

  malformed(where: string, message: string): void {
    this.report.read++;
    this.report.skip('malformed');
    this.report.problem(`${where}: ${message}`);
  }
}

async function packLines(options: PackOptions, report: Report): Promise<PackOutcome> {
  const file = options.input;
  const labels: LabelIndex = new Map();
  const wanted = new Set<string>();
  const bad = new Map<number, string>();

  // Pass 1: scan.
  for await (const { line, text } of readLines(file)) {
    const r = parseLine(text);
    if (r.type === 'blank') continue;
    if (r.type === 'error') { bad.set(line, r.message); continue; }
    const e = r.entity;
    const label = englishLabel(e);
    if (!label) continue;
    if (wanted.has(e.id)) labels.set(e.id, label);
    const cls = classify(e, options.defaultKind);
    if (cls.ok) for (const id of linkedIds(e)) wanted.add(id);
    else for (const id of cls.classes.slice(0, 3)) wanted.add(id); // to name unknown classes in the summary
  }

  // Pass 2: labels of linked entities that appeared before anything linked to them.
  const missing = new Set([...wanted].filter((id) => !labels.has(id)));
  if (missing.size) {
    for await (const { line, text } of readLines(file)) {
      if (bad.has(line)) continue;
      const quick = quickId(text);
      if (quick !== undefined && !missing.has(quick)) continue;
      const r = parseLine(text);
      if (r.type !== 'entity' || !missing.has(r.entity.id)) continue;
      const label = englishLabel(r.entity);
      if (label) labels.set(r.entity.id, label);
      missing.delete(r.entity.id);
      if (!missing.size) break;
    }
  }

  // Pass 3: convert.
  const converter = new Converter(options, labels, report);
  for await (const { line, text } of readLines(file)) {
    const where = `${file}:${line}`;
    const message = bad.get(line);
    if (message !== undefined) { converter.malformed(where, message); continue; }
    const r = parseLine(text);
    if (r.type === 'entity') await converter.convert(r.entity, where);
  }
  return { report, labels, format: 'dump', notes: [] };
}

async function packDocument(options: PackOptions, report: Report): Promise<PackOutcome> {
  const file = options.input;
  const text = await readText(file);
  const parsed = parseDocument(text);
  if (!parsed.ok) throw new PackError(`${file}:${parsed.line}: ${parsed.error}`);
  const value = parsed.value;
  const notes: string[] = [];
  let labels: LabelIndex = new Map();
  let items: Array<{ value: unknown; where: string }>;
  let format: InputFormat;

  if (isSparqlResults(value)) {
    format = 'sparql';
    const result = readSparql(value, text);
    if (result.fatal) throw new PackError(`${file}: ${result.fatal}`);
    labels = result.labels;
    if (result.ignoredVars.length) notes.push(`ignored SPARQL variable(s) not recognised: ${result.ignoredVars.map((v) => `?${v}`).join(', ')} (see data/wikidata/sparql.ts)`);
    notes.push(`${result.rows} result row(s) grouped into ${result.entities.length} item(s)`);
    const converter = new Converter(options, labels, report);
    for (const p of result.problems) converter.malformed(`${file}:${p.line ?? '?'}`, p.message);
    for (const { entity, line } of result.entities) await converter.convert(entity, `${file}:${line}`);
    return { report, labels, format, notes };
  }
  if (Array.isArray(value)) {
    format = 'array';
    items = value.map((v, i) => ({ value: v, where: `${file}: element ${i + 1}` }));
  } else if (typeof value === 'object' && value !== null && typeof (value as { entities?: unknown }).entities === 'object' && (value as { entities?: unknown }).entities !== null) {
    format = 'entitydata';
    items = Object.entries((value as { entities: Record<string, unknown> }).entities).map(([k, v]) => ({ value: v, where: `${file}: entities.${k}` }));
  } else if (typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string') {
    format = 'entitydata';
    items = [{ value, where: file }];
  } else {
    throw new PackError(`${file}:1: not a Wikidata input: expected the JSON dump (one entity a line), JSON Lines, SPARQL results ({"head", "results"}) or Special:EntityData JSON ({"entities"})`);
  }
  const entities: Array<{ entity: WdEntity | string; where: string }> = items.map((it) => ({ entity: asEntity(it.value), where: it.where }));
  for (const { entity } of entities) {
    if (typeof entity === 'string') continue;
    const label = englishLabel(entity);
    if (label) labels.set(entity.id, label);
  }
  const converter = new Converter(options, labels, report);
  for (const { entity, where } of entities) {
    if (typeof entity === 'string') converter.malformed(where, entity);
    else await converter.convert(entity, where);
  }
  return { report, labels, format, notes };
}

/** Builds a pack from a Wikidata file; throws PackError when the file cannot be read at all. */
export async function packFromWikidata(options: PackOptions): Promise<PackOutcome> {
  const report = new Report(options.maxProblems);
  const layout = await detectLayout(options.input);
  return layout === 'lines' ? packLines(options, report) : packDocument(options, report);
}
