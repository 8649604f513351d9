/// <reference types="chrome" />
/**
 * On the page, as a reader meets it: the sample article's names are painted (read back from
 * CSS.highlights), hovering opens the right card, the keyboard path works, and the page's layout
 * and text are identical with and without the extension.
 */
import { describe, expect, test } from 'vitest';
import { chromium } from 'playwright-core';
import { chromiumPath, useExtensionBrowser, watchErrors } from './harness.ts';
import { layoutSignature, pointOn, readMarks, waitForMarks, type Mark } from './marks.ts';

const env = useExtensionBrowser();

const has = (marks: Mark[], text: string, highlight?: string) => marks.some((m) => m.text === text && (!highlight || m.highlight === highlight));

describe('the sample article', () => {
  let marks: Mark[] = [];
  let errors: string[] = [];
  test('every expected mention is painted, with its kind', async () => {
    const page = await env.browser.context.newPage();
    errors = watchErrors(page);
    await page.goto(env.site.base + 'sample-article.html');
    marks = await waitForMarks(page, 30);
    const expected: [string, string][] = [
      ['Turkey', 'place'], ['Idlib', 'place'], ['Syria', 'place'], ['Fahrettin Altun', 'person'], ['Altun', 'person'],
      ['NATO', 'organization'], ['Brussels', 'place'], ['Jens Stoltenberg', 'person'], ['Hatay', 'place'],
      ['Rahmi Doğan', 'person'], ['Bashar al-Assad', 'person'], ['Russia', 'place'], ['Iran', 'place'], ['Damascus', 'place'],
      ['Astana process', 'event'], ['Kazakhstan', 'place'], ['Syrian civil war', 'event'], ['European Union', 'organization'],
      ['Edirne', 'place'], ['Greece', 'place'], ['Demirören News Agency', 'organization'], ['İzmir', 'place'],
      ['Çanakkale', 'place'], ['Muğla', 'place'], ['Bulgaria', 'place'], ['Josep Borrell', 'person'], ['EU', 'organization'],
      ['Europe', 'place'], ['Recep Tayyip Erdoğan', 'person'], ['Erdoğan', 'person'], ['Hulusi Akar', 'person'], ['Akar', 'person'],
      ['Ankara', 'place'],
    ];
    const missing = expected.filter(([text, kind]) => !has(marks, text, `backstory-${kind}`));
    expect(missing).toEqual([]);
    expect(marks.some((m) => m.text.startsWith('Pazarkule'))).toBe(true);
    await page.close();
  });

  test('navigation, the rail, comments, code and form fields stay unmarked', () => {
    const outside = marks.filter((m) => /^(nav|aside|textarea|pre|section\.comments)/.test(m.block) || m.block === 'li');
    expect(outside).toEqual([]);
    expect(has(marks, 'Reading')).toBe(false); // a common word at the start of a sentence
    expect(errors).toEqual([]);
  });
});

test('a long page is sent in parts, and a name in the first part gets the whole page as context', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.base + 'late-context.html');
  // "Akar" opens the page; only the last paragraph, sent in a later request, says who that is.
  await expect.poll(async () => (await readMarks(page)).filter((m) => m.text === 'Akar').map((m) => m.highlight), { timeout: 10_000 })
    .toEqual(['backstory-person']);
  expect(has(await readMarks(page), 'Hulusi Akar', 'backstory-person')).toBe(true);
  await page.close();
});

test('text hidden by CSS is never marked; text in display: contents wrappers is', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.base + 'hidden-text.html');
  await waitForMarks(page, 3);
  await page.waitForTimeout(300);
  const texts = (await readMarks(page)).map((m) => m.text);
  expect(texts).toEqual(expect.arrayContaining(['Hulusi Akar', 'Hatay', 'Syria', 'Kazakhstan']));
  for (const hidden of ['Jens Stoltenberg', 'Brussels', 'Josep Borrell', 'Ankara', 'Recep Tayyip Erdoğan']) expect(texts).not.toContain(hidden);
  await page.close();
});

test('names on either side of a <br> or of a lone space between tags are marked apart; a name broken over two lines of the source is one', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.base + 'line-breaks.html');
  await waitForMarks(page, 5);
  await page.waitForTimeout(300);
  const texts = (await readMarks(page)).map((m) => m.text.replace(/\s+/g, ' '));
  expect(texts).toEqual(expect.arrayContaining(['Canada', 'France', 'Germany', 'Japan', 'Brazil', 'Palestinian Authority', 'Turkey', 'Iraq']));
  expect(texts).not.toContain('Palestinian');
  await page.close();
});

test('a page in another language: its declared language reaches the worker, its names in that language are marked, and its short words stay unmarked', async () => {
  // Too few words for the text to tell its language: the page's <html lang="fr"> decides.
  const page = await env.browser.context.newPage();
  await page.goto(env.site.base + 'french-page.html');
  await waitForMarks(page, 1);
  await page.waitForTimeout(300);
  const texts = (await readMarks(page)).map((m) => m.text);
  expect(texts).toContain('Paris');
  // Names in French (aliases with their language, matched on pages in another language only).
  expect(texts).toEqual(expect.arrayContaining(['Allemagne', 'ONU', 'Londres']));
  expect(texts).not.toContain('Sur');
  expect(texts).not.toContain('Se');
  await page.close();
});

test('layout and text are identical with and without the extension', async () => {
  const control = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const plain = await control.newPage({ viewport: { width: 1280, height: 900 } });
  await plain.goto(env.site.base + 'sample-article.html');
  await plain.waitForTimeout(500);
  const before = await layoutSignature(plain);
  await control.close();
  const page = await env.browser.context.newPage();
  await page.goto(env.site.base + 'sample-article.html');
  await waitForMarks(page, 30);
  expect(await layoutSignature(page)).toEqual(before);
  await page.close();
});

describe('cards', () => {
  const cases: [string, number, string][] = [
    ['Jens Stoltenberg', 0, 'Jens Stoltenberg'],
    ['Hatay', 1, 'Hatay'],
    ['NATO', 1, 'NATO'],
    ['Astana process', 0, 'Astana'],
  ];
  for (const [surface, nth, expected] of cases) {
    test(`hovering "${surface}" opens its card`, async () => {
      const page = await env.browser.context.newPage();
      await page.goto(env.site.base + 'sample-article.html');
      await waitForMarks(page, 30);
      const point = await pointOn(page, surface, nth);
      expect(point).not.toBeNull();
      await page.mouse.move(point!.x, point!.y, { steps: 3 });
      const dialog = page.locator('backstory-card [role="dialog"]');
      await expect.poll(() => dialog.count(), { timeout: 3000 }).toBe(1);
      expect(await dialog.locator('h2').textContent()).toContain(expected);
      // The card names itself for assistive technology.
      expect(await dialog.getAttribute('aria-labelledby')).toBe('backstory-card-title');
      // Leaving both the name and the card closes it.
      await page.mouse.move(5, 5);
      await expect.poll(() => dialog.count(), { timeout: 3000 }).toBe(0);
      await page.close();
    });
  }

  test('the pointer can travel into the card; Escape closes it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.base + 'sample-article.html');
    await waitForMarks(page, 30);
    const point = await pointOn(page, 'Fahrettin Altun');
    await page.mouse.move(point!.x, point!.y, { steps: 2 });
    const dialog = page.locator('backstory-card [role="dialog"]');
    await expect.poll(() => dialog.count(), { timeout: 3000 }).toBe(1);
    const box = (await dialog.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    await page.waitForTimeout(600);
    expect(await dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: 2000 }).toBe(0);
    await page.close();
  });

  test('the keyboard command walks the mentions, opens a focused card, and Escape returns focus', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.base + 'sample-article.html');
    await waitForMarks(page, 30);
    await page.locator('input[type=search]').focus();
    await page.bringToFront();
    const step = () => env.browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'next-mention' });
    });
    await step();
    const dialog = page.locator('backstory-card [role="dialog"]');
    await expect.poll(() => dialog.count(), { timeout: 3000 }).toBe(1);
    const first = await dialog.locator('h2').textContent();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BACKSTORY-CARD');
    await step();
    await expect.poll(() => dialog.locator('h2').textContent(), { timeout: 3000 }).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
    await page.close();
  });
});

test('text typed into a field is never marked or changed', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.base + 'sample-article.html');
  await waitForMarks(page, 30);
  const field = page.locator('textarea');
  await field.fill('Erdoğan met Stoltenberg in Brussels.');
  await page.waitForTimeout(800);
  expect(await field.inputValue()).toBe('Erdoğan met Stoltenberg in Brussels.');
  expect((await readMarks(page)).filter((m) => m.block.startsWith('textarea'))).toEqual([]);
  await page.close();
});
