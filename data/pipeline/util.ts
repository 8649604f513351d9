/** Small helpers shared by the pipeline modules. */
import type { Alias, EntityInput, MatchMode } from '../../src/data/schema.ts';
import { foldText } from '../../src/data/ids.ts';

export { foldText };

/** Folded key for comparing names and aliases ("Türkiye" ≡ "turkiye" ≡ "TURKIYE"). */
export function nameKey(text: string): string {
  return foldText(text).replace(/[‘’ʻʼ`´]/g, "'").replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A record before validation: the schema's input shape. */
export type Draft = EntityInput;

/** Adds `value` to the list `map` keeps under `key` (a list per key, in the order added). */
export function pushTo<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Collects build warnings by category, keeping a few examples of each. */
export class Warnings {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();
  add(category: string, example: string, keep = 5): void {
    this.counts.set(category, (this.counts.get(category) ?? 0) + 1);
    const list = this.examples.get(category) ?? [];
    if (list.length < keep) list.push(example);
    this.examples.set(category, list);
  }
  count(category: string): number {
    return this.counts.get(category) ?? 0;
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
}

/** Build errors: collected, then the build fails listing all of them. */
export class BuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} data error(s):\n  ${problems.slice(0, 50).join('\n  ')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`);
  }
}

/**
 * Builds an alias list: drops empty and over-long texts, texts equal to the display name (unless
 * their mode differs from ordinary, which flags the name itself), and repeats (same folded text:
 * the first mode wins, except that a stricter mode given later replaces "ordinary").
 */
export function aliasList(name: string, items: ReadonlyArray<readonly [string | undefined | null, MatchMode, string?]>): Alias[] {
  const out: Alias[] = [];
  const seen = new Map<string, Alias>();
  const nk = nameKey(name);
  for (const [raw, match, lang] of items) {
    if (!raw) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || text.length > 120) continue;
    const key = match === 'acronym' ? `A:${text}` : nameKey(text);
    if (match !== 'acronym' && key === nk && match === 'ordinary') continue;
    const prev = seen.get(key);
    if (prev) {
      if (prev.match === 'ordinary' && match !== 'ordinary' && match !== 'acronym') prev.match = match;
      continue;
    }
    const alias: Alias = lang ? { text, match, lang } : { text, match };
    seen.set(key, alias);
    out.push(alias);
  }
  return out.slice(0, 200);
}

/** Cuts text to `max` characters at a word boundary, adding "…". */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.5 ? cut.slice(0, sp) : cut).replace(/[\s,;:.-]+$/, '') + '…';
}

export function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** "3517182" → "3,517,182" (locale-independent, so the build is deterministic). */
export function formatInt(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Stable JSON key order for records (the schema's field order). */
const FIELD_ORDER = ['id', 'kind', 'subkind', 'name', 'aliases', 'description', 'summary', 'facts', 'related', 'location', 'wikipedia', 'wikidata', 'prominence', 'asOf', 'source'];
export function orderFields<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  const r = record as Record<string, unknown>;
  for (const k of FIELD_ORDER) if (r[k] !== undefined) out[k] = r[k];
  for (const k of Object.keys(r).sort()) if (!(k in out) && r[k] !== undefined) out[k] = r[k];
  return out as T;
}
