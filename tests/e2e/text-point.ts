/**
 * Runs in the page (passed to Playwright's and Puppeteer's `page.evaluate`, so it must stay
 * self-contained): the viewport position of the nth occurrence of `text` in the page's text nodes,
 * after scrolling it into view; null when there is none.
 */
export function textPoint({ text, nth }: { text: string; nth: number }): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let i = -1;
    while ((i = (n as Text).data.indexOf(text, i + 1)) >= 0) {
      if (seen++ < nth) continue;
      const r = document.createRange();
      r.setStart(n, i); r.setEnd(n, i + text.length);
      (n.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0];
      return b ? { x: b.x + Math.min(b.width / 2, 10), y: b.y + b.height / 2 } : null;
    }
  }
  return null;
}
