/**
 * The toolbar popup briefs the page: every entity found, grouped by kind, most mentioned first;
 * a map of the places; search over the whole dataset; the per-site switch. Each state of the page
 * says so in one line.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, type MessageKey } from '../shared/i18n.ts';
import type { PageState } from '../messages.ts';
import type { CardData } from '../ui/card-data.ts';
import { Card } from '../ui/Card.tsx';
import { KINDS, type Kind } from '../data/kinds.ts';
import { enabledForSite, loadSettings, saveSettings, withSiteEnabled } from '../shared/settings.ts';
import { PlacesMap } from './PlacesMap.tsx';
import { Search } from './Search.tsx';

const GROUP_LABEL: Record<Kind, MessageKey> = { person: 'kindPerson', place: 'kindPlace', organization: 'kindOrganization', event: 'kindEvent' };

/**
 * The tab the popup briefs: the active tab, or `?tab=ID` when opened in a tab of its own (tests).
 * Its site comes from the content script's answer: we hold no "tabs" permission, so tab URLs are
 * not ours to read.
 */
async function targetTab(): Promise<{ id: number } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return { id: fromQuery };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id } : null;
}

type View = { kind: 'list' } | { kind: 'card'; data: CardData; count: number };

export function Popup() {
  const [tab, setTab] = useState<{ id: number } | null>(null);
  const [state, setState] = useState<PageState | 'unavailable' | null>(null);
  const [cards, setCards] = useState<Map<string, CardData>>(new Map());
  const [site, setSite] = useState<{ name: string; on: boolean } | null>(null);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLDivElement>(null);

  const refresh = async (target: { id: number }) => {
    const s = (await browser.tabs.sendMessage(target.id, { type: 'page-state' }).catch(() => null)) as PageState | null;
    setState(s ?? 'unavailable');
    document.body.dataset.pageStatus = s?.status ?? 'unavailable';
    if (s?.entities.length) {
      const list = (await browser.runtime.sendMessage({ type: 'entities', ids: s.entities.map((e) => e.id) })) as (CardData | null)[];
      setCards(new Map(list.filter((c): c is CardData => !!c).map((c) => [c.entity.id, c])));
    }
    return s;
  };

  useEffect(() => {
    void (async () => {
      const target = await targetTab();
      if (!target) return setState('unavailable');
      setTab(target);
      let s = await refresh(target);
      if (s?.site) setSite({ name: s.site, on: enabledForSite(await loadSettings(), s.site) });
      // Still scanning: look again shortly (the scan is sliced and may take a moment on big pages).
      for (let i = 0; i < 20 && s?.status === 'scanning'; i++) {
        await new Promise((r) => setTimeout(r, 250));
        s = await refresh(target);
      }
    })();
  }, []);

  const groups = useMemo(() => {
    const out = new Map<Kind, { data: CardData; count: number }[]>();
    if (state && state !== 'unavailable') {
      for (const { id, count } of state.entities) {
        const data = cards.get(id);
        if (!data) continue;
        const list = out.get(data.entity.kind) ?? [];
        list.push({ data, count });
        out.set(data.entity.kind, list);
      }
    }
    return out;
  }, [state, cards]);

  const toggleSite = async (on: boolean) => {
    if (!site || !tab) return;
    await saveSettings(withSiteEnabled(await loadSettings(), site.name, on));
    setSite({ ...site, on });
    await new Promise((r) => setTimeout(r, 150));
    await refresh(tab);
  };

  const open = (data: CardData, count: number) => {
    setView({ kind: 'card', data, count });
    // The list holds bare records; fetch the full card (related names, locator map) for the view.
    void (browser.runtime.sendMessage({ type: 'card', id: data.entity.id }) as Promise<CardData | null>).then((full) => {
      if (full) setView((v) => (v.kind === 'card' && v.data.entity.id === full.entity.id ? { ...v, data: full } : v));
    });
  };
  const openById = async (id: string) => {
    const data = cards.get(id) ?? ((await browser.runtime.sendMessage({ type: 'card', id })) as CardData | null);
    if (data) open(data, state && state !== 'unavailable' ? state.entities.find((e) => e.id === id)?.count ?? 0 : 0);
  };
  const showOnPage = async (id: string) => {
    if (tab) await browser.tabs.sendMessage(tab.id, { type: 'show-mention', id }).catch(() => false);
  };

  const status = state === null ? t('statusScanning')
    : state === 'unavailable' ? t('statusUnavailable')
    : state.status === 'off' ? t('statusOff')
    : state.status === 'scanning' ? t('statusScanning')
    : state.entities.length === 0 ? t('statusNone')
    : !state.highlightApi || state.status === 'no-highlight-api' ? t('statusNoHighlightApi') : '';

  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('popupTitle')}</h1>
        {site && (
          <label class="switch">
            <input type="checkbox" role="switch" checked={site.on} onChange={(e) => void toggleSite((e.target as HTMLInputElement).checked)} />
            <span>{t('siteSwitch')}</span>
          </label>
        )}
      </header>
      <Search query={query} onQuery={setQuery} onOpen={(d) => open(d, 0)} />
      {status && <p class="status" role="status">{status}</p>}
      {view.kind === 'card' ? (
        <div class="detail">
          <div class="detail-actions">
            <button type="button" onClick={() => { setView({ kind: 'list' }); requestAnimationFrame(() => listRef.current?.querySelector('button')?.focus()); }}>← {t('back')}</button>
            {view.count > 0 && <button type="button" class="primary" onClick={() => void showOnPage(view.data.entity.id)}>{t('showOnPage')}</button>}
          </div>
          <Card data={view.data} headingId="popup-card-title" role="region" onRelated={(id) => void openById(id)} />
        </div>
      ) : !query && (
        <div ref={listRef} class="groups">
          {groups.get('place')?.some((p) => p.data.entity.location) && (
            <PlacesMap places={groups.get('place')!.filter((p) => p.data.entity.location).map((p) => p.data)} onSelect={(d) => open(d, state && state !== 'unavailable' ? state.entities.find((e) => e.id === d.entity.id)?.count ?? 0 : 0)} />
          )}
          {KINDS.filter((k) => groups.get(k)?.length).map((k) => (
            <section key={k} class={`group kind-${k}`} aria-labelledby={`group-${k}`}>
              <h2 id={`group-${k}`}>{t(GROUP_LABEL[k])}</h2>
              <ul>
                {groups.get(k)!.map(({ data, count }) => (
                  <li key={data.entity.id}>
                    <button type="button" class="entity" data-entity={data.entity.id} onClick={() => open(data, count)}>
                      <span class="name">{data.entity.name}</span>
                      <span class="desc">{data.entity.description}</span>
                      <span class="count" aria-label={count === 1 ? t('mentionCountOne') : t('mentionCount', count)}>{count}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      <footer class="foot"><a href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>{t('openOptions')}</a></footer>
    </main>
  );
}
