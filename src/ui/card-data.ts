/** What a card shows: an entity record plus, for places, a small locator map the worker drew. */
import type { Entity, Fact } from '../data/schema.ts';

export interface LocatorMap {
  /** SVG viewBox of the window around the place. */
  viewBox: string;
  /** Land outlines inside that window, as one SVG path. */
  land: string;
  /** The place's dot, in the same coordinates. */
  x: number;
  y: number;
}

export interface CardData {
  entity: Entity;
  map?: LocatorMap;
  /** Display names of related entities, by id, so the card can list them without another round trip. */
  relatedNames?: Record<string, { name: string; kind: Entity['kind'] }>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-06" → "Jun 2024"; "2020" → "2020". */
export function formatPartialDate(d: string): string {
  const [y, m, day] = d.split('-');
  if (!m) return y ?? d;
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

const number = new Intl.NumberFormat('en');

/** One fact as a label and a value, in plain text (rendered as text, never as HTML). */
export function describeFact(f: Fact): { label: string; value: string } {
  switch (f.type) {
    case 'office': {
      const years = f.from ? (f.to ? `${f.from}–${f.to}` : `since ${f.from}`) : f.to ? `until ${f.to}` : '';
      return { label: f.to ? 'Was' : 'Office', value: [f.role + (f.of ? `, ${f.of}` : ''), years].filter(Boolean).join(' · ') };
    }
    case 'born': return { label: 'Born', value: [f.date ? formatPartialDate(f.date) : String(f.year), f.place].filter(Boolean).join(', ') };
    case 'died': return { label: 'Died', value: f.date ? formatPartialDate(f.date) : String(f.year) };
    case 'nationality': return { label: 'Nationality', value: f.value };
    case 'party': return { label: 'Party', value: f.value };
    case 'country': return { label: 'Country', value: f.value };
    case 'capital': return { label: 'Capital', value: f.value };
    case 'population': return { label: 'Population', value: `${number.format(f.value)} (${f.year})` };
    case 'area': return { label: 'Area', value: `${number.format(Math.round(f.km2))} km²` };
    case 'founded': return { label: 'Founded', value: f.date ? formatPartialDate(f.date) : String(f.year) };
    case 'dissolved': return { label: 'Dissolved', value: String(f.year) };
    case 'headquarters': return { label: 'Headquarters', value: f.value };
    case 'leader': return { label: f.role ?? 'Leader', value: f.since ? `${f.value} (since ${f.since})` : f.value };
    case 'members': return { label: 'Members', value: f.year ? `${number.format(f.value)} (${f.year})` : number.format(f.value) };
    case 'dates': return { label: 'When', value: f.to ? `${formatPartialDate(f.from)} – ${formatPartialDate(f.to)}` : formatPartialDate(f.from) };
    case 'location': return { label: 'Where', value: f.value };
    case 'languages': return { label: 'Languages', value: f.value };
    case 'currency': return { label: 'Currency', value: f.value };
    case 'other': return { label: f.label, value: f.value };
  }
}
