/**
 * Merges generated (open-data) records with in-house pack records and checks the whole set.
 *
 * - A pack record whose `wikipedia` title equals a generated record's title merges INTO it: the pack
 *   wins on text fields (name, description, summary, subkind), aliases are unioned (the generated
 *   name becomes an alias when the pack renames it; a WordNet record's one-word names are left to the
 *   pack), generated location/population and other facts
 *   of a type the pack lacks are kept, the id stays the generated one and the pack id becomes a
 *   redirect, so `related` ids that use it still resolve. A pack record whose id equals a generated
 *   id merges the same way.
 * - A pack record with the same name as exactly one WordNet record of the same kind replaces it
 *   (the WordNet id becomes a redirect to the pack id): "Black Sea", "Albert Einstein". WordNet's
 *   names of several words join the pack's; its one-word names are the pack's to give.
 * - Every generated record's Wikipedia slug ("syria", "hatay-province") redirects to its id, so
 *   packs may relate to places by the slug rule of docs/CONTRIBUTING-DATA.md; failing that, the
 *   slug of a name ("crimea", "black-sea") redirects to the most prominent record of that name.
 * - Duplicate ids are errors. Dangling `related` ids (and fact ids) are dropped with a warning.
 */
import { parseEntity, type Alias, type Entity } from '../../src/data/schema.ts';
import { slugifyTitle } from '../../src/data/ids.ts';
import type { PackRecord } from './packs.ts';
import { BuildError, nameKey, orderFields, Warnings, type Draft } from './util.ts';

export interface GeneratedDraft { draft: Draft; source: string }

export interface MergeResult {
  entities: Entity[];
  /** alias id → canonical id */
  redirects: Map<string, string>;
  /** The subset made by merging: pack id → generated id, replaced WordNet id → pack id. */
  mergeRedirects: Map<string, string>;
  warnings: Warnings;
  /** Entity id → where it came from: a source key, or "packs", or "packs+<source>" when merged. */
  origin: Map<string, string>;
  stats: {
    mergedByTitle: number;
    mergedById: number;
    replacedWordNet: number;
    duplicateAliases: number;
    duplicateAliasExamples: string[];
    missingWikipedia: Record<string, number>;
    aliases: number;
  };
}

const normTitle = (t: string): string => {
  const s = t.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
};

const aliasKey = (a: Alias): string => (a.match === 'acronym' ? `A:${a.text}` : nameKey(a.text));

function unionAliases(name: string, first: Alias[], second: Alias[], extraName?: string): Alias[] {
  const out: Alias[] = [];
  const seen = new Set<string>();
  const nk = nameKey(name);
  const push = (a: Alias): void => {
    const k = aliasKey(a);
    if (seen.has(k)) return;
    if (k === nk && a.match === 'ordinary') return;
    seen.add(k);
    out.push(a);
  };
  first.forEach(push);
  if (extraName && nameKey(extraName) !== nk) push({ text: extraName, match: 'ordinary' });
  // A generated self-flag for the old name ("needs-context" on the generated name) does not carry over when the pack renames.
  second.forEach(push);
  return out.slice(0, 200);
}

function factKey(f: NonNullable<Entity['facts']>[number]): string {
  return f.type === 'other' ? `other:${f.label.toLowerCase()}` : f.type;
}

/** Whether a generated record is WordNet's. */
const fromWordNet = (g: Entity): boolean => /^wordnet/i.test(g.source?.name ?? '');
/**
 * The names of a WordNet record a pack merges into or replaces that the pack's record keeps: those of
 * several words and acronyms. Its one-word names are the pack's to give — WordNet lists a person's bare
 * surname ("King" for Martin Luther King Jr., a word on a page about tarot), and gives the Yangtze
 * "Chang", Lake Urmia the city's "Urmia": at WordNet's low prominence they seldom showed, on the pack's
 * full record they would.
 */
const keptFromWordNet = (aliases: readonly Alias[]): Alias[] => aliases.filter((a) => a.match === 'acronym' || a.text.trim().includes(' '));

/** Merges pack record `p` into generated entity `g` (the rules above). */
export function mergeInto(g: Entity, p: Entity, warnings: Warnings): Entity {
  const wordNet = fromWordNet(g);
  if (g.kind !== p.kind) warnings.add('merge-kind-differs', `${p.id} (${p.kind}) into ${g.id} (${g.kind})`);
  const packFactKeys = new Set((p.facts ?? []).map(factKey));
  const facts = [...(p.facts ?? []), ...(g.facts ?? []).filter((f) => !packFactKeys.has(factKey(f)))].slice(0, 40);
  const related = [...new Set([...(p.related ?? []), ...(g.related ?? [])])].slice(0, 40);
  const merged: Entity = {
    id: g.id,
    kind: p.kind,
    subkind: p.subkind ?? g.subkind,
    name: p.name,
    // (WordNet's own name too, when it is one word: it called Elizabeth I "Elizabeth", which the pack's
    // record then gave as a name of hers — "He met Elizabeth at a party" was the queen at 0.74.)
    aliases: unionAliases(p.name, p.aliases, wordNet ? keptFromWordNet(g.aliases) : g.aliases, wordNet && !g.name.trim().includes(' ') ? undefined : g.name),
    description: p.description,
    summary: p.summary ?? g.summary,
    facts: facts.length ? facts : undefined,
    related: related.length ? related : undefined,
    location: p.location ?? g.location,
    wikipedia: g.wikipedia ?? p.wikipedia,
    wikidata: p.wikidata ?? g.wikidata,
    prominence: p.prominence ?? g.prominence,
    asOf: p.asOf,
    source: p.source,
  };
  return orderFields(merged);
}

export function mergeAll(generated: GeneratedDraft[], packs: PackRecord[], options: { lenient?: boolean } = {}): MergeResult {
  const warnings = new Warnings();
  const errors: string[] = [];
  const byId = new Map<string, Entity>();
  const origin = new Map<string, string>();
  for (const { draft, source } of generated) {
    const r = parseEntity(draft);
    if (!r.ok) {
      errors.push(`generated ${source} record "${String(draft.id)}": ${r.error}`);
      continue;
    }
    if (byId.has(r.entity.id)) {
      errors.push(`generated ${source} record: duplicate id "${r.entity.id}" (also from ${origin.get(r.entity.id)})`);
      continue;
    }
    byId.set(r.entity.id, orderFields(r.entity));
    origin.set(r.entity.id, source);
  }

  // Generated titles must be unique, or a pack could not know what it merges into.
  const byTitle = new Map<string, string>();
  for (const e of [...byId.values()].sort((a, b) => (b.prominence ?? 0) - (a.prominence ?? 0) || a.id.localeCompare(b.id))) {
    if (!e.wikipedia) continue;
    const t = normTitle(e.wikipedia);
    const prev = byTitle.get(t);
    if (prev) {
      warnings.add('duplicate-generated-title', `"${e.wikipedia}": ${prev} kept, dropped from ${e.id}`);
      byId.set(e.id, { ...e, wikipedia: undefined });
      continue;
    }
    byTitle.set(t, e.id);
  }

  // WordNet people, organisations and events by every multi-word name (display name and ordinary aliases).
  const fullNames = (e: Entity): string[] =>
    [...new Set([e.name, ...e.aliases.filter((a) => a.match === 'ordinary').map((a) => a.text)].filter((t) => t.includes(' ')).map((t) => `${e.kind}:${nameKey(t)}`))];
  const wordnetByName = new Map<string, string[]>();
  for (const e of byId.values()) {
    if (origin.get(e.id) !== 'wordnet') continue;
    for (const k of [...fullNames(e), `${e.kind}:${nameKey(e.name)}`]) {
      const list = wordnetByName.get(k) ?? [];
      if (!list.includes(e.id)) list.push(e.id);
      wordnetByName.set(k, list);
    }
  }
  const bornYear = (e: Entity): number | undefined => e.facts?.find((f) => f.type === 'born')?.year as number | undefined;
  /** The one WordNet record a pack record duplicates: same kind, a shared full name (or the same display name), no conflicting birth year. */
  const wordnetTwin = (p: Entity): string | undefined => {
    const found = new Set<string>();
    for (const k of [...fullNames(p), `${p.kind}:${nameKey(p.name)}`]) for (const id of wordnetByName.get(k) ?? []) if (byId.has(id)) found.add(id);
    if (found.size !== 1) return undefined;
    const id = [...found][0]!;
    const a = bornYear(p);
    const b = bornYear(byId.get(id)!);
    return a !== undefined && b !== undefined && a !== b ? undefined : id;
  };

  const generatedErrors = errors.length;
  const redirects = new Map<string, string>();
  const claimed = new Map<string, string>();
  let mergedByTitle = 0;
  let mergedById = 0;
  let replacedWordNet = 0;
  const packIds = new Map<string, string>();
  // Every pack record's names (display name and aliases) → the ids of the records that list them: a
  // WordNet name another pack record gives itself is that record's to have (below).
  const packNamed = new Map<string, Set<string>>();
  for (const { entity: p } of packs) {
    for (const text of [p.name, ...p.aliases.map((a) => a.text)]) {
      const k = nameKey(text);
      (packNamed.get(k) ?? packNamed.set(k, new Set()).get(k)!).add(p.id);
    }
  }
  /** Whether a pack record other than `id` gives itself the name `text`. */
  const anotherPacksName = (text: string, id: string): boolean => [...(packNamed.get(nameKey(text)) ?? [])].some((other) => other !== id);
  for (const { entity: p, where } of packs) {
    let target: string | undefined;
    let how: 'title' | 'id' | undefined;
    if (p.wikipedia) {
      target = byTitle.get(normTitle(p.wikipedia));
      if (target) how = 'title';
    }
    if (!target && byId.has(p.id) && origin.get(p.id) !== 'packs') {
      target = p.id;
      how = 'id';
    }
    if (target && how === 'title' && byId.get(target)!.kind !== p.kind) {
      // The pack's title is authoritative: the generated record's guessed title was wrong ("Toyota" is the company).
      const g = byId.get(target)!;
      warnings.add('title-kind-conflict', `${where}: "${p.wikipedia}" is ${p.id} (${p.kind}), not ${g.id} (${g.kind}); title dropped from ${g.id}`);
      byId.set(target, { ...g, wikipedia: undefined });
      byTitle.delete(normTitle(p.wikipedia!));
      target = undefined;
      how = undefined;
    }
    if (target && claimed.has(target)) {
      warnings.add('pack-title-claimed-twice', `${where}: "${p.id}" also matches ${target}, already merged with ${claimed.get(target)}; kept separate`);
      if (target === p.id) {
        errors.push(`${where}: duplicate id "${p.id}" (already used by a generated record merged with ${claimed.get(target)})`);
        continue;
      }
      target = undefined;
    }
    if (target) {
      if (p.id !== target && byId.has(p.id)) {
        errors.push(`${where}: duplicate id "${p.id}" (a generated record has this id, and the record merges into ${target} by title)`);
        continue;
      }
      const g = byId.get(target)!;
      byId.set(target, mergeInto(g, p, warnings));
      origin.set(target, `packs+${origin.get(target)}`);
      claimed.set(target, p.id);
      if (p.id !== target) redirects.set(p.id, target);
      packIds.set(p.id, where);
      if (how === 'title') mergedByTitle++;
      else mergedById++;
      continue;
    }
    if (byId.has(p.id)) {
      errors.push(`${where}: duplicate id "${p.id}" (first from ${origin.get(p.id) === 'packs' ? packIds.get(p.id) : origin.get(p.id)})`);
      continue;
    }
    let entity = orderFields(p);
    const twin = wordnetTwin(p);
    if (twin) {
      const w = byId.get(twin)!;
      // WordNet's own guess that the name needs context ("Jimmy Carter": a common given name and a
      // common surname, wordnet.ts) gives way to the pack's record of the same person, which names
      // the name as it wants it read.
      const pk = nameKey(p.name);
      // (Its one-word names are the pack's to give: keptFromWordNet. So is a name another pack record
      // gives itself: WordNet lists "Islamic Jihad", Hezbollah's cover name of the 1980s, among
      // Hezbollah's names; today's news means Palestinian Islamic Jihad by it, which the packs name so.)
      entity = orderFields({ ...entity, aliases: unionAliases(p.name, p.aliases, keptFromWordNet(w.aliases).filter((a) => (a.match === 'acronym' || nameKey(a.text) !== pk) && !anotherPacksName(a.text, p.id))) });
      byId.delete(w.id);
      origin.delete(w.id);
      redirects.set(w.id, p.id);
      replacedWordNet++;
    }
    byId.set(p.id, entity);
    origin.set(p.id, 'packs');
    packIds.set(p.id, where);
  }
  if (errors.length) {
    if (!options.lenient || generatedErrors > 0) throw new BuildError(errors);
    for (const e of errors) warnings.add('pack-record-skipped (--lenient)', e, 20);
    errors.length = 0;
  }

  const mergeRedirectKeys = new Set(redirects.keys());
  // Slug redirects for generated titles ("syria" → "country:sy").
  for (const e of [...byId.values()].sort((a, b) => (b.prominence ?? 0) - (a.prominence ?? 0) || a.id.localeCompare(b.id))) {
    if (!e.wikipedia) continue;
    const slug = slugifyTitle(e.wikipedia);
    if (slug && slug !== e.id && !byId.has(slug) && !redirects.has(slug)) redirects.set(slug, e.id);
  }
  // Then name slugs ("crimea", "black-sea", "hiroshima"): the most prominent record of that name,
  // only when it is strictly more prominent than the next one.
  const byNameSlug = new Map<string, Entity[]>();
  for (const e of byId.values()) {
    if (e.subkind === 'city' && (e.prominence ?? 0) < 0.4) continue; // keeps redirects.json small
    const names = new Set([e.name, ...e.aliases.filter((a) => a.match === 'ordinary' && a.text.includes(' ')).map((a) => a.text)]);
    for (const n of names) {
      const slug = slugifyTitle(n);
      if (!slug || byId.has(slug) || redirects.has(slug)) continue;
      byNameSlug.set(slug, [...(byNameSlug.get(slug) ?? []), e]);
    }
  }
  for (const [slug, list] of [...byNameSlug].sort((a, b) => a[0].localeCompare(b[0]))) {
    const ranked = [...new Set(list)].sort((a, b) => (b.prominence ?? 0) - (a.prominence ?? 0) || a.id.localeCompare(b.id));
    if (ranked.length > 1 && (ranked[0]!.prominence ?? 0) <= (ranked[1]!.prominence ?? 0)) continue;
    redirects.set(slug, ranked[0]!.id);
  }
  // Redirect chains and redirects shadowed by real ids.
  for (const [from, to] of [...redirects]) {
    if (byId.has(from)) {
      redirects.delete(from);
      continue;
    }
    let t = to;
    for (let i = 0; i < 10 && redirects.has(t) && !byId.has(t); i++) t = redirects.get(t)!;
    if (byId.has(t)) redirects.set(from, t);
    else redirects.delete(from);
  }
  const resolve = (id: string): string | undefined => (byId.has(id) ? id : redirects.get(id));

  // Related ids and fact ids.
  const final: Entity[] = [];
  for (const id of [...byId.keys()].sort()) {
    const e = byId.get(id)!;
    let related: string[] | undefined;
    if (e.related) {
      const out: string[] = [];
      for (const r of e.related) {
        const t = resolve(r);
        if (!t) {
          warnings.add('dangling-related', `${e.id} → ${r}`);
          continue;
        }
        if (t !== e.id && !out.includes(t)) out.push(t);
      }
      related = out.length ? out : undefined;
    }
    const facts = e.facts?.map((f) => {
      const key = f.type === 'office' ? 'ofId' : 'id';
      const ref = (f as Record<string, unknown>)[key];
      if (typeof ref !== 'string') return f;
      const t = resolve(ref);
      if (t === ref) return f;
      const copy = { ...f } as Record<string, unknown>;
      if (t) copy[key] = t;
      else {
        delete copy[key];
        warnings.add('dangling-fact-id', `${e.id} → ${ref}`);
      }
      return copy as typeof f;
    });
    const next = orderFields({ ...e, related, facts });
    const check = parseEntity(next);
    if (!check.ok) errors.push(`${e.id}: ${check.error}`);
    else final.push(orderFields(check.entity));
  }
  if (errors.length) throw new BuildError(errors);

  // Shared aliases (normal for homonyms) and missing titles.
  const aliasOwners = new Map<string, Set<string>>();
  let aliasCount = 0;
  const missingWikipedia: Record<string, number> = {};
  for (const e of final) {
    aliasCount += e.aliases.length;
    for (const key of new Set([nameKey(e.name), ...e.aliases.map(aliasKey)])) {
      const set = aliasOwners.get(key) ?? new Set<string>();
      set.add(e.id);
      aliasOwners.set(key, set);
    }
    if (!e.wikipedia) {
      const k = `${origin.get(e.id) ?? '?'}/${e.kind}`;
      missingWikipedia[k] = (missingWikipedia[k] ?? 0) + 1;
    }
  }
  let duplicateAliases = 0;
  const duplicateAliasExamples: string[] = [];
  for (const [k, owners] of [...aliasOwners].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))) {
    if (owners.size < 2) continue;
    duplicateAliases++;
    if (duplicateAliasExamples.length < 8) duplicateAliasExamples.push(`"${k}" ×${owners.size}`);
  }
  return {
    entities: final,
    redirects: new Map([...redirects].sort((a, b) => a[0].localeCompare(b[0]))),
    mergeRedirects: new Map([...redirects].filter(([k]) => mergeRedirectKeys.has(k)).sort((a, b) => a[0].localeCompare(b[0]))),
    warnings,
    origin,
    stats: { mergedByTitle, mergedById, replacedWordNet, duplicateAliases, duplicateAliasExamples, missingWikipedia, aliases: aliasCount },
  };
}
