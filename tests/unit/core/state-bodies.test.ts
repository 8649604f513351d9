/**
 * A body's generic name after a word for a lower level of government ("the state Senate"), or after a
 * state's other chamber ("the Ohio House and Senate"), is that body, not the nation's — even on a page
 * that names the nation's in full. (Made-up country and body.)
 */
import { describe, expect, it } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const lexicon = lexiconOf([
  { id: 'country:ov', kind: 'place', subkind: 'country', name: 'Orvania', prominence: 0.8, aliases: [] },
  { id: 'region:ov.1', kind: 'place', subkind: 'region', name: 'Quellin', prominence: 0.5, aliases: [], related: ['country:ov'], facts: [{ type: 'country', value: 'Orvania', id: 'country:ov' }] },
  { id: 'orvanian-senate', kind: 'organization', name: 'Senate of Orvania', prominence: 0.6, aliases: [{ text: 'Senate', match: 'ordinary' }], related: ['country:ov'], facts: [{ type: 'country', value: 'Orvania', id: 'country:ov' }] },
  {
    id: 'orvanian-house', kind: 'organization', name: 'House of Representatives of Orvania', prominence: 0.6,
    aliases: [{ text: 'House of Representatives', match: 'needs-context' }], related: ['country:ov'], facts: [{ type: 'country', value: 'Orvania', id: 'country:ov' }],
  },
]);

describe('a generic body\'s name', () => {
  it('is the nation\'s on a page about the nation', () => {
    expect(links('The Senate of Orvania met in Orvania. The Senate voted.', {}, lexicon)).toEqual([
      'Senate of Orvania→orvanian-senate', 'Orvania→country:ov', 'Senate→orvanian-senate',
    ]);
  });

  it('is not the nation\'s after a lower level\'s word or a state\'s other chamber', () => {
    expect(links('The Senate of Orvania met in Orvania. Later the state Senate voted, and the county Senate too.', {}, lexicon)).toEqual([
      'Senate of Orvania→orvanian-senate', 'Orvania→country:ov',
    ]);
    expect(links('The Senate of Orvania met in Orvania. Members of the Quellin House and Senate agreed.', {}, lexicon)).toEqual([
      'Senate of Orvania→orvanian-senate', 'Orvania→country:ov', 'Quellin→region:ov.1',
    ]);
  });

  it('is not the nation\'s right after a state\'s name', () => {
    expect(links('The Senate of Orvania met in Orvania, Orvania. Bills stay active in the Quellin House of Representatives until June.', {}, lexicon)).toEqual([
      'Senate of Orvania→orvanian-senate', 'Orvania→country:ov', 'Orvania→country:ov', 'Quellin→region:ov.1',
    ]);
    // (Apart from it, the nation's again.)
    expect(links('The Senate of Orvania met in Orvania, Orvania. In Quellin, the House of Representatives voted.', {}, lexicon)).toEqual([
      'Senate of Orvania→orvanian-senate', 'Orvania→country:ov', 'Orvania→country:ov', 'Quellin→region:ov.1', 'House of Representatives→orvanian-house',
    ]);
  });
});
