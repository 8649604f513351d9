import { afterAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseEntity, type Entity, type Fact } from '../../../src/data/schema.ts';
import { packFromWikidata, type PackOptions } from '../../../data/wikidata/run.ts';
import { classify } from '../../../data/wikidata/classes.ts';
import { timeValue } from '../../../data/wikidata/claims.ts';
import { factsOf as wikidataFacts } from '../../../data/wikidata/facts.ts';
import { aliasesOf, isAcronym, packId } from '../../../data/wikidata/labels.ts';
import { bindingLines, readSparql } from '../../../data/wikidata/sparql.ts';
import { parseLine } from '../../../data/wikidata/dump.ts';
import type { WdEntity, WdSnak } from '../../../data/wikidata/types.ts';
import { parseArgs } from '../../../data/scripts/pack.ts';

const FIXTURES = 'tests/fixtures/wikidata';
const DUMP = `${FIXTURES}/dump-sample.json`;
const JSONL = `${FIXTURES}/entities.jsonl`;
const SPARQL = `${FIXTURES}/sparql-results.json`;
const ENTITYDATA = `${FIXTURES}/entitydata-Q9000030.json`;

async function pack(input: string, extra: Partial<PackOptions> = {}) {
  const records: Entity[] = [];
  const outcome = await packFromWikidata({ input, asOf: '2026-05', emit: (e) => { records.push(e); }, ...extra });
  const byQ = new Map(records.map((r) => [r.wikidata!, r]));
  return { ...outcome, records, byQ };
}

const factsOf = (e: Entity | undefined, type: Fact['type']) => (e?.facts ?? []).filter((f) => f.type === type);

function itemSnak(id: string): WdSnak {
  return { snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', id } } };
}
function entityOf(id: string, classes: string[], label = 'X'): WdEntity {
  return { id, labels: { en: { language: 'en', value: label } }, claims: { P31: classes.map((q) => ({ mainsnak: { ...itemSnak(q), property: 'P31' }, rank: 'normal' as const })) } };
}

describe('Wikidata dump → pack', () => {
  test('every record written validates against the schema, with unique ids', async () => {
    const { records } = await pack(DUMP);
    expect(records.length).toBe(7);
    for (const r of records) expect(parseEntity(JSON.parse(JSON.stringify(r)))).toMatchObject({ ok: true });
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  test('kinds, subkinds and ids come from "instance of" and the English Wikipedia title', async () => {
    const { byQ } = await pack(DUMP);
    const pick = (q: string) => { const r = byQ.get(q); return r && [r.id, r.kind, r.subkind]; };
    expect(pick('Q9000010')).toEqual(['veloria', 'place', 'country']); // country + sovereign state
    expect(pick('Q9000011')).toEqual(['meridian-veloria', 'place', 'city']); // city + capital city; title "Meridian (Veloria)"
    expect(pick('Q9000001')).toEqual(['ada-korval', 'person', undefined]);
    expect(pick('Q9000030')).toEqual(['veloria-harbour-party', 'organization', 'party']);
    expect(pick('Q9000040')).toEqual(['harbour-war', 'event', 'war']);
    expect(pick('Q9000070')).toEqual(['wd:q9000070', 'organization', undefined]); // no enwiki sitelink
  });

  test('names, descriptions, Wikipedia titles, Wikidata ids and sources', async () => {
    const { byQ } = await pack(DUMP);
    const meridian = byQ.get('Q9000011')!;
    expect(meridian).toMatchObject({
      name: 'Meridian', description: 'Capital and largest city of Veloria', wikipedia: 'Meridian (Veloria)', wikidata: 'Q9000011', asOf: '2026-05',
      source: { name: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q9000011', licence: 'CC0-1.0' },
    });
    // No English description: one is built from the kind and the country.
    expect(byQ.get('Q9000070')!.description).toBe('Organisation in Veloria');
  });

  test('aliases: acronyms, a surname alone needs context, the name itself and repeats dropped', async () => {
    const { byQ } = await pack(DUMP);
    expect(byQ.get('Q9000010')!.aliases).toEqual([{ text: 'Republic of Veloria', match: 'ordinary' }, { text: 'VLR', match: 'acronym' }]);
    expect(byQ.get('Q9000001')!.aliases).toEqual([
      { text: 'Ada K. Korval', match: 'ordinary' },
      { text: 'Korval', match: 'needs-context' },
      { text: 'A. Korval', match: 'ordinary' },
    ]);
    expect(byQ.get('Q9000030')!.aliases).toContainEqual({ text: 'VHP', match: 'acronym' });
  });

  test('person facts: offices with years (current first), born with date and place, nationality, party', async () => {
    const { byQ, report } = await pack(DUMP);
    expect(byQ.get('Q9000001')!.facts).toEqual([
      { type: 'office', role: 'Mayor of Meridian', from: 2019 },
      { type: 'office', role: 'Minister of Ports of Veloria', from: 2012, to: 2016 },
      { type: 'born', year: 1971, date: '1971-04-09', place: 'Meridian' },
      { type: 'nationality', value: 'Veloria' },
      { type: 'party', value: 'Veloria Harbour Party' },
    ]);
    // The third office links an item the input does not contain: left out, and counted.
    expect(report.omitted.get('office: label of the linked item not in the input')).toBe(1);
    // Year precision: no date.
    expect(factsOf(byQ.get('Q9000002'), 'born')).toEqual([{ type: 'born', year: 1960 }]);
  });

  test('place facts: most recent non-deprecated population, area in km², capital, current leader, location', async () => {
    const { byQ } = await pack(DUMP);
    const veloria = byQ.get('Q9000010')!;
    expect(factsOf(veloria, 'population')).toEqual([{ type: 'population', value: 2254000, year: 2021 }]);
    expect(factsOf(veloria, 'area')).toEqual([{ type: 'area', km2: 18340 }]);
    expect(factsOf(veloria, 'capital')).toEqual([{ type: 'capital', value: 'Meridian' }]);
    expect(factsOf(veloria, 'leader')).toEqual([{ type: 'leader', role: 'Head of state', value: 'Tomas Brann', since: 2020 }]);
    expect(factsOf(veloria, 'country')).toEqual([]); // a country is not "in" itself
    expect(veloria.location).toEqual({ lat: 38.12346, lon: 25.5 });
    const meridian = byQ.get('Q9000011')!;
    expect(factsOf(meridian, 'area')).toEqual([{ type: 'area', km2: 213 }]); // 212 500 000 m²
    expect(factsOf(meridian, 'founded')).toEqual([{ type: 'founded', year: 1350 }]); // Julian calendar: year only
    expect(factsOf(meridian, 'country')).toEqual([{ type: 'country', value: 'Veloria' }]);
    expect(meridian.location).toEqual({ lat: 38, lon: 24.75 });
  });

  test('organisation and event facts', async () => {
    const { byQ } = await pack(DUMP);
    expect(byQ.get('Q9000030')!.facts).toEqual([
      { type: 'founded', year: 1998, date: '1998-05' },
      { type: 'headquarters', value: 'Meridian' },
      { type: 'country', value: 'Veloria' },
      { type: 'leader', role: 'Chair', value: 'Ada Korval', since: 2017 },
      { type: 'members', value: 41000, year: 2022 },
    ]);
    expect(byQ.get('Q9000040')!.facts).toEqual([
      { type: 'dates', from: '1921', to: '1923-06-04' },
      { type: 'location', value: 'Meridian' },
      { type: 'country', value: 'Veloria' },
    ]);
  });

  test('a malformed line is reported with its line number and skipped; the good lines are still converted', async () => {
    const { report, records } = await pack(DUMP);
    expect(report.problems).toEqual([expect.stringMatching(/^tests\/fixtures\/wikidata\/dump-sample\.json:8: not valid JSON/)]);
    expect(records.map((r) => r.wikidata)).toContain('Q9000040'); // the line after the broken one
    expect(report.skipped.get('malformed')).toBe(1);
    expect(report.skipped.get('no-label')).toBe(1);
    expect(report.skipped.get('unknown-class')).toBe(3);
    expect(report.skipped.get('not-item')).toBe(1);
    expect(report.read).toBe(report.written + report.skipped.total());
    expect(report.unknownClasses.top()).toEqual([['Q4164871', 2], ['Q11424', 1]]);
  });

  test('--default-kind keeps entities whose classes are not in the table', async () => {
    const { byQ, report } = await pack(DUMP, { defaultKind: 'event' });
    expect(byQ.get('Q9000060')).toMatchObject({ kind: 'event', name: 'Lights of Meridian' });
    expect(report.skipped.get('unknown-class')).toBe(0);
  });

  test('plain JSON Lines: labels come only from the file, so a missing linked item drops the fact', async () => {
    const { records, report, byQ } = await pack(JSONL);
    expect(records.map((r) => r.id)).toEqual(['tomas-brann', 'wd:q9000070', 'veloria']);
    expect(report.problems).toEqual([expect.stringMatching(/entities\.jsonl:3: not valid JSON/)]);
    expect(factsOf(byQ.get('Q9000010'), 'capital')).toEqual([]);
    expect(report.omitted.get('capital: label of the linked item not in the input')).toBe(1);
  });

  test('Special:EntityData JSON', async () => {
    const { records, format } = await pack(ENTITYDATA);
    expect(format).toBe('entitydata');
    expect(records.map((r) => r.id)).toEqual(['veloria-harbour-party']);
  });
});

describe('SPARQL results → pack', () => {
  test('rows of one item are grouped into one record; every record validates', async () => {
    const { records, byQ, notes, format } = await pack(SPARQL);
    expect(format).toBe('sparql');
    expect(records.map((r) => r.wikidata)).toEqual(['Q9000011', 'Q9000001', 'Q9000030']);
    for (const r of records) expect(parseEntity(JSON.parse(JSON.stringify(r)))).toMatchObject({ ok: true });
    expect(notes).toContain('7 result row(s) grouped into 4 item(s)');
    expect(notes).toContainEqual(expect.stringContaining('?sitelinks'));
    // Two rows, one office each.
    expect(factsOf(byQ.get('Q9000001'), 'office')).toEqual([
      { type: 'office', role: 'Mayor of Meridian', from: 2019 },
      { type: 'office', role: 'Minister of Ports of Veloria', from: 2012, to: 2016 },
    ]);
  });

  test('labels, aliases (", " or "|"), article, coordinates, classes, population date and date precision', async () => {
    const { byQ } = await pack(SPARQL);
    expect(byQ.get('Q9000011')).toMatchObject({
      id: 'meridian-veloria', kind: 'place', subkind: 'city', wikipedia: 'Meridian (Veloria)', location: { lat: 38, lon: 24.75 },
      aliases: [{ text: 'Meridian City', match: 'ordinary' }, { text: 'Old Meridian', match: 'ordinary' }],
      facts: [{ type: 'country', value: 'Veloria' }, { type: 'population', value: 640000, year: 2021 }],
    });
    expect(byQ.get('Q9000001')!.aliases).toEqual([{ text: 'Ada K. Korval', match: 'ordinary' }, { text: 'Korval', match: 'needs-context' }]);
    expect(factsOf(byQ.get('Q9000001'), 'born')).toEqual([{ type: 'born', year: 1971, date: '1971-04-09' }]); // ?birthPrecision 11
    expect(factsOf(byQ.get('Q9000030'), 'founded')).toEqual([{ type: 'founded', year: 1998 }]); // no precision: year only
    expect(byQ.get('Q9000030')!.id).toBe('wd:q9000030');
  });

  test('a row whose item is not an entity is reported with its line; a Q-id "label" counts as no label', async () => {
    const { report } = await pack(SPARQL);
    const text = readFileSync(SPARQL, 'utf8').split('\n');
    const valueLine = text.findIndex((l) => l.includes('"Meridian harbour"'));
    let objectLine = valueLine;
    while (objectLine > 0 && text[objectLine]!.trim() !== '{') objectLine--;
    expect(report.problems).toEqual([`${SPARQL}:${objectLine + 1}: result row 5: ?item is not a Wikidata item URI (Meridian harbour)`]);
    expect(report.skipped.get('no-label')).toBe(1);
  });

  test('bindingLines finds where each row starts, ignoring braces inside strings', () => {
    const text = '{"head":{"vars":["item"]},\n"results":{"bindings":[\n{"item":{"type":"literal","value":"{ ["}},\n\n{"item":{"type":"uri","value":"x"}}]}}';
    expect(bindingLines(text)).toEqual([3, 5]);
  });

  test('other globes, negative years and unknown variables', () => {
    const r = readSparql({
      head: { vars: ['item', 'itemLabel', 'coord', 'birth', 'foo'] },
      results: { bindings: [{ item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q7' }, itemLabel: { value: 'Seven' }, coord: { value: '<http://www.wikidata.org/entity/Q405> Point(1 2)' }, birth: { value: '-0043-03-15T00:00:00Z' } }] },
    });
    expect(r.entities[0]!.entity.claims).toEqual({});
    expect(r.ignoredVars).toEqual(['foo']);
    expect(readSparql({ head: { vars: ['x'] }, results: { bindings: [] } }).fatal).toMatch(/no item variable/);
  });
});

describe('the mapping pieces', () => {
  test('classes: the most specific row wins; unknown classes are skipped unless a default kind is given', () => {
    expect(classify(entityOf('Q1', ['Q515', 'Q6256']))).toMatchObject({ ok: true, kind: 'place', subkind: 'country' }); // a city-state
    expect(classify(entityOf('Q1', ['Q43229', 'Q7278']))).toMatchObject({ ok: true, kind: 'organization', subkind: 'party' });
    expect(classify(entityOf('Q1', ['Q11424']))).toEqual({ ok: false, reason: 'unknown-class', classes: ['Q11424'] });
    expect(classify(entityOf('Q1', []))).toEqual({ ok: false, reason: 'no-class', classes: [] });
    expect(classify(entityOf('Q1', ['Q11424']), 'event')).toEqual({ ok: true, kind: 'event' });
  });

  test('times keep only the precision Wikidata states', () => {
    const t = (time: string, precision: number, calendarmodel = 'http://www.wikidata.org/entity/Q1985727') =>
      timeValue({ snaktype: 'value', datavalue: { type: 'time', value: { time, precision, calendarmodel } } });
    expect(t('+1952-03-11T00:00:00Z', 11)).toEqual({ year: 1952, date: '1952-03-11' });
    expect(t('+1952-03-00T00:00:00Z', 10)).toEqual({ year: 1952, date: '1952-03' });
    expect(t('+1952-00-00T00:00:00Z', 9)).toEqual({ year: 1952, date: '1952' });
    expect(t('+1950-00-00T00:00:00Z', 8)).toBeUndefined(); // a decade
    expect(t('-0044-03-15T00:00:00Z', 11)).toEqual({ year: -44, date: '-0044-03-15' });
    expect(t('+1350-03-02T00:00:00Z', 11, 'http://www.wikidata.org/entity/Q1985786')).toEqual({ year: 1350, date: '1350' });
    expect(t('+13798000000-00-00T00:00:00Z', 3)).toBeUndefined();
  });

  test('facts are left out, and counted, when unsure: disagreeing years, population without a date', () => {
    const time = (t: string) => ({ snaktype: 'value', datavalue: { type: 'time', value: { time: t, precision: 11 } } });
    const st = (property: string, snak: WdSnak, rank: 'normal' | 'preferred' | 'deprecated' = 'normal') => ({ mainsnak: { ...snak, property }, rank });
    const omitted: string[] = [];
    const ctx = { labels: new Map<string, string>(), omit: (r: string) => { omitted.push(r); } };
    const person: WdEntity = { id: 'Q1', claims: { P569: [st('P569', time('+1950-01-02T00:00:00Z')), st('P569', time('+1951-01-02T00:00:00Z'))] } };
    expect(wikidataFacts(person, 'person', undefined, ctx)).toEqual([]);
    // A preferred statement settles it; a deprecated one never counts.
    person.claims!.P569![1]!.rank = 'preferred';
    person.claims!.P570 = [st('P570', time('+2001-01-02T00:00:00Z'), 'deprecated')];
    expect(wikidataFacts(person, 'person', undefined, ctx)).toEqual([{ type: 'born', year: 1951, date: '1951-01-02' }]);
    const place: WdEntity = { id: 'Q2', claims: { P1082: [st('P1082', { snaktype: 'value', datavalue: { type: 'quantity', value: { amount: '+5000', unit: '1' } } })] } };
    expect(wikidataFacts(place, 'place', 'city', ctx)).toEqual([]);
    expect(omitted).toEqual(['born: sources disagree on the year', 'population: no point in time (P585) qualifier']);
  });

  test('ids follow docs/CONTRIBUTING-DATA.md and fall back to wd:q…', () => {
    expect(packId('Q1', 'Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(packId('Q1', 'Justice and Development Party (Turkey)')).toBe('justice-and-development-party-turkey');
    expect(packId('Q42', '東京')).toBe('wd:q42');
    expect(packId('Q42', undefined)).toBe('wd:q42');
  });

  test('acronyms are all capitals, at most five letters', () => {
    expect(['EU', 'NATO', 'G7', 'UNHCR'].map(isAcronym)).toEqual([true, true, true, true]);
    expect(['U.S.', 'Nato', 'UNESCOS', 'A', 'G'].map(isAcronym)).toEqual([false, false, false, false, false]);
    const e: WdEntity = { id: 'Q1', aliases: { en: [{ value: 'Türkiye' }, { value: 'turkiye' }, { value: 'TR' }, { value: 'X' }] } };
    expect(aliasesOf(e, 'Turkey', 'place')).toEqual([{ text: 'Türkiye', match: 'ordinary' }, { text: 'TR', match: 'acronym' }]);
  });

  test('dump lines: brackets and trailing commas', () => {
    expect(parseLine('[')).toEqual({ type: 'blank' });
    expect(parseLine(']')).toEqual({ type: 'blank' });
    expect(parseLine('{"id":"Q1"},')).toEqual({ type: 'entity', entity: { id: 'Q1' } });
    expect(parseLine('{"labels":{}},')).toEqual({ type: 'error', message: 'not an entity (no "id")' });
  });
});

describe('CLI: npx tsx data/scripts/pack.ts', () => {
  /** Runs the CLI as a user would; several runs go in parallel to keep the suite quick. */
  const run = (...args: string[]) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'data/scripts/pack.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  const dir = mkdtempSync(join(tmpdir(), 'backstory-pack-'));
  const TIMEOUT = 120_000;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a valid pack (and reads gzip to stdout); summary and malformed line on stderr; exit 2 / 0', async () => {
    const out = join(dir, 'nested', 'pack.jsonl');
    const gz = join(dir, 'sample.json.gz');
    writeFileSync(gz, gzipSync(readFileSync(ENTITYDATA)));
    const [r, z] = await Promise.all([run('--from-wikidata', DUMP, '--out', out, '--as-of', '2026-05'), run('--from-wikidata', gz, '--as-of=2026-05')]);

    expect(r.status).toBe(2); // written, but the input had a malformed line
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${DUMP}:8: not valid JSON`);
    expect(r.stderr).toContain('Read 13 entities, wrote 7, skipped 6.');
    expect(r.stderr).toContain('skipped 1: no English label');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(7);
    for (const line of lines) expect(parseEntity(JSON.parse(line))).toMatchObject({ ok: true, entity: { asOf: '2026-05' } });
    expect(existsSync(`${out}.partial`)).toBe(false);

    expect(z.status).toBe(0);
    expect(z.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Entity).id)).toEqual(['veloria-harbour-party']);
  }, TIMEOUT);

  test('--help, and a one-line error naming the line of unreadable input (exit 1, nothing written)', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "head" : { "vars" : [ "item" ] },\n  "results" : { "bindings" : [ { "item" : } ] }\n}\n');
    const [help, bad, badMonth] = await Promise.all([
      run('--help'),
      run('--from-wikidata', broken, '--out', join(dir, 'broken.jsonl')),
      run('--from-wikidata', DUMP, '--as-of', '2026-13'),
    ]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run pack -- --from-wikidata FILE/);

    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toMatch(new RegExp(`^pack: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not valid JSON \\(column 43\\)`));
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'broken.jsonl'))).toBe(false);

    expect(badMonth.status).toBe(1);
    expect(badMonth.stderr.trim()).toMatch(/^pack: --as-of must be YYYY-MM, such as \d{4}-\d{2} \(got "2026-13"\)\. Run with --help for usage\.$/);
  }, TIMEOUT);

  test('argument parsing', () => {
    expect(parseArgs(['--from-wikidata', 'a.json', '--out=b.jsonl', '--as-of', '2025-12', '--default-kind', 'place'])).toEqual({ input: 'a.json', out: 'b.jsonl', asOf: '2025-12', defaultKind: 'place', maxProblems: 20 });
    expect(parseArgs(['-h'])).toBe('help');
    expect(parseArgs(['--from-wikidata', 'a.json'])).toMatchObject({ asOf: expect.stringMatching(/^\d{4}-\d{2}$/) });
    expect(() => parseArgs([])).toThrow('--from-wikidata FILE is required');
    expect(() => parseArgs(['--from-wikidata'])).toThrow('--from-wikidata needs a value');
    expect(() => parseArgs(['--from-wikidata', 'a', '--frmo', 'x'])).toThrow('unknown option --frmo');
    expect(() => parseArgs(['a.json'])).toThrow('unexpected argument "a.json" (the input goes after --from-wikidata)');
    expect(() => parseArgs(['--from-wikidata', 'a', '--default-kind', 'planet'])).toThrow('--default-kind must be one of person, place, organization, event (got "planet")');
    expect(() => parseArgs(['--from-wikidata', 'a', '--as-of', '2025-1'])).toThrow('--as-of must be YYYY-MM');
  });
});
