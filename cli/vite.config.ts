/**
 * The command line as a bundle in out/cli/, so `pressdeck` starts without compiling TypeScript at
 * run time (`npm run build`, `npm run build:cli`, and `npm install` through "prepare"):
 * - one ES module for Node 20+, its dependencies inside except playwright-core, which finds its
 *   own files at run time and loads only for `export` and `plan --font`;
 * - the importer, pdf-lib and the Chromium renderer in chunks of their own, loaded by the commands
 *   that use them (dynamic import()), so `validate` reads only what validating needs;
 * - out/cli/inputs.json: the project files that went in, so bin/pressdeck.mjs can tell a bundle
 *   older than its sources (cli/bundle.mjs);
 * - source maps, read only under --debug (process.setSourceMapsEnabled in bin/pressdeck.mjs).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Lists the project's own files in the bundle: what to compare the bundle's age with. */
function inputsManifest(): Plugin {
  return {
    name: 'pressdeck:cli-inputs',
    generateBundle() {
      const files = [...this.getModuleIds()]
        .filter((id) => id.startsWith(root) && !id.includes('node_modules'))
        .map((id) => relative(root, id).split('\\').join('/'))
        .sort();
      this.emitFile({ type: 'asset', fileName: 'inputs.json', source: `${JSON.stringify(files, null, 1)}\n` });
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  ssr: { target: 'node', noExternal: true, external: ['playwright-core'] },
  build: {
    ssr: 'cli/main.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: { output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
  plugins: [inputsManifest()],
});
