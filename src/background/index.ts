/**
 * The background worker owns the dataset: it loads the name index once per browser (not once per
 * tab), annotates the text blocks content scripts send, serves cards, and keeps each tab's entity
 * list for the popup and the toolbar badge.
 */
import browser from 'webextension-polyfill';
import { parseRequest, type Request } from '../messages.ts';
import { handleRequest } from './handlers.ts';
import { forgetTab } from './tab-state.ts';
import { forgetDocument, warmUp } from './dataset.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const request: Request | null = parseRequest(message, sender);
  if (!request) return undefined;
  return handleRequest(request, sender);
});

// A tab starts loading a page: the worker (woken by this event if MV3 had put it to sleep) opens the
// name index now, so it is ready when the content script sends the page's text at document_idle.
// tabs.onUpdated needs no permission as long as we read only `status`, never the tab's URL.
browser.tabs.onUpdated.addListener((_tabId, change) => { if (change.status === 'loading') warmUp(); });

browser.tabs.onRemoved.addListener((tabId) => { forgetTab(tabId); forgetDocument(`${tabId}:`); });

// The keyboard command (rebindable in the browser's shortcut settings) walks the active tab's mentions.
browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'next-mention' && tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, { type: 'next-mention' }).catch(() => undefined);
});
