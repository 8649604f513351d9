/**
 * Search over the whole dataset with MiniSearch: prefix and fuzzy matching, case- and
 * diacritic-insensitive. The index is built on the first search from public/data/search.json
 * (a compact list the build writes) and kept for the worker's life.
 */
import MiniSearch from 'minisearch';
import browser from 'webextension-polyfill';
import type { Entity } from '../data/schema.ts';

export interface SearchHit { id: string; name: string; kind: string; description: string }
type Doc = { id: string; name: string; kind: string; description: string; aliases: string; prominence: number };

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase();
let index: Promise<MiniSearch<Doc>> | null = null;
let importedIds = '';

function build(extra: Entity[]): Promise<MiniSearch<Doc>> {
  return fetch(browser.runtime.getURL('data/search.json')).then((r) => r.json() as Promise<[string, string, string, string, string, number][]>).then((rows) => {
    const ms = new MiniSearch<Doc>({
      fields: ['name', 'aliases'],
      storeFields: ['name', 'kind', 'description', 'prominence'],
      processTerm: (t) => fold(t),
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 2 } },
    });
    const seen = new Set<string>();
    const docs: Doc[] = [];
    for (const e of extra) { seen.add(e.id); docs.push({ id: e.id, name: e.name, kind: e.kind, description: e.description, aliases: e.aliases.map((a) => a.text).join(' | '), prominence: 100 }); }
    for (const [id, name, kind, description, aliases, prominence] of rows) if (!seen.has(id)) docs.push({ id, name, kind, description, aliases, prominence });
    ms.addAll(docs);
    return ms;
  });
}

export async function searchDataset(query: string, imported: Entity[]): Promise<SearchHit[]> {
  const q = query.trim();
  const key = imported.map((e) => e.id).join();
  if (!index || key !== importedIds) { importedIds = key; index = build(imported); }
  // An empty query only warms the index (the popup sends one as it opens, so typing finds it built).
  if (!q) return [];
  const ms = await index;
  // Relevance first; among near ties, the more prominent entity (a capital before a village).
  return ms.search(q)
    .map((r) => ({ r, score: r.score * (1 + ((r.prominence as number) ?? 0) / 100) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 20)
    .map(({ r }) => ({ id: String(r.id), name: r.name as string, kind: r.kind as string, description: r.description as string }));
}
