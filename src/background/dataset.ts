/** Placeholder until the engine lands: the dataset the worker owns. */
import type { BlockMention } from '../messages.ts';
import type { Entity } from '../data/schema.ts';

export async function annotateBlocks(_blocks: string[]): Promise<{ mentions: BlockMention[] }> {
  return { mentions: [] };
}
export async function getCards(_ids: string[]): Promise<(Entity | null)[]> {
  return [];
}
export async function searchEntities(_query: string): Promise<Entity[]> {
  return [];
}
