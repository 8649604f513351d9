/**
 * Reads cards from the card store the build writes (public/data/cards/, see data/README.md):
 * id → redirect shard (for ids that are aliases of another, e.g. a pack's "syria" for "country:sy")
 * → card shard (fnv1a32 of the id) → record. Each shard is fetched once per worker life and kept;
 * a page touches a handful.
 */
import browser from 'webextension-polyfill';
import { cardShardOf, type CardManifest } from '../data/ids.ts';
import type { Entity } from '../data/schema.ts';

const base = () => browser.runtime.getURL('data/cards/');
let manifest: Promise<CardManifest> | null = null;
const files = new Map<string, Promise<Record<string, unknown>>>();

async function json<T>(path: string): Promise<T> {
  const r = await fetch(base() + path);
  if (!r.ok) throw new Error(`Backstory: missing dataset file ${path} (${r.status})`);
  return r.json() as Promise<T>;
}

function cached<T>(path: string): Promise<Record<string, T>> {
  let file = files.get(path);
  if (!file) {
    file = json<Record<string, unknown>>(path).catch(() => ({}));
    files.set(path, file);
  }
  return file as Promise<Record<string, T>>;
}

function cardManifest(): Promise<CardManifest> {
  manifest ??= json<CardManifest>('manifest.json');
  return manifest;
}

/** The canonical id of a card: ids merged or renamed at build time redirect to the record that holds them. */
export async function canonicalId(id: string): Promise<string> {
  const m = await cardManifest();
  const shard = cardShardOf(id, m.shardCount);
  const redirects = await cached<string>((m.redirectPath ?? 'redirects/{shard}.json').replace('{shard}', shard));
  return redirects[id] ?? id;
}

export async function builtInCard(id: string): Promise<Entity | null> {
  const m = await cardManifest();
  const direct = await cached<Entity>(m.shardPath.replace('{shard}', cardShardOf(id, m.shardCount)));
  if (direct[id]) return direct[id];
  const real = await canonicalId(id);
  if (real === id) return null;
  const shard = await cached<Entity>(m.shardPath.replace('{shard}', cardShardOf(real, m.shardCount)));
  return shard[real] ?? null;
}
