/**
 * The Content-Security-Policy of src/index.html, read and adjusted in the two places that must:
 * - the end-to-end test server serves the release from an origin of its own, as app://release is
 *   in the app, and puts that origin where index.html names app://release: one substitution, the
 *   only difference between the policy tested in Chromium and the one the app ships
 *   (tests/support/serve.ts; checked by tests/unit/shell/csp.test.ts);
 * - `npm run dev`: Vite injects component styles as <style> elements, which the policy refuses; in
 *   development only, Vite stamps them with a nonce (html.cspNonce) and style-src allows that nonce
 *   (electron.vite.config.ts). The built app's policy is the file's, unchanged.
 */
export const RELEASE_ORIGIN = 'app://release';

const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

export function cspOf(html: string): string {
  const match = META.exec(html);
  if (!match) throw new Error('index.html has no Content-Security-Policy <meta>');
  return match[2]!;
}

/** The policy as directive → sources, in order. */
export function cspDirectives(csp: string): [string, string[]][] {
  return csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([name, ...sources]) => [name!, sources]);
}

function withCsp(html: string, change: (csp: string) => string): string {
  cspOf(html);
  return html.replace(META, (_m, open: string, csp: string, close: string) => `${open}${change(csp)}${close}`);
}

/** index.html with `app://release` in its policy replaced by `origin`; it must occur exactly once. */
export function withReleaseOrigin(html: string, origin: string): string {
  const occurrences = cspOf(html).split(RELEASE_ORIGIN).length - 1;
  if (occurrences !== 1) throw new Error(`index.html's CSP names ${RELEASE_ORIGIN} ${occurrences} times; the test server substitutes exactly one`);
  return withCsp(html, (csp) => csp.replace(RELEASE_ORIGIN, origin));
}

/** Development only: style-src also allows Vite's injected <style> elements, by their nonce. */
export function withDevStyleNonce(html: string, nonce: string): string {
  return withCsp(html, (csp) => csp.replace(/(^|;\s*)style-src\b/, (m) => `${m} 'nonce-${nonce}'`));
}
