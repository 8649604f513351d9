/**
 * Names: the English label, description and aliases of an entity, its English Wikipedia title and
 * the pack id derived from it (docs/CONTRIBUTING-DATA.md).
 *
 * English means the "en" label; when an item has none, its "mul" label (Wikidata's
 * language-independent default label, used for personal names since 2024) stands in.
 */
import { ID_PATTERN, type Alias, type Kind } from '../../src/data/schema.ts';
import { foldText, slugifyTitle } from '../../src/data/ids.ts';
import type { WdEntity, WdMonolingual } from './types.ts';

/** Schema limits that apply to text taken from Wikidata. */
export const LIMITS = { name: 160, alias: 120, aliases: 200, description: 200, wikipedia: 200, id: 120 } as const;

const LANGUAGES = ['en', 'mul'] as const;

function clean(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  // Collapse whitespace (including the odd tab or newline in a label) and drop control characters.
  // eslint-disable-next-line no-control-regex
  const out = text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  return out || undefined;
}

function monolingual(map: Record<string, WdMonolingual | undefined> | undefined): string | undefined {
  if (!map || typeof map !== 'object') return undefined;
  for (const lang of LANGUAGES) {
    const text = clean(map[lang]?.value);
    if (text) return text;
  }
  return undefined;
}

/** The English (else "mul") label. */
export function englishLabel(entity: WdEntity): string | undefined {
  return monolingual(entity.labels);
}

/**
 * The English description, if it fits on the card's one line, with a capital first letter like
 * our other records ("island country in …" → "Island country in …"; "eBay …" stays).
 */
export function englishDescription(entity: WdEntity): string | undefined {
  const text = clean(entity.descriptions?.en?.value);
  if (!text || text.length > LIMITS.description) return undefined;
  return /^\p{Ll}(?!\p{Lu})/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** The English Wikipedia title, from the "enwiki" sitelink. */
export function enwikiTitle(entity: WdEntity): string | undefined {
  const title = clean(entity.sitelinks?.enwiki?.title);
  return title && title.length <= LIMITS.wikipedia ? title : undefined;
}

/** The pack id: the slug of the English Wikipedia title, else "wd:q42". */
export function packId(qid: string, title: string | undefined): string {
  if (title) {
    const slug = slugifyTitle(title);
    if (slug && slug.length <= LIMITS.id && ID_PATTERN.test(slug)) return slug;
  }
  return `wd:${qid.toLowerCase()}`;
}

/** Folded key for comparing names: case, diacritics, apostrophes and spacing ignored. */
export function nameKey(text: string): string {
  return foldText(text).replace(/[‘’ʻʼ`´]/g, "'").replace(/\s+/g, ' ').trim();
}

/** An alias written in capitals only, at most five letters (digits allowed: "G7"): matched case-sensitively. */
export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9]{1,4}$/.test(text) && (text.match(/[A-Z]/g)?.length ?? 0) <= 5;
}

/**
 * Aliases from the English (and "mul") alias lists. All-capital short forms are acronyms; a
 * person's surname alone (the last word of the name) needs context, as the data guide asks; the
 * rest are ordinary. Repeats of the name and of each other (after folding) are dropped, as are
 * one-character and over-long texts.
 */
export function aliasesOf(entity: WdEntity, name: string, kind: Kind, extra: string[] = []): Alias[] {
  const texts: string[] = [];
  for (const lang of LANGUAGES) {
    const list = entity.aliases?.[lang];
    if (!Array.isArray(list)) continue;
    for (const a of list) {
      const text = clean(a?.value);
      if (text) texts.push(text);
    }
  }
  texts.push(...extra);
  const seen = new Set([nameKey(name)]);
  const words = name.split(' ');
  const surname = kind === 'person' && words.length > 1 ? nameKey(words[words.length - 1]!) : undefined;
  const out: Alias[] = [];
  for (const text of texts) {
    if (text.length < 2 || text.length > LIMITS.alias) continue;
    const key = nameKey(text);
    if (seen.has(key)) continue;
    seen.add(key);
    const match = isAcronym(text) ? 'acronym' : key === surname ? 'needs-context' : 'ordinary';
    out.push({ text, match });
    if (out.length >= LIMITS.aliases) break;
  }
  return out;
}
