/**
 * Command line of the app → what to open and how. Pure, so it is unit-tested without Electron; the
 * main process, `npm start`'s launcher and `pressdeck kiosk` / `present` all parse with it.
 *   ['slides/x.release.yaml'] → { ok: true, options: { release: 'slides/x.release.yaml', mode: 'deck' } }
 * Chromium's own switches (--no-sandbox, --enable-logging, …) are passed over, not rejected; the
 * debugging ones (--inspect*, --remote-debugging-*) only outside a packaged build.
 * The screen option is --screen: Chromium reads --display as the X11 display to connect to.
 */
import { defineOptions, parseOptions, type OptionSpecs } from './args';
import type { ModeName } from '../app/modes';
import { RENAMED_FLAGS, renameOldFlags, validateKioskConfig, type KioskConfig } from '../kiosk/settings-schema';
import { A11Y_OPTIONS, a11yQuery, type A11yQuery } from './a11y-options';
import { themeReference } from '../theme/reference';

export interface AppOptions {
  /** Path of the release file; undefined means the bundled default release. */
  release?: string;
  /** `deck`: one window to step through; with `present`, a briefing's two windows (src/app/modes.ts). */
  mode: Extract<ModeName, 'deck' | 'kiosk'>;
  /** --present: a briefing with an audience window and a presenter window. */
  present?: true;
  /** --screen <n|id|name>: the display for the audience (briefing) or the kiosk window. */
  display?: string;
  /** --auto: advance by each slide's time on screen in a briefing too. */
  auto?: true;
  /** Kiosk options given on the command line; they override pressdeck.config.json. */
  kiosk?: KioskConfig;
  /** --config: the kiosk settings file, instead of pressdeck.config.json beside the release. */
  config?: string;
  /** --theme: a built-in theme or a *.theme.yaml file, over pressdeck.config.json's and the release's. */
  theme?: string;
  /** Font mode, contrast, motion, viewing distance: passed to the renderer's URL. */
  a11y?: A11yQuery;
  /** Old flag spellings used (they still work), each with what to write instead. */
  deprecated?: string[];
}

/** Kiosk flag → config field (the same names as pressdeck.config.json, in kebab case). */
const KIOSK_VALUES = { screen: 'display', 'idle-resume': 'idleResume', 'daily-reload': 'dailyReload', 'exit-chord': 'exitChord', speed: 'speed', 'hide-cursor-after': 'hideCursorAfter' } as const;

/**
 * The app's options: what is parsed here, and the option list of `pressdeck kiosk --help` and
 * `pressdeck present --help` (`only` keeps kiosk settings out of the briefing's help and back).
 */
export const APP_OPTIONS = defineOptions({
  kiosk: { type: 'boolean', help: 'booth kiosk: full screen, looping, unattended' },
  present: { type: 'boolean', help: 'briefing: the slides full screen for the room, the presenter view for the speaker' },
  screen: { type: 'string', value: 'n|name', help: 'the display: its number (1 = first) or part of its name' },
  auto: { type: 'boolean', help: 'advance by each slide’s time on screen in a briefing too' },
  'idle-resume': { type: 'string', value: '30s', help: 'quiet time after a visitor’s input before the loop resumes' },
  'idle-restart': { type: 'boolean', help: 'resume on the title slide' },
  'hide-cursor-after': { type: 'string', value: '3s', help: 'still time before the pointer hides' },
  speed: { type: 'string', value: '0.5-10', help: 'starting speed factor of the loop' },
  'exit-chord': { type: 'string', value: 'Ctrl+Alt+Shift+Q', help: 'the key chord that leaves the kiosk' },
  'daily-reload': { type: 'string', value: 'HH:MM', help: 'a fresh renderer every day at this local time' },
  config: { type: 'string', value: 'file.json', help: 'kiosk settings file (default: pressdeck.config.json beside the release)' },
  theme: { type: 'string', value: 'name|file.theme.yaml', help: 'the look: ministry, night, fair, or a *.theme.yaml file (over the config’s and the release’s)' },
  ...A11Y_OPTIONS,
});

/**
 * The options of `pressdeck kiosk` or `pressdeck present`: the app's, with the mode flags and the
 * other mode's settings hidden from --help (still parsed, so the app's own message explains them).
 */
export function appOptionsFor(mode: 'kiosk' | 'present'): OptionSpecs {
  const kioskOnly = [...Object.keys(KIOSK_VALUES).filter((f) => f !== 'screen'), 'idle-restart', 'config'];
  const hidden = new Set(['kiosk', 'present', ...(mode === 'kiosk' ? ['auto'] : kioskOnly)]);
  const current = Object.entries(APP_OPTIONS).map(([name, spec]) => [name, hidden.has(name) ? { ...spec, hidden: true } : spec] as const);
  // Old spellings are accepted here too, out of --help: parseAppOptions renames them and says so.
  const renamed = Object.entries(RENAMED_FLAGS).map(([old, now]) => [old, { ...APP_OPTIONS[now as keyof typeof APP_OPTIONS], hidden: true, help: `the older spelling of --${now}` }] as const);
  return Object.fromEntries([...current, ...renamed]);
}

export type OptionsResult = { ok: true; options: AppOptions } | { ok: false; error: string };

export const APP_USAGE = 'Usage: npm start -- [--kiosk | --present] [--screen N|name] [--theme name|file.theme.yaml] [release.yaml]';

/**
 * Chromium and Electron switches a booth operator may need; they act before this parser runs. Also
 * the process serial number older macOS versions add to apps started from the Finder.
 */
const CHROMIUM_SWITCH = /^(--(no-sandbox|disable-gpu.*|enable-logging.*|user-data-dir=.*|ozone-platform.*|enable-features=.*|disable-features=.*|lang=.*)|-psn_[\d_]+)$/;
/** Node's inspector and Chromium's DevTools endpoint: they hand the whole app to whoever connects. */
const DEBUG_SWITCH = /^--(inspect|remote-debugging-)/;

export interface ParseContext {
  /** A packaged build (app.isPackaged): debugging switches are refused, not passed over. */
  packaged?: boolean;
}

export function parseAppOptions(argv: readonly string[], context: ParseContext = {}): OptionsResult {
  const debug = argv.find((a) => DEBUG_SWITCH.test(a));
  if (debug && context.packaged) return { ok: false, error: `${debug.split('=')[0]} is refused: a packaged PressDeck cannot be debugged from its command line` };
  const renamed = renameOldFlags(argv.filter((a) => !CHROMIUM_SWITCH.test(a) && !DEBUG_SWITCH.test(a)));
  const parsed = parseOptions(renamed.argv, APP_OPTIONS);
  if (!parsed.ok) {
    const display = /^unknown option --display\b/.test(parsed.error);
    return { ok: false, error: display ? 'unknown option --display: choose the screen with --screen (Chromium reads --display as the X11 display to connect to)' : parsed.error };
  }
  const { values } = parsed;
  if (values.present && values.kiosk) return { ok: false, error: '--present and --kiosk do not go together' };
  if (parsed.positional.length > 1) return { ok: false, error: `expected one release file, got ${parsed.positional.length}` };
  if (values.theme !== undefined) {
    const ref = themeReference(values.theme);
    if (ref.kind === 'invalid') return { ok: false, error: `--theme: ${ref.message}` };
  }
  const a11y = a11yQuery(values);
  if (!a11y.ok) return { ok: false, error: a11y.error };
  const options: AppOptions = {
    release: parsed.positional[0],
    mode: values.kiosk ? 'kiosk' : 'deck',
    // Only set when given, so the common case stays `{ release, mode }`.
    ...(values.present ? { present: true as const } : {}),
    // In kiosk mode --screen belongs to the kiosk settings (below), validated with them.
    ...(values.screen !== undefined && !values.kiosk ? { display: values.screen } : {}),
    ...(values.auto ? { auto: true as const } : {}),
    ...(values.theme !== undefined ? { theme: values.theme } : {}),
    ...(Object.keys(a11y.query).length > 0 ? { a11y: a11y.query } : {}),
    ...(renamed.deprecated.length > 0 ? { deprecated: renamed.deprecated } : {}),
  };
  const kioskOnly = Object.keys(KIOSK_VALUES).filter((f) => f !== 'screen' && values[f as keyof typeof KIOSK_VALUES] !== undefined);
  if (!values.kiosk && (kioskOnly.length > 0 || values['idle-restart'])) {
    return { ok: false, error: `--${kioskOnly[0] ?? 'idle-restart'} only applies with --kiosk` };
  }
  if (!values.kiosk) return { ok: true, options };
  const kiosk = kioskFlags(values);
  if (!kiosk.ok) return kiosk;
  if (kiosk.config) options.kiosk = kiosk.config;
  if (values.config) options.config = values.config;
  return { ok: true, options };
}

function kioskFlags(values: Partial<Record<keyof typeof KIOSK_VALUES, string>> & { 'idle-restart'?: boolean }): { ok: true; config?: KioskConfig } | { ok: false; error: string } {
  const raw: Record<string, unknown> = {};
  for (const [flag, field] of Object.entries(KIOSK_VALUES)) {
    const v = values[flag as keyof typeof KIOSK_VALUES];
    if (v === undefined) continue;
    raw[field] = field === 'speed' ? Number(v) : field === 'display' && /^\d+$/.test(v) ? Number(v) : v;
  }
  if (values['idle-restart']) raw.idleRestart = true;
  if (Object.keys(raw).length === 0) return { ok: true };
  const result = validateKioskConfig(raw);
  if (result.ok) return { ok: true, config: result.config };
  const flagOf = (field: string) => Object.entries(KIOSK_VALUES).find(([, f]) => f === field)?.[0] ?? field;
  return { ok: false, error: result.problems.map((p) => `--${flagOf(p.field)}: ${p.message}`).join('; ') };
}

/**
 * Electron's process.argv → the app's own arguments. Packaged, everything after the executable.
 * Otherwise Electron's default app took the first argument that is not a switch as the app
 * (default_app/main.ts: `-r`/`--require` take the next argument, `--app=` names it inline), and
 * the app's arguments are the ones after it:
 *   ['electron', '--no-sandbox', '.', '--kiosk']                       → ['--kiosk']   (electron-vite)
 *   ['electron', '-r', 'loader.js', '--inspect=0', '/repo', '--present'] → ['--present'] (Playwright)
 */
export function appArgsFromArgv(argv: readonly string[], packaged: boolean): string[] {
  if (packaged) return argv.slice(1);
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-r' || arg === '--require') i++;
    else if (arg.startsWith('--app=') || !arg.startsWith('-')) return argv.slice(i + 1);
  }
  return [];
}
