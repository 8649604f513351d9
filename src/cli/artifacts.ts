/**
 * The CLI's access to the built artifacts: the lexicon (public/data/lexicon.bin) and the entity
 * records (generated/entities.jsonl) for names, links and card text.
 *
 * The entity file is indexed by id without parsing every record: each line starts with its id, so
 * only the records a command prints are parsed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicon, type Lexicon } from '../core/index.ts';
import type { Entity } from '../data/schema.ts';

export const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/** The built artifacts; BACKSTORY_LEXICON / BACKSTORY_ENTITIES point elsewhere (tests, other datasets). */
export const LEXICON_PATH = process.env.BACKSTORY_LEXICON ?? join(ROOT, 'public', 'data', 'lexicon.bin');
export const ENTITIES_PATH = process.env.BACKSTORY_ENTITIES ?? join(ROOT, 'generated', 'entities.jsonl');

export class MissingArtifact extends Error {}

function need(path: string): void {
  if (!existsSync(path)) throw new MissingArtifact(`${path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path} is missing: run \`npm run data\` to build the dataset`);
}

export function openLexicon(path = LEXICON_PATH): Lexicon {
  need(path);
  return loadLexicon(new Uint8Array(readFileSync(path)));
}

/** Entity records by id, parsed on demand. */
export class EntityStore {
  private readonly lines = new Map<string, string>();
  private readonly parsed = new Map<string, Entity>();

  constructor(path = ENTITIES_PATH) {
    need(path);
    const text = readFileSync(path, 'utf8');
    const idPattern = /"id"\s*:\s*"([^"]+)"/;
    for (const line of text.split('\n')) {
      if (!line) continue;
      const m = idPattern.exec(line.slice(0, 300));
      if (m?.[1]) this.lines.set(m[1], line);
    }
  }

  get(id: string): Entity | undefined {
    let e = this.parsed.get(id);
    if (!e) {
      const line = this.lines.get(id);
      if (!line) return undefined;
      e = JSON.parse(line) as Entity;
      this.parsed.set(id, e);
    }
    return e;
  }

  *all(): Generator<Entity> {
    for (const id of this.lines.keys()) yield this.get(id)!;
  }
}
