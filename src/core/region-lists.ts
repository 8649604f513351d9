/**
 * "Rains reached 83 mm in Cordoba, 41 in Santa Fe, 50 in Entre Rios and Misiones": a name that is
 * both a town and a region — a province named like its capital — is the region when the names around
 * it are regions of that region's country. News lists places of one level together (provinces in a
 * crop report, states in a weather or election report: "Oregon, Washington and Idaho"), and by
 * prominence alone the capital city wins every time.
 */
import type { Lexicon } from './lexicon.ts';
import type { Span } from './match.ts';
import * as format from './format.ts';
import { CLAUSE, nearRange } from './nearby.ts';
import { FAMOUS_PLACE } from './namesakes.ts';

const { F_REGION, M_NEEDS_CONTEXT, M_ORDINARY, MODE_MASK } = format;

/** Whether an entry names a region by its name or short name (not a demonym). */
export function isRegionName(lex: Lexicon, entry: number): boolean {
  const mode = lex.entryFlags[entry]! & MODE_MASK;
  return (mode === M_ORDINARY || mode === M_NEEDS_CONTEXT) && (lex.entityFlags[lex.entryEntity[entry]!]! & F_REGION) !== 0;
}

/**
 * The region among the readings of spans[i] that the names within a clause of it place among regions
 * of its country, when the resolver chose `town` for it; else -1. Among them: two other names that may
 * be regions of that country, one of them chosen as one ("Cordoba and Santa Fe … La Pampa"), and
 * fewer towns that may not (a table of towns and their regions is no list of regions). A world-famous
 * city keeps its name ("Moscow, St Petersburg and the Leningrad region").
 * `chosen(j)`: the entity chosen for span j, or -1.
 */
export function regionAmongRegions(lex: Lexicon, spans: readonly Span[], i: number, town: number, chosen: (j: number) => number): number {
  if (!lex.isTown(town) || lex.prominence(town) >= FAMOUS_PLACE) return -1;
  let best = -1;
  let range: [number, number] | null = null;
  for (const entry of spans[i]!.entries) {
    if (!isRegionName(lex, entry)) continue;
    const region = lex.entryEntity[entry]!;
    const country = lex.entityCountry[region]!;
    if (country < 0 || (best >= 0 && lex.prominence(region) <= lex.prominence(best))) continue;
    const [from, to] = range ??= nearRange(spans, i, CLAUSE);
    let peers = 0;
    let named = 0;
    let towns = 0;
    for (let j = from; j <= to; j++) {
      if (j === i) continue;
      const x = chosen(j);
      if (x >= 0 && x !== region && (lex.entityFlags[x]! & F_REGION) !== 0 && lex.entityCountry[x] === country) { peers++; named++; continue; }
      let peer = false;
      for (const other of spans[j]!.entries) {
        const y = lex.entryEntity[other]!;
        if (y !== region && isRegionName(lex, other) && lex.entityCountry[y] === country) { peer = true; break; }
      }
      if (peer) peers++;
      else if (x >= 0 && lex.isTown(x)) towns++;
    }
    if (named >= 1 && peers >= 2 && towns < peers) best = region;
  }
  return best;
}

/** Between two names of one list: "and", "or", "&" or a comma, and a compass word ("La Pampa and southern Buenos Aires"). */
const LIST_JOIN = /^\s*(?:,|and|or|&)\s*(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+|central\s+)?$/i;

/**
 * "Harvest will start in La Pampa and Buenos Aires", "Georgia and Alabama": a name that may be a
 * region, joined by "and" or a comma to a name that can only be a region of that region's country,
 * is the region, though the resolver chose a town or a country for it (`chosen`, here `choice`).
 * Regions are listed with regions, and news writes "the city" when it means one. The region, or -1.
 */
export function regionBesideRegion(lex: Lexicon, text: string, spans: readonly Span[], i: number, choice: number, chosen: (j: number) => number): number {
  if ((lex.entityFlags[choice]! & F_REGION) !== 0) return -1;
  const span = spans[i]!;
  for (const entry of span.entries) {
    if (!isRegionName(lex, entry)) continue;
    const region = lex.entryEntity[entry]!;
    const country = lex.entityCountry[region]!;
    if (country < 0 || country === choice) continue;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= spans.length) continue;
      const other = spans[j]!;
      const gap = j < i ? text.slice(other.end, span.start) : text.slice(span.end, other.start);
      if (gap.length > 24 || !LIST_JOIN.test(gap)) continue;
      // A world-famous city at a comma keeps its name, as in regionAmongRegions ("Moscow, Tver and
      // Yaroslavl"); joined by "and" to a region alone, it is the region ("New York and New Jersey").
      if (gap.includes(',') && lex.prominence(choice) >= FAMOUS_PLACE) continue;
      const x = chosen(j);
      if (x < 0 || x === region || (lex.entityFlags[x]! & F_REGION) === 0 || lex.entityCountry[x] !== country) continue;
      // The other name reads as nothing but a region: "Nara & Kyoto" on a tour's page are the cities
      // (Nara read as its prefecture proves nothing), and "between California and Washington" may be
      // the capital (California can also be a town).
      if (other.entries.every((e) => isRegionName(lex, e))) return region;
    }
  }
  return -1;
}
