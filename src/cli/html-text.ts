/**
 * Visible text of an HTML document, for the CLI's --html mode, the benchmark and the evaluation.
 * Script, style and other never-rendered elements (and elements marked hidden) are skipped; block
 * elements become line breaks so sentences and headlines stay apart (the engine treats a line start
 * as a sentence start, and no name goes on to the next line), while a line break inside the source's
 * text is a space, as a browser renders it.
 */
import { Parser } from 'htmlparser2';

const NEVER_RENDERED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'section', 'article',
  'header', 'footer', 'nav', 'aside', 'main', 'figure', 'figcaption', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'form', 'address', 'details', 'summary', 'caption']);

/** The visible text of `html`: whitespace runs within a line collapse to one space, as a browser renders them. */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/**
 * The visible text of `html`, and the language its root element declares (`<html lang="fr">`), in one
 * pass. Parsed, not searched: old pages carry extra `<html lang="en">` tags inside conditional comments
 * for Internet Explorer before the real one.
 */
export function readHtml(html: string): { text: string; language: string | undefined } {
  const parts: string[] = [];
  const open: boolean[] = []; // per open element: does it hide its content?
  let hidden = 0;
  let preformatted = 0; // open <pre> elements: their line breaks are lines
  let language: string | undefined;
  let rootSeen = false;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (!rootSeen && (name === 'html' || name === 'body')) {
        rootSeen = true;
        if (name === 'html') language = attrs.lang?.trim() || undefined;
      }
      if (name === 'pre') preformatted++;
      const hides = NEVER_RENDERED.has(name) || 'hidden' in attrs || /display\s*:\s*none/i.test(attrs.style ?? '');
      open.push(hides);
      if (hides) hidden++;
      else if (hidden === 0 && BLOCK.has(name)) parts.push('\n');
    },
    ontext(text) {
      // A line break in the page's source is a space on the screen ("the Palestinian⏎Authority"):
      // lines in the text are the blocks, as a reader sees them.
      if (hidden === 0) parts.push(preformatted > 0 ? text : text.replace(/[\r\n]+/g, ' '));
    },
    onclosetag(name) {
      if (name === 'pre' && preformatted > 0) preformatted--;
      // htmlparser2 closes every element it opened (void and implied ones too), innermost first.
      if (open.pop()) hidden--;
      else if (hidden === 0 && BLOCK.has(name)) parts.push('\n');
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  const text = parts.join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
  return { text, language };
}
