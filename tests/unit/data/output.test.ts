/**
 * Checks of the built dataset (run `npm run data` first; skipped when generated/entities.jsonl is
 * absent). These hold for any correct build, whatever the packs contain.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntity, type Entity } from '../../../src/data/schema.ts';
import { cardShardOf, foldText, type CardManifest } from '../../../src/data/ids.ts';

const root = join(import.meta.dirname, '../../..');
const entitiesPath = join(root, 'generated/entities.jsonl');
const built = existsSync(entitiesPath);

describe.skipIf(!built)('built dataset (generated/entities.jsonl)', () => {
  const lines = built ? readFileSync(entitiesPath, 'utf8').split('\n').filter(Boolean) : [];
  const entities: Entity[] = lines.map((l) => JSON.parse(l) as Entity);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const redirects = built ? (JSON.parse(readFileSync(join(root, 'generated/redirects.json'), 'utf8')) as Record<string, string>) : {};

  /** Entities whose name or an alias folds to `text`, best first (prominence). */
  const find = (text: string, kind?: Entity['kind']): Entity[] =>
    entities
      .filter((e) => (!kind || e.kind === kind) && [e.name, ...e.aliases.filter((a) => a.match !== 'acronym').map((a) => a.text)].some((t) => foldText(t) === foldText(text)))
      .sort((a, b) => (b.prominence ?? 0) - (a.prominence ?? 0));

  it('has a sensible number of entities', () => {
    expect(entities.length).toBeGreaterThan(25_000);
  });

  it('every record validates against the schema, unchanged', () => {
    const bad: string[] = [];
    for (const e of entities) {
      const r = parseEntity(e);
      if (!r.ok) bad.push(`${e.id}: ${r.error}`);
      else if (JSON.stringify(r.entity) !== JSON.stringify(e)) bad.push(`${e.id}: changed by parsing`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('has no duplicate ids and is sorted by id', () => {
    expect(byId.size).toBe(entities.length);
    const ids = entities.map((e) => e.id);
    expect([...ids].sort()).toEqual(ids);
  });

  it('has no dangling related ids or fact ids, and redirects point at real ids', () => {
    const dangling: string[] = [];
    for (const e of entities) {
      for (const r of e.related ?? []) if (!byId.has(r)) dangling.push(`${e.id} → ${r}`);
      for (const f of e.facts ?? []) {
        const ref = f.type === 'office' ? f.ofId : 'id' in f ? f.id : undefined;
        if (ref && !byId.has(ref)) dangling.push(`${e.id} fact → ${ref}`);
      }
    }
    expect(dangling.slice(0, 10)).toEqual([]);
    for (const [from, to] of Object.entries(redirects)) {
      expect(byId.has(from), from).toBe(false);
      expect(byId.has(to), `${from} → ${to}`).toBe(true);
    }
  });

  it('calls Turkey "Turkey" with the alias Türkiye', () => {
    const tr = byId.get('country:tr')!;
    expect(tr.kind).toBe('place');
    expect(tr.wikipedia).toBe('Turkey');
    // A pack may rename it, but both names must match.
    expect([tr.name, ...tr.aliases.map((a) => a.text)]).toEqual(expect.arrayContaining(['Türkiye']));
    expect(find('Turkey', 'place')[0]?.id).toBe('country:tr');
    expect(find('Türkiye', 'place')[0]?.id).toBe('country:tr');
  });

  it('calls Astana "Astana" and keeps Nur-Sultan as an alias', () => {
    const a = find('Astana', 'place').find((e) => e.subkind === 'city')!;
    expect(a.name).toBe('Astana');
    expect(a.aliases.map((x) => x.text)).toContain('Nur-Sultan');
    expect(byId.get('country:kz')!.facts).toContainEqual(expect.objectContaining({ type: 'capital', value: 'Astana', id: a.id }));
  });

  it('calls renamed cities by their new names, and finds them by the old ones', () => {
    for (const [now, before] of [['Prayagraj', 'Allahabad'], ['Mysuru', 'Mysore'], ['Bengaluru', 'Bangalore']] as const) {
      const c = find(before, 'place').find((e) => e.subkind === 'city');
      expect(c?.name, before).toBe(now);
    }
  });

  it('names Irish towns in English and gives Ireland\'s historic provinces no capital', () => {
    expect(find('Galway', 'place').map((e) => e.name)).toContain('Galway');
    expect(find('Limerick', 'place').map((e) => e.description)).toContain('Port city in southwestern Ireland');
    expect(byId.get('region:ie.m')?.description).toBe('One of the four historic provinces of Ireland');
    expect(byId.get('region:ie.m')?.facts?.some((f) => f.type === 'capital')).toBe(false);
    expect(find('Nenagh', 'place')[0]?.description).toBe('Town in Munster, Ireland');
  });

  it('places every country in a region that tells the reader something: UN M49 subregions, Oceania for Australia', () => {
    expect(byId.get('country:ss')?.description).toBe('Country in Eastern Africa');
    expect(byId.get('country:au')?.description).toBe('Country in Oceania');
    expect(byId.get('country:cd')?.description).toBe('Country in Middle Africa');
  });

  it('finds towns by the spellings of English news ("Fallujah", "Grozny", "Arkhangelsk")', () => {
    expect(find('Fallujah', 'place').map((e) => e.name)).toContain('Al Fallujah');
    // (Shown by the spelling too: city-display-names.ts.)
    expect(find('Grozny', 'place').map((e) => e.name)).toContain('Grozny');
    expect(find('Arkhangelsk', 'place').map((e) => e.name)).toContain('Arkhangelsk');
    expect(find('Arkhangel’sk', 'place').map((e) => e.name)).toContain('Arkhangelsk');
  });

  it('finds Syria by "Syria"', () => {
    expect(find('Syria')[0]?.id).toBe('country:sy');
  });

  const seed: Array<[string, string[], string?]> = [
    ['Turkey', ['Turkey'], 'country'],
    ['Syria', ['Syria'], 'country'],
    ['Idlib', ['Idlib Governorate', 'Idlib']],
    ['Brussels', ['Brussels'], 'city'],
    ['Hatay', ['Hatay Province'], 'region'],
    ['Russia', ['Russia'], 'country'],
    ['Iran', ['Iran'], 'country'],
    ['Damascus', ['Damascus'], 'city'],
    ['Kazakhstan', ['Kazakhstan'], 'country'],
    ['Greece', ['Greece'], 'country'],
    ['Bulgaria', ['Bulgaria'], 'country'],
    ['Ankara', ['Ankara'], 'city'],
    ['Edirne', ['Edirne'], 'city'],
    ['İzmir', ['İzmir'], 'city'],
    ['Çanakkale', ['Çanakkale'], 'city'],
    ['Muğla', ['Muğla'], 'city'],
  ];
  it.each(seed)('seed article place %s exists as a place with the right Wikipedia title', (text, titles, subkind) => {
    const hits = find(text, 'place');
    expect(hits.length, text).toBeGreaterThan(0);
    const withTitle = hits.filter((e) => e.wikipedia && titles.includes(e.wikipedia));
    expect(withTitle.length, `${text}: ${hits.map((e) => `${e.id}=${e.wikipedia}`).join(', ')}`).toBeGreaterThan(0);
    if (subkind) expect(withTitle.some((e) => e.subkind === subkind)).toBe(true);
  });

  it("gives a WordNet gloss to the town WordNet means, and a city WordNet's English name", () => {
    const town = (name: string, region: string) => entities.find((e) => e.name === name && e.facts?.some((f) => f.type === 'other' && f.label === 'Region' && f.value === region));
    // WordNet knows one Pasadena, California's; Pasadena, Texas is larger in GeoNames.
    expect(town('Pasadena', 'California')?.description).toMatch(/California/);
    expect(town('Pasadena', 'Texas')?.description).not.toMatch(/California/);
    expect(find('Geneva', 'place').some((e) => e.name === 'Geneva' && e.aliases.some((a) => a.text === 'Genève'))).toBe(true);
    expect(find('Gothenburg', 'place')[0]?.name).toBe('Gothenburg');
  });

  it('gives a city the English name of its curated Wikipedia title ("Hodeidah" for Al Ḩudaydah)', () => {
    expect(find('Hodeidah', 'place').map((e) => e.name)).toContain('Al Hudaydah');
    expect(find('Rostov-on-Don', 'place').map((e) => e.name)).toContain('Rostov-na-Donu');
  });

  it('takes "RSA" and "KSA" for their countries only in context (a cipher, a job-ad phrase)', () => {
    for (const [id, acronym] of [['country:za', 'RSA'], ['country:sa', 'KSA']] as const) {
      expect(byId.get(id)?.aliases.filter((a) => a.text === acronym)).toEqual([{ text: acronym, match: 'needs-context' }]);
    }
  });

  it('keeps Wikipedia titles unique', () => {
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const e of entities) {
      if (!e.wikipedia) continue;
      const prev = seen.get(e.wikipedia);
      if (prev) dup.push(`${e.wikipedia}: ${prev}, ${e.id}`);
      seen.set(e.wikipedia, e.id);
    }
    expect(dup.slice(0, 10)).toEqual([]);
  });

  it('flags towns named like common words and never uses word-like country codes', () => {
    const of = find('Of', 'place').find((e) => e.id.startsWith('city:'));
    if (of) {
      expect(of.aliases).toContainEqual({ text: 'Of', match: 'needs-context' });
      expect(of.prominence ?? 0).toBeLessThan(0.1);
    }
    for (const code of ['IN', 'IT', 'IS', 'NO', 'BE', 'ME', 'TO', 'AT', 'AM', 'OR']) {
      const users = entities.filter((e) => e.id.startsWith('country:') && e.aliases.some((a) => a.text === code));
      expect(users.map((e) => e.id), code).toEqual([]);
    }
  });

  describe('card store (public/data/cards)', () => {
    const dir = join(root, 'public/data/cards');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CardManifest;
    it('has a manifest matching the entities', () => {
      expect(manifest.count).toBe(entities.length);
      expect(manifest.hash).toBe('fnv1a32');
    });
    it('finds cards by id alone, and redirected ids', () => {
      const sample = ['country:tr', 'country:sy', ...entities.filter((_, i) => i % 997 === 0).map((e) => e.id)];
      for (const id of sample) {
        const shard = JSON.parse(readFileSync(join(dir, manifest.shardPath.replace('{shard}', cardShardOf(id, manifest.shardCount))), 'utf8')) as Record<string, Entity>;
        expect(shard[id], id).toEqual(byId.get(id));
      }
      const redirectShard = (id: string): Record<string, string> =>
        JSON.parse(readFileSync(join(dir, manifest.redirectPath.replace('{shard}', cardShardOf(id, manifest.shardCount))), 'utf8')) as Record<string, string>;
      expect(manifest.redirectCount).toBe(Object.keys(redirects).length);
      for (const [from, to] of Object.entries(redirects).filter((_, i) => i % 499 === 0)) expect(redirectShard(from)[from]).toBe(to);
      expect(redirectShard('syria').syria).toBe('country:sy');
      const merges = JSON.parse(readFileSync(join(dir, manifest.redirects), 'utf8')) as Record<string, string>;
      for (const [from, to] of Object.entries(merges)) expect(redirects[from], from).toBe(to);
      expect(redirectShard('hatay-province')['hatay-province']).toBe('region:tr.31');
    });
  });

  it('lists every source with licence, notice and counts', () => {
    const s = JSON.parse(readFileSync(join(root, 'public/data/sources.json'), 'utf8')) as { dataset: { version: string; entities: number }; sources: Array<{ name: string; licence: string; notice: string; records: number; url: string }> };
    expect(s.dataset.entities).toBe(entities.length);
    expect(s.dataset.version).toMatch(/^[0-9a-f]{12}$/);
    const names = s.sources.map((x) => x.name).join(' | ');
    for (const want of ['countries', 'GeoNames', 'WordNet', 'Natural Earth']) expect(names).toContain(want);
    for (const src of s.sources) {
      expect(src.licence.length).toBeGreaterThan(0);
      expect(src.notice.length).toBeGreaterThan(20);
    }
    expect(s.sources.find((x) => x.name.includes('WordNet'))!.notice).toContain('Princeton University');
  });

  it('writes the locator map with country ids', () => {
    const topo = JSON.parse(readFileSync(join(root, 'public/data/world-110m.json'), 'utf8')) as { objects: { countries: { geometries: Array<{ properties: { entity?: string } }> } } };
    const ids = topo.objects.countries.geometries.map((g) => g.properties.entity).filter(Boolean);
    expect(ids.length).toBeGreaterThan(170);
    expect(ids).toContain('country:tr');
    for (const id of ids) expect(byId.has(id!), id).toBe(true);
  });
});
