/** The CLI's visible text of an HTML page: lines are the page's blocks, as a reader sees them. */
import { expect, test } from 'vitest';
import { htmlToText } from '../../../src/cli/html-text.ts';

test('block elements and <br> start lines; a line break in the source is a space', () => {
  const html = '<body><h1>Talks\nin Ankara</h1><p>The Palestinian\n  Authority said so.<br>Canada</p><ul><li>France</li><li>Germany</li></ul></body>';
  expect(htmlToText(html)).toBe('Talks in Ankara\nThe Palestinian Authority said so.\nCanada\nFrance\nGermany');
});

test('preformatted text keeps its lines; hidden and never-rendered text is left out', () => {
  const html = '<body><pre>line one\nline two</pre><p hidden>secret</p><script>var x = 1;</script><p style="display: none">gone</p></body>';
  expect(htmlToText(html)).toBe('line one\nline two');
});
