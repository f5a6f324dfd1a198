/**
 * pressdeck.config.json: every kiosk option in one file beside the release (or named by --config).
 * Validated like a release (zod), every problem reported with its field path; command-line flags
 * override what the file says. Pure: the main process reads the file, this checks it.
 *
 *   { "display": "DELL U2720Q", "idleResume": "45s", "idleRestart": true, "dailyReload": "03:00",
 *     "exitChord": "Ctrl+Alt+Shift+Q", "exitPin": "2468", "speed": 1 }
 *
 * Three timers, one name each, the same in the file, on the command line, in the renderer URL and in
 * code (resolved settings add `Ms`):
 *   idleResume         a visitor's quiet time before the loop plays again ("idle" means only this)
 *   hideCursorAfter    the pointer's still time before it hides
 *   unresponsiveAfter  how long a renderer may hang before it counts as a crash
 */
import { z } from 'zod';
import { formatFieldPath } from '../release/problems';
import { parseClock, parseDuration } from './duration';
import { SPEED_MAX, SPEED_MIN } from './speed';
import { parseChord } from './chord';

const duration = z
  .union([z.number().nonnegative(), z.string()])
  .refine((v) => parseDuration(v) !== undefined, { message: 'expected a duration such as "30s", "2m" or a number of seconds' });

export const kioskConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** 1-based display number, a display id, or (part of) a display's name. */
  display: z.union([z.number().int().nonnegative(), z.string().min(1)]).optional(),
  idleResume: duration.optional(),
  idleRestart: z.boolean().optional(),
  hideCursorAfter: duration.optional(),
  speed: z.number().min(SPEED_MIN).max(SPEED_MAX).optional(),
  exitChord: z.string().refine((v) => parseChord(v) !== undefined, { message: 'expected a key chord such as "Ctrl+Alt+Shift+Q"' }).optional(),
  exitPin: z.string().regex(/^\d{4,12}$/, 'expected 4 to 12 digits').optional(),
  dailyReload: z
    .union([z.literal(false), z.string().refine((v) => parseClock(v) !== undefined, { message: 'expected a time of day "HH:MM", e.g. "03:00"' })])
    .optional(),
  unresponsiveAfter: duration.optional(),
  log: z.strictObject({ maxBytes: z.number().int().min(10_000).optional(), files: z.number().int().min(1).max(20).optional() }).optional(),
});

export type KioskConfig = z.infer<typeof kioskConfigSchema>;

/** Everything resolved to numbers, with defaults: what the kiosk actually runs with. */
export interface KioskSettings {
  display?: number | string;
  idleResumeMs: number;
  idleRestart: boolean;
  hideCursorAfterMs: number;
  speed: number;
  exitChord: string;
  exitPin?: string;
  dailyReload?: string;
  unresponsiveAfterMs: number;
  log: { maxBytes: number; files: number };
}

export const KIOSK_DEFAULTS: KioskSettings = {
  idleResumeMs: 30_000,
  idleRestart: false,
  hideCursorAfterMs: 3_000,
  speed: 1,
  exitChord: 'Ctrl+Alt+Shift+Q',
  unresponsiveAfterMs: 10_000,
  log: { maxBytes: 1_000_000, files: 5 },
};

export interface ConfigProblem {
  field: string;
  message: string;
}

export type ConfigResult = { ok: true; config: KioskConfig } | { ok: false; problems: ConfigProblem[] };

export function validateKioskConfig(data: unknown): ConfigResult {
  const result = kioskConfigSchema.safeParse(data);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) => {
      const path = formatFieldPath(issue.path);
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((k) => ({ field: path ? `${path}.${k}` : k, message: 'unknown option' }));
      }
      return [{ field: path, message: issue.message }];
    }),
  };
}

/** Parses the JSON text of pressdeck.config.json and validates it. */
export function parseKioskConfig(text: string): ConfigResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ field: '', message: `is not valid JSON (${(e as Error).message})` }] };
  }
  return validateKioskConfig(data);
}

/** Defaults ← config file ← command line (each layer only says what it sets). */
export function resolveKioskSettings(...layers: KioskConfig[]): KioskSettings {
  const s: KioskSettings = { ...KIOSK_DEFAULTS, log: { ...KIOSK_DEFAULTS.log } };
  for (const c of layers) {
    if (c.display !== undefined) s.display = c.display;
    if (c.idleResume !== undefined) s.idleResumeMs = parseDuration(c.idleResume)!;
    if (c.idleRestart !== undefined) s.idleRestart = c.idleRestart;
    if (c.hideCursorAfter !== undefined) s.hideCursorAfterMs = parseDuration(c.hideCursorAfter)!;
    if (c.speed !== undefined) s.speed = c.speed;
    if (c.exitChord !== undefined) s.exitChord = c.exitChord;
    if (c.exitPin !== undefined) s.exitPin = c.exitPin;
    if (c.dailyReload !== undefined) s.dailyReload = c.dailyReload === false ? undefined : c.dailyReload;
    if (c.unresponsiveAfter !== undefined) s.unresponsiveAfterMs = parseDuration(c.unresponsiveAfter)!;
    if (c.log?.maxBytes !== undefined) s.log.maxBytes = c.log.maxBytes;
    if (c.log?.files !== undefined) s.log.files = c.log.files;
  }
  return s;
}

/** Old command-line spellings that still work (with a message), → the one name now. */
export const RENAMED_FLAGS: Readonly<Record<string, string>> = { 'hide-cursor': 'hide-cursor-after' };

/**
 * argv with old flag spellings replaced, and what to tell the user about each.
 *   ['--hide-cursor', '5s'] → { argv: ['--hide-cursor-after', '5s'], deprecated: ['--hide-cursor is deprecated: use --hide-cursor-after'] }
 */
export function renameOldFlags(argv: readonly string[]): { argv: string[]; deprecated: string[] } {
  const deprecated: string[] = [];
  const out = argv.map((arg) => {
    const m = /^--([a-z-]+)(=.*)?$/s.exec(arg);
    const now = m ? RENAMED_FLAGS[m[1]!] : undefined;
    if (!m || now === undefined) return arg;
    deprecated.push(`--${m[1]} is deprecated: use --${now}`);
    return `--${now}${m[2] ?? ''}`;
  });
  return { argv: out, deprecated };
}

export function formatConfigProblem(file: string, p: ConfigProblem): string {
  return p.field ? `${file}: ${p.field}: ${p.message}` : `${file}: ${p.message}`;
}
