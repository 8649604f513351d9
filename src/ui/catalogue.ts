/**
 * The English catalogue (public/_locales/en/messages.json) as plain functions, with no browser API:
 * Node-side code (the CLI, unit tests) words things exactly as the extension does, and `t()` in
 * src/shared/i18n.ts falls back to it when the browser has no message for a key.
 */
import catalogue from '../../public/_locales/en/messages.json' with { type: 'json' };

export type MessageKey = keyof typeof catalogue;
/** `t()` in the extension; `english` where there is no browser.i18n. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

interface Entry { message: string; placeholders?: Record<string, { content: string }> }

/** Fills a message the way chrome.i18n.getMessage does: $NAME$ → its placeholder's content, $1…$9 → substitutions, $$ → $. */
export function fill(entry: Entry, subs: string[]): string {
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$\d/g, (all, name: string | undefined) => {
    if (all === '$$') return '$';
    if (!name) return positional(all);
    return positional(entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  });
}

export const english: Translate = (key, ...substitutions) => fill(catalogue[key] as Entry, substitutions.map(String));
