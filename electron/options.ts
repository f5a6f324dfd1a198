/**
 * Command line of the app → what to open and how. Pure, so it is unit-tested without Electron.
 *   ['slides/x.release.yaml'] → { ok: true, options: { release: 'slides/x.release.yaml', mode: 'briefing' } }
 * Chromium's own switches (--no-sandbox, --enable-logging, …) are passed over, not rejected.
 */
import { parseArgs } from '../cli/args';
import type { Mode } from '../src/app/settings';
import { A11Y_FLAG_OPTIONS, A11Y_VALUE_OPTIONS, a11yQuery, type A11yQuery } from './a11y-options';

export interface AppOptions {
  /** Path of the release file; undefined means the bundled default release. */
  release?: string;
  mode: Exclude<Mode, 'print'>;
  /** Font mode, contrast, motion, viewing distance: passed to the renderer's URL. */
  a11y?: A11yQuery;
}

export type OptionsResult = { ok: true; options: AppOptions } | { ok: false; error: string };

const CHROMIUM_SWITCH = /^--(no-sandbox|disable-gpu.*|enable-logging.*|remote-debugging-port=.*|inspect.*|user-data-dir=.*|ozone-platform.*|enable-features=.*|disable-features=.*|lang=.*)$/;

export function parseAppOptions(argv: readonly string[]): OptionsResult {
  const args = argv.filter((a) => !CHROMIUM_SWITCH.test(a) && a !== '.' && !a.endsWith('out/main/index.js'));
  const parsed = parseArgs(args, { flags: ['kiosk', 'present', ...A11Y_FLAG_OPTIONS], values: [...A11Y_VALUE_OPTIONS] });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const a11y = a11yQuery(parsed.values, parsed.flags);
  if (!a11y.ok) return { ok: false, error: a11y.error };
  if (parsed.positional.length > 1) return { ok: false, error: `expected one release file, got ${parsed.positional.length}` };
  return {
    ok: true,
    options: {
      release: parsed.positional[0],
      mode: parsed.flags.kiosk ? 'kiosk' : 'briefing',
      ...(Object.keys(a11y.query).length > 0 ? { a11y: a11y.query } : {}),
    },
  };
}
