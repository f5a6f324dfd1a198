/**
 * The browser tests run index.html's policy with one substitution (the release origin), and the
 * development server adds one nonce; nothing else may differ from the file the app ships.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspDirectives, cspOf, RELEASE_ORIGIN, withDevStyleNonce, withReleaseOrigin } from '../../../src/node/csp';

const html = readFileSync('src/index.html', 'utf8');
const directives = (text: string) => Object.fromEntries(cspDirectives(cspOf(text)));

describe('index.html’s policy', () => {
  it('lets the release’s images in from app://release, and nothing else from there', () => {
    const csp = directives(html);
    expect(csp['img-src']).toContain(RELEASE_ORIGIN);
    for (const [name, sources] of Object.entries(csp)) if (name !== 'img-src') expect(sources, name).not.toContain(RELEASE_ORIGIN);
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['style-src']).not.toContain("'unsafe-inline'");
  });
});

describe('the test server’s substitution', () => {
  it('changes the release origin and nothing else', () => {
    const served = withReleaseOrigin(html, 'http://localhost:4173');
    const before = directives(html);
    const after = directives(served);
    expect(after['img-src']).toEqual(before['img-src']!.map((s) => (s === RELEASE_ORIGIN ? 'http://localhost:4173' : s)));
    expect({ ...after, 'img-src': [] }).toEqual({ ...before, 'img-src': [] });
    expect(served.replace('http://localhost:4173', RELEASE_ORIGIN)).toBe(html);
  });
  it('refuses a policy that does not name the release origin exactly once', () => {
    expect(() => withReleaseOrigin(html.replace(`img-src 'self' ${RELEASE_ORIGIN}`, "img-src 'self'"), 'http://localhost:1')).toThrow(/names app:\/\/release 0 times/);
    expect(() => withReleaseOrigin('<p>no policy</p>', 'http://localhost:1')).toThrow(/no Content-Security-Policy/);
  });
});

describe('the development policy', () => {
  it('adds a nonce to style-src only', () => {
    const dev = withDevStyleNonce(html, 'dev');
    expect([...directives(dev)['style-src']!].sort()).toEqual([...directives(html)['style-src']!, "'nonce-dev'"].sort());
    expect({ ...directives(dev), 'style-src': [] }).toEqual({ ...directives(html), 'style-src': [] });
  });
});

describe('the development plugin', () => {
  it('runs for the dev server only, so the build keeps the file’s policy', async () => {
    const { devStyleNonce, DEV_STYLE_NONCE } = await import('../../../electron.vite.config');
    const plugin = devStyleNonce();
    expect(plugin.apply).toBe('serve');
    expect((plugin.config as () => unknown)()).toEqual({ html: { cspNonce: DEV_STYLE_NONCE } });
  }, 30_000); // importing the config loads Vite and the Svelte plugin
});
