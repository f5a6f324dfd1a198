#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so the repo and an installed package behave the same.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
