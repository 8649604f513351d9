/**
 * The extension manifest, typed. One source for both browsers: `browser` picks the few keys that
 * differ (Firefox wants a background script and its gecko settings); everything else is shared.
 */
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** Firefox 140 (June 2025, an ESR) is the first release with the CSS Custom Highlight API (MDN, Firefox 140 release notes; bug 1964089). */
export const FIREFOX_MIN_VERSION = '140.0';
export const GECKO_ID = 'backstory@backstory.example';

export function makeManifest(target: Target) {
  const background =
    target === 'firefox'
      ? { scripts: ['src/background/index.ts'], type: 'module' as const }
      : { service_worker: 'src/background/index.ts', type: 'module' as const };
  return {
    manifest_version: 3 as const,
    name: '__MSG_extName__',
    short_name: 'Backstory',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_popup: 'src/popup/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    background,
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['src/content/index.ts'],
        run_at: 'document_idle' as const,
        all_frames: true,
      },
    ],
    // storage: settings (sync) and per-tab state; no host permissions beyond the content script's
    // matches, no tabs permission (activeTab is not needed either: the popup talks to the content
    // script through tabs.sendMessage, which needs no permission for our own content script).
    permissions: ['storage'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextMention__',
      },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none' as const] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  };
}
