/**
 * The offline HTML player's build (`npm run build` runs it after electron-vite): the same renderer as
 * out/renderer, as ONE classic script, because Chromium refuses module scripts and fetch() from
 * file:// pages. Its index.html is written by each export (src/node/export/player-html.ts), with the
 * release in it as JSON data. Output: out/player/assets/{player.js, player.css, fonts/}.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { playerTemplate } from './src/node/export/player-html';
import { fontTables } from './src/node/font-table-plugin';
import { revealCssTrim } from './src/node/reveal-css-trim';

const __dirname = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: resolve(__dirname, 'src'),
  publicDir: false,
  base: './',
  // A classic script has no import.meta: the font table finds fonts/ beside the script, whose URL is
  // document.currentScript while it first runs (the table is read then, synchronously).
  define: { 'import.meta.url': '(document.currentScript && document.currentScript.src || document.baseURI)' },
  build: {
    outDir: resolve(__dirname, 'out/player'),
    emptyOutDir: true,
    minify: true,
    cssCodeSplit: false,
    lib: { entry: resolve(__dirname, 'src/main.ts'), formats: ['iife'], name: 'PressDeckPlayer', fileName: () => 'assets/player.js', cssFileName: 'assets/player' },
  },
  // Same plugins and fonts as the renderer (electron.vite.config.ts), so the player looks the same.
  plugins: [
    emitTemplate(),
    svelte({ configFile: false, compilerOptions: { runes: true } }),
    revealCssTrim(),
    fontTables({ 'noto-sans': { family: 'Noto Sans', weights: [400, 600, 700] }, 'noto-sans-jp': { family: 'Noto Sans JP', weights: [400, 700] } }),
  ],
});

/** out/player/index.template.html: src/index.html (its CSP as written) loading the classic script. */
function emitTemplate(): Plugin {
  return {
    name: 'pressdeck:player-template',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'index.template.html', source: playerTemplate(readFileSync(resolve(__dirname, 'src/index.html'), 'utf8')) });
    },
  };
}
