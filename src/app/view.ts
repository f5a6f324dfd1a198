/**
 * How this window was asked to show the deck, read once from its URL, so the built renderer runs
 * in a plain browser (tests, PDF export) exactly as Electron drives it. The parameters are listed in
 * README.md ("The browser build").
 *   readView('?mode=kiosk&release=fixtures/x.release.yaml&watch=1', './default.release.yaml')
 *     → { mode: MODES.kiosk, releaseUrl: 'fixtures/x.release.yaml', watch: true, kiosk: {…}, … }
 */
import type { RevealConfig } from 'reveal.js';
import { readKioskView, type KioskView } from '../kiosk/query';
import { printRevealOverrides, readPrintOptions, type PrintOptions } from '../print/print-view';
import { MODE_NAMES, MODES, RENAMED_MODES, type Mode, type ModeName } from './modes';
import type { TestHooks } from './test-hooks';

export interface View {
  mode: Mode;
  /** URL of a release file to fetch in the plain-browser build; ignored under Electron. */
  releaseUrl: string;
  /** Plain-browser build: poll the release URL and show edits (`&watch=1`). */
  watch: boolean;
  /** Deck and audience windows: advance by each slide's time on screen (`&auto=1`, the app's --auto). */
  auto: boolean;
  /** reveal.js settings of the mode (over revealConfig()). */
  reveal: RevealConfig;
  kiosk?: KioskView;
  print?: PrintOptions;
  /** The query string, for the display settings it carries (font, contrast, motion, distance…). */
  search: string;
  /** What to tell whoever wrote the URL: old spellings (they still work), unknown modes. */
  warnings: string[];
}

export function readView(search: string, defaultReleaseUrl: string, test: TestHooks = {}): View {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const asked = params.get('mode') ?? 'deck';
  let name: ModeName = 'deck';
  if ((MODE_NAMES as readonly string[]).includes(asked)) name = asked as ModeName;
  else if (RENAMED_MODES[asked]) {
    name = RENAMED_MODES[asked];
    warnings.push(`mode=${asked} is deprecated: use mode=${name}`);
  } else warnings.push(`mode=${asked} is not a mode (${MODE_NAMES.join(', ')}): showing deck`);
  const mode = MODES[name];
  const kiosk = mode.overlay === 'kiosk' ? readKioskView(params, test) : undefined;
  const print = name === 'print' ? readPrintOptions(search) : undefined;
  return {
    mode,
    releaseUrl: params.get('release') ?? defaultReleaseUrl,
    watch: params.get('watch') === '1',
    auto: params.get('auto') === '1',
    reveal: print ? printRevealOverrides(print) : mode.reveal,
    ...(kiosk ? { kiosk } : {}),
    ...(print ? { print } : {}),
    search,
    warnings: [...warnings, ...(kiosk?.deprecated ?? [])],
  };
}
