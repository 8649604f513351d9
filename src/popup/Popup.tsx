import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import type { PageState } from '../messages.ts';

/** The tab the popup briefs: the active tab, or `?tab=ID` when opened in a tab of its own (tests, the keyboard). */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Popup() {
  const [state, setState] = useState<PageState | null | 'unavailable'>(null);
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === null) return setState('unavailable');
      const s = (await browser.tabs.sendMessage(tabId, { type: 'page-state' }).catch(() => null)) as PageState | null;
      document.body.dataset.pageStatus = s?.status ?? 'unavailable';
      setState(s ?? 'unavailable');
    })();
  }, []);
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <p role="status">{state === 'unavailable' ? t('statusUnavailable') : state === null ? t('statusScanning') : state.entities.length === 0 ? t('statusNone') : ''}</p>
    </main>
  );
}
