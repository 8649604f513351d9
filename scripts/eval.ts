/**
 * npm run eval — how well the engine finds and links names, on text we did not write.
 *
 * 1. The reference article (../shared/fixtures/seed-article.txt + .gold.json): required mentions
 *    found and linked to the right entity (/62), and the mentions we produce that the gold does not
 *    list ('required: false' demonyms are neither required nor extra). A mention is found when ours
 *    starts where the gold's does and covers it — the rule of the team's browser check
 *    (../shared/tools/seed-check.mjs), so a longer name of the same entity ("Pazarkule border
 *    crossing", whose gold entity lists that title) counts; such spans are listed apart.
 * 2. The entity-linking sets (../shared/el/*.jsonl): precision, recall and F1 of exact-span,
 *    correct-entity links; and precision among the mentions whose gold entity is in our dataset.
 *    Our entity maps to the gold one by Wikipedia title (underscores and percent-encoding normalised)
 *    or Wikidata id; for Wikidata-keyed gold the English label is compared as a title too.
 *
 * Uses the built artifacts (public/data/lexicon.bin, generated/entities.jsonl); skips, with the
 * reason, whatever is absent. Never tune data to these sets: they stand for news we have not seen.
 *   --demonyms=off   score without demonym links     --threshold N   confidence threshold
 *   --errors N       list the N most frequent error surfaces per set (default 8)
 *   --update-baseline  write this run's counts to scripts/eval-baseline.json
 *
 * Each run is compared with that baseline, and the command fails when a count has got worse (fewer
 * required or correct links, more extra mentions on the reference article or more wrong links where
 * the gold's entity is ours): a rule that costs right links elsewhere than the probes it was written
 * for shows up here, in CI, and not weeks later. A change that trades on purpose updates the file.
 * (Only with the default options: other thresholds measure something else.)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, type Mention, type ResolveOptions } from '../src/core/index.ts';
import { EntityStore, MissingArtifact, openLexicon, ROOT } from '../src/cli/artifacts.ts';

const SHARED = join(ROOT, '..', 'shared');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  if (a) return a.slice(name.length + 3);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const options: ResolveOptions = {
  demonyms: flag('demonyms') !== 'off',
  ...(flag('threshold') ? { threshold: Number(flag('threshold')) } : {}),
};
const errorRows = Number(flag('errors') ?? 8);
const defaults = options.demonyms && options.threshold === undefined;
const BASELINE = join(ROOT, 'scripts', 'eval-baseline.json');

/** The counts a run is judged by (see the header), per part: the reference article and each set. */
interface Counts { [count: string]: number }
const counts: Record<string, Counts> = {};

/**
 * "Hatay_Province", "Hatay%20Province", "hatay province" → one key. Reuters-128's DBpedia URIs keep
 * N-Triples escapes ("C\\u00F3rdoba_Province,_Argentina"): decoded too.
 */
export function titleKey(title: string): string {
  let t = title.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  try { t = decodeURIComponent(t); } catch { /* keep as is */ }
  return t.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

let lexicon: ReturnType<typeof openLexicon>;
let store: EntityStore;
try {
  lexicon = openLexicon();
  store = new EntityStore();
} catch (e) {
  if (e instanceof MissingArtifact) { console.log(`eval: skipped — ${e.message}`); process.exit(0); }
  throw e;
}

/**
 * What our entity is known as, for matching against gold keys: its Wikipedia title and Wikidata id. A
 * person with neither (WordNet's dead: "Gerald Ford", "Richard Nixon") is compared by full name (of two
 * words or more) with the gold's title or Wikidata label — two people of one full name in one news story
 * are rare, and such links are counted apart (`byName`) so the table says how many were scored so.
 */
function keysOf(id: string): Set<string> {
  const e = store.get(id);
  const keys = new Set<string>();
  if (e?.wikipedia) keys.add(`t:${titleKey(e.wikipedia)}`);
  if (e?.wikidata) keys.add(`q:${e.wikidata}`);
  if (e && scoredByName(id)) keys.add(`t:${titleKey(e.name)}`);
  return keys;
}
function scoredByName(id: string): boolean {
  const e = store.get(id);
  // (A full name only: WordNet's "Mars", the Roman god, is not the planet the gold calls "Mars".)
  return !!e && !e.wikipedia && !e.wikidata && e.kind === 'person' && /\s/.test(e.name.trim());
}

// Which gold entities exist in our dataset at all.
const known = new Set<string>();
for (const e of store.all()) for (const k of keysOf(e.id)) known.add(k);

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '—');
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, errorRows).map(([k, v]) => `${k} ×${v}`).join(', ');
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

// 1. The reference article.
function seed(): void {
  const txt = join(SHARED, 'fixtures', 'seed-article.txt');
  const goldPath = join(SHARED, 'fixtures', 'seed-article.gold.json');
  if (!existsSync(txt) || !existsSync(goldPath)) { console.log('## Reference article\nskipped — ../shared/fixtures/seed-article.{txt,gold.json} absent\n'); return; }
  const text = readFileSync(txt, 'utf8');
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    entities: Record<string, { wikipedia: string[] }>;
    mentions: Array<{ start: number; end: number; surface: string; entity: string; required: boolean }>;
  };
  const ours = annotate(text, lexicon, options);
  // Mentions never overlap, so at most one of ours starts at a given offset.
  const at = new Map(ours.map((m) => [m.start, m]));
  const goldStarts = new Set(gold.mentions.map((g) => g.start));
  const required = gold.mentions.filter((g) => g.required);
  let found = 0;
  let linked = 0;
  const problems: string[] = [];
  const longer: string[] = [];
  for (const g of required) {
    const m = at.get(g.start);
    if (!m || m.end < g.end) { problems.push(`  missed   ${g.surface} @${g.start} (${g.entity})`); continue; }
    found++;
    if (m.end > g.end) longer.push(`"${m.text}" for "${g.surface}"`);
    const want = new Set((gold.entities[g.entity]?.wikipedia ?? []).map((t) => `t:${titleKey(t)}`));
    if ([...keysOf(m.entityId)].some((k) => want.has(k))) linked++;
    else problems.push(`  wrong    ${g.surface} @${g.start} → ${m.entityId} (gold ${g.entity})`);
  }
  const extras = ours.filter((m) => !goldStarts.has(m.start));
  counts['seed-article'] = { found, linked, extras: extras.length };
  for (const m of extras) problems.push(`  extra    ${m.text} @${m.start} → ${m.entityId} (${m.confidence})`);
  console.log('## Reference article (seed-article.txt)');
  console.log(`required mentions found ${found}/${required.length}, correctly linked ${linked}/${required.length}; extra mentions ${extras.length}` +
    (longer.length ? `; at a longer span than the gold's: ${longer.join(', ')}` : ''));
  if (problems.length) console.log(problems.join('\n'));
  console.log('');
}

// 2. Entity-linking sets.
interface ElMention { start: number; end: number; surface: string; uri: string; nil?: boolean; name?: string; alternatives?: string[] }
interface ElDoc { id: string; text: string; mentions: ElMention[]; eval_span?: [number, number] }

function goldKeys(uri: string, name?: string): string[] {
  if (/^Q\d+$/.test(uri)) return name ? [`q:${uri}`, `t:${titleKey(name)}`] : [`q:${uri}`];
  const m = /\/resource\/(.+)$/.exec(uri);
  return m ? [`t:${titleKey(m[1]!)}`] : [];
}

function elSet(file: string): string {
  const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ElDoc);
  let byName = 0;
  let predicted = 0, correct = 0, goldLinked = 0, goldInKb = 0, atKnown = 0, atKnownCorrect = 0, correctInKb = 0;
  const fp = new Map<string, number>();
  // Why a link of ours does not count: the breakdown tells a wrong card from a gap in the gold or in our ids.
  const why = new Map<string, number>();
  const fn = new Map<string, number>();
  // The wrong links we could have got right: the gold's entity is in our dataset.
  const wrongKnown = new Map<string, number>();
  const t0 = performance.now();
  let chars = 0;
  for (const doc of docs) {
    chars += doc.text.length;
    const [lo, hi] = doc.eval_span ?? [0, doc.text.length];
    const ours = annotate(doc.text, lexicon, options).filter((m: Mention) => m.start >= lo && m.end <= hi);
    const golds = doc.mentions.filter((g) => g.start >= lo && g.end <= hi);
    const bySpan = new Map(golds.map((g) => [`${g.start}:${g.end}`, g]));
    const hit = new Set<string>();
    for (const m of ours) {
      predicted++;
      const g = bySpan.get(`${m.start}:${m.end}`);
      const keys = keysOf(m.entityId);
      const want = g && !g.nil ? [g.uri, ...(g.alternatives ?? [])].flatMap((u) => goldKeys(u, u === g.uri ? g.name : undefined)) : [];
      const ok = want.some((k) => keys.has(k));
      if (g && !g.nil && want.some((k) => known.has(k))) { atKnown++; if (ok) atKnownCorrect++; }
      if (ok) { correct++; if (scoredByName(m.entityId)) byName++; hit.add(`${m.start}:${m.end}`); continue; }
      const label = `${m.text}→${m.entityId}${g ? (g.nil ? ' (gold nil)' : ` (gold ${g.name ?? g.uri.split('/').pop()})`) : ''}`;
      bump(fp, label);
      if (g && !g.nil && want.some((k) => known.has(k))) bump(wrongKnown, label);
      bump(why, !g ? (golds.some((o) => o.start < m.end && m.start < o.end) ? 'other span than the gold\'s' : 'span the gold leaves unannotated')
        : g.nil ? 'gold says no entity'
          : keys.size === 0 ? 'our entity has no Wikipedia/Wikidata id to compare'
            : want.some((k) => known.has(k)) ? 'wrong entity (the gold\'s is in our dataset)' : 'gold entity not in our dataset');
    }
    for (const g of golds) {
      if (g.nil) continue;
      goldLinked++;
      const inKb = [g.uri, ...(g.alternatives ?? [])].flatMap((u) => goldKeys(u, u === g.uri ? g.name : undefined)).some((k) => known.has(k));
      if (inKb) goldInKb++;
      if (hit.has(`${g.start}:${g.end}`)) { if (inKb) correctInKb++; } else if (inKb) bump(fn, g.surface);
    }
  }
  const ms = performance.now() - t0;
  const p = correct / predicted, r = correct / goldLinked, f1 = (2 * p * r) / (p + r);
  const name = file.split('/').pop()!.replace('.jsonl', '');
  counts[name] = { correct, wrongWhereOurs: atKnown - atKnownCorrect };
  console.log(`### ${name}`);
  console.log(`  ${docs.length} docs, ${goldLinked} gold links (${goldInKb} to entities in our dataset); we link ${predicted}, ${correct} correct${byName ? ` (${byName} of them to people we know without an id, scored by full name)` : ''}; ${(ms).toFixed(0)} ms for ${(chars / 1000).toFixed(0)}k chars`);
  console.log(`  not counted correct, by reason: ${[...why].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') || '—'}`);
  console.log(`  wrong or extra: ${top(fp) || '—'}`);
  console.log(`  missed (entity in dataset): ${top(fn) || '—'}`);
  console.log(`  wrong where the gold entity is in our dataset: ${top(wrongKnown) || '—'}`);
  return `| ${name} | ${pct(p)} | ${pct(r)} | ${pct(f1)} | ${pct(atKnownCorrect / atKnown)} (${atKnownCorrect}/${atKnown}) | ${pct(correctInKb / goldInKb)} |`;
}

console.log(`# Backstory engine evaluation (threshold ${options.threshold ?? 'default'}, demonyms ${options.demonyms ? 'on' : 'off'})\n`);
seed();
const elDir = join(SHARED, 'el');
if (!existsSync(elDir)) console.log('## Entity-linking sets\nskipped — ../shared/el absent');
else {
  console.log('## Entity-linking sets (exact span + correct entity)');
  const rows = readdirSync(elDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => elSet(join(elDir, f)));
  console.log('\n| set | precision % | recall % | F1 % | precision where the gold entity is in our dataset | recall of in-dataset links % |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

// 3. Against the baseline.
/** Counts that must not fall, and counts that must not rise. */
const HIGHER_IS_BETTER = new Set(['found', 'linked', 'correct']);
if (defaults && Object.keys(counts).length > 0) {
  if (args.includes('--update-baseline')) {
    writeFileSync(BASELINE, JSON.stringify(counts, null, 2) + '\n');
    console.log(`\nbaseline written: ${BASELINE}`);
  } else if (!existsSync(BASELINE)) console.log('\nno baseline to compare with (scripts/eval-baseline.json absent)');
  else {
    const base = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, Counts>;
    const worse: string[] = [];
    const changed: string[] = [];
    for (const [part, now] of Object.entries(counts)) {
      for (const [k, v] of Object.entries(now)) {
        const was = base[part]?.[k];
        if (was === undefined || was === v) continue;
        const line = `${part} ${k} ${was} → ${v}`;
        ((HIGHER_IS_BETTER.has(k) ? v < was : v > was) ? worse : changed).push(line);
      }
    }
    console.log(`\n## Against the baseline (scripts/eval-baseline.json)\n${[...worse.map((l) => `worse:  ${l}`), ...changed.map((l) => `better: ${l}`)].join('\n') || 'the same counts'}`);
    if (worse.length) {
      console.log('eval: FAILED — fewer right links or more wrong ones than the baseline; if the trade is meant, run `npm run eval -- --update-baseline` and say why in the commit');
      process.exitCode = 1;
    }
  }
}
