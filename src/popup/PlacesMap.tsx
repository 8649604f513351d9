/** A small world map of the page's places; each dot is a button that opens the place's card. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';
import type { CardData } from '../ui/card-data.ts';

export function PlacesMap({ places, onSelect }: { places: CardData[]; onSelect(d: CardData): void }) {
  const [land, setLand] = useState<{ viewBox: string; land: string } | null>(null);
  const points = places.map((p) => p.entity.location!);
  useEffect(() => {
    void (browser.runtime.sendMessage({ type: 'places-map', points }) as Promise<{ viewBox: string; land: string } | null>).then(setLand);
  }, [places.map((p) => p.entity.id).join()]);
  if (!land) return null;
  return (
    <svg class="places-map" viewBox={land.viewBox} role="group" aria-label={t('placesMapLabel')}>
      <path d={land.land} />
      {places.map((p) => (
        <a key={p.entity.id} href="#" role="button" aria-label={p.entity.name} onClick={(e) => { e.preventDefault(); onSelect(p); }}>
          <circle cx={p.entity.location!.lon} cy={-p.entity.location!.lat} r="1.4"><title>{p.entity.name}</title></circle>
        </a>
      ))}
    </svg>
  );
}
