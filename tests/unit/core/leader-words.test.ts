/**
 * A leader's surname before what only a leader has — "the Varno administration", "Varno-era rules" —
 * names that leader without the page's support, when one person is far better known than every other
 * reading of the name. Made-up names.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const person = (id: string, name: string, surname: string, prominence: number): LexiconEntity =>
  ({ id, kind: 'person', name, prominence, aliases: [{ text: surname, match: 'needs-context' }] });

const lexicon = lexiconOf([
  person('tomas-varno', 'Tomas Varno', 'Varno', 0.85),
  person('ida-keller', 'Ida Keller', 'Keller', 0.6),
  person('jon-keller', 'Jon Keller', 'Keller', 0.6),
  person('ana-miro', 'Ana Miro', 'Miro', 0.8),
  person('lena-dorn', 'Lena Dorn', 'Dorn', 0.9),
  place('country:dn', 'Dorn', 0.6, [], 'country'),
  place('city:miro', 'Miro', 0.7),
  person('rui-sela', 'Rui Sela', 'Sela', 0.9),
  place('region:sela', 'Sela', 0.5, [], 'region'),
  person('ida-may', 'Ida May', 'May', 0.5),
  person('tara-rose', 'Tara Rose', 'Rose', 0.9),
  person('lou-carter', 'Lou Carter', 'Carter', 0.6),
]);
const on = (text: string) => links(text, {}, lexicon);

test('the one well-known person of that surname, with nothing else on the page', () => {
  expect(on('The Varno administration said on Monday that tariffs would rise.')).toEqual(['Varno→tomas-varno']);
  expect(on('Critics say Varno-era rules cost jobs.')).toEqual(['Varno→tomas-varno']);
  expect(on('Officials in Varno\'s government resigned.')).toEqual(['Varno→tomas-varno']);
  // Without the word after it, the surname alone still needs the page's support (under a leader of the
  // first rank's prominence: famous-surnames.test.ts).
  expect(on('Varno said on Monday that tariffs would rise.')).toEqual([]);
});

test('left to the page when two people share it, or when it is a country\'s or a region\'s name, or a town\'s as well known', () => {
  expect(on('The Keller administration said on Monday that tariffs would rise.')).toEqual([]);
  expect(on('The Dorn government said on Monday that tariffs would rise.')).toEqual(['Dorn→country:dn']);
  // An everyday word is a leader's by these words alone only when the leader is world-famous.
  expect(on('Ministers met after the May cabinet meeting.')).toEqual([]);
  expect(on('Ministers met after the Rose cabinet meeting.')).toEqual(['Rose→tara-rose']);
  expect(on('Ministers met after the Carter cabinet meeting.')).toEqual(['Carter→lou-carter']);
  // (A region's government is the region's, however little known.)
  expect(on('The Sela government said on Monday that tariffs would rise.')).not.toContain('Sela→rui-sela');
  expect(on('The Miro government said on Monday that tariffs would rise.')).not.toContain('Miro→ana-miro');
});
