/**
 * The one serving policy for every way files reach a page: the app's `app://` protocol
 * (electron/protocol.ts), the CLI export's request interception (src/node/export/engine-chromium.ts)
 * and the end-to-end test server (tests/support/serve.ts).
 *
 * - From the built renderer: any file inside its folder.
 * - From the release's folder: only the images the release names (`ceremony.photo`,
 *   `organizations[].logo`), and the release file itself where the page fetches it (the CLI's
 *   plain-browser print). Not every image that happens to lie below the folder.
 * - Paths: percent-decoded, NUL refused, resolved inside the root; then both the root and the file
 *   are resolved through symlinks (realpath) and the real file must still be inside the real root,
 *   so a link inside the folder cannot lead out of it.
 * - Content types: from the table below, by extension; anything else is not served from a release.
 *
 *   resolveInside('/app/out/renderer', '/assets/x.js') → '/app/out/renderer/assets/x.js'
 *   resolveInside('/app/out/renderer', '/../../etc/passwd') → undefined
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { Release } from '../release/schema';
import { imageFields } from './assets';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
};

/** The image types a release may name (src/node/assets.ts checks the bytes when it is read). */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.svg', '.avif']);

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A URL path (still percent-encoded) → a path inside `root`, or undefined when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const target = resolve(root, `.${sep}${decoded.replace(/^[/\\]+/, '')}`);
  return isStrictlyInside(root, target) ? target : undefined;
}

function isStrictlyInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * What a page may load from the release's folder: the images it names, as paths relative to the
 * release file with forward slashes, plus the release file itself when `withReleaseFile` is set.
 */
export function releaseServables(release: Pick<Release, 'ceremony' | 'organizations'>, options: { releaseFile?: string } = {}): ReadonlySet<string> {
  const named = imageFields(release as Release)
    .map((f) => posix.normalize(f.value))
    .filter((p) => IMAGE_EXTENSIONS.has(posix.extname(p).toLowerCase()));
  return new Set(options.releaseFile ? [...named, options.releaseFile] : named);
}

export type Served = { ok: true; file: string; type: string } | { ok: false; status: 403 | 404; reason: string };

const notFound = (reason: string): Served => ({ ok: false, status: 404, reason });

/** A file of the built renderer. */
export function serveFromRenderer(rendererDir: string, urlPath: string): Promise<Served> {
  const candidate = resolveInside(rendererDir, urlPath === '/' ? '/index.html' : urlPath);
  return candidate ? realFileInside(rendererDir, candidate) : Promise.resolve(notFound('outside the renderer'));
}

/** A file of the release's folder, only when it is one of `servables` (see releaseServables). */
export function serveFromRelease(releaseDir: string, servables: ReadonlySet<string>, urlPath: string): Promise<Served> {
  const candidate = resolveInside(releaseDir, urlPath);
  if (!candidate) return Promise.resolve(notFound('outside the release folder'));
  const rel = relative(releaseDir, candidate).split(sep).join('/');
  if (!servables.has(rel)) return Promise.resolve({ ok: false, status: 403, reason: 'not an image the release names' });
  return realFileInside(releaseDir, candidate);
}

/** The real path of `candidate` when it is a file whose real path is inside the real `root`. */
export async function realFileInside(root: string, candidate: string): Promise<Served> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isStrictlyInside(realRoot, realFile)) return notFound('a link that leads outside its folder');
    if (!(await stat(realFile)).isFile()) return notFound('not a file');
    return { ok: true, file: realFile, type: contentType(realFile) };
  } catch {
    return notFound('no such file');
  }
}
