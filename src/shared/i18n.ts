/**
 * Every string a user reads comes from _locales/<lang>/messages.json through the browser's i18n
 * API, so a translation is one new file. Keys are typed from the English catalogue, so a typo is a
 * compile error rather than an empty label.
 */
import browser from 'webextension-polyfill';
import catalogue from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalogue;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const text = browser.i18n.getMessage(key, subs);
  // getMessage returns "" when the catalogue lacks the key: fall back to English rather than
  // showing an empty control (the unit test on the catalogue keeps this from happening).
  return text || catalogue[key].message.replace(/\$[A-Z]+\$/g, () => subs.shift() ?? '');
}
