/**
 * Every string a user reads comes from _locales/<lang>/messages.json through the browser's i18n
 * API, so a translation is one new file. Keys are typed from the English catalogue, so a typo is a
 * compile error rather than an empty label; tests/unit/shared/i18n-catalogue.test.ts fails on a
 * user-visible literal in the popup, options page or card.
 */
import browser from 'webextension-polyfill';
import { english, type MessageKey, type Translate } from '../ui/catalogue.ts';

export type { MessageKey, Translate };

export const t: Translate = (key, ...substitutions) =>
  // getMessage returns "" when the catalogue lacks the key: fall back to English rather than
  // showing an empty control (the unit test on the catalogue keeps this from happening).
  browser.i18n.getMessage(key, substitutions.map(String)) || english(key, ...substitutions);

