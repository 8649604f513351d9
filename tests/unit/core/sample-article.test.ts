/**
 * End to end on the project's own sample article (tests/fixtures/sample-article.html) with the real
 * built artifact: the names a reader should get cards for, and the words that must stay unmarked.
 * Skips, saying so, when the artifact has not been built (`npm run data`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateBlocks, loadLexicon } from '../../../src/core/index.ts';
import { htmlToText } from '../../../src/cli/html-text.ts';

const ARTIFACT = new URL('../../../public/data/lexicon.bin', import.meta.url);
const ARTICLE = new URL('../../fixtures/sample-article.html', import.meta.url);
const built = existsSync(ARTIFACT);
if (!built) console.warn('sample-article.test: public/data/lexicon.bin is not built (run `npm run data`): end-to-end checks skipped');

describe.runIf(built)('sample article with the real lexicon', () => {
  const lexicon = loadLexicon(new Uint8Array(readFileSync(ARTIFACT)));
  // One block per rendered line, as the content script sends the page's text blocks.
  const blocks = htmlToText(readFileSync(ARTICLE, 'utf8')).split('\n');
  const found = annotateBlocks(blocks, lexicon).flatMap((ms) => ms.map((m) => `${m.text}→${m.entityId}`));

  it.each([
    'Turkey→country:tr', 'Syria→country:sy', 'Idlib', 'Ankara→city:323786', 'NATO→nato', 'Brussels',
    'Fahrettin Altun→fahrettin-altun', 'Altun→fahrettin-altun', 'Jens Stoltenberg→jens-stoltenberg',
    'Damascus→city:170654', 'Hatay→region:tr.31', 'Rahmi Doğan→rahmi-dogan', 'Bashar al-Assad→bashar-al-assad',
    'Russia→country:ru', 'Iran→country:ir', 'Astana process→astana-process', 'Kazakhstan→country:kz',
    'Syrian civil war→syrian-civil-war', 'European Union→european-union', 'Edirne→city:747712', 'Greece→country:gr',
    'Demirören News Agency→demiroren-news-agency', 'İzmir→city:311046', 'Izmir→city:311046', 'Çanakkale', 'Muğla→city:304184',
    'Bulgaria→country:bg', 'Josep Borrell→josep-borrell', 'EU→european-union', 'Recep Tayyip Erdoğan→recep-tayyip-erdogan',
    'Erdoğan→recep-tayyip-erdogan', 'Hulusi Akar→hulusi-akar', 'Akar→hulusi-akar', 'Moscow→city:524901',
  ])('finds %s', (expected) => {
    expect(found.some((f) => f === expected || f.startsWith(`${expected}→`))).toBe(true);
  });

  it('leaves everyday words alone', () => {
    const surfaces = new Set(found.map((f) => f.split('→')[0]));
    for (const word of ['Reading', 'Police', 'Georgia', 'Times', 'Comments', 'World', 'Opinion']) expect(surfaces.has(word)).toBe(false);
  });
});
