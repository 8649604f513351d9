/**
 * A generic institution's name ("Supreme Court") that needs the page's support is the home country's
 * on a page about that country — its people and places named again and again, leading all others —
 * even where the page never names the country itself. (Made-up countries, people and court.)
 */
import { describe, expect, it } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const person = (id: string, name: string, country: string) => ({
  id, kind: 'person' as const, name, prominence: 0.6, aliases: [], related: [country], facts: [{ type: 'country' as const, value: country, id: country }],
});
const lexicon = lexiconOf([
  { id: 'country:ov', kind: 'place', subkind: 'country', name: 'Orvania', prominence: 0.8, aliases: [] },
  { id: 'country:tz', kind: 'place', subkind: 'country', name: 'Tarvezia', prominence: 0.8, aliases: [] },
  person('mara-pellow', 'Mara Pellow', 'country:ov'),
  person('oren-dask', 'Oren Dask', 'country:ov'),
  person('lia-voss', 'Lia Voss', 'country:ov'),
  person('tomas-reyk', 'Tomas Reyk', 'country:tz'),
  {
    id: 'orvanian-high-court', kind: 'organization', name: 'High Court of Orvania', prominence: 0.6,
    aliases: [{ text: 'High Court', match: 'needs-context' }], related: ['country:ov'], facts: [{ type: 'country', value: 'Orvania', id: 'country:ov' }],
  },
]);
const court = 'High Court→orvanian-high-court';

describe('a generic institution\'s name', () => {
  it('is the home country\'s on a page about it, though the country is named only once or not at all', () => {
    expect(links('Mara Pellow, Oren Dask and Lia Voss spoke in Orvania. The High Court heard the case.', {}, lexicon)).toContain(court);
    expect(links('Mara Pellow, Oren Dask and Lia Voss spoke. The High Court heard the case.', {}, lexicon)).toContain(court);
  });

  it('needs that country to lead the page, and to be named often', () => {
    // (Once, with nothing else of it: a sign, not a page about it.)
    expect(links('The High Court heard the case in Orvania.', {}, lexicon)).not.toContain(court);
    expect(links('Mara Pellow spoke. The High Court heard the case.', {}, lexicon)).not.toContain(court);
    // (Another country leads.)
    expect(links('Mara Pellow, Oren Dask and Lia Voss met Tomas Reyk in Tarvezia, Tarvezia, Tarvezia and Tarvezia. The High Court heard the case.', {}, lexicon)).not.toContain(court);
  });
});
