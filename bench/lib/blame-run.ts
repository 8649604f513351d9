/**
 * Loads pages in Chromium with an extension (or none), traces each load (task-blame.ts) and reports
 * every main-thread task over 50 ms with the share of extension script time in it, plus our
 * user-timing marks (scan start, first paint of marks).
 */
import { join } from 'node:path';
import { launch, serveFiles } from './browser.ts';
import { blameLongTasks, startTaskTrace, type BlamedTask } from './task-blame.ts';

export interface PageBlame { page: string; tasks: BlamedTask[]; marks: [string, number][]; error?: string }

export async function blamePages(o: { chromium: string; ext: string | null; dir: string; pages: string[]; settleMs?: number }): Promise<PageBlame[]> {
  const server = await serveFiles(new Map(o.pages.map((p) => [p, join(o.dir, p)])));
  const b = await launch(o.chromium, o.ext);
  const out: PageBlame[] = [];
  try {
    for (const name of o.pages) {
      const page = await b.context.newPage();
      try {
        // Straight from about:blank (no content script there): the page gets a fresh renderer, as a
        // new site does in real browsing, so our script's start-up is measured cold.
        const cdp = await b.context.newCDPSession(page);
        await startTaskTrace(cdp);
        const url = server.base + name;
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await page.waitForTimeout(o.settleMs ?? 4000);
        const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('backstory:')).map((m) => [m.name, Math.round(m.startTime)] as [string, number]));
        out.push({ page: name, tasks: await blameLongTasks(cdp, url), marks });
      } catch (e) {
        out.push({ page: name, tasks: [], marks: [], error: String((e as Error).message).slice(0, 200) });
      } finally {
        await page.close();
      }
    }
  } finally {
    await b.close();
    await server.close();
  }
  return out;
}
