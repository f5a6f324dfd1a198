/**
 * Finds and reads the kiosk settings: --config, else pressdeck.config.json beside the release, else
 * defaults; the command line's own kiosk flags go on top.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readProblem } from './read-release';
import { formatConfigProblem, parseKioskConfig, resolveKioskSettings, type KioskConfig, type KioskSettings } from '../kiosk/settings-schema';

export const CONFIG_FILE = 'pressdeck.config.json';

export type LoadedSettings = { ok: true; settings: KioskSettings; from?: string } | { ok: false; errors: string[] };

export async function loadKioskSettings(releasePath: string, explicit: string | undefined, flags: KioskConfig = {}): Promise<LoadedSettings> {
  const path = explicit ?? join(dirname(releasePath), CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    // Beside the release the file is optional; named with --config it must exist.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && explicit === undefined) return { ok: true, settings: resolveKioskSettings(flags) };
    return { ok: false, errors: [`${path}: ${readProblem(e)}`] };
  }
  const parsed = parseKioskConfig(text);
  if (!parsed.ok) return { ok: false, errors: parsed.problems.map((p) => formatConfigProblem(path, p)) };
  return { ok: true, settings: resolveKioskSettings(parsed.config, flags), from: path };
}
