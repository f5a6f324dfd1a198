/**
 * Command line of the app → what to open and how. Pure, so it is unit-tested without Electron.
 *   ['slides/x.release.yaml'] → { ok: true, options: { release: 'slides/x.release.yaml', mode: 'briefing' } }
 * Chromium's own switches (--no-sandbox, --enable-logging, …) are passed over, not rejected.
 */
import { parseArgs } from '../cli/args';
import type { Mode } from '../src/app/settings';

export interface AppOptions {
  /** Path of the release file; undefined means the bundled default release. */
  release?: string;
  mode: Exclude<Mode, 'print' | 'presenter'>;
  /** --present: a briefing with an audience window and a presenter window. */
  present?: true;
  /** --display <n|id>: the display for the audience (1-based position or display id). */
  display?: string;
  /** --auto: advance by each slide's time on screen in a briefing too. */
  auto?: true;
}

export type OptionsResult = { ok: true; options: AppOptions } | { ok: false; error: string };

const CHROMIUM_SWITCH = /^--(no-sandbox|disable-gpu.*|enable-logging.*|remote-debugging-port=.*|inspect.*|user-data-dir=.*|ozone-platform.*|enable-features=.*|disable-features=.*|lang=.*)$/;

export function parseAppOptions(argv: readonly string[]): OptionsResult {
  const args = argv.filter((a) => !CHROMIUM_SWITCH.test(a) && a !== '.' && !a.endsWith('out/main/index.js'));
  const parsed = parseArgs(args, { flags: ['kiosk', 'present', 'auto'], values: ['display'] });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  if (parsed.flags.present && parsed.flags.kiosk) return { ok: false, error: '--present and --kiosk do not go together' };
  if (parsed.positional.length > 1) return { ok: false, error: `expected one release file, got ${parsed.positional.length}` };
  return {
    ok: true,
    options: {
      release: parsed.positional[0],
      mode: parsed.flags.kiosk ? 'kiosk' : 'briefing',
      // Only set when given, so the common case stays `{ release, mode }`.
      ...(parsed.flags.present ? { present: true as const } : {}),
      ...(parsed.values.display !== undefined ? { display: parsed.values.display } : {}),
      ...(parsed.flags.auto ? { auto: true as const } : {}),
    },
  };
}
