/**
 * Print mode of the renderer (`?mode=print`): reveal's print view lays every slide out as one page,
 * then this module waits until what would be printed is final — reveal's `pdf-ready`, web fonts,
 * decoded images, one more layout — and only then raises the flag exporters wait on:
 *   <html data-print-ready="true">   (or data-print-error="what went wrong")
 * No fixed delay anywhere: a 60-slide deck simply takes longer to become ready.
 */
import type { RevealApi, RevealConfig } from 'reveal.js';
import { CANVAS, NOTES_BAND_HEIGHT } from '../ui/reveal-config';
import './print.css';

export interface PrintOptions {
  /** `?notes=1`: speaker notes printed in a band under each slide (pages become 1920×1620). */
  notes: boolean;
}

export function readPrintOptions(search: string): PrintOptions {
  const value = new URLSearchParams(search).get('notes');
  return { notes: value === '1' || value === 'true' };
}

export { NOTES_BAND_HEIGHT };

/**
 * reveal settings for print: its print view, no motion, nothing interactive. reveal sizes the page
 * (its injected @page rule) from width/height: the canvas, or with notes the canvas plus the band.
 * Both @page texts are allowed by hash in the CSP of index.html.
 */
export function printRevealOverrides(options: PrintOptions): RevealConfig {
  return {
    view: 'print',
    width: CANVAS.width,
    height: CANVAS.height + (options.notes ? NOTES_BAND_HEIGHT : 0),
    margin: 0,
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    // reveal's own notes printing uses innerHTML; ours (below) copies text only.
    showNotes: false,
    transition: 'none',
    backgroundTransition: 'none',
    keyboard: false,
    touch: false,
    overview: false,
  };
}

/** Must be called before reveal initializes: pdf-ready fires during initialize(). */
export function watchPrintReady(deck: RevealApi, options: PrintOptions, doc: Document = document): void {
  deck.on('pdf-ready', () => {
    whenFinal(doc, options).then(
      () => {
        doc.documentElement.dataset.printReady = 'true';
      },
      (error: unknown) => markPrintFailed(`the slides could not be laid out for print: ${(error as Error).message}`, doc),
    );
  });
}

/** Tells a waiting exporter that there will be nothing to print (for example an invalid release). */
export function markPrintFailed(message: string, doc: Document = document): void {
  doc.documentElement.dataset.printError = message;
}

async function whenFinal(doc: Document, options: PrintOptions): Promise<void> {
  const sections = unwrapPages(doc);
  if (options.notes) {
    doc.documentElement.classList.add('print-notes');
    for (const section of sections) section.after(notesBand(section, doc));
  }
  await doc.fonts.ready;
  const images = [...doc.querySelectorAll<HTMLImageElement>('.reveal img')];
  // A broken image must not stop the export: the slide prints without it, as it shows on screen.
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  // Fonts that arrived late can reflow text: let layout settle for two frames before anyone prints.
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  await doc.fonts.ready;
}

/**
 * reveal's print view wraps each section in a div.pdf-page; every slide style (ours, and the font
 * modes' pagination) is written for `.slides > section`. Put the sections back as direct children:
 * each section is then one page by itself (print.css), and exporters count `.slides > section`.
 */
function unwrapPages(doc: Document): HTMLElement[] {
  for (const page of doc.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')) {
    const section = page.querySelector<HTMLElement>(':scope > section');
    if (section) page.replaceWith(section);
    else page.remove();
  }
  const sections = [...doc.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  // Positions reveal set for its absolute pdf-page layout; anything else set inline (a font mode's
  // custom properties) stays.
  for (const section of sections) for (const p of ['left', 'top', 'width', 'height', 'display']) section.style.removeProperty(p);
  return sections;
}

function notesBand(section: HTMLElement, doc: Document): HTMLElement {
  const band = doc.createElement('div');
  band.className = 'print-notes-band';
  const heading = doc.createElement('p');
  heading.className = 'print-notes-heading';
  heading.textContent = 'Speaker notes';
  const text = doc.createElement('p');
  text.className = 'print-notes-text';
  // Text only: release text is data, never HTML.
  text.textContent = section.querySelector('aside.notes')?.textContent?.trim() || '—';
  band.append(heading, text);
  return band;
}
