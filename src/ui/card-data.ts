/**
 * What a card shows: an entity record plus, for places, a small locator map the worker drew.
 * DOM-free and free of browser APIs: the CLI and the worker import it too.
 */
import type { Entity, Fact } from '../data/schema.ts';
import { english, type MessageKey, type Translate } from './catalogue.ts';

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

const MONTHS: MessageKey[] = ['monthJan', 'monthFeb', 'monthMar', 'monthApr', 'monthMay', 'monthJun', 'monthJul', 'monthAug', 'monthSep', 'monthOct', 'monthNov', 'monthDec'];

/**
 * "2024-06" → "Jun 2024"; "2020" → "2020". `tr` words it: the extension passes `t` (the reader's
 * language); Node-side callers (the CLI, tests) get English from the catalogue.
 */
export function formatPartialDate(d: string, tr: Translate = english): string {
  const [y = d, m, day] = d.split('-');
  if (!m) return y;
  const key = MONTHS[Number(m) - 1];
  const month = key ? tr(key) : m;
  return day ? tr('dateDayMonthYear', Number(day), month, y) : tr('dateMonthYear', month, y);
}

/**
 * Made on first use, not when the module loads: constructing the first Intl formatter in a page
 * loads ICU data, ~35 ms of CPU in a fresh renderer, and this module is part of the content script,
 * whose evaluation every page pays for (measured with a trace: 45–60 ms → ~10 ms).
 */
let formatter: Intl.NumberFormat | null = null;
const number = { format: (n: number) => (formatter ??= new Intl.NumberFormat('en')).format(n) };

/** One fact as a label and a value, in plain text (rendered as text, never as HTML). */
export function describeFact(f: Fact, tr: Translate = english): { label: string; value: string } {
  const date = (d: string | undefined, year: number | undefined) => (d ? formatPartialDate(d, tr) : String(year));
  switch (f.type) {
    case 'office': {
      const years = f.from ? (f.to ? `${f.from}–${f.to}` : tr('factSince', f.from)) : f.to ? tr('factUntil', f.to) : '';
      return { label: tr(f.to ? 'factWas' : 'factOffice'), value: [f.role + (f.of ? `, ${f.of}` : ''), years].filter(Boolean).join(' · ') };
    }
    case 'born': return { label: tr('factBorn'), value: [date(f.date, f.year), f.place].filter(Boolean).join(', ') };
    case 'died': return { label: tr('factDied'), value: date(f.date, f.year) };
    case 'nationality': return { label: tr('factNationality'), value: f.value };
    case 'party': return { label: tr('factParty'), value: f.value };
    case 'country': return { label: tr('factCountry'), value: f.value };
    case 'capital': return { label: tr('factCapital'), value: f.value };
    case 'population': return { label: tr('factPopulation'), value: `${number.format(f.value)} (${f.year})` };
    case 'area': return { label: tr('factArea'), value: tr('factAreaValue', number.format(Math.round(f.km2))) };
    case 'founded': return { label: tr('factFounded'), value: date(f.date, f.year) };
    case 'dissolved': return { label: tr('factDissolved'), value: String(f.year) };
    case 'headquarters': return { label: tr('factHeadquarters'), value: f.value };
    case 'leader': return { label: f.role ?? tr('factLeader'), value: f.since ? tr('factLeaderSince', f.value, f.since) : f.value };
    case 'members': return { label: tr('factMembers'), value: f.year ? `${number.format(f.value)} (${f.year})` : number.format(f.value) };
    case 'dates': return { label: tr('factWhen'), value: f.to ? `${formatPartialDate(f.from, tr)} – ${formatPartialDate(f.to, tr)}` : formatPartialDate(f.from, tr) };
    case 'location': return { label: tr('factWhere'), value: f.value };
    case 'languages': return { label: tr('factLanguages'), value: f.value };
    case 'currency': return { label: tr('factCurrency'), value: f.value };
    case 'other': return { label: f.label, value: f.value };
  }
}
