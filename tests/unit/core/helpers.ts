/** Shared by the core tests: the fixture lexicon (tests/fixtures/core/entities.jsonl) and small helpers. */
import { readFileSync } from 'node:fs';
import { annotate, compileLexicon, loadLexicon, type AnnotateOptions, type Lexicon, type LexiconEntity, type Mention } from '../../../src/core/index.ts';

export const FIXTURE = new URL('../../fixtures/core/entities.jsonl', import.meta.url);

export function fixtureEntities(): LexiconEntity[] {
  return readFileSync(FIXTURE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LexiconEntity);
}

let cached: Lexicon | undefined;
export function fixtureLexicon(): Lexicon {
  cached ??= lexiconOf(fixtureEntities());
  return cached;
}

/** A place record for a test's own made-up lexicon. */
export function place(id: string, name: string, prominence: number, related: string[] = [], subkind = 'city'): LexiconEntity {
  return { id, kind: 'place', subkind, name, aliases: [], prominence, related };
}

/** A lexicon of a test's own records. */
export function lexiconOf(entities: LexiconEntity[]): Lexicon {
  return loadLexicon(compileLexicon(entities));
}

/** "text → entityId" pairs, for compact assertions. */
export function links(text: string, options?: AnnotateOptions, lexicon = fixtureLexicon()): string[] {
  return annotate(text, lexicon, options).map((m: Mention) => `${m.text}→${m.entityId}`);
}
