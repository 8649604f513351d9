/**
 * Builds a Backstory pack from Wikidata, so a newsroom or a reader can make a bigger or more local
 * pack than the built-in dataset:
 *   npm run pack -- --from-wikidata FILE [--out FILE.jsonl] [--as-of YYYY-MM] [--default-kind KIND]
 * Run with --help for the details. The work is done by data/wikidata/ (run.ts is the entry).
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, type Entity, type Kind } from '../../src/data/schema.ts';
import { MAX_PACK_BYTES, MAX_PACK_RECORDS } from '../../src/data/pack-import.ts';
import { PackError, packFromWikidata } from '../wikidata/run.ts';

const HELP = `Usage: npm run pack -- --from-wikidata FILE [--out FILE.jsonl] [--as-of YYYY-MM] [--default-kind KIND]

Turns Wikidata entities into a Backstory pack (JSON Lines, one entity a line, validated against
src/data/schema.ts) that the options page can import or the data build can merge.

Input (FILE, detected from its content; "FILE.gz" is decompressed):
  - the Wikidata JSON dump (latest-all.json: "[" first, one entity a line ending in ",", "]" last)
    or a filtered part of it, or JSON Lines of entities — streamed, so any size works;
  - SPARQL results in JSON from query.wikidata.org (rows of one ?item are grouped); recognised
    variables: ?item ?itemLabel ?itemDescription ?itemAltLabel ?article ?coord ?instance
    ?country(Label) ?citizenship(Label) ?population ?populationDate ?area ?inception ?birth ?death
    ?position(Label) ?positionStart ?positionEnd ?party(Label) ?headquarters(Label) … — the full
    list is in data/wikidata/sparql.ts;
  - Special:EntityData JSON ({"entities": {...}}), or a JSON array of entities.

Options:
  --from-wikidata FILE   the input (required)
  --out FILE             where to write the pack (default: standard output)
  --as-of YYYY-MM        the month the facts are known true (default: this month)
  --default-kind KIND    kind for entities whose "instance of" class is not in the table in
                         data/wikidata/classes.ts: ${KINDS.join(', ')} (default: skip them)
  --max-problems N       problems to print word for word (default 20; all are counted)
  -h, --help             this text

Mapping: kind from "instance of" (P31); id = slug of the English Wikipedia title, else "wd:q42";
name, description and aliases from the English labels ("mul" when there is no English label;
all-capital aliases of up to five letters match as acronyms); facts from dates of birth and death,
citizenship, offices held, party, country, capital, population, area, inception, headquarters,
leaders, coordinates (see data/wikidata/facts.ts). Linked items (a country, an office) are shown
by their label, so the input must contain them too — a query's ?countryLabel, or the country's own
entity in the dump; otherwise the fact is left out. Entities without an English label are skipped.

The summary goes to standard error: entities read, written and skipped by reason, and each
malformed input line with its line number.
Exit status: 0 done; 1 bad arguments or unreadable input (nothing written); 2 the pack was written
but some input lines were malformed or some records failed validation (listed).
`;

export class UsageError extends Error {}

export interface Args {
  input: string;
  out?: string;
  asOf: string;
  defaultKind?: Kind;
  maxProblems: number;
}

function thisMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

/** Parses the command line; throws UsageError with a one-line message. */
export function parseArgs(argv: string[]): Args | 'help' {
  const values = new Map<string, string>();
  const known = ['--from-wikidata', '--out', '--as-of', '--default-kind', '--max-problems'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!known.includes(name)) throw new UsageError(arg.startsWith('-') ? `unknown option ${name}` : `unexpected argument "${arg}" (the input goes after --from-wikidata)`);
    const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
    if (values.has(name)) throw new UsageError(`${name} given twice`);
    values.set(name, value);
  }
  const input = values.get('--from-wikidata');
  if (!input) throw new UsageError('--from-wikidata FILE is required');
  const asOf = values.get('--as-of') ?? thisMonth();
  const m = /^(\d{4})-(\d{2})$/.exec(asOf);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UsageError(`--as-of must be YYYY-MM, such as ${thisMonth()} (got "${asOf}")`);
  const kind = values.get('--default-kind');
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) throw new UsageError(`--default-kind must be one of ${KINDS.join(', ')} (got "${kind}")`);
  const maxProblems = Number(values.get('--max-problems') ?? 20);
  if (!Number.isInteger(maxProblems) || maxProblems < 0) throw new UsageError('--max-problems must be a whole number');
  const args: Args = { input, asOf, maxProblems };
  if (values.has('--out')) args.out = values.get('--out');
  if (kind) args.defaultKind = kind as Kind;
  return args;
}

async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`pack: ${e.message}. Run with --help for usage.`);
      return 1;
    }
    throw e;
  }
  if (args === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const { input, out } = args;
  if (!existsSync(input) || !statSync(input).isFile()) {
    console.error(`pack: ${input}: no such file.`);
    return 1;
  }
  if (/\.bz2$/i.test(input)) {
    console.error(`pack: ${input}: bzip2 is not read directly; decompress it first (bzip2 -dc ${input} > dump.json) or use the .json.gz dump.`);
    return 1;
  }

  const partial = out ? `${out}.partial` : undefined;
  if (out) mkdirSync(dirname(out), { recursive: true });
  const sink = partial ? createWriteStream(partial) : process.stdout;
  let bytes = 0;
  const emit = async (entity: Entity) => {
    const line = `${JSON.stringify(entity)}\n`;
    bytes += Buffer.byteLength(line);
    if (!sink.write(line)) await once(sink, 'drain');
  };

  let outcome;
  try {
    outcome = await packFromWikidata({ input, asOf: args.asOf, defaultKind: args.defaultKind, emit, maxProblems: args.maxProblems });
  } catch (e) {
    if (partial) { (sink as ReturnType<typeof createWriteStream>).destroy(); rmSync(partial, { force: true }); }
    const message = e instanceof PackError ? e.message : `${input}: ${(e as Error).message}`;
    console.error(`pack: ${message}`);
    return 1;
  }
  if (partial && out) {
    sink.end();
    await once(sink, 'finish');
    renameSync(partial, out);
  }

  const { report, labels, notes, format } = outcome;
  for (const p of report.problems) console.error(p);
  if (report.problemCount > report.problems.length) console.error(`… and ${report.problemCount - report.problems.length} more problem(s)`);
  console.error(`Input: ${input} (${format === 'dump' ? 'dump / JSON Lines' : format === 'sparql' ? 'SPARQL results' : 'entity JSON'})`);
  for (const n of notes) console.error(`Note: ${n}`);
  console.error(report.summary(labels));
  if (out) console.error(`Wrote ${out}`);
  if (report.written === 0) console.error('Warning: no entities were written.');
  if (report.written > MAX_PACK_RECORDS || bytes > MAX_PACK_BYTES) {
    console.error(`Warning: the options page imports at most ${MAX_PACK_RECORDS} records and ${MAX_PACK_BYTES / 1048576} MB per pack; this one is ${report.written} records, ${(bytes / 1048576).toFixed(1)} MB — split it.`);
  }
  return report.problemCount > 0 ? 2 : 0;
}

// Run only as a script (tests import parseArgs).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `pack … | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { console.error(`pack: ${(e as Error).stack ?? String(e)}`); process.exitCode = 1; },
  );
}
