import { describe, expect, test, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { DEFAULT_SETTINGS, enabledForSite, parseSettings, siteOf, withSiteEnabled } = await import('../../../src/shared/settings.ts');

describe('settings', () => {
  test('defaults: every kind, underline, every mention, article scope, 350 ms', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ kinds: ['person', 'place', 'organization', 'event'], style: 'underline', mentions: 'every', scope: 'article', hoverDelayMs: 350, siteMode: 'exclude', sites: [] });
  });
  test('a corrupt stored value falls back to the defaults', () => {
    expect(parseSettings({ style: 'neon' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
  });
  test('site switch: off lists the site in exclude mode, on removes it; sub-domains follow', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'example.com', false);
    expect(enabledForSite(off, 'example.com')).toBe(false);
    expect(enabledForSite(off, 'news.example.com')).toBe(false);
    expect(enabledForSite(off, 'example.org')).toBe(true);
    expect(enabledForSite(withSiteEnabled(off, 'example.com', true), 'example.com')).toBe(true);
  });
  test('include mode: only the listed sites', () => {
    const only = { ...DEFAULT_SETTINGS, siteMode: 'include' as const, sites: ['a.org'] };
    expect(enabledForSite(only, 'a.org')).toBe(true);
    expect(enabledForSite(only, 'b.org')).toBe(false);
    expect(enabledForSite(withSiteEnabled(only, 'b.org', true), 'b.org')).toBe(true);
  });
  test('siteOf drops www. and handles junk', () => {
    expect(siteOf('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(siteOf('not a url')).toBe('');
  });
});
