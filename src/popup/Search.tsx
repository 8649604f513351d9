/** Search over the whole dataset, answered by the worker's MiniSearch index as the reader types. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import type { CardData } from '../ui/card-data.ts';

export interface SearchHit { id: string; name: string; kind: string; description: string }

export function Search({ query, onQuery, onOpen }: { query: string; onQuery(q: string): void; onOpen(d: CardData): void }) {
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  // Warm the worker's search index as the popup opens, so the first keystroke finds it built.
  useEffect(() => { void browser.runtime.sendMessage({ type: 'search', query: '' }).catch(() => undefined); }, []);
  useEffect(() => {
    if (!query.trim()) { setHits(null); return; }
    let live = true;
    const timer = setTimeout(async () => {
      const result = (await browser.runtime.sendMessage({ type: 'search', query })) as SearchHit[];
      if (live) setHits(result);
    }, 80);
    return () => { live = false; clearTimeout(timer); };
  }, [query]);
  const openHit = async (id: string) => {
    const data = (await browser.runtime.sendMessage({ type: 'card', id })) as CardData | null;
    if (data) { onQuery(''); onOpen(data); }
  };
  return (
    <div class="search">
      <input type="search" value={query} aria-label={t('searchLabel')} placeholder={t('searchPlaceholder')} onInput={(e) => onQuery((e.target as HTMLInputElement).value)} />
      {hits && (
        <ul class="results" aria-live="polite">
          {hits.length === 0 && <li class="empty">{t('noResults')}</li>}
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" class={`entity kind-${h.kind}`} data-entity={h.id} onClick={() => void openHit(h.id)}>
                <span class="name">{h.name}</span><span class="desc">{h.description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
