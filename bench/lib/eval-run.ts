/**
 * Runs the team's reference browser check (../shared/tools/browser-eval.mjs) as a child process and
 * reads its JSON: each page loaded in a control browser and in one with the extension, compared.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One range as browser-eval records it: [highlight name, text, article paragraph, offset, in a forbidden element, block text]. */
export type EvalRange = [string, string, number, number, boolean, string];

export interface EvalPage {
  page: string;
  extensionId?: string | null;
  errors?: string[];
  layoutChanged?: boolean;
  textChanged?: boolean;
  highlights?: number;
  markedElements?: number;
  surfaces?: Record<string, number>;
  ranges?: EvalRange[];
  firstHighlightMs?: number | null;
  lastHighlightMs?: number | null;
  longTasksExt?: number[] | null;
  longTasksControl?: number[] | null;
  framesExt?: number | null;
  framesControl?: number | null;
  forbiddenMarks?: string[];
}

export interface EvalOptions { tool: string; ext: string; pages: string; only?: string[]; settleMs?: number; cwd: string; timeoutMs?: number; label?: string }

/** Runs browser-eval; its per-page progress (stderr) is echoed with a prefix. */
export function runBrowserEval(o: EvalOptions): Promise<EvalPage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bs-check-'));
  const out = join(dir, 'result.json');
  const args = [o.tool, '--ext', o.ext, '--pages', o.pages, '--out', out];
  if (o.only?.length) args.push('--only', o.only.join(','));
  if (o.settleMs) args.push('--settle', String(o.settleMs));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: o.cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGTERM'), o.timeoutMs ?? 60 * 60_000);
    let tail = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      tail = (tail + d).slice(-4000);
      for (const line of d.split('\n')) if (line.trim()) process.stderr.write(`  [${o.label ?? 'eval'}] ${line}\n`);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`browser-eval exited with ${code}: ${tail.slice(-800)}`);
        done(JSON.parse(readFileSync(out, 'utf8')) as EvalPage[]);
      } catch (e) { fail(e as Error); } finally { rmSync(dir, { recursive: true, force: true }); }
    });
  });
}

/** A do-nothing MV3 extension: loading it instead of ours shows how much a page differs from run to run by itself. */
export function noopExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bs-noop-ext-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'noop', version: '0.0.1',
    background: { service_worker: 'sw.js' } }));
  writeFileSync(join(dir, 'sw.js'), '// nothing\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
