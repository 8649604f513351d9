/** One function per request type; the worker's entry point dispatches here. */
import browser from 'webextension-polyfill';
import type { Request } from '../messages.ts';
import { getTabState, setTabState } from './tab-state.ts';
import { annotateBlocks, drawPlacesMap, resolveDocument, getCard, getCards, getEntities, packsChanged, searchEntities } from './dataset.ts';

export async function handleRequest(request: Request, sender: browser.Runtime.MessageSender): Promise<unknown> {
  switch (request.type) {
    case 'ping':
      return { type: 'pong', version: browser.runtime.getManifest().version };
    case 'annotate':
      return annotateBlocks(request.blocks, `${sender.tab?.id ?? 'x'}:${sender.frameId ?? 0}`, request.fresh, request.lang);
    case 'resolve-document':
      return resolveDocument(`${sender.tab?.id ?? 'x'}:${sender.frameId ?? 0}`);
    case 'report': {
      const tabId = sender.tab?.id;
      // Only the top frame's report describes the tab; iframes report through their own scans.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
      await setTabState(tabId, { status: request.status, highlightApi: request.status !== 'no-highlight-api', site: '', entities: request.entities });
      return null;
    }
    case 'tab-state':
      return getTabState(request.tabId);
    case 'card':
      return getCard(request.id);
    case 'cards':
      return getCards(request.ids);
    case 'entities':
      return getEntities(request.ids);
    case 'search':
      return searchEntities(request.query);
    case 'packs-changed':
      packsChanged();
      return null;
    case 'places-map':
      return drawPlacesMap(request.points);
    default:
      return undefined;
  }
}
