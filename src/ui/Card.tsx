/**
 * The card: the same component on the page (in our shadow root), in the popup and in search
 * results. Everything is rendered as text by Preact — a pack's "<script>" is shown, never run.
 */
import type { JSX } from 'preact';
import { t, type MessageKey } from '../shared/i18n.ts';
import { describeFact, formatPartialDate, type CardData } from './card-data.ts';
import type { Kind } from '../data/schema.ts';

const KIND_LABEL: Record<Kind, MessageKey> = {
  person: 'kindPersonOne', place: 'kindPlaceOne', organization: 'kindOrganizationOne', event: 'kindEventOne',
};
/** Facts shown at most: the card stays a glance, not a page. */
const MAX_FACTS = 6;
const MAX_RELATED = 8;

interface Props {
  data: CardData;
  headingId: string;
  onRelated?: (id: string) => void;
  onClose?: () => void;
  /** 'dialog' on the page; in the popup the card is a region inside the popup's own document. */
  role?: 'dialog' | 'region';
}

export function Card({ data, headingId, onRelated, onClose, role = 'dialog' }: Props): JSX.Element {
  const e = data.entity;
  const facts = (e.facts ?? []).slice(0, MAX_FACTS).map((f) => describeFact(f, t));
  const related = (e.related ?? []).filter((id) => data.relatedNames?.[id]).slice(0, MAX_RELATED);
  const wikipedia = e.wikipedia ? `https://en.wikipedia.org/wiki/${encodeURIComponent(e.wikipedia.replace(/ /g, '_'))}` : null;
  const wikidata = e.wikidata ? `https://www.wikidata.org/wiki/${e.wikidata}` : null;
  // No article title on record (most GeoNames towns): offer a search rather than guess a title.
  const wikipediaSearch = wikipedia ? null : `https://en.wikipedia.org/w/index.php?search=${encodeURIComponent(searchTerms(e))}`;
  return (
    <section class={`card kind-${e.kind}`} role={role} aria-modal={role === 'dialog' ? 'false' : undefined} aria-labelledby={headingId} data-entity={e.id}>
      <header>
        <div class="kind"><span class="dot" aria-hidden="true" />{t(KIND_LABEL[e.kind])}{e.subkind ? ` · ${e.subkind.replace(/-/g, ' ')}` : ''}</div>
        <h2 id={headingId}>{e.name}</h2>
        {onClose && <button type="button" class="close" aria-label={t('close')} onClick={onClose}>×</button>}
      </header>
      <p class="description">{e.description}</p>
      {data.map && (
        <svg class="map" viewBox={data.map.viewBox} role="img" aria-label={t('mapLabel', e.name)}>
          <path d={data.map.land} />
          <circle cx={data.map.x} cy={data.map.y} r="1.6" />
        </svg>
      )}
      {e.summary && <p class="summary">{e.summary}</p>}
      {facts.length > 0 && (
        <dl class="facts">
          {facts.map((f, i) => (
            <div key={i}><dt>{f.label}</dt><dd>{f.value}</dd></div>
          ))}
        </dl>
      )}
      {related.length > 0 && (
        <div class="related">
          <h3>{t('related')}</h3>
          <ul>
            {related.map((id) => (
              <li key={id}>
                <button type="button" class={`chip kind-${data.relatedNames![id]!.kind}`} onClick={() => onRelated?.(id)}>{data.relatedNames![id]!.name}</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <footer>
        <span class="links">
          {wikipedia && <a href={wikipedia} target="_blank" rel="noopener noreferrer">{t('wikipedia')}</a>}
          {wikipediaSearch && <a href={wikipediaSearch} target="_blank" rel="noopener noreferrer">{t('searchWikipedia')}</a>}
          {wikidata && <a href={wikidata} target="_blank" rel="noopener noreferrer">{t('wikidata')}</a>}
        </span>
        <span class="provenance">{t('asOf', formatPartialDate(e.asOf, t))} · {t('source', e.source.name)}</span>
      </footer>
    </section>
  );
}

/** What to search Wikipedia for: the name, and a place's country to tell namesakes apart. */
function searchTerms(e: CardData['entity']): string {
  const country = e.kind === 'place' ? e.facts?.find((f) => f.type === 'country')?.value : undefined;
  return country && country !== e.name ? `${e.name} ${country}` : e.name;
}
