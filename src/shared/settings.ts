/**
 * The reader's settings: stored in the browser's sync storage, validated on every read (storage is
 * shared with other devices and older versions), applied to open tabs through storage.onChanged.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { KINDS } from '../data/kinds.ts';

export const Settings = v.object({
  kinds: v.optional(v.array(v.picklist(KINDS)), [...KINDS]),
  /** underline: a thin line under each name; background: a soft tint; off: no marks, cards from the popup only. */
  style: v.optional(v.picklist(['underline', 'background', 'off']), 'underline'),
  /** every: mark each mention; first: only the first of each entity (the others still open a card). */
  mentions: v.optional(v.picklist(['every', 'first']), 'every'),
  scope: v.optional(v.picklist(['article', 'page']), 'article'),
  hoverDelayMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(3000)), 350),
  /** exclude: on everywhere except the listed sites; include: only on the listed sites. */
  siteMode: v.optional(v.picklist(['exclude', 'include']), 'exclude'),
  sites: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(2000)), []),
});
export type Settings = v.InferOutput<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = v.parse(Settings, {});
const KEY = 'settings';

export function parseSettings(raw: unknown): Settings {
  const r = v.safeParse(Settings, raw ?? {});
  return r.success ? r.output : DEFAULT_SETTINGS;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY).catch(() => ({}));
  return parseSettings((stored as Record<string, unknown>)[KEY]);
}

export async function saveSettings(next: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: v.parse(Settings, next) });
}

/** Calls `listener` with the new settings whenever they change anywhere; returns the unsubscribe. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && KEY in changes) listener(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The site key of a URL: its host name without a leading "www.". */
export function siteOf(url: string): string {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return ''; }
}

/** Whether marking is on for a site under these settings (sub-domains follow their parent entry). */
export function enabledForSite(settings: Settings, site: string): boolean {
  const listed = settings.sites.some((s) => site === s || site.endsWith('.' + s));
  return settings.siteMode === 'exclude' ? !listed : listed;
}

/** The settings after the reader flips the popup's "Mark names on this site" switch. */
export function withSiteEnabled(settings: Settings, site: string, on: boolean): Settings {
  const others = settings.sites.filter((s) => s !== site);
  const listed = settings.siteMode === 'exclude' ? !on : on;
  return { ...settings, sites: listed ? [...others, site] : others };
}
