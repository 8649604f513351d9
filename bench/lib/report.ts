/**
 * Shared helpers of the benchmarks and the page check: markdown tables, number formatting and a
 * description of the machine (figures from a shared 2-core box only mean something next to the
 * baselines measured in the same run, so every report starts with where it ran).
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** A GitHub-flavoured markdown table; numbers are right-aligned. */
export function table(head: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '–' : String(c))));
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const numeric = head.map((_, i) => cells.length > 0 && cells.every((r) => /^[-+<>~≤≥]?\s?[\d.,]+\s?(%|×|ms|KB|MB|B|s)?$|^–$/.test(r[i] ?? '')));
  const pad = (s: string, i: number) => (numeric[i] ? s.padStart(width[i]!) : s.padEnd(width[i]!));
  const line = (r: string[]) => '| ' + r.map((c, i) => pad(c, i)).join(' | ') + ' |';
  const rule = '|' + width.map((w, i) => (numeric[i] ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|';
  return [line(head), rule, ...cells.map(line)].join('\n');
}

export const ms = (x: number | null | undefined, digits = 0): string | null => (x === null || x === undefined || !Number.isFinite(x) ? null : x.toFixed(digits));
export const ratio = (a: number | null | undefined, b: number | null | undefined, digits = 2): string | null =>
  a === null || a === undefined || b === null || b === undefined || !(b > 0) ? null : (a / b).toFixed(digits) + '×';
export const pct = (x: number | null | undefined, digits = 0): string | null => (x === null || x === undefined || !Number.isFinite(x) ? null : (100 * x).toFixed(digits) + '%');
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1) + ' KB';
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2) + ' MB';

export function median(xs: number[]): number | null {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface Machine { cpu: string; cores: number; memoryGB: number; node: string; chromium: string; load: string }

export function machine(chromiumPath: string): Machine {
  let chromium = 'unknown';
  try { chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { /* reported as unknown */ }
  let load = '';
  try { load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' '); } catch { /* not Linux */ }
  const cpu = cpus();
  return { cpu: cpu[0]?.model.trim() ?? 'unknown', cores: cpu.length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium, load };
}

export function machineLine(m: Machine): string {
  return `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.chromium}; Node ${m.node}; load average ${m.load || 'n/a'}`;
}
