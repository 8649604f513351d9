/**
 * The same extension in Firefox ESR: dist-firefox/ installed as a temporary add-on (WebDriver BiDi
 * through puppeteer-core), the sample article's names painted (read back from CSS.highlights), and
 * hovering a name opens its card. Fails, never skips, when Firefox or the build is missing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  cardHeading, FIXTURES, launchFirefoxWithExtension, majorVersion, pointOn, poll, probeFeatures, serve,
  waitForMarks, watchErrors, type Features, type FirefoxWithExtension, type Mark, type Served,
} from './harness.ts';
import { FIREFOX_MIN_VERSION } from '../../manifest.config.ts';

/** The manifest's minimum: the first release with the CSS Custom Highlight API on by default. */
const MIN_MAJOR = majorVersion(FIREFOX_MIN_VERSION);

let ff: FirefoxWithExtension;
let site: Served;
let features: Features;

beforeAll(async () => {
  site = await serve(FIXTURES);
  ff = await launchFirefoxWithExtension();
  console.log(`Firefox: ${ff.version} (puppeteer reports ${await ff.browser.version()}); add-on ${ff.addonId}`);
});
afterAll(async () => {
  await ff?.close();
  await site?.close();
});

async function openArticle(): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(site.base + 'sample-article.html', { waitUntil: 'load' });
  return page;
}

test('this Firefox has what the extension relies on', async () => {
  const page = await ff.browser.newPage();
  await page.goto(site.base + 'pack-test.html', { waitUntil: 'load' });
  features = await probeFeatures(page);
  await page.close();
  console.log(`Firefox features: ${JSON.stringify(features)}`);
  if (!features.caretIntoShadowRoots) {
    console.log('Note: caretPositionFromPoint ignores { shadowRoots } here, so names inside open shadow roots cannot be hovered; light-DOM names still can.');
  }
  if (!features.highlightsFromPoint) console.log('Note: CSS.highlights.highlightsFromPoint is missing (the extension does not need it: it hit-tests with caretPositionFromPoint).');
  expect(majorVersion(ff.version), `${ff.version} is older than Firefox ${MIN_MAJOR}, the first with the CSS Custom Highlight API`).toBeGreaterThanOrEqual(MIN_MAJOR);
  expect(features.highlights, 'CSS.highlights (the CSS Custom Highlight API) is missing').toBe(true);
  expect(features.caretPositionFromPoint, 'document.caretPositionFromPoint (the hover hit test) is missing').toBe(true);
});

describe('the sample article', () => {
  let marks: Mark[] = [];
  let errors: string[] = [];
  const has = (text: string, highlight?: string) => marks.some((m) => m.text === text && (!highlight || m.highlight === highlight));

  test('the expected names are painted, with their kinds', async () => {
    const page = await openArticle();
    errors = watchErrors(page);
    marks = await waitForMarks(page, 30);
    const expected: [string, string][] = [
      ['Turkey', 'place'], ['Fahrettin Altun', 'person'], ['NATO', 'organization'], ['Brussels', 'place'],
      ['Jens Stoltenberg', 'person'], ['Hatay', 'place'], ['Damascus', 'place'], ['European Union', 'organization'],
      ['Recep Tayyip Erdoğan', 'person'], ['İzmir', 'place'],
    ];
    const missing = expected.filter(([text, kind]) => !has(text, `backstory-${kind}`));
    expect(missing).toEqual([]);
    expect(has('Reading')).toBe(false); // a common word at the start of a sentence
    // Every kind has its highlight (the full list with kinds is the Chromium test's job).
    expect([...new Set(marks.map((m) => m.highlight))].sort()).toEqual(['backstory-event', 'backstory-organization', 'backstory-person', 'backstory-place']);
    console.log(`Firefox painted ${marks.length} ranges in ${new Set(marks.map((m) => m.highlight)).size} highlights`);
    await page.close();
  });

  test('the page reported no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('hovering a name opens its card', () => {
  const cases: [string, number, string][] = [
    ['Jens Stoltenberg', 0, 'Jens Stoltenberg'],
    ['Fahrettin Altun', 0, 'Fahrettin Altun'],
    ['NATO', 1, 'NATO'],
    ['Hatay', 1, 'Hatay'],
  ];
  for (const [surface, nth, expected] of cases) {
    test(`"${surface}"`, async () => {
      const page = await openArticle();
      await waitForMarks(page, 30);
      const point = await pointOn(page, surface, nth);
      expect(point, `"${surface}" not found on the page`).not.toBeNull();
      await page.mouse.move(point!.x - 4, point!.y);
      await page.mouse.move(point!.x, point!.y, { steps: 3 });
      const card = await poll(() => cardHeading(page), (c) => c !== null);
      expect(card, `no card opened on "${surface}"`).not.toBeNull();
      expect(card!.heading).toContain(expected);
      expect(card!.labelledBy).toBe('backstory-card-title');
      // Leaving both the name and the card closes it.
      await page.mouse.move(5, 5, { steps: 2 });
      expect(await poll(() => cardHeading(page), (c) => c === null)).toBeNull();
      await page.close();
    });
  }
});
