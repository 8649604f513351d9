/**
 * Little-known places named like something WordNet knows (data/pipeline/wordnet-namesakes.ts), on a
 * made-up WordNet excerpt: the countries Norland, Sudmark and Westholm (the others' neighbour), the
 * planet Vexar, the writer Brindle, the island of Long Ferro (in Norland), the battle of Dunmere, the
 * Norland town of Calder and the Quorish (a people: a capitalised word, not an instance).
 */
import { describe, expect, it } from 'vitest';
import { indexWordNet, parseDataNoun } from '../../../data/pipeline/wordnet.ts';
import { markWordNetNamesakes } from '../../../data/pipeline/wordnet-namesakes.ts';
import type { Draft } from '../../../data/pipeline/util.ts';

const EXCERPT = [
  '00000101 15 n 01 country 0 000 | a made-up class of places',
  '00000102 17 n 01 planet 0 000 | a made-up class of objects',
  '00000103 18 n 01 writer 0 000 | a made-up class of people',
  '00000104 15 n 01 island 0 000 | a made-up class of places',
  '00000105 15 n 01 town 0 000 | a made-up class of places',
  '00000106 04 n 01 battle 0 000 | a made-up class of events',
  '00000201 15 n 01 Norland 0 001 @i 00000101 n 0000 | a made-up country',
  '00000202 15 n 01 Sudmark 0 001 @i 00000101 n 0000 | a made-up country',
  '00000203 15 n 01 Westholm 0 001 @i 00000101 n 0000 | a made-up country',
  '00000301 17 n 01 Vexar 0 001 @i 00000102 n 0000 | a made-up planet',
  '00000302 18 n 01 Brindle 0 001 @i 00000103 n 0000 | a made-up writer',
  '00000303 15 n 01 Long_Ferro 0 002 @i 00000104 n 0000 #p 00000201 n 0000 | a made-up island of Norland',
  '00000304 15 n 01 Calder 0 002 @i 00000105 n 0000 #p 00000201 n 0000 | a made-up town of Norland',
  '00000305 04 n 01 Dunmere 0 001 @i 00000106 n 0000 | a made-up battle',
  '00000401 18 n 01 Quorish 0 001 @ 00000103 n 0000 | a made-up people (a capitalised word, no instance)',
].join('\n');

const index = indexWordNet(parseDataNoun(EXCERPT), new Map([['NL', ['Norland']], ['SM', ['Sudmark']], ['WH', ['Westholm']]]));

const country = (cca2: string, name: string, neighbours: string[] = []): Draft => ({
  id: `country:${cca2.toLowerCase()}`, kind: 'place', subkind: 'country', name, aliases: [], description: 'x', asOf: '2024',
  source: { name: 'test', licence: 'CC0-1.0' }, prominence: 0.9, related: neighbours.map((n) => `country:${n.toLowerCase()}`),
});
const place = (id: string, name: string, cca2: string, prominence: number | undefined): Draft => ({
  id, kind: 'place', subkind: id.startsWith('city:') ? 'city' : 'region', name, aliases: [], description: 'x', asOf: '2024',
  source: { name: 'test', licence: 'CC0-1.0' }, ...(prominence === undefined ? {} : { prominence }),
  facts: [{ type: 'country', value: { NL: 'Norland', SM: 'Sudmark', WH: 'Westholm' }[cca2]!, id: `country:${cca2.toLowerCase()}` }],
});
const COUNTRIES = [country('NL', 'Norland', ['WH']), country('SM', 'Sudmark', ['WH']), country('WH', 'Westholm', ['NL', 'SM'])];

/** Marks `drafts` (with the countries as places of ours) and returns each draft's own-name mode. */
function modes(drafts: Draft[], own: Record<string, string> = {}): Record<string, string> {
  markWordNetNamesakes(index, drafts, [...COUNTRIES, ...drafts], (id) => (own[id] ? index.synsets.get(own[id]) : undefined));
  return Object.fromEntries(drafts.map((d) => [d.id, d.aliases.find((a) => a.text === d.name)?.match ?? 'ordinary']));
}

describe('little-known places named like something WordNet knows', () => {
  it('need context when WordNet names a planet, a person, an event, a people or a place in another country so', () => {
    expect(modes([
      place('city:1', 'Vexar', 'SM', 0.2),
      place('city:2', 'Brindle', 'SM', 0.2),
      place('city:3', 'Dunmere', 'SM', 0.2),
      place('region:sm.1', 'Long Ferro', 'SM', 0.2),
      place('city:16', 'Quorish', 'SM', 0.2),
    ])).toEqual({ 'city:1': 'needs-context', 'city:2': 'needs-context', 'city:3': 'needs-context', 'region:sm.1': 'needs-context', 'city:16': 'needs-context' });
  });

  it('keep their name where WordNet may mean them: a place of their country or a neighbour, or the synset matched to them', () => {
    expect(modes([place('region:nl.1', 'Long Ferro', 'NL', 0.2)])).toEqual({ 'region:nl.1': 'ordinary' });
    // (WordNet puts a place in a neighbouring country where borders are disputed or have moved.)
    expect(modes([place('region:wh.1', 'Long Ferro', 'WH', 0.2)])).toEqual({ 'region:wh.1': 'ordinary' });
    // A planet is nowhere: no place of ours is it.
    expect(modes([place('city:4', 'Vexar', 'NL', 0.2)])).toEqual({ 'city:4': 'needs-context' });
    expect(modes([place('city:5', 'Calder', 'SM', 0.2)], { 'city:5': '00000304' })).toEqual({ 'city:5': 'ordinary' });
    // A place its country is named after.
    expect(modes([place('region:xx.1', 'Long Ferro', 'NL', 0.2)].map((d) => ({ ...d, facts: [{ type: 'country' as const, value: 'Long Ferro and Isles', id: 'country:lf' }] })))).toEqual({ 'region:xx.1': 'ordinary' });
  });

  it('keep their name when well known: beside a person or an event from KNOWN_TOWN, beside anything from FAMOUS_ENOUGH', () => {
    expect(modes([place('city:6', 'Brindle', 'SM', 0.35), place('city:7', 'Dunmere', 'SM', 0.35), place('city:8', 'Vexar', 'SM', 0.35)]))
      .toEqual({ 'city:6': 'ordinary', 'city:7': 'ordinary', 'city:8': 'needs-context' });
    expect(modes([place('city:9', 'Vexar', 'SM', 0.45)])).toEqual({ 'city:9': 'ordinary' });
    // No prominence yet (a pack completes the record): not judged here.
    expect(modes([place('city:10', 'Vexar', 'SM', undefined)])).toEqual({ 'city:10': 'ordinary' });
  });

  it('leave a namesake to the resolver where another place of ours keeps the name; several namesakes all need context', () => {
    // Norland's Calder is WordNet's and keeps the name: Sudmark's is weighed against it by the page.
    expect(modes([place('city:11', 'Calder', 'NL', 0.3), place('city:12', 'Calder', 'SM', 0.1)], { 'city:11': '00000304' }))
      .toEqual({ 'city:11': 'ordinary', 'city:12': 'ordinary' });
    expect(modes([place('city:13', 'Brindle', 'SM', 0.2), place('city:14', 'Brindle', 'WH', 0.1)]))
      .toEqual({ 'city:13': 'needs-context', 'city:14': 'needs-context' });
    // A place whose own record makes the name need context keeps it for no one.
    const flagged = { ...place('city:17', 'Vexar', 'WH', 0.45), aliases: [{ text: 'Vexar', match: 'needs-context' as const }] };
    expect(modes([flagged, place('city:18', 'Vexar', 'SM', 0.2)])).toEqual({ 'city:17': 'needs-context', 'city:18': 'needs-context' });
    // An ordinary alias of the name becomes the needs-context one, not a second entry.
    const listed = place('city:15', 'Vexar', 'SM', 0.2);
    listed.aliases = [{ text: 'Vexar', match: 'ordinary' }];
    markWordNetNamesakes(index, [listed], [...COUNTRIES, listed], () => undefined);
    expect(listed.aliases).toEqual([{ text: 'Vexar', match: 'needs-context' }]);
  });
});
