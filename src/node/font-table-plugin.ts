/**
 * Build plugin: `import table from 'virtual:font-table/noto-sans-jp'` gives the renderer a compact
 * table of that @fontsource family's subsets (names and Unicode ranges, src/app/font-table.ts), and
 * the build copies the family's woff2 files (the weights asked for, no woff fallbacks) to
 * `assets/fonts/`. The renderer then loads exactly the subsets a deck's text needs, instead of
 * the stylesheet carrying an @font-face for every subset of every family.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { encodeRanges, parseUnicodeRange, type FontTable } from '../app/font-table';

const PREFIX = 'virtual:font-table/';
const require = createRequire(import.meta.url);

export interface FontFamilyFiles {
  family: string;
  weights: number[];
}

export function fontTables(families: Record<string, FontFamilyFiles>): Plugin {
  let building = false;
  let assetsDir = 'assets';
  const emitted = new Set<string>();
  const packageDir = (file: string) => dirname(require.resolve(`@fontsource/${file}/package.json`));
  return {
    name: 'pressdeck:font-tables',
    configResolved(config) {
      building = config.command === 'build';
      assetsDir = config.build.assetsDir;
    },
    buildStart() {
      emitted.clear();
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      // `?below=2e80`: only the ranges under that code point (a family's symbols, without its CJK).
      const [file = '', query = ''] = id.slice(PREFIX.length + 1).split('?');
      const below = new URLSearchParams(query).get('below');
      const limit = below ? parseInt(below, 16) : undefined;
      const spec = families[file];
      if (!spec) throw new Error(`font-table: no family "${file}" configured`);
      const dir = packageDir(file);
      const unicode = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
      // Subset names are keys like "latin" or "[12]" (numbered CJK subsets).
      const subsets = Object.entries(unicode).map(([key, css]): [string, string] => {
        const ranges = parseUnicodeRange(css).filter(([start]) => limit === undefined || start < limit).map(([a, b]): [number, number] => [a, limit === undefined ? b : Math.min(b, limit - 1)]);
        return [key.replace(/^\[(\d+)\]$/, '$1'), encodeRanges(ranges)];
      });
      if (building) {
        for (const [subset] of subsets) {
          for (const weight of spec.weights) {
            const name = `${file}-${subset}-${weight}-normal.woff2`;
            if (emitted.has(name)) continue;
            emitted.add(name);
            this.emitFile({ type: 'asset', fileName: `${assetsDir}/fonts/${name}`, source: readFileSync(join(dir, 'files', name)) });
          }
        }
      }
      const table: Omit<FontTable, 'base'> = { family: spec.family, file, weights: spec.weights, subsets, ...(limit !== undefined ? { below: limit } : {}) };
      // Built: the files sit in fonts/ beside the chunk; served by the dev server: straight from the package.
      // (import.meta.url goes through a variable so Vite does not take `new URL('fonts/', …)` for an asset of its own.)
      const base = building ? `new URL('fonts/', here).href` : JSON.stringify(`/@fs${join(dir, 'files')}/`);
      return `const here = import.meta.url;\nexport default { ...${JSON.stringify(table)}, base: ${base} };`;
    },
  };
}
