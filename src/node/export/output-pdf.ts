/**
 * PDF: Chromium prints the print layout (one page per slide page); pdf-lib adds the release's
 * document information and one bookmark per page (pdf-finish.ts).
 */
import { documentInfo } from './document-info';
import { fileTarget } from './file-target';
import type { Output } from './outputs';
import { finishPdf } from './pdf-finish';

export const pdfOutput: Output = {
  rendersPages: true,
  prepare: (target) => fileTarget(target),
  async write({ job, target, progress, rendered }) {
    const { page, pages, done } = rendered!;
    progress({ stage: 'printing', pages: pages.length });
    const pdf = await page.pdf();
    done();
    const bookmarks = pages.map((p, i) => {
      progress({ stage: 'finishing', page: i + 1, pages: pages.length });
      return { title: p.title, page: i };
    });
    target.bytes = await finishPdf(pdf, documentInfo(job.release), bookmarks);
    return { bytes: target.bytes.byteLength, pages: pages.length };
  },
};
