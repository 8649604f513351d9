/**
 * A country whose towns carry first-level codes its regions' list no longer uses (it renumbered its
 * divisions between the two snapshots) has its towns left without a region. Made-up countries.
 */
import { expect, test } from 'vitest';
import { staleAdmin1Countries, withoutStaleAdmin1 } from '../../../data/pipeline/stale-admin1.ts';

const seat = (name: string, country: string, admin1: string) => ({ name, country, admin1, featureCode: 'PPLA' });
const admin1 = [
  { code: 'AV.01', name: 'Corva Province' }, { code: 'AV.02', name: 'Lume' }, { code: 'AV.03', name: 'Tarn Region' }, { code: 'AV.04', name: 'Vessa' },
  { code: 'NR.10', name: 'Halden Province' }, { code: 'NR.11', name: 'Morra' }, { code: 'NR.12', name: 'Sollen' }, { code: 'NR.13', name: 'Brask' },
];

test('a country whose seats mostly carry another region\'s code is out of step; one stray seat is no sign', () => {
  const cities = [
    // Arvenia renumbered: every seat points at another region.
    seat('Corva', 'AV', 'AV.03'), seat('Lume', 'AV', 'AV.04'), seat('Tarn', 'AV', 'AV.01'), seat('Vessa', 'AV', 'AV.02'),
    // Norrland did not: one seat lies in a region named for another town.
    seat('Halden', 'NR', 'NR.10'), seat('Morra', 'NR', 'NR.11'), seat('Sollen', 'NR', 'NR.12'), seat('Brask', 'NR', 'NR.12'),
    // (Ordinary towns and short names are not asked.)
    { name: 'Corva', country: 'NR', admin1: 'NR.13', featureCode: 'PPL' }, seat('Ha', 'AV', 'AV.01'),
  ];
  const stale = staleAdmin1Countries(cities, admin1);
  expect([...stale.countries.keys()]).toEqual(['AV']);
  expect(stale.countries.get('AV')).toEqual({ seats: 4, strays: 4 });
  const fixed = withoutStaleAdmin1(cities, stale);
  expect(fixed.filter((c) => c.country === 'AV').every((c) => c.admin1 === '')).toBe(true);
  expect(fixed.filter((c) => c.country === 'NR').map((c) => c.admin1)).toEqual(['NR.10', 'NR.11', 'NR.12', 'NR.12', 'NR.13']);
});

test('two strays are not enough, however few the seats', () => {
  const cities = [seat('Corva', 'AV', 'AV.03'), seat('Lume', 'AV', 'AV.04')];
  expect(staleAdmin1Countries(cities, admin1).countries.size).toBe(0);
});
