/**
 * The Measurer the renderer paginates with: each candidate page is mounted, as the real slide
 * component, on a hidden stage of the canvas's size that shares the document's CSS (font mode,
 * contrast, any forced text spacing), and checked for overflow; or, for a page of flowing text, laid
 * out once with what follows it and read for every shorter page (readFlow). Fonts are loaded first
 * so the measure is the rendered text, not a fallback font's.
 */
import { loadFontsFor } from '../../app/fonts';
import { labelsFor } from '../../deck/labels';
import type { DeckPlan, Slide } from '../../deck/plan';
import { paginateDeck, type Measurer } from '../../deck/paginate';
import { CANVAS } from '../reveal-config';
import { readFlow } from './flow-fit';
import { overflowsCanvas } from './overflow';
import { MountedSlide } from './stage.svelte';
import './measure.css';

/**
 * Loads the font subsets the deck's text needs: the release's words, and the deck's own (labels,
 * the continuation marker, digits of page numbers), so what is measured is what is shown.
 */
export async function loadDeckFonts(plan: DeckPlan): Promise<void> {
  const L = labelsFor(plan.lang);
  const own = Object.values(L).filter((v): v is string => typeof v === 'string');
  const text = [JSON.stringify(plan.slides), ...own, L.memberCompanies('0'), L.continued(1234567890, 99)].join(' ');
  await loadFontsFor(text, plan.lang).catch(() => undefined);
}

export interface MeasureOptions {
  /** Lay out every candidate page instead of reading shorter pages from a longer layout (the reference the faster way is checked against). */
  everyPage?: boolean;
  canvas?: { width: number; height: number };
}

/** How many slides were laid out (a batch laid out together counts each of its slides): the cost of a pagination. */
export interface MeasureCount {
  layouts: number;
}

export function withDomMeasurer<T>(lang: string, assetUrl: (path: string) => string, use: (m: Measurer, count: MeasureCount) => T, options: MeasureOptions = {}): T {
  const { width, height } = options.canvas ?? CANVAS;
  const stage = document.createElement('div');
  stage.className = 'reveal pd-measure';
  stage.style.setProperty('--canvas-width', `${width}px`);
  stage.style.setProperty('--canvas-height', `${height}px`);
  stage.setAttribute('aria-hidden', 'true');
  stage.inert = true;
  const slides = document.createElement('div');
  slides.className = 'slides';
  stage.append(slides);
  document.body.append(stage);
  const count: MeasureCount = { layouts: 0 };
  // Views on the stage, kept mounted; several at once when several slides are measured together.
  const views: MountedSlide[] = [];
  const view = (i: number) => {
    while (views.length <= i) views.push(new MountedSlide(slides, lang, assetUrl));
    return views[i]!;
  };
  const laidOut = <R>(slide: Slide, read: (section: HTMLElement) => R, otherwise: R): R => {
    count.layouts++;
    const section = view(0).show(slide);
    return section ? read(section) : otherwise;
  };
  const fits = (section: HTMLElement | undefined) => (section ? !overflowsCanvas(section) : true);
  const measurer: Measurer = {
    fits: (slide) => laidOut(slide, (section) => fits(section), true),
    fitsEach: (list) => {
      count.layouts += list.length;
      // Mounted side by side, then read: the first read lays them all out at once.
      const sections = list.map((slide, i) => view(i).show(slide));
      const answers = sections.map(fits);
      // Single measures lay out the first view only: the others leave the stage.
      for (const v of views.splice(1)) v.destroy();
      return answers;
    },
    ...(options.everyPage ? {} : { flow: (slide: Slide) => laidOut(slide, readFlow, undefined) }),
  };
  try {
    return use(measurer, count);
  } finally {
    for (const v of views) v.destroy();
    stage.remove();
  }
}

/**
 * Marks `pressdeck:fonts` and `pressdeck:paginate` (the latest only; detail: layouts) in the
 * performance timeline, read by bench/paginate.ts. `?measure=every` lays out every candidate page.
 */
export async function paginateInDom(plan: DeckPlan, assetUrl: (path: string) => string): Promise<DeckPlan> {
  const start = performance.now();
  await loadDeckFonts(plan);
  const fontsDone = performance.now();
  const everyPage = new URLSearchParams(location.search).get('measure') === 'every';
  let layouts = 0;
  const paged = withDomMeasurer(plan.lang, assetUrl, (m, count) => {
    const p = paginateDeck(plan, m);
    layouts = count.layouts;
    return p;
  }, { everyPage });
  // Keep only the latest figures: a kiosk re-paginates on every font change and edit, all day.
  performance.clearMeasures('pressdeck:fonts');
  performance.clearMeasures('pressdeck:paginate');
  performance.measure('pressdeck:fonts', { start, end: fontsDone });
  performance.measure('pressdeck:paginate', { start: fontsDone, end: performance.now(), detail: { layouts } });
  return paged;
}
