/**
 * The dataset, owned by the worker: the built-in name index (a binary artifact that loads in
 * milliseconds, so a worker restart costs little), the reader's imported packs (compiled into a
 * second, small index when they change), the card store, and the search index.
 *
 * Imported entities win over built-in ones: where a pack's mention overlaps a built-in mention,
 * the pack's is kept.
 */
import browser from 'webextension-polyfill';
import { compileLexicon, DocumentAnnotator, loadLexicon, type Lexicon, type Mention } from '../core/index.ts';
import { allImportedEntities } from '../data/pack-store.ts';
import type { Entity } from '../data/schema.ts';
import type { AnnotateReply, BlockMention } from '../messages.ts';
import type { CardData } from '../ui/card-data.ts';
import { builtInCard, canonicalId } from './card-store.ts';
import { loadOutlines, locatorMap, placesMap } from './locator-map.ts';
import { searchDataset, type SearchHit } from './search.ts';
import { warmUpEngine } from './jit-warm-up.ts';

let builtIn: Promise<Lexicon> | null = null;
let imported: Promise<{ lexicon: Lexicon | null; byId: Map<string, Entity> }> | null = null;

function builtInLexicon(): Promise<Lexicon> {
  builtIn ??= fetch(browser.runtime.getURL('data/lexicon.bin'))
    .then((r) => r.arrayBuffer())
    .then((b) => loadLexicon(new Uint8Array(b)));
  return builtIn;
}

function importedPacks() {
  imported ??= allImportedEntities().then((entities) => ({
    lexicon: entities.length ? loadLexicon(compileLexicon(entities)) : null,
    byId: new Map(entities.map((e) => [e.id, e])),
  })).catch(() => ({ lexicon: null, byId: new Map<string, Entity>() }));
  return imported;
}

/**
 * Starts loading the name index (and the reader's packs) without waiting for a page to ask. MV3 puts
 * an idle worker to sleep after 30 s, and a woken worker took ~0.5 s to fetch and open the 6.8 MB
 * index before it could answer the first annotate request; started when a tab begins loading, that
 * time overlaps the page's own load instead of delaying its first marks.
 */
export function warmUp(): void {
  void builtInLexicon().then(warmUpEngineOnce, () => { builtIn = null; });
  void importedPacks();
}

let engineWarm = false;
/** Once per worker lifetime: the optimized code stays until MV3 stops the worker (see jit-warm-up.ts). */
function warmUpEngineOnce(lexicon: Lexicon): void {
  if (engineWarm) return;
  engineWarm = true;
  void warmUpEngine(lexicon).catch(() => undefined);
}

/** The options page imported or removed a pack: rebuild the small index on next use. */
export function packsChanged(): void {
  imported = null;
}

/**
 * Per-document annotators, so a rescanned paragraph resolves against what the page already named
 * ("Altun" after "Fahrettin Altun" three screens up). Keyed by tab and frame; the oldest are dropped.
 */
const documents = new Map<string, { builtIn: DocumentAnnotator; imported: DocumentAnnotator | null }>();
const MAX_DOCUMENTS = 16;
/**
 * Characters one document keeps at most. A first scan sends at most 4 M (the content script's
 * budget); rescans of a page that keeps growing (an endless feed) add to it forever, so beyond this
 * its oldest blocks are forgotten (down to half), which bounds the worker's memory and the cost of
 * re-resolving the document on every request.
 */
const MAX_DOCUMENT_TEXT = 6_000_000;

/** `lang`: the page's declared language, for a document whose first text is too short to tell its own. */
export async function annotateBlocks(blocks: string[], key: string, fresh: boolean, lang?: string): Promise<AnnotateReply> {
  const [lex, packs] = await Promise.all([builtInLexicon(), importedPacks()]);
  const t0 = performance.now();
  let doc = documents.get(key);
  if (!doc || fresh) {
    const options = { language: lang };
    doc = { builtIn: new DocumentAnnotator(lex, options), imported: packs.lexicon ? new DocumentAnnotator(packs.lexicon, options) : null };
    documents.delete(key);
    documents.set(key, doc);
    while (documents.size > MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
  }
  if (doc.builtIn.textLength + blocks.reduce((n, b) => n + b.length, 0) > MAX_DOCUMENT_TEXT) {
    doc.builtIn.forgetOldest(MAX_DOCUMENT_TEXT / 2);
    doc.imported?.forgetOldest(MAX_DOCUMENT_TEXT / 2);
  }
  const first = doc.builtIn.add(blocks);
  doc.imported?.add(blocks);
  // Block indices in the reply count from the request's first block.
  const mentions = resolved(doc, first).map((m) => ({ ...m, block: m.block - first }));
  return { mentions, engineMs: performance.now() - t0 };
}

/**
 * Every mention of the frame's document, resolved with all of its text as context (block indices
 * count from the document's start). A long page is sent in parts so its first marks appear early;
 * each part was resolved with only the text before it, and this lets the page correct those.
 */
export async function resolveDocument(key: string): Promise<AnnotateReply | null> {
  const t0 = performance.now();
  const doc = documents.get(key);
  // Gone (dropped for newer documents, or the worker restarted): the page keeps the marks it has.
  if (!doc) return null;
  const mentions = resolved(doc, 0);
  return { mentions, engineMs: performance.now() - t0, blocks: doc.builtIn.blockCount };
}

/** The document's mentions from block `first` on; a pack's mention wins over a built-in one it overlaps. */
function resolved(doc: { builtIn: DocumentAnnotator; imported: DocumentAnnotator | null }, first: number): BlockMention[] {
  const fromBuiltIn = doc.builtIn.resolve().slice(first);
  const fromPacks = doc.imported ? doc.imported.resolve().slice(first) : [];
  const mentions: BlockMention[] = [];
  fromBuiltIn.forEach((list, i) => {
    const own = fromPacks[i] ?? [];
    const keep = (m: Mention) => !own.some((p) => p.start < m.end && m.start < p.end);
    for (const m of [...own, ...list.filter(keep)].sort((a, b) => a.start - b.start)) {
      mentions.push({ block: first + i, start: m.start, end: m.end, id: m.entityId, kind: m.kind, confidence: m.confidence });
    }
  });
  return mentions;
}

export function forgetDocument(prefix: string): void {
  for (const k of documents.keys()) if (k.startsWith(prefix)) documents.delete(k);
}

async function entityById(id: string): Promise<Entity | null> {
  const packs = await importedPacks();
  return packs.byId.get(id) ?? builtInCard(id);
}

const outlines = () => loadOutlines(() => fetch(browser.runtime.getURL('data/world-110m.json')).then((r) => r.json()));

/** Map window width for a place, by what it is: a country needs more room than a city. */
function spanFor(e: Entity): number {
  if (e.subkind === 'country' || e.subkind === 'continent') return 60;
  if (e.subkind === 'region') return 24;
  return 16;
}

export async function getCard(id: string): Promise<CardData | null> {
  const entity = await entityById(id);
  if (!entity) return null;
  const relatedNames: CardData['relatedNames'] = {};
  await Promise.all((entity.related ?? []).slice(0, 12).map(async (rid) => {
    const r = await entityById(await canonicalId(rid));
    if (r) relatedNames[rid] = { name: r.name, kind: r.kind };
  }));
  const map = entity.location ? await locatorMap(await outlines(), entity.location.lat, entity.location.lon, spanFor(entity)) : undefined;
  return { entity, relatedNames, ...(map ? { map } : {}) };
}

/** Entity records by id, as bare cards (no related names or map): cheap enough for a whole page's list. */
export async function getEntities(ids: string[]): Promise<(CardData | null)[]> {
  return Promise.all(ids.map(async (id) => { const entity = await entityById(id); return entity ? { entity } : null; }));
}

export async function getCards(ids: string[]): Promise<(CardData | null)[]> {
  return Promise.all(ids.map(getCard));
}

export async function drawPlacesMap(points: { lat: number; lon: number }[]) {
  return placesMap(await outlines(), points);
}

export async function searchEntities(query: string): Promise<SearchHit[]> {
  const packs = await importedPacks();
  return searchDataset(query, [...packs.byId.values()]);
}
