/**
 * The last step of both export paths: Chromium's PDF gets the release's document information and an
 * outline with exactly one bookmark per page (slide title). The engines no longer ask Chromium for its
 * heading-based outline (one entry per <h1>, not per slide), which was replaced here anyway; any
 * outline a PDF brings is replaced. Tagging and fonts are untouched.
 */
import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFDict, type PDFRef } from 'pdf-lib';
import type { DocumentInfo } from './document-info';

export interface Bookmark {
  title: string;
  /** Zero-based page index. */
  page: number;
}

export async function finishPdf(pdf: Uint8Array, info: DocumentInfo, bookmarks: readonly Bookmark[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageCount = doc.getPageCount();
  // One page per slide, exactly: a blank trailing page or a slide split over two pages is a failed export.
  if (bookmarks.length > 0 && pageCount !== bookmarks.length) {
    throw new Error(`the PDF has ${pageCount} pages for ${bookmarks.length} slides (a slide did not fit its page)`);
  }
  for (const b of bookmarks) {
    if (b.page < 0 || b.page >= pageCount) throw new Error(`bookmark "${b.title}" points at page ${b.page + 1} of ${pageCount}`);
  }
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setCreator('PressDeck');
  doc.setProducer('PressDeck with Chromium (Skia/PDF) and pdf-lib');
  doc.setCreationDate(info.creationDate);
  doc.setModificationDate(info.creationDate);
  doc.setLanguage(info.lang);
  setOutline(doc, bookmarks);
  return doc.save({ useObjectStreams: true });
}

function setOutline(doc: PDFDocument, bookmarks: readonly Bookmark[]): void {
  const { context, catalog } = doc;
  if (bookmarks.length === 0) {
    catalog.delete(PDFName.of('Outlines'));
    return;
  }
  const pages = doc.getPages();
  const rootRef = context.nextRef();
  const refs: PDFRef[] = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((b, i) => {
    const item: PDFDict = context.obj({
      Title: PDFHexString.fromText(b.title || `Slide ${i + 1}`),
      Parent: rootRef,
      // Fit the whole page: a bookmark shows its slide, whatever the viewer's zoom.
      Dest: context.obj([pages[b.page]!.ref, PDFName.of('Fit')]),
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, item);
  });
  context.assign(
    rootRef,
    context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: PDFNumber.of(refs.length) }),
  );
  catalog.set(PDFName.of('Outlines'), rootRef);
  // Open with the bookmarks panel showing: the outline is how a reader finds a slide.
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
