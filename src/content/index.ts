/**
 * Content script entry. Parts, and what happens to them when the reader switches the site off:
 *
 *   settings ──► PageSession ─┬─ scope (which part of the page is the article)
 *                              ├─ blocks (TreeWalker, sliced) ──► background: annotate
 *                              ├─ painter (CSS Custom Highlight API)
 *                              ├─ hover + card (shadow root, floating-ui)
 *                              └─ observer (queued, idle-time rescans)
 *
 * Off for the site → the session's AbortController tears every part down: no marks, listeners,
 * observer or card stay behind; only this small entry and its settings listener remain.
 */
import browser from 'webextension-polyfill';
import { parseRequest, type PageState } from '../messages.ts';
import { enabledForSite, loadSettings, onSettingsChanged, siteOf, type Settings } from '../shared/settings.ts';
import { PageSession } from './page-session.ts';
import { highlightApiAvailable } from './paint.ts';

const topFrame = window === window.top;
let session: PageSession | null = null;
let settings: Settings | null = null;

function offState(): PageState {
  return { status: 'off', highlightApi: highlightApiAvailable(), site: siteOf(location.href), entities: [] };
}

async function apply(next: Settings): Promise<void> {
  const before = settings;
  settings = next;
  const on = enabledForSite(next, siteOf(location.href));
  if (!on) {
    session?.stop();
    session = null;
    if (topFrame) await browser.runtime.sendMessage({ type: 'report', status: 'off', entities: [] }).catch(() => undefined);
    return;
  }
  if (session && before) return session.update(next);
  session = new PageSession(document, next, topFrame);
  await session.start();
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const request = parseRequest(message, sender);
  if (!request) return undefined;
  switch (request.type) {
    case 'page-state':
      // Only the top frame answers, so the popup gets one reply per tab.
      return topFrame ? Promise.resolve(session?.state ?? offState()) : undefined;
    case 'show-mention':
      return topFrame ? Promise.resolve(session?.showMention(request.id) ?? false) : undefined;
    case 'next-mention':
      if (topFrame) void session?.nextMention();
      return undefined;
    default:
      return undefined;
  }
});

void loadSettings().then(apply);
onSettingsChanged((s) => void apply(s));
