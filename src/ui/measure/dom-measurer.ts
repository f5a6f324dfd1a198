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
import { firstQuestions, paginateDeck, type FlowFit, type Measurer } from '../../deck/paginate';
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

/**
 * The measuring stage and its slide views. One view per slide, kept mounted until destroy(): each
 * page of a slide is a patch of that slide's view (its kind's components stay), and the other views,
 * unchanged, cost no layout. `layouts` counts slides laid out (a batch counts each of its slides).
 */
export class DomMeasurer implements Measurer {
  layouts = 0;
  private readonly stage = document.createElement('div');
  private readonly slides = document.createElement('div');
  private readonly views = new Map<string, MountedSlide>();
  readonly flow?: (slide: Slide) => FlowFit[] | undefined;

  constructor(
    private readonly lang: string,
    private readonly assetUrl: (path: string) => string,
    options: MeasureOptions = {},
  ) {
    const { width, height } = options.canvas ?? CANVAS;
    this.stage.className = 'reveal pd-measure';
    this.stage.style.setProperty('--canvas-width', `${width}px`);
    this.stage.style.setProperty('--canvas-height', `${height}px`);
    this.stage.setAttribute('aria-hidden', 'true');
    this.stage.inert = true;
    this.slides.className = 'slides';
    this.stage.append(this.slides);
    document.body.append(this.stage);
    if (!options.everyPage) this.flow = (slide) => this.laidOut(slide, readFlow, undefined);
  }

  /**
   * Mounts these slides' views without laying them out: components are built (the first of each
   * kind is slow, its code cold) while the fonts still load; later measures of the same slides find
   * them ready.
   */
  prepare(slides: Slide[]): void {
    this.mountEach(slides);
  }

  fits(slide: Slide): boolean {
    return this.laidOut(slide, fitsCanvas, true);
  }

  fitsEach(list: Slide[]): boolean[] {
    this.layouts += list.length;
    // Mounted side by side, then read: the first read lays them all out at once.
    return this.mountEach(list).map(fitsCanvas);
  }

  destroy(): void {
    for (const v of this.views.values()) v.destroy();
    this.views.clear();
    this.stage.remove();
  }

  private view(key: string): MountedSlide {
    let v = this.views.get(key);
    if (!v) this.views.set(key, (v = new MountedSlide(this.slides, this.lang, this.assetUrl)));
    return v;
  }

  /** Several slides of one id (comparison rows, each on a page of its own) get a view each. */
  private mountEach(list: Slide[]): (HTMLElement | undefined)[] {
    const seen = new Map<string, number>();
    return list.map((slide) => {
      const n = seen.get(slide.id) ?? 0;
      seen.set(slide.id, n + 1);
      return this.view(n === 0 ? slide.id : `${slide.id}#${n}`).show(slide);
    });
  }

  private laidOut<R>(slide: Slide, read: (section: HTMLElement) => R, otherwise: R): R {
    this.layouts++;
    const section = this.view(slide.id).show(slide);
    return section ? read(section) : otherwise;
  }
}

function fitsCanvas(section: HTMLElement | undefined): boolean {
  return section ? !overflowsCanvas(section) : true;
}

/**
 * Marks `pressdeck:fonts` and `pressdeck:paginate` (the latest only; detail: layouts) in the
 * performance timeline, read by bench/paginate.ts. `?measure=every` lays out every candidate page.
 */
export async function paginateInDom(plan: DeckPlan, assetUrl: (path: string) => string): Promise<DeckPlan> {
  const start = performance.now();
  const everyPage = new URLSearchParams(location.search).get('measure') === 'every';
  const measurer = new DomMeasurer(plan.lang, assetUrl, { everyPage });
  try {
    const fonts = loadDeckFonts(plan);
    measurer.prepare(firstQuestions(plan));
    await fonts;
    const fontsDone = performance.now();
    const paged = paginateDeck(plan, measurer);
    // Keep only the latest figures: a kiosk re-paginates on every font change and edit, all day.
    performance.clearMeasures('pressdeck:fonts');
    performance.clearMeasures('pressdeck:paginate');
    performance.measure('pressdeck:fonts', { start, end: fontsDone });
    performance.measure('pressdeck:paginate', { start: fontsDone, end: performance.now(), detail: { layouts: measurer.layouts } });
    return paged;
  } finally {
    measurer.destroy();
  }
}
