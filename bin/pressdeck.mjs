#!/usr/bin/env node
/**
 * `pressdeck`: runs the command line from its bundle (out/cli/, made by `npm run build`, or by
 * `npm install` through "prepare"), so no TypeScript is compiled at run time. In a checkout whose
 * sources changed since that build, or where it was never made, it runs the sources through tsx
 * (a devDependency) and says so once; without tsx it says how to build.
 */
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleState } from '../cli/bundle.mjs';

const root = new URL('..', import.meta.url);
const argv = process.argv.slice(2);
// --debug prints stack traces: through the source maps, they name the TypeScript lines.
if (argv.includes('--debug')) process.setSourceMapsEnabled(true);

const state = bundleState(fileURLToPath(root));
if (state.ok) {
  // Node 22.1+: V8's compiled code for the bundle is kept on disk (os.tmpdir(), or NODE_COMPILE_CACHE),
  // so later runs skip compiling it; a quiet no-op where it is unavailable (Node 20).
  module.enableCompileCache?.();
  const { main } = await import(new URL('out/cli/main.js', root).href);
  await main(argv);
} else {
  const tsx = await import('tsx/esm/api').catch(() => undefined);
  if (tsx) {
    process.stderr.write(`pressdeck: running from source (${state.reason}); \`npm run build:cli\` makes it start faster\n`);
    tsx.register();
    const { main } = await import(new URL('cli/main.ts', root).href);
    await main(argv);
  } else {
    process.stderr.write(`pressdeck: the command line is not built (${state.reason}): run \`npm run build:cli\` in ${fileURLToPath(root)}\n`);
    process.exitCode = 1;
  }
}
