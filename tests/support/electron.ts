/**
 * What the Electron-level tests launch and whether they can: the app folder (as `npm start` and
 * `pressdeck kiosk` hand it to Electron, so the app path, the default release and the kiosk
 * fallback resolve as they do for a person), and the binary by Electron's own rule
 * (src/node/electron-binary.ts), the rule Playwright's `_electron.launch` follows through
 * `require('electron')` when no executablePath is given. ELECTRON_EXEC_PATH is not part of it.
 */
import { fileURLToPath } from 'node:url';
import { electronPackage, findElectronBinary } from '../../src/node/electron-binary';

export const APP_DIR = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');

/** Undefined when the binary is there; else why the Electron tests skip. */
export function electronMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const found = findElectronBinary(electronPackage(APP_DIR).dir, env);
  if (found.found) return undefined;
  return found.from === 'override'
    ? `ELECTRON_OVERRIDE_DIST_PATH=${env.ELECTRON_OVERRIDE_DIST_PATH} holds no Electron executable (${found.path})`
    : 'no Electron binary (node_modules/electron/path.txt is missing and ELECTRON_OVERRIDE_DIST_PATH is not set); npm start fetches it where the network allows';
}
