/// <reference types="chrome" />
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES, launchWithExtension, serve, type ExtensionBrowser, type Served } from './harness.ts';

let browser: ExtensionBrowser;
let site: Served;
beforeAll(async () => {
  site = await serve(FIXTURES);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('the service worker answers a message', async () => {
  const popup = await browser.openExtensionPage('src/popup/index.html');
  const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  expect(reply).toMatchObject({ type: 'pong', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  await popup.close();
});

test('the content script runs on a served page and the popup renders for that tab', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.base + 'sample-article.html');
  // The content script answers the popup's page-state request only if it is running in that tab.
  const popup = await browser.openPopup(page);
  await expect.poll(() => popup.locator('h1').textContent()).toBe('Backstory');
  await expect.poll(() => popup.evaluate(() => document.body.dataset.pageStatus ?? '')).toMatch(/^(scanning|done|off)$/);
  await popup.close();
  await page.close();
});

test('the service worker ignores messages that are not well formed', async () => {
  const popup = await browser.openExtensionPage('src/popup/index.html');
  const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'annotate', blocks: 'not an array' }).catch((e: Error) => e.message));
  expect(reply ?? null).not.toMatchObject({ mentions: expect.anything() });
  await popup.close();
});
