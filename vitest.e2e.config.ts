import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium per file, files one after another (these machines have 2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts', 'tests/hostile/**/*.e2e.ts', 'tests/firefox/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    environment: 'node',
  },
});
