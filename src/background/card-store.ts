/**
 * Reads cards from the card store the build writes (public/data/cards/, see data/README.md):
 * id → redirect → shard file (fnv1a32 of the id) → record. A shard is fetched once per worker
 * life and kept; most pages touch a handful of shards.
 */
import browser from 'webextension-polyfill';
import { cardShardOf, type CardManifest } from '../data/ids.ts';
import type { Entity } from '../data/schema.ts';

const base = () => browser.runtime.getURL('data/cards/');
let manifest: Promise<CardManifest> | null = null;
let redirects: Promise<Record<string, string>> | null = null;
const shards = new Map<string, Promise<Record<string, Entity>>>();

async function json<T>(path: string): Promise<T> {
  const r = await fetch(base() + path);
  if (!r.ok) throw new Error(`Backstory: missing dataset file ${path} (${r.status})`);
  return r.json() as Promise<T>;
}

export function canonicalId(id: string): Promise<string> {
  redirects ??= json<Record<string, string>>('redirects.json').catch(() => ({}));
  return redirects.then((r) => r[id] ?? id);
}

export async function builtInCard(id: string): Promise<Entity | null> {
  manifest ??= json<CardManifest>('manifest.json');
  const m = await manifest;
  const real = await canonicalId(id);
  const shard = cardShardOf(real, m.shardCount);
  let file = shards.get(shard);
  if (!file) {
    file = json<Record<string, Entity>>(m.shardPath.replace('{shard}', shard));
    shards.set(shard, file);
  }
  return (await file)[real] ?? null;
}
