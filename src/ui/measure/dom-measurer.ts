/**
 * The Measurer the renderer paginates with: each candidate page is mounted, as the real slide
 * component, on a hidden 1920×1080 stage that shares the document's CSS (font mode, contrast, any
 * forced text spacing), and checked for overflow. Fonts are loaded first so the measure is the
 * rendered text, not a fallback font's.
 */
import { flushSync, mount, unmount } from 'svelte';
import { loadFontsFor } from '../../app/fonts';
import { labelsFor } from '../../deck/labels';
import type { DeckPlan, Slide } from '../../deck/plan';
import { paginateDeck, type Measurer } from '../../deck/paginate';
import SlideView from '../SlideView.svelte';
import { overflowsCanvas } from './overflow';
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

export function withDomMeasurer<T>(lang: string, assetUrl: (path: string) => string, use: (m: Measurer) => T): T {
  const stage = document.createElement('div');
  stage.className = 'reveal pd-measure';
  stage.setAttribute('aria-hidden', 'true');
  stage.inert = true;
  const slides = document.createElement('div');
  slides.className = 'slides';
  stage.append(slides);
  document.body.append(stage);
  try {
    return use({
      fits(slide: Slide) {
        const view = mount(SlideView, { target: slides, props: { slide, lang, assetUrl } });
        flushSync();
        try {
          const section = slides.lastElementChild as HTMLElement | null;
          return section ? !overflowsCanvas(section) : true;
        } finally {
          unmount(view);
        }
      },
    });
  } finally {
    stage.remove();
  }
}

/** Marks `pressdeck:paginate` (the latest only) in the performance timeline, read by bench/paginate.ts. */
export async function paginateInDom(plan: DeckPlan, assetUrl: (path: string) => string): Promise<DeckPlan> {
  const start = performance.now();
  await loadDeckFonts(plan);
  const fontsDone = performance.now();
  const paged = withDomMeasurer(plan.lang, assetUrl, (m) => paginateDeck(plan, m));
  // Keep only the latest figures: a kiosk re-paginates on every font change and edit, all day.
  performance.clearMeasures('pressdeck:fonts');
  performance.clearMeasures('pressdeck:paginate');
  performance.measure('pressdeck:fonts', { start, end: fontsDone });
  performance.measure('pressdeck:paginate', { start: fontsDone, end: performance.now() });
  return paged;
}
