#!/usr/bin/env node
// The `backstory` command: runs the TypeScript CLI (src/cli/main.ts) through tsx, so there is no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
