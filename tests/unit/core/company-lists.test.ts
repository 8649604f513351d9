/**
 * A company's short name that needs the page's support is the company in a list beside a company the
 * page names for certain: "Ford, General Motors and Stellantis". (Made-up companies.)
 */
import { describe, expect, it } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const company = (id: string, name: string, short?: string) => ({
  id, kind: 'organization' as const, subkind: 'company', name, prominence: 0.5, aliases: short ? [{ text: short, match: 'needs-context' as const }] : [],
});
const lexicon = lexiconOf([
  company('pellow-motor', 'Pellow Motor Company', 'Pellow'),
  company('quarry-group', 'Quarry Group', 'Quarry'),
  company('halvex-systems', 'Halvex Systems'),
  company('dunmore-motors', 'Dunmore Motors'),
  { id: 'mara-pellow', kind: 'person', name: 'Mara Pellow', prominence: 0.5, aliases: [{ text: 'Pellow', match: 'needs-context' }] },
]);

describe('a company\'s short name in a list', () => {
  it('is the company beside a company named for certain', () => {
    expect(links('Shares of Pellow, Halvex Systems and Dunmore Motors rose.', {}, lexicon)).toEqual([
      'Pellow→pellow-motor', 'Halvex Systems→halvex-systems', 'Dunmore Motors→dunmore-motors',
    ]);
    expect(links('Halvex Systems and Quarry fell.', {}, lexicon)).toEqual(['Halvex Systems→halvex-systems', 'Quarry→quarry-group']);
  });

  it('is nothing alone, beside another short form, after "the", or inside a longer name', () => {
    expect(links('They met Pellow on Monday.', {}, lexicon)).toEqual([]);
    expect(links('They met Pellow and Quarry on Monday.', {}, lexicon)).toEqual([]);
    expect(links('Fans filled the Pellow and Halvex Systems paid.', {}, lexicon)).toEqual(['Halvex Systems→halvex-systems']);
    expect(links('They met Varno Pellow, Halvex Systems and Dunmore Motors.', {}, lexicon)).toEqual(['Halvex Systems→halvex-systems', 'Dunmore Motors→dunmore-motors']);
  });

  it('is nothing beside a company across more than a list\'s comma or "and"', () => {
    expect(links('Pellow said on Monday that Halvex Systems would pay.', {}, lexicon)).toEqual(['Halvex Systems→halvex-systems']);
  });
});
