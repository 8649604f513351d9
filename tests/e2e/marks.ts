/// <reference types="chrome" />
/** Reads what Backstory painted: every range of every backstory-* highlight, with its text. */
import type { Page } from 'playwright-core';
import { textPoint } from './text-point.ts';

export interface Mark { highlight: string; text: string; block: string }

export function readMarks(page: Page): Promise<Mark[]> {
  return page.evaluate(() => {
    const out: { highlight: string; text: string; block: string }[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('backstory-') || name === 'backstory-flash') continue;
      for (const r of h as Highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const el = r.startContainer.parentElement?.closest('p, h1, h2, li, figcaption, div, pre, textarea, nav, aside, section');
        out.push({ highlight: name, text: range.toString(), block: el ? el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') : '' });
      }
    }
    return out;
  });
}

export async function waitForMarks(page: Page, min = 1): Promise<Mark[]> {
  await page.waitForFunction((n) => {
    let count = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) count += (h as Highlight).size;
    return count >= n;
  }, min, { timeout: 15_000 });
  // Let any remaining slices finish.
  await page.waitForTimeout(300);
  return readMarks(page);
}

/** Viewport position of the nth occurrence of `text` in the page's text nodes. */
export function pointOn(page: Page, text: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate(textPoint, { text, nth });
}

/** A signature of every element's box, to compare layouts with and without the extension. */
export function layoutSignature(page: Page): Promise<{ sig: number; height: number; text: string }> {
  return page.evaluate(() => {
    let sig = 0;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      sig = (sig * 31 + Math.round(r.x) * 7 + Math.round(r.y) * 13 + Math.round(r.width) * 17 + Math.round(r.height)) | 0;
    }
    return { sig, height: document.documentElement.scrollHeight, text: document.body.innerText };
  });
}
