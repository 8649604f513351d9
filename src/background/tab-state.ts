/**
 * What each tab shows: its scan status and entity counts, reported by the content script. Kept in
 * session storage as well as memory, because the service worker may be stopped between the report
 * and the moment the reader opens the popup.
 */
import browser from 'webextension-polyfill';
import type { PageState } from '../messages.ts';

const memory = new Map<number, PageState>();
const key = (tabId: number) => `tab:${tabId}`;

export async function setTabState(tabId: number, state: PageState): Promise<void> {
  memory.set(tabId, state);
  await browser.storage.session?.set({ [key(tabId)]: state }).catch(() => undefined);
  const distinct = state.entities.length;
  await browser.action.setBadgeText({ tabId, text: state.status === 'off' || distinct === 0 ? '' : String(distinct) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
}

export async function getTabState(tabId: number): Promise<PageState | null> {
  const hit = memory.get(tabId);
  if (hit) return hit;
  const stored = await browser.storage.session?.get(key(tabId)).catch(() => ({}));
  return ((stored as Record<string, PageState> | undefined)?.[key(tabId)] as PageState | undefined) ?? null;
}

export function forgetTab(tabId: number): void {
  memory.delete(tabId);
  void browser.storage.session?.remove(key(tabId)).catch(() => undefined);
}
