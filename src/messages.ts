/**
 * The typed message protocol between the content script, the background worker, the popup and the
 * options page. Every message is validated on receipt (valibot) and only accepted from our own
 * extension's contexts: a page can never speak this protocol, and a malformed message is dropped
 * with a console warning rather than acted on.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';

const Id = v.pipe(v.string(), v.maxLength(120));
import { MAX_BLOCKS, MAX_TEXT_CHARS } from './message-limits.ts';

export { MAX_BLOCKS, MAX_TEXT_CHARS };

export const Request = v.variant('type', [
  v.strictObject({ type: v.literal('ping') }),
  // content → background: the visible text blocks of one document, in reading order.
  // `fresh`: a new document (full scan); otherwise the blocks join the document the worker already
  // holds for this frame, so a rescanned paragraph's "Altun" still resolves against earlier names.
  // `lang`: the page's declared language (`<html lang>`), for a text too short to tell its own.
  v.strictObject({
    type: v.literal('annotate'), blocks: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS))), v.maxLength(MAX_BLOCKS)), fresh: v.boolean(),
    lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
  }),
  // content → background: every mention of this frame's document, resolved with all its text (the
  // page sent it in parts and asks once at the end, so early parts get the whole page as context).
  v.strictObject({ type: v.literal('resolve-document') }),
  // content → background: what this tab shows, for the badge and the popup.
  v.strictObject({
    type: v.literal('report'),
    status: v.picklist(['scanning', 'done', 'off', 'no-highlight-api']),
    entities: v.pipe(v.array(v.strictObject({ id: Id, count: v.number() })), v.maxLength(5000)),
  }),
  v.strictObject({ type: v.literal('card'), id: Id }),
  v.strictObject({ type: v.literal('cards'), ids: v.pipe(v.array(Id), v.maxLength(5000)) }),
  // Just the records (no related names, no map): what the popup's list needs.
  v.strictObject({ type: v.literal('entities'), ids: v.pipe(v.array(Id), v.maxLength(5000)) }),
  v.strictObject({ type: v.literal('search'), query: v.pipe(v.string(), v.maxLength(200)) }),
  v.strictObject({ type: v.literal('tab-state'), tabId: v.number() }),
  v.strictObject({ type: v.literal('packs-changed') }),
  v.strictObject({
    type: v.literal('places-map'),
    points: v.pipe(v.array(v.strictObject({ lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)), lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)) })), v.maxLength(500)),
  }),
  // popup → content script (tabs.sendMessage)
  v.strictObject({ type: v.literal('page-state') }),
  v.strictObject({ type: v.literal('show-mention'), id: Id }),
  // background → content script: the keyboard command
  v.strictObject({ type: v.literal('next-mention') }),
]);
export type Request = v.InferOutput<typeof Request>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/** A mention as the background returns it: block index and offsets inside that block's text. */
export interface BlockMention {
  block: number;
  start: number;
  end: number;
  id: string;
  kind: 'person' | 'place' | 'organization' | 'event';
  confidence: number;
}

/** The worker's answer to 'annotate' and 'resolve-document'. */
export interface AnnotateReply {
  mentions: BlockMention[];
  /** ms the engine spent on the request (matching and resolution), for the benchmark. */
  engineMs: number;
  /** 'resolve-document' only: the number of blocks the worker's document holds. */
  blocks?: number;
}

export interface PageState {
  status: 'scanning' | 'done' | 'off' | 'no-highlight-api';
  highlightApi: boolean;
  /** The page's site key (host without www.), for the popup's per-site switch. */
  site: string;
  entities: { id: string; count: number }[];
}

/** True when a message comes from this extension (its pages, worker or content scripts). */
export function fromOurExtension(sender: browser.Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** Validates a received message; returns null (and logs why) when it is not ours or not well formed. */
export function parseRequest(message: unknown, sender: browser.Runtime.MessageSender): Request | null {
  if (!fromOurExtension(sender)) return null;
  const r = v.safeParse(Request, message);
  if (!r.success) {
    console.warn('Backstory: dropped a malformed message:', v.getDotPath(r.issues[0]) ?? '', r.issues[0].message);
    return null;
  }
  return r.output;
}

/** Sends a request to the background worker. */
export function ask<T>(request: Request): Promise<T> {
  return browser.runtime.sendMessage(request) as Promise<T>;
}
