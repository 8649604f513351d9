/**
 * Two readings of a short form, both backed by the page, are a coin toss — "Clinton" for Bill or
 * Hillary — and get no card. Not when one place lies in the other: "Gaza" for the Gaza Strip or for
 * Gaza City is the place the reader means either way. Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const lexicon = lexiconOf([
  { id: 'country:vastria', kind: 'place', subkind: 'country', name: 'Vastria', prominence: 0.9, aliases: [] },
  { id: 'region:orla', kind: 'place', subkind: 'territory', name: 'Orla Strip', prominence: 0.85, related: ['country:vastria', 'city:orla'], aliases: [{ text: 'Orla', match: 'needs-context' }] },
  { id: 'city:orla', kind: 'place', subkind: 'city', name: 'Orla City', prominence: 0.5, related: ['country:vastria', 'region:orla'], aliases: [{ text: 'Orla', match: 'needs-context' }] },
  { id: 'city:brin', kind: 'place', subkind: 'city', name: 'Brin Yunis', prominence: 0.3, related: ['country:vastria', 'region:orla'], aliases: [] },
  { id: 'city:tesk', kind: 'place', subkind: 'city', name: 'Teskar', prominence: 0.3, related: ['country:vastria', 'region:orla'], aliases: [] },
  { id: 'ann-moray', kind: 'person', name: 'Ann Moray', prominence: 0.6, related: ['country:vastria'], aliases: [{ text: 'Moray', match: 'needs-context' }] },
  { id: 'ben-moray', kind: 'person', name: 'Ben Moray', prominence: 0.6, related: ['country:vastria'], aliases: [{ text: 'Moray', match: 'needs-context' }] },
]);

test('a short name shared by a territory and a city in it links where the page backs both', () => {
  expect(links('In Orla, strikes hit Brin Yunis and Teskar.', {}, lexicon)).toEqual(['Orla→region:orla', 'Brin Yunis→city:brin', 'Teskar→city:tesk']);
});

test('a surname shared by two people the page backs alike still gets no card', () => {
  expect(links('In Vastria, officials met in Teskar. Moray said so.', {}, lexicon)).toEqual(['Vastria→country:vastria', 'Teskar→city:tesk']);
});

test('a surname shared by two people both named in full gets no card either', () => {
  expect(links('Ann Moray met Ben Moray. Moray said so.', {}, lexicon)).toEqual(['Ann Moray→ann-moray', 'Ben Moray→ben-moray']);
  // (Far better known, the one is what the surname means.)
  const famous = lexiconOf([
    { id: 'dee-moray', kind: 'person', name: 'Dee Moray', prominence: 0.5, aliases: [{ text: 'Moray', match: 'needs-context' }] },
    { id: 'cal-moray', kind: 'person', name: 'Cal Moray', prominence: 0.95, aliases: [{ text: 'Moray', match: 'needs-context' }] },
  ]);
  expect(links('Dee Moray met Cal Moray. Moray said so.', {}, famous)).toEqual(['Dee Moray→dee-moray', 'Cal Moray→cal-moray', 'Moray→cal-moray']);
  // (One named in full, the other not: the one named.)
  expect(links('Ann Moray spoke. Moray said so.', {}, lexicon)).toEqual(['Ann Moray→ann-moray', 'Moray→ann-moray']);
});

test("a known region's own name that is an everyday word links as its short form where the page backs it", () => {
  // ("Victoria's premier" on a page that names Australia and Melbourne.) Made-up region named by a word.
  const regions = lexiconOf([
    { id: 'country:vastria', kind: 'place', subkind: 'country', name: 'Vastria', prominence: 0.9, aliases: [] },
    { id: 'region:liberty', kind: 'place', subkind: 'region', name: 'Liberty', prominence: 0.45, related: ['country:vastria', 'city:orvo'], aliases: [{ text: 'Liberty', match: 'needs-context' }] },
    { id: 'city:orvo', kind: 'place', subkind: 'city', name: 'Orvo', prominence: 0.6, related: ['country:vastria', 'region:liberty'], aliases: [] },
    { id: 'region:east', kind: 'place', subkind: 'region', name: 'East', prominence: 0.05, related: ['country:vastria'], aliases: [{ text: 'East', match: 'needs-context' }] },
  ]);
  expect(links("In Vastria, Liberty's premier announced new rail lines for Orvo.", {}, regions)).toEqual(['Vastria→country:vastria', 'Liberty→region:liberty', 'Orvo→city:orvo']);
  // (A little-known one stays the word.)
  expect(links('In Vastria, East officials met in Orvo.', {}, regions)).toEqual(['Vastria→country:vastria', 'Orvo→city:orvo']);
});

test('an organisation the page backs over a person it backs as well keeps its card', () => {
  // ("Tesla's Model S" on a page that fits Nikola Tesla too: the company the word more often means.)
  const brands = lexiconOf([
    { id: 'country:vastria', kind: 'place', subkind: 'country', name: 'Vastria', prominence: 0.9, aliases: [] },
    { id: 'city:orvo', kind: 'place', subkind: 'city', name: 'Orvo', prominence: 0.6, related: ['country:vastria'], aliases: [] },
    { id: 'vexa-motors', kind: 'organization', subkind: 'company', name: 'Vexa Motors', prominence: 0.8, related: ['country:vastria', 'city:orvo'], aliases: [{ text: 'Vexa', match: 'needs-context' }] },
    { id: 'nora-vexa', kind: 'person', name: 'Nora Vexa', prominence: 0.6, related: ['country:vastria', 'city:orvo'], aliases: [{ text: 'Vexa', match: 'needs-context' }] },
  ]);
  expect(links("In Vastria, Orvo's Vexa sold more cars.", {}, brands)).toEqual(['Vastria→country:vastria', 'Orvo→city:orvo', 'Vexa→vexa-motors']);
});

test("bodies that share a name go to the country the page backs far more, not to a toss", () => {
  const courts = lexiconOf([
    { id: 'country:vastria', kind: 'place', subkind: 'country', name: 'Vastria', prominence: 0.9, aliases: [] },
    { id: 'country:orlenia', kind: 'place', subkind: 'country', name: 'Orlenia', prominence: 0.9, aliases: [] },
    { id: 'city:orvo', kind: 'place', subkind: 'city', name: 'Orvo', prominence: 0.6, related: ['country:vastria'], aliases: [] },
    { id: 'vastria-high-court', kind: 'organization', subkind: 'court', name: 'High Court of Vastria', prominence: 0.7, related: ['country:vastria', 'city:orvo'], aliases: [{ text: 'High Court', match: 'needs-context' }] },
    { id: 'orlenia-high-court', kind: 'organization', subkind: 'court', name: 'High Court of Orlenia', prominence: 0.6, related: ['country:orlenia'], aliases: [{ text: 'High Court', match: 'needs-context' }] },
  ]);
  expect(links('In Vastria, judges in Orvo met. Vastria and Orlenia traded. The High Court ruled.', {}, courts))
    .toEqual(['Vastria→country:vastria', 'Orvo→city:orvo', 'Vastria→country:vastria', 'Orlenia→country:orlenia', 'High Court→vastria-high-court']);
});
