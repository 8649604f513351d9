/**
 * `npm run package`: builds both targets and writes versioned store archives,
 * backstory-chrome-X.Y.Z.zip and backstory-firefox-X.Y.Z.zip (the latter with `web-ext build`).
 * Each archive is checked before it is written: the manifest's version equals package.json's, no
 * source maps or test files inside, and the size is within budget.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync, renameSync, existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zip } from './zip.ts';

/** Store archives stay under this (Chrome Web Store and AMO accept far more; this is our own budget). */
export const MAX_ARCHIVE_BYTES = 12 * 1024 * 1024;
const FORBIDDEN = [/\.map$/, /(^|\/)tests?\//, /\.test\.[jt]sx?$/, /\.e2e\.[jt]s$/, /(^|\/)\.DS_Store$/];

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? files(p) : [p]; }).sort();
}

/** Throws with a clear reason when a built folder is not fit to ship. */
export function checkBuild(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
  if (manifest.version !== pkg.version) throw new Error(`${dir}/manifest.json has version ${manifest.version}, package.json ${pkg.version}`);
  const bad = files(dir).map((f) => relative(dir, f)).filter((f) => FORBIDDEN.some((re) => re.test(f)));
  if (bad.length) throw new Error(`${dir} contains files that must not ship: ${bad.slice(0, 5).join(', ')}`);
}

function checkSize(path: string): void {
  const size = statSync(path).size;
  if (size > MAX_ARCHIVE_BYTES) throw new Error(`${path} is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_ARCHIVE_BYTES / 1048576} MB budget`);
  console.log(`${path}: ${(size / 1048576).toFixed(2)} MB`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  if (!process.argv.includes('--no-build')) {
    run('npm', ['run', 'data']);
    run('npx', ['vite', 'build']);
    run('npx', ['vite', 'build'], { BACKSTORY_TARGET: 'firefox' });
  }
  checkBuild('dist');
  checkBuild('dist-firefox');
  const chrome = `backstory-chrome-${pkg.version}.zip`;
  writeFileSync(chrome, zip(files('dist').map((f) => ({ path: relative('dist', f), data: readFileSync(f) }))));
  checkSize(chrome);
  const firefox = `backstory-firefox-${pkg.version}.zip`;
  if (existsSync(firefox)) rmSync(firefox);
  run('npx', ['web-ext', 'build', '--source-dir', 'dist-firefox', '--artifacts-dir', '.cache/web-ext', '--overwrite-dest', '--filename', firefox, '--no-config-discovery']);
  renameSync(join('.cache/web-ext', firefox), firefox);
  checkSize(firefox);
}
