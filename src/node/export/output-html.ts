/**
 * The offline HTML player: a folder (or a .zip of it) that plays the kiosk loop from file:// with no
 * server and no request outside itself: index.html (the release inside as JSON data), the player
 * build (one classic script, its stylesheet, the fonts) and the images the release names, copied
 * through the one serving policy (only those images, only from inside the release's folder).
 *   player/index.html   player/assets/player.js, player.css, fonts/…   player/release/logos/x.svg
 * Open index.html: the kiosk loop; index.html?mode=deck: the briefing keys; ?font=large… as anywhere.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { planDeck } from '../../deck/plan';
import { releaseServables, serveFromRelease } from '../serving';
import { fileTarget } from './file-target';
import { exportQuery } from './options';
import type { Output } from './outputs';
import { embedTheme, playerIndex } from './player-html';
import { ExportToolError } from './pipeline';
import { stageFolder } from './staged-folder';

export const htmlOutput: Output = {
  rendersPages: false,
  async check(tools) {
    if (!tools.playerDir || !existsSync(join(tools.playerDir, 'index.template.html')) || !existsSync(join(tools.playerDir, 'assets', 'player.js'))) {
      throw new ExportToolError(`the offline player is not built (${tools.playerDir ?? 'out/player'}): run \`npm run build\` first`);
    }
  },
  async prepare(target, options) {
    if (options.zip) return fileTarget(target);
    const staged = await stageFolder(target);
    return { path: staged.dir, commit: staged.commit, discard: staged.discard };
  },
  async write({ job, target, progress, tools }) {
    const files = new Map<string, Uint8Array>();
    const playerDir = tools.playerDir!;
    for (const file of await listFiles(join(playerDir, 'assets'))) {
      files.set(relative(playerDir, file).split(sep).join('/'), await readFile(file));
    }
    const releaseDir = dirname(job.releasePath);
    const servables = releaseServables(job.release);
    for (const path of servables) {
      const served = await serveFromRelease(releaseDir, servables, `/${path}`);
      // An image that cannot be served is left out, as the app would not show it either (the slide shows without it).
      if (served.ok) files.set(`release/${path}`, await readFile(served.file));
    }
    const template = await readFile(join(playerDir, 'index.template.html'), 'utf8');
    const query = exportQuery({ ...job.options, format: 'html' });
    const text = await readFile(job.releasePath, 'utf8');
    files.set('index.html', new TextEncoder().encode(playerIndex(template, { file: basename(job.releasePath), text, query, ...(job.theme ? { theme: embedTheme(job.theme) } : {}) })));
    const pages = planDeck(job.release).slides.length;
    let bytes = 0;
    if (job.options.zip) {
      const tree: Zippable = {};
      // woff2 and images are compressed already: stored, not deflated again.
      for (const [path, data] of files) tree[path] = [data, { level: /\.(woff2|png|jpe?g|webp|gif|avif)$/i.test(path) ? 0 : 6 }];
      target.bytes = zipSync(tree);
      bytes = target.bytes.byteLength;
    } else {
      for (const [path, data] of files) {
        await mkdir(dirname(join(target.path, path)), { recursive: true });
        await writeFile(join(target.path, path), data);
        bytes += data.byteLength;
      }
    }
    progress({ stage: 'rendering', page: pages, pages });
    return { bytes, pages };
  },
};

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
