/**
 * Imported packs, kept in IndexedDB (through idb) so they survive restarts and can be large.
 * The options page writes; the background worker reads and merges them into the dataset.
 */
import { openDB, type DBSchema } from 'idb';
import type { Entity } from './schema.ts';

export interface StoredPack {
  name: string;
  bytes: number;
  count: number;
  addedAt: number;
  entities: Entity[];
}

interface PackDB extends DBSchema {
  packs: { key: string; value: StoredPack };
}

const db = () => openDB<PackDB>('backstory', 1, {
  upgrade(d) { d.createObjectStore('packs', { keyPath: 'name' }); },
});

export async function listPacks(): Promise<Omit<StoredPack, 'entities'>[]> {
  const all = await (await db()).getAll('packs');
  return all.map(({ entities: _e, ...rest }) => rest);
}

export async function allImportedEntities(): Promise<Entity[]> {
  return (await (await db()).getAll('packs')).flatMap((p) => p.entities);
}

/** Adds or replaces a pack in one transaction: readers see the old data or the new, never half. */
export async function putPack(pack: StoredPack): Promise<void> {
  await (await db()).put('packs', pack);
}

export async function removePack(name: string): Promise<void> {
  await (await db()).delete('packs', name);
}
