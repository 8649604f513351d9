/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { makeManifest, type Target } from './manifest.config.ts';

// BACKSTORY_TARGET=firefox builds dist-firefox/; the default is Chromium (Chrome, Edge).
const target: Target = process.env.BACKSTORY_TARGET === 'firefox' ? 'firefox' : 'chrome';

/** Ships PRIVACY.md inside the extension, so the options page can link to it offline. */
const privacyPolicy: Plugin = {
  name: 'backstory-privacy',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'PRIVACY.md', source: readFileSync('PRIVACY.md', 'utf8') });
  },
};

export default defineConfig({
  plugins: [
    preact(),
    privacyPolicy,
    crx({
      manifest: makeManifest(target),
      browser: target,
      // A self-contained content script: no loader and no web-accessible chunks that would let
      // pages detect the extension.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    modulePreload: false,
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
