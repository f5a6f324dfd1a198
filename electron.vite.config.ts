import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { withDevStyleNonce } from './src/node/csp';
import { fontTables } from './src/node/font-table-plugin';
import { revealCssTrim } from './src/node/reveal-css-trim';

const __dirname = fileURLToPath(new URL('.', import.meta.url));

/**
 * `npm run dev` only (apply: 'serve'): Vite injects component styles as <style> elements, which
 * index.html's policy refuses. Vite stamps them with this nonce (html.cspNonce) and the dev server's
 * index.html allows it in style-src (src/node/csp.ts). `npm run build` never runs this plugin, so
 * the built app's policy is the file's, as strict as written.
 */
export const DEV_STYLE_NONCE = 'pressdeck-dev-styles';
export function devStyleNonce(): Plugin {
  return {
    name: 'pressdeck:dev-style-nonce',
    apply: 'serve',
    config: () => ({ html: { cspNonce: DEV_STYLE_NONCE } }),
    transformIndexHtml: (html) => withDevStyleNonce(html, DEV_STYLE_NONCE),
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file: no ES modules, no requires of its own files.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src'),
    // Release files ship beside the built renderer so the plain-browser build can fetch the default deck.
    publicDir: resolve(__dirname, 'slides'),
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'src/index.html') } },
      // Fonts stay files (not data: URLs) so the CSP can keep font-src 'self'.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified; minified, its script parses in half the time.
      minify: true,
    },
    // The svelte plugin looks for its config in the renderer root; inline options instead.
    // Fonts: the weights theme.css uses; the renderer loads only the subsets a deck's text needs (src/app/fonts.ts).
    plugins: [
      svelte({ configFile: false, compilerOptions: { runes: true } }),
      devStyleNonce(),
      revealCssTrim(),
      fontTables({ 'noto-sans': { family: 'Noto Sans', weights: [400, 600, 700] }, 'noto-sans-jp': { family: 'Noto Sans JP', weights: [400, 700] } }),
    ],
  },
});
