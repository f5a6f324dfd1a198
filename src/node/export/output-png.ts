/**
 * PNG: one image per page, numbered, at the page size times --scale.
 *   --out deck.png → deck-01.png, deck-02.png … beside it;  --format png --out pages/ → pages/01.png …
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Output } from './outputs';
import { numberedName, pageImages } from './page-images';
import { stageFiles, stageFolder } from './staged-folder';

export const pngOutput: Output = {
  rendersPages: true,
  async prepare(target) {
    const asFiles = /\.png$/i.test(target);
    const staged = asFiles ? await stageFiles(dirname(target)) : await stageFolder(target);
    return { path: staged.dir, commit: staged.commit, discard: staged.discard, stem: asFiles ? basename(target).replace(/\.png$/i, '') : '' };
  },
  async write({ target, progress, rendered }) {
    const { page, pages, done } = rendered!;
    let bytes = 0;
    await pageImages(page, pages.length, async (i, png) => {
      progress({ stage: 'rendering', page: i + 1, pages: pages.length });
      bytes += png.byteLength;
      await writeFile(join(target.path, numberedName(target.stem ?? '', i, pages.length)), png);
    });
    done();
    return { bytes, pages: pages.length };
  },
};
