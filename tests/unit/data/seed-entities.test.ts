/**
 * Every entity of the reference article (../shared/fixtures/seed-article.gold.json) is in the built
 * dataset with the right kind and one of its accepted Wikipedia titles. Skipped, with the reason
 * printed, when the shared folder or the build output is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const GOLD = new URL('../../../../shared/fixtures/seed-article.gold.json', import.meta.url);
const BUILT = new URL('../../../generated/entities.jsonl', import.meta.url);
const missing = !existsSync(GOLD) ? '../shared/fixtures/seed-article.gold.json not found' : !existsSync(BUILT) ? 'generated/entities.jsonl not built (npm run data)' : '';
if (missing) console.log(`skipped: reference-article entities — ${missing}`);

describe.skipIf(!!missing)('the reference article’s entities', () => {
  test('all present with the right kind and Wikipedia title', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { entities: Record<string, { type: string; wikipedia: string[] }> };
    const byTitle = new Map<string, { kind: string; id: string }[]>();
    for (const line of readFileSync(BUILT, 'utf8').split('\n')) {
      if (!line) continue;
      const e = JSON.parse(line) as { id: string; kind: string; wikipedia?: string };
      if (e.wikipedia) byTitle.set(e.wikipedia, [...(byTitle.get(e.wikipedia) ?? []), { kind: e.kind, id: e.id }]);
    }
    const absent = Object.entries(gold.entities)
      .filter(([, g]) => !g.wikipedia.some((t) => byTitle.get(t)?.some((e) => e.kind === g.type)))
      .map(([name]) => name);
    expect(absent).toEqual([]);
    expect(Object.keys(gold.entities).length).toBe(30);
  });
});
