/// <reference types="chrome" />
import { expect, test } from 'vitest';
import { useExtensionBrowser } from './harness.ts';

const env = useExtensionBrowser();

test('the service worker answers a message', async () => {
  const popup = await env.browser.openExtensionPage('src/popup/index.html');
  const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  expect(reply).toMatchObject({ type: 'pong', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  await popup.close();
});

test('the content script runs on a served page and the popup renders for that tab', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.base + 'sample-article.html');
  // The content script answers the popup's page-state request only if it is running in that tab.
  const popup = await env.browser.openPopup(page);
  await expect.poll(() => popup.locator('h1').textContent()).toBe('Backstory');
  await expect.poll(() => popup.evaluate(() => document.body.dataset.pageStatus ?? '')).toMatch(/^(scanning|done|off)$/);
  await popup.close();
  await page.close();
});

test('the service worker ignores messages that are not well formed', async () => {
  const popup = await env.browser.openExtensionPage('src/popup/index.html');
  const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'annotate', blocks: 'not an array' }).catch((e: Error) => e.message));
  expect(reply ?? null).not.toMatchObject({ mentions: expect.anything() });
  await popup.close();
});
