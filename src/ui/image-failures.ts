/**
 * A release image that does not load (gone since it was checked, unreadable, not really an image,
 * or never checked: the browser build has no file system to check it against). The slide already
 * shows without it (the ceremony slide draws its composed card); this tells someone, once per image:
 * App shows it or logs it, as the mode says (src/app/modes.ts `imageFailure`).
 * Load errors do not bubble, so the listener sits on the document in the capture phase.
 */
import type { Stop } from '../app/lifecycle';
import type { DeckPlan } from '../deck/plan';
import type { KioskProblem } from '../kiosk/problem';

/** The images the plan draws, by the URL the page loads them from. */
function imagesByUrl(plan: DeckPlan, assetUrl: (path: string) => string): Map<string, KioskProblem> {
  const images = new Map<string, KioskProblem>();
  for (const slide of plan.slides) {
    if (slide.kind === 'ceremony' && slide.photo) {
      images.set(new URL(assetUrl(slide.photo.src), document.baseURI).href, { kind: 'image', field: 'ceremony.photo', path: slide.photo.src });
    }
  }
  return images;
}

export function watchImageFailures(plan: DeckPlan, assetUrl: (path: string) => string, report: (problem: KioskProblem) => void): Stop {
  const images = imagesByUrl(plan, assetUrl);
  const told = new Set<string>();
  const onError = (event: Event) => {
    if (!(event.target instanceof HTMLImageElement)) return;
    const url = event.target.currentSrc || event.target.src;
    const image = images.get(url);
    if (!image || told.has(url)) return;
    told.add(url);
    report(image);
  };
  document.addEventListener('error', onError, true);
  return () => document.removeEventListener('error', onError, true);
}
