/// <reference types="chrome" />
/**
 * The toolbar popup and the options page, used as a reader would: the list and its counts, a card,
 * "show on page", search, the per-site switch (surviving a reload), and importing packs.
 */
import { describe, expect, test } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, useExtensionBrowser } from './harness.ts';
import { readMarks, waitForMarks } from './marks.ts';

const env = useExtensionBrowser();

describe('popup', () => {
  test('lists the entities by kind with counts; a card opens; show on page scrolls and flashes', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.base + 'sample-article.html');
    await waitForMarks(page, 30);
    const popup = await env.browser.openPopup(page);
    await expect.poll(() => popup.locator('.group').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    const headings = await popup.locator('.group h2').allTextContents();
    expect(headings).toEqual(['People', 'Places', 'Organisations', 'Events']);
    // Most mentioned first: Turkey leads the places.
    expect(await popup.locator('.group.kind-place .entity .name').first().textContent()).toBe('Turkey');
    const turkeyCount = Number(await popup.locator('.group.kind-place .entity .count').first().textContent());
    expect(turkeyCount).toBeGreaterThanOrEqual(5);
    // Keyboard: the list is made of buttons reachable with Tab.
    await popup.locator('.entity[data-entity]', { hasText: 'Jens Stoltenberg' }).click();
    await expect.poll(() => popup.locator('.detail .card h2').textContent()).toBe('Jens Stoltenberg');
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 3000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => CSS.highlights.get('backstory-flash')?.size ?? 0)).toBe(1);
    await popup.close();
    await page.close();
  });

  test('search finds any entity in the dataset, ignoring case, accents and a typo, and by its name in another language', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.base + 'sample-article.html');
    const popup = await env.browser.openPopup(page);
    const box = popup.getByRole('searchbox');
    for (const [query, expected] of [['vereinigte staaten', 'United States'], ['erdogan', 'Recep Tayyip Erdoğan'], ['stoltenbrg', 'Jens Stoltenberg'], ['canakkale', 'Çanakkale']] as const) {
      await box.fill(query);
      await expect.poll(() => popup.locator('.results .name').allTextContents(), { timeout: 15_000 }).toContain(expected);
    }
    await popup.locator('.results .entity').filter({ has: popup.locator('.name', { hasText: /^Çanakkale$/ }) }).first().click();
    await expect.poll(() => popup.locator('.detail .card h2').textContent()).toBe('Çanakkale');
    await popup.close();
    await page.close();
  });

  test('the site switch removes every mark, survives a reload, and turns back on', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.base + 'sample-article.html');
    await waitForMarks(page, 30);
    let popup = await env.browser.openPopup(page);
    const toggle = popup.getByRole('switch');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => readMarks(page).then((m) => m.length), { timeout: 3000 }).toBe(0);
    await page.reload();
    await page.waitForTimeout(1500);
    expect((await readMarks(page)).length).toBe(0);
    await popup.close();
    popup = await env.browser.openPopup(page);
    await expect.poll(() => popup.getByRole('switch').isChecked()).toBe(false);
    await expect.poll(() => popup.locator('.status').textContent()).toBe('Marking is off for this site.');
    await popup.getByRole('switch').check();
    await waitForMarks(page, 30);
    await popup.close();
    await page.close();
  });
});

describe('options', () => {
  test('an invalid pack is refused with line and field named; a valid one gets its entity marked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bs-pack-'));
    const valid = join(ROOT, 'examples/sample-pack.jsonl');
    const invalid = join(dir, 'broken.jsonl');
    writeFileSync(invalid, [
      '{"id":"ok-one","kind":"person","name":"Okay One","aliases":[],"description":"fine","asOf":"2026","source":{"name":"t","licence":"CC0-1.0"}}',
      '{"id":"bad-two","kind":"person","name":"Bad Two","aliases":[],"description":"bad link","asOf":"2026","source":{"name":"t","licence":"CC0-1.0","url":"ftp://example.org/x"}}',
    ].join('\n'));
    const options = await env.browser.openExtensionPage('src/options/index.html');
    const input = options.locator('input[type=file][name=pack]');
    await input.setInputFiles(valid);
    await expect.poll(() => options.getByTestId('pack-message').textContent()).toContain('2 entities imported');
    await input.setInputFiles(invalid);
    await expect.poll(() => options.getByTestId('pack-message').textContent()).toMatch(/Line 2: source\.url: links must be http\(s\)/);
    // The refused pack left the stored packs as they were.
    expect(await options.locator('table.packs tbody tr').allTextContents()).toEqual([expect.stringContaining('sample-pack.jsonl')]);
    const page = await env.browser.context.newPage();
    await page.goto(env.site.base + 'pack-test.html');
    const marks = await waitForMarks(page, 2);
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Meridian Harbour Authority', 'Corvina Lighthouse', 'MHA']));
    await page.close();
    await options.close();
  });

  test('settings apply to an open tab without a reload', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.base + 'sample-article.html');
    await waitForMarks(page, 30);
    const options = await env.browser.openExtensionPage('src/options/index.html');
    await options.locator('input[name=kind][value=place]').uncheck();
    await expect.poll(() => readMarks(page).then((m) => m.filter((x) => x.highlight === 'backstory-place').length), { timeout: 5000 }).toBe(0);
    expect((await readMarks(page)).length).toBeGreaterThan(5);
    await options.locator('input[name=kind][value=place]').check();
    await expect.poll(() => readMarks(page).then((m) => m.filter((x) => x.highlight === 'backstory-place').length), { timeout: 5000 }).toBeGreaterThan(10);
    await options.close();
    await page.close();
  });
});
