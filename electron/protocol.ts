/**
 * app:// instead of file://: app://renderer/… serves the built renderer, app://release/… the release
 * file's folder (its images). Nothing outside those two folders can be read, symlinks included.
 */
import { realpath } from 'node:fs/promises';
import { extname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { resolveInside } from './paths';

export const APP_SCHEME = 'app';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const IMAGE_TYPES = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.svg', '.avif']);

export function handleAppScheme(roots: { renderer: string; release: () => string }): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const root = url.host === 'renderer' ? roots.renderer : url.host === 'release' ? roots.release() : undefined;
    const candidate = root ? resolveInside(root, url.pathname) : undefined;
    if (!root || !candidate) return new Response('Not found', { status: 404 });
    if (url.host === 'release' && !IMAGE_TYPES.has(extname(candidate).toLowerCase())) {
      return new Response('Only images are served from the release folder', { status: 403 });
    }
    try {
      // A symlink inside the folder must not lead outside it.
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
      if (!realFile.startsWith(realRoot + sep)) return new Response('Not found', { status: 404 });
      return await net.fetch(pathToFileURL(realFile).toString());
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
