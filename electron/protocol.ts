/**
 * app:// instead of file://: app://renderer/… serves the built renderer, app://release/… the images
 * the current release names, beside it. Which files, how paths resolve (symlinks included) and which
 * types: the one serving policy, src/node/serving.ts.
 */
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { serveFromRelease, serveFromRenderer, type Served } from '../src/node/serving';

export const APP_SCHEME = 'app';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export interface AppSchemeRoots {
  renderer: string;
  /** The release's folder and what may be served from it (the last good release's images). */
  release(): { dir: string; servables: ReadonlySet<string> };
}

export function handleAppScheme(roots: AppSchemeRoots): void {
  protocol.handle(APP_SCHEME, async (request) => respond(await servedFor(new URL(request.url), roots)));
}

function servedFor(url: URL, roots: AppSchemeRoots): Promise<Served> {
  if (url.host === 'renderer') return serveFromRenderer(roots.renderer, url.pathname);
  if (url.host === 'release') {
    const { dir, servables } = roots.release();
    return serveFromRelease(dir, servables, url.pathname);
  }
  return Promise.resolve({ ok: false, status: 404, reason: 'unknown host' });
}

async function respond(served: Served): Promise<Response> {
  if (!served.ok) return new Response(served.status === 403 ? 'Forbidden' : 'Not found', { status: served.status });
  const response = await net.fetch(pathToFileURL(served.file).toString());
  // The file protocol guesses types from the system; the policy's table is the one answer.
  const headers = new Headers(response.headers);
  headers.set('content-type', served.type);
  return new Response(response.body, { status: response.status, headers });
}
