/**
 * The hostile pages, generated: each is an HTML string built here (no fixture files), served by
 * server.ts. Every page carries some prose with names the built-in dataset knows ("Jens
 * Stoltenberg", "Ankara", "NATO", "Brussels" …) so a test can check the marks that should appear,
 * next to whatever makes the page hostile.
 */
import type { Route } from './server.ts';

/** The names every page uses, all in the built-in dataset. */
export const NAMES = { person: 'Jens Stoltenberg', place: 'Ankara', org: 'NATO' } as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function doc(title: string, body: string, opts: { head?: string; lang?: string; dir?: string } = {}): string {
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"${opts.dir ? ` dir="${opts.dir}"` : ''}><head><meta charset="utf-8"><title>${esc(title)}</title>${opts.head ?? ''}</head><body>${body}</body></html>`;
}

/** A sentence of ordinary news prose (well over 40 characters, so it counts as article text). */
export function sentence(i: number): string {
  const s = [
    `On day ${i} NATO Secretary General Jens Stoltenberg flew to Ankara for talks with the government.`,
    `Officials in Brussels said the meeting in Ankara (report ${i}) went on late into the evening.`,
    `Jens Stoltenberg told reporters that NATO allies would meet again after session ${i}.`,
  ];
  return s[i % s.length]!;
}

const article = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `<p>${sentence(from + i)}</p>`).join('\n');

/** 200,000 text nodes: 40,000 paragraphs of five text nodes each (names in <b> and <i>). */
function manyNodes(): string {
  const ps: string[] = [];
  for (let i = 0; i < 40_000; i++) ps.push(`<p>Dispatch ${i}: <b>Jens Stoltenberg</b> flew to <i>Ankara</i> for talks</p>`);
  return doc('200,000 text nodes', `<h1>Many nodes</h1><main>${ps.join('\n')}</main>`);
}

/** One text node of 10 MB (names every few hundred characters). */
function hugeText(): string {
  const unit = 'The alliance kept its counsel through a long and uneventful week of meetings and statements. ' +
    'Then Jens Stoltenberg arrived in Ankara, and NATO officials began to talk about the summit again. ';
  const text = unit.repeat(Math.ceil(10_000_000 / unit.length)).slice(0, 10_000_000);
  return doc('A 10 MB text node', `<h1>Huge text</h1><p>${text}</p>`);
}

/**
 * DOM nested 5,000 deep, built by script (the HTML parser caps nesting at 512). Block boxes nested
 * a few thousand deep crash Chromium's renderer on their own (a plain browser too), so the levels
 * are `display: contents` <div>s (2,500, as layout wrappers of component frameworks are) and then
 * <span>s (2,500); text sits directly in every 500th level, in a <p> at two, and at the bottom.
 */
function deepDom(): string {
  const script = `
    let el = document.getElementById('root');
    for (let i = 1; i <= 5000; i++) {
      const d = document.createElement(i <= 2500 ? 'div' : 'span');
      if (i <= 2500) d.className = 'c';
      if (i % 500 === 0) d.append('Level ' + i + ': Jens Stoltenberg met officials in Ankara, and NATO said the talks went well. ');
      if (i === 1000 || i === 3000) { const p = document.createElement('p'); p.textContent = 'Paragraph at ' + i + ': NATO envoys met Jens Stoltenberg in Ankara.'; d.append(p); }
      el.append(d); el = d;
    }
    const last = document.createElement('b'); last.id = 'deepest';
    last.textContent = 'At the very bottom, NATO chief Jens Stoltenberg arrived in Ankara.'; el.append(last);`;
  return doc('DOM 5,000 deep', `<h1>Deep DOM</h1><div id="root"></div><script>${script}</script>`, { head: '<style>.c { display: contents }</style>' });
}

/** Rewrites its text every 10 ms for 10 s (whole paragraphs and single text nodes), then stops on a known text. */
function rewriter(): string {
  const script = `
    const ps = [...document.querySelectorAll('#live p')];
    const words = ['Ankara', 'Brussels', 'Damascus', 'Athens'];
    let tick = 0;
    const start = performance.now();
    const id = setInterval(() => {
      tick++;
      const p = ps[tick % ps.length];
      if (tick % 2) p.textContent = 'Update ' + tick + ': Jens Stoltenberg spoke in ' + words[tick % 4] + ' about NATO plans for the coming year.';
      else if (p.firstChild) p.firstChild.data = 'Tick ' + tick + ' — NATO officials gathered in ' + words[(tick >> 1) % 4] + ' for another round of talks.';
      if (performance.now() - start > 10000) {
        clearInterval(id);
        ps.forEach((q, i) => { q.textContent = 'Final ' + i + ': Jens Stoltenberg ended his visit to Ankara after meeting NATO envoys.'; });
        document.body.dataset.done = '1';
      }
    }, 10);`;
  return doc('Rewrites itself', `<h1>Live ticker</h1><div id="live">${article(20)}</div><script>${script}</script>`);
}

/** Infinite scroll: appends 50 paragraphs a second (5 every 100 ms) and scrolls to the bottom. */
function infiniteScroll(): string {
  const script = `
    const feed = document.getElementById('feed');
    let n = 0;
    window.__appended = [];
    setInterval(() => {
      for (let k = 0; k < 5; k++, n++) {
        const p = document.createElement('p');
        p.dataset.i = n;
        p.textContent = 'Item ' + n + ': Jens Stoltenberg arrived in Ankara as NATO envoys met for the ' + n + 'th time.';
        feed.append(p);
        window.__appended.push(performance.now());
      }
      scrollTo(0, document.documentElement.scrollHeight);
    }, 100);`;
  return doc('Infinite scroll', `<h1>Feed</h1><main id="feed">${article(10)}</main><script>${script}</script>`);
}

/**
 * An endless feed: 100 paragraphs every 150 ms up to 4,000 (≈ 9,000 names, three times
 * MAX_MENTIONS), the page scrolled to its end after each batch, as a reader of a feed does.
 * `body[data-done]` is set when the last batch is in.
 */
function endlessFeed(): string {
  const script = `
    const feed = document.getElementById('feed');
    const sentences = ${JSON.stringify([0, 1, 2].map((i) => sentence(i)))};
    let n = 0;
    const timer = setInterval(() => {
      for (let k = 0; k < 100; k++, n++) {
        const p = document.createElement('p');
        p.dataset.i = n;
        p.textContent = 'Item ' + n + '. ' + sentences[n % 3];
        feed.append(p);
      }
      scrollTo(0, document.documentElement.scrollHeight);
      if (n >= 4000) { clearInterval(timer); document.body.dataset.done = '1'; }
    }, 150);`;
  return doc('Endless feed', `<h1>Feed</h1><main id="feed"></main><script>${script}</script>`);
}

/**
 * 2,000 open shadow roots (one name in each: 2,000 marks stay well within MAX_MENTIONS): 1,000 declarative (<template shadowrootmode>), 1,000 attached by script,
 * a few nested, and 200 whose content is rendered late (1.5 s after load, as data-driven components do).
 */
function shadowRoots(): string {
  const declarative = Array.from({ length: 1000 }, (_, i) =>
    `<x-item><template shadowrootmode="open"><p>Card ${i}: a note by Jens Stoltenberg on the talks.</p></template></x-item>`).join('\n');
  const script = `
    const box = document.getElementById('scripted');
    for (let i = 0; i < 1000; i++) {
      const host = document.createElement('x-card');
      const root = host.attachShadow({ mode: 'open' });
      if (i < 200) { root.innerHTML = '<p class="late">loading…</p>'; host.dataset.late = '1'; }
      else if (i % 100 === 0) {
        const inner = document.createElement('x-inner');
        inner.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested ' + i + ': a note by Jens Stoltenberg on the talks.</p>';
        root.append(inner);
      } else root.innerHTML = '<p>Scripted ' + i + ': a note by Jens Stoltenberg on the talks.</p>';
      box.append(host);
    }
    addEventListener('load', () => setTimeout(() => {
      for (const host of document.querySelectorAll('[data-late]')) host.shadowRoot.querySelector('p').textContent = 'Late: a note by Jens Stoltenberg on the talks.';
      document.body.dataset.late = 'rendered';
    }, 1500));`;
  return doc('2,000 shadow roots', `<h1>Shadow roots</h1><p>Light DOM: ${sentence(0)}</p><div id="declarative">${declarative}</div><div id="scripted"></div><script>${script}</script>`);
}

/** A page with a same-origin and a cross-origin iframe (the latter from the second server). */
function iframes(crossBase: string): string {
  return doc('Frames', `<h1>Frames</h1>${article(4)}
    <iframe id="same" src="/frame-child.html" width="600" height="300"></iframe>
    <iframe id="cross" src="${crossBase}frame-child.html" width="600" height="300"></iframe>`);
}

function frameChild(): string {
  return doc('Frame child', `<h2>Inside a frame</h2>${article(3, 1)}`);
}

/** Served with `Content-Security-Policy: default-src 'none'`: no scripts, styles, images, connections of its own. */
function strictCsp(): string {
  return doc('Strict CSP', `<h1>Strict CSP</h1>${article(8)}`);
}

/**
 * Breaks the main world's DOM and CSS APIs before anything else runs: Range, Node.prototype
 * methods, TreeWalker, MutationObserver, CSS / CSS.highlights / Highlight, timers' friends and a
 * hostile <backstory-card> custom element. Content scripts run in an isolated world and must not care.
 */
function overrides(): string {
  const script = `
    const boom = (what) => function () { throw new Error('hostile page: ' + what + ' is off limits'); };
    window.__hostileCalls = 0;
    const count = (what) => function () { window.__hostileCalls++; throw new Error('hostile page: ' + what); };
    window.Range = boom('Range');
    Range.prototype = {};
    Document.prototype.createRange = count('createRange');
    Document.prototype.createTreeWalker = count('createTreeWalker');
    Document.prototype.caretPositionFromPoint = count('caretPositionFromPoint');
    Document.prototype.caretRangeFromPoint = count('caretRangeFromPoint');
    for (const m of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'contains', 'compareDocumentPosition', 'getRootNode', 'cloneNode'])
      Node.prototype[m] = count('Node.prototype.' + m);
    Object.defineProperty(Node.prototype, 'textContent', { get: count('textContent'), set: count('textContent=') });
    Object.defineProperty(Node.prototype, 'parentElement', { get: () => null });
    Object.defineProperty(Node.prototype, 'isConnected', { get: () => false });
    Element.prototype.attachShadow = count('attachShadow');
    Element.prototype.checkVisibility = () => false;
    Element.prototype.getClientRects = () => [];
    window.MutationObserver = class { constructor() { window.__hostileCalls++; } observe() { throw new Error('hostile MutationObserver'); } disconnect() {} };
    window.CSS = { highlights: { set: count('CSS.highlights.set'), get: () => undefined, delete: count('CSS.highlights.delete') } };
    window.Highlight = boom('Highlight');
    window.CSSStyleSheet = boom('CSSStyleSheet');
    Object.defineProperty(Document.prototype, 'adoptedStyleSheets', { get: () => [], set: count('adoptedStyleSheets=') });
    window.requestIdleCallback = count('requestIdleCallback');
    window.scheduler = { yield: () => new Promise(() => {}) };
    performance.now = () => 0;
    String.prototype.slice = count('String.prototype.slice');
    Array.prototype.push = count('Array.prototype.push');
    Promise.prototype.then = count('Promise.prototype.then');
    JSON.stringify = count('JSON.stringify');
    customElements.define('backstory-card', class extends HTMLElement {
      constructor() { super(); window.__hostileCalls++; }
      connectedCallback() { this.innerHTML = '<b>hijacked</b>'; }
    });`;
  return doc('Overridden built-ins', `<h1>Overrides</h1>${article(8)}<script>${script}</script>`);
}

/**
 * A rich-text editor: a contenteditable article with names in it, a plaintext-only field, and two
 * framed editors as older editors build them (<body contenteditable> and designMode), next to
 * ordinary prose.
 */
function editor(): string {
  return doc('Editor', `<h1>Editor</h1>${article(4)}
    <div id="editor" contenteditable="true"><p>Draft: ${sentence(0)}</p><p>Second paragraph about <b>NATO</b> and Brussels, long enough to look like an article body.</p></div>
    <div id="plain" contenteditable="plaintext-only">Plain draft: Jens Stoltenberg in Ankara.</div>
    <iframe id="bodyedit" src="/editor-body.html" width="600" height="200"></iframe>
    <iframe id="designmode" src="/editor-design.html" width="600" height="200"></iframe>`);
}

function editorBody(): string {
  return `<!doctype html><html><head><meta charset="utf-8"></head><body contenteditable="true"><p>${sentence(1)}</p><p>${sentence(2)}</p></body></html>`;
}

function editorDesign(): string {
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${sentence(0)}</p><p>${sentence(1)}</p><script>document.designMode = 'on';</script></body></html>`;
}

/** A page full of form fields with names in values, placeholders, options and labels. */
function forms(): string {
  const fields: string[] = [];
  for (let i = 0; i < 100; i++) {
    fields.push(`<label>Guest ${i} <input name="in${i}" value="Jens Stoltenberg ${i}" placeholder="NATO delegate from Ankara"></label>
      <textarea name="ta${i}">Notes: Jens Stoltenberg met NATO envoys in Ankara (${i}).</textarea>
      <select name="sel${i}"><option>Ankara</option><option>Brussels</option><option>Jens Stoltenberg</option></select>
      <button type="button">Ask NATO about Ankara</button>`);
  }
  return doc('Forms', `<h1>Forms</h1>${article(3)}<form id="f">${fields.join('\n')}
    <input id="empty-input"><textarea id="empty-area"></textarea></form>`);
}

/** Right to left: Arabic and Hebrew prose with Latin names inside. */
function rtl(): string {
  const ar = Array.from({ length: 6 }, (_, i) =>
    `<p>التقى الأمين العام لحلف NATO السيد Jens Stoltenberg بالمسؤولين في Ankara يوم ${i + 1} لمناقشة الوضع في المنطقة.</p>`).join('\n');
  const he = Array.from({ length: 4 }, (_, i) =>
    `<p lang="he">מזכ״ל NATO, Jens Stoltenberg, נפגש עם שרים ב-Ankara ביום ${i + 1} ודן במצב באזור.</p>`).join('\n');
  return doc('من اليمين إلى اليسار', `<h1>أخبار</h1><article>${ar}${he}</article>`, { lang: 'ar', dir: 'rtl' });
}

/** Chinese and Japanese (no spaces between words) with Latin names inside. */
function cjk(): string {
  const zh = Array.from({ length: 6 }, (_, i) =>
    `<p>第${i + 1}天，NATO秘书长Jens Stoltenberg在Ankara会见了土耳其官员，双方讨论了地区局势和今后的合作。</p>`).join('\n');
  const ja = Array.from({ length: 4 }, (_, i) =>
    `<p lang="ja">${i + 1}日、NATOのJens Stoltenberg事務総長はAnkaraを訪問し、トルコ政府の高官と会談した。</p>`).join('\n');
  return doc('中文和日本語', `<h1>新闻</h1><article>${zh}${ja}</article>`, { lang: 'zh' });
}

/** Every route of the main origin; `crossBase` is the second server's base URL. */
export function mainRoutes(crossBase: string): Record<string, Route> {
  return {
    '/many-nodes.html': { body: manyNodes },
    '/huge-text.html': { body: hugeText },
    '/deep-dom.html': { body: deepDom },
    '/rewriter.html': { body: rewriter },
    '/infinite-scroll.html': { body: infiniteScroll },
    '/shadow-roots.html': { body: shadowRoots },
    '/endless-feed.html': { body: endlessFeed },
    '/iframes.html': { body: () => iframes(crossBase) },
    '/frame-child.html': { body: frameChild },
    '/strict-csp.html': { body: strictCsp, headers: { 'content-security-policy': "default-src 'none'" } },
    '/overrides.html': { body: overrides },
    '/editor.html': { body: editor },
    '/editor-body.html': { body: editorBody },
    '/editor-design.html': { body: editorDesign },
    '/forms.html': { body: forms },
    '/rtl.html': { body: rtl },
    '/cjk.html': { body: cjk },
  };
}

/** The second origin only serves the framed child. */
export function crossRoutes(): Record<string, Route> {
  return { '/frame-child.html': { body: frameChild } };
}
