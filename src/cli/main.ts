/**
 * backstory — the engine on the command line (bin/backstory.mjs runs this through tsx).
 * The same core functions the extension uses; the artifacts come from `npm run data`.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { annotate, type AnnotateOptions, type Lexicon, type Mention } from '../core/index.ts';
import { KINDS } from '../data/kinds.ts';
import { EntityStore, MissingArtifact, openLexicon } from './artifacts.ts';
import { readHtml } from './html-text.ts';
import { formatCard } from './card-text.ts';

const HELP = `backstory — find the people, places, organisations and events named in a text (offline)

Usage:
  backstory annotate [FILE|-] [--html] [--threshold N] [--lang TAG]
      Annotates a text file (or stdin with "-" or no FILE) and prints
      { "mentions": [ { "start", "end", "text", "confidence", "entity": { "id", "name", "kind", "wikipedia", "wikidata" } } ] }.
      Offsets are UTF-16 code units (JavaScript string indices) into the input text.
      --html: the input is HTML; only its visible text is annotated (script, style and hidden
      elements skipped, block elements and <br> as line breaks, line breaks inside the source's
      text as spaces), and offsets refer to that extracted text. In any text a name never goes on
      across a line break.
      --lang: the text's language ("fr", "en-GB"; with --html, the page's <html lang> by default).
      Text in another language than English is matched more strictly: its short words at a
      sentence start and its lower-case words are not read as names. The text's own words decide
      the language; the tag, only when the text is too short to tell.
  backstory annotate --jsonl [--threshold N] [--lang TAG]
      Reads JSON lines {"id", "text"} on stdin and writes one line {"id", "mentions": […]} per
      input line, in order, as it goes. A bad line is reported on stderr (with its line number)
      and skipped; the exit code is then 1.
  backstory entities [--kind person|place|organization|event]
      Prints every entity as a JSON line: id, name, kind, aliases, wikipedia, wikidata.
  backstory lookup NAME
      The entities a name can refer to, best first, with their cards as text.

Needs public/data/lexicon.bin and generated/entities.jsonl: build them with \`npm run data\`.`;

class UsageError extends Error {}

interface Args { positional: string[]; flags: Map<string, string | true> }

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const valued = new Set(['--kind', '--threshold', '--lang']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(0, eq), a.slice(eq + 1));
      else if (valued.has(a)) {
        const v = argv[++i];
        if (v === undefined) throw new UsageError(`${a} needs a value`);
        flags.set(a, v);
      } else flags.set(a, true);
    } else if (a === '-h') flags.set('--help', true);
    else positional.push(a);
  }
  return { positional, flags };
}

function threshold(args: Args): number | undefined {
  const t = args.flags.get('--threshold');
  if (t === undefined) return undefined;
  const n = Number(t);
  if (t === true || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError('--threshold must be a number between 0 and 1');
  return n;
}

function language(args: Args): string | undefined {
  const tag = args.flags.get('--lang');
  if (tag === undefined) return undefined;
  if (tag === true || !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(tag)) throw new UsageError('--lang must be a language tag such as en, fr or pt-BR');
  return tag;
}

/** Decodes bytes as UTF-8 text, refusing binary data (NUL bytes or invalid UTF-8). */
function decodeText(bytes: Uint8Array, what: string): string {
  if (bytes.includes(0)) throw new UsageError(`${what}: binary data, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${what}: not valid UTF-8 text`);
  }
}

function readInput(file: string | undefined): { text: string; what: string } {
  const what = file === undefined || file === '-' ? 'stdin' : file;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(what === 'stdin' ? 0 : what);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${what}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ?? (e as Error).message})`);
  }
  return { text: decodeText(bytes, what), what };
}

/** The CLI's output shape of a mention. */
function present(m: Mention, lexicon: Lexicon, store: EntityStore) {
  const e = store.get(m.entityId);
  const index = e ? -1 : lexicon.indexOf(m.entityId);
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    confidence: m.confidence,
    entity: {
      id: m.entityId,
      name: e?.name ?? (index >= 0 ? lexicon.entityName(index) : m.entityId),
      kind: m.kind,
      wikipedia: e?.wikipedia ?? null,
      wikidata: e?.wikidata ?? null,
    },
  };
}

// A closed pipe (`backstory entities | head`) ends the command quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

async function annotateCommand(args: Args): Promise<number> {
  const options: AnnotateOptions = { threshold: threshold(args), language: language(args) };
  if (args.flags.has('--jsonl')) return annotateJsonl(options);
  if (args.positional.length > 1) throw new UsageError('annotate takes one FILE (or - for stdin)');
  const { text: raw } = readInput(args.positional[0]);
  let text = raw;
  if (args.flags.has('--html')) {
    const page = readHtml(raw);
    text = page.text;
    options.language ??= page.language;
  }
  const lexicon = openLexicon();
  const store = new EntityStore();
  const mentions = annotate(text, lexicon, options).map((m) => present(m, lexicon, store));
  await write(JSON.stringify({ mentions }, null, 2) + '\n');
  return 0;
}

async function annotateJsonl(options: AnnotateOptions): Promise<number> {
  const lexicon = openLexicon();
  const store = new EntityStore();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let errors = 0;
  const fail = (msg: string) => { errors++; process.stderr.write(`backstory: stdin line ${lineNo}: ${msg}\n`); };
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      fail(`invalid JSON (${(e as Error).message})`);
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) { fail('expected an object {"id", "text"}'); continue; }
    const { id, text } = record as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') { fail('"text" must be a string'); continue; }
    if (text.includes('\u0000')) { fail('"text" contains binary data (NUL characters)'); continue; }
    const mentions = annotate(text, lexicon, options).map((m) => present(m, lexicon, store));
    await write(JSON.stringify({ id: id ?? null, mentions }) + '\n');
  }
  return errors ? 1 : 0;
}

async function entitiesCommand(args: Args): Promise<number> {
  const kind = args.flags.get('--kind');
  if (kind !== undefined && (kind === true || !KINDS.includes(kind as never))) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
  const store = new EntityStore();
  for (const e of store.all()) {
    if (kind && e.kind !== kind) continue;
    await write(JSON.stringify({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases.map((a) => a.text), wikipedia: e.wikipedia ?? null, wikidata: e.wikidata ?? null }) + '\n');
  }
  return 0;
}

async function lookupCommand(args: Args): Promise<number> {
  const name = args.positional.join(' ').trim();
  if (!name) throw new UsageError('lookup needs a NAME');
  const lexicon = openLexicon();
  const store = new EntityStore();
  const found = new Map<number, number>();
  for (const { entity } of lexicon.entitiesNamed(name)) found.set(entity, lexicon.prominence(entity));
  if (found.size === 0) {
    process.stderr.write(`backstory: no entity is called "${name}"\n`);
    return 1;
  }
  const ranked = [...found].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const cards = ranked.map(([index]) => {
    const id = lexicon.entityId(index);
    const e = store.get(id);
    return e ? formatCard(e) : `${lexicon.entityName(index)} (${lexicon.entityKindName(index)})  [${id}]`;
  });
  await write(cards.join('\n\n') + '\n');
  return 0;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const args = parseArgs(rest);
    if (!command || command === '--help' || command === '-h' || command === 'help' || args.flags.has('--help')) {
      await write(HELP + '\n');
      return command ? 0 : 2;
    }
    switch (command) {
      case 'annotate': return await annotateCommand(args);
      case 'entities': return await entitiesCommand(args);
      case 'lookup': return await lookupCommand(args);
      default: throw new UsageError(`unknown command "${command}" (try: backstory --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof MissingArtifact) {
      process.stderr.write(`backstory: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`backstory: ${(e as Error).message}\n`);
    return 1;
  }
}
