/**
 * Where `pressdeck export` and the tests find Chromium: $PRESSDECK_CHROMIUM, else a system package,
 * and how they start it: no background connections, and the sandbox on unless running as root,
 * where Chromium refuses to start with it. A release's images are decoded in that renderer: a
 * crafted logo should meet a sandboxed decoder wherever one can run.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PRESSDECK_CHROMIUM) return existsSync(env.PRESSDECK_CHROMIUM) ? env.PRESSDECK_CHROMIUM : undefined;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

const QUIET_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--font-render-hinting=none',
];

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Said on stderr whenever Chromium starts without its sandbox. */
export const NO_SANDBOX_NOTICE = 'running as root, so Chromium runs without its sandbox (--no-sandbox); run as an ordinary user to keep it';

export function chromiumArgs(root: boolean = isRoot()): string[] {
  return [...(root ? ['--no-sandbox'] : []), ...QUIET_ARGS];
}

/** For this process (the tests and benches, which run as whoever runs them). */
export const CHROMIUM_ARGS = chromiumArgs();
