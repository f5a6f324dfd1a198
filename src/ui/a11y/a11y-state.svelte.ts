/**
 * The live accessibility choices of this window: read from the URL (tests, export, Electron's
 * command line) over what was stored, put on <html> as data attributes the CSS keys on, and stored
 * again whenever the viewer changes them.
 */
import { prefsFromSearch, prefsFromStorage, startingPrefs, type A11yPrefs, type Contrast, type Motion } from '../../a11y/prefs';
import '../../styles/a11y.css';
import { parseDiagonal, parseDistance, pickFontMode, type Legibility } from '../../a11y/distance';

const KEY = 'pressdeck.a11y';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage may be disabled; choices then last for the session
  }
}

export class A11yState {
  prefs: A11yPrefs = $state({ font: 'standard', shortcuts: true });
  /** When the URL gave a viewing distance and screen size: the font mode picked, and why. */
  legibility: Legibility | undefined = $state();
  #osReducedMotion = $state(false);
  #osMoreContrast = $state(false);

  constructor(search: string) {
    const fromUrl = prefsFromSearch(search);
    const params = new URLSearchParams(search);
    const distance = parseDistance(params.get('distance') ?? '');
    const diagonal = parseDiagonal(params.get('diagonal') ?? '');
    if (distance !== undefined && diagonal !== undefined) {
      this.legibility = pickFontMode(distance, diagonal);
      console.info(`PressDeck: ${this.legibility.message}`);
      fromUrl.font ??= this.legibility.font;
    }
    const print = params.get('mode') === 'print';
    this.prefs = startingPrefs(fromUrl, print ? {} : prefsFromStorage(storage()?.getItem(KEY) ?? null), print);
    const motion = matchMedia('(prefers-reduced-motion: reduce)');
    const contrast = matchMedia('(prefers-contrast: more), (forced-colors: active)');
    this.#osReducedMotion = motion.matches;
    this.#osMoreContrast = contrast.matches;
    motion.addEventListener('change', (e) => {
      this.#osReducedMotion = e.matches;
      this.#apply();
    });
    contrast.addEventListener('change', (e) => {
      this.#osMoreContrast = e.matches;
      this.#apply();
    });
    this.#apply();
  }

  get reducedMotion(): boolean {
    return this.prefs.motion ? this.prefs.motion === 'reduced' : this.#osReducedMotion;
  }

  get highContrast(): boolean {
    return this.prefs.contrast ? this.prefs.contrast === 'high' : this.#osMoreContrast;
  }

  update(change: Partial<A11yPrefs>): void {
    this.prefs = { ...this.prefs, ...change };
    storage()?.setItem(KEY, JSON.stringify(this.prefs));
    this.#apply();
  }

  toggleContrast(): void {
    this.update({ contrast: (this.highContrast ? 'standard' : 'high') satisfies Contrast });
  }

  toggleMotion(): void {
    this.update({ motion: (this.reducedMotion ? 'full' : 'reduced') satisfies Motion });
  }

  #apply(): void {
    const html = document.documentElement;
    html.dataset.font = this.prefs.font;
    // Resolved here, the person's choice over the OS's, so the stylesheet has one rule per mode
    // (src/styles/a11y.css) instead of a second copy of each under a media query.
    html.dataset.contrast = this.highContrast ? 'high' : 'standard';
    html.dataset.motion = this.reducedMotion ? 'reduced' : 'full';
  }
}
