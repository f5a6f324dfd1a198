/**
 * Where `pressdeck export` and the tests find Chromium: $PRESSDECK_CHROMIUM, else a system package.
 * The flags keep a root, offline Chromium quiet: no sandbox as root, no background connections.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PRESSDECK_CHROMIUM) return existsSync(env.PRESSDECK_CHROMIUM) ? env.PRESSDECK_CHROMIUM : undefined;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--font-render-hinting=none',
];
