/**
 * The document_start content script: one message that wakes the service worker and has it load the
 * name index while the page is still loading. By document_idle, when the real content script reads
 * the page, the worker is ready — otherwise the first marks wait ≈ 0.5 s for a worker that MV3 put to
 * sleep after 30 s idle. It sends nothing from the page and does nothing else.
 */
import browser from 'webextension-polyfill';

if (window === window.top) void browser.runtime.sendMessage({ type: 'warm' }).catch(() => undefined);
