/**
 * Checks the images a parsed release names (`ceremony.photo`, `organizations[].logo`) against the
 * release's folder. Node-only: the main process and the CLI run it after the schema, through
 * readRelease. The schema already refused URLs, absolute paths and ".." (src/release/text-checks.ts);
 * this is what needs the disk: the file exists, symlinks do not lead out of the folder, the bytes
 * are an image, and it is small enough to show.
 */
import { open, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { FieldIssue } from '../release/parse';
import type { Release } from '../release/schema';
import { readImageHeader, type ImageHeader } from './image-header';

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 8000;
/** SVG is text that the renderer's XML parser reads whole: a logo is a few kilobytes. */
export const MAX_SVG_BYTES = 2 * 1024 * 1024;

/** Every image path in the release, with the field it came from. */
export function imageFields(release: Release): { path: (string | number)[]; value: string }[] {
  const out: { path: (string | number)[]; value: string }[] = [];
  if (release.ceremony?.photo !== undefined) out.push({ path: ['ceremony', 'photo'], value: release.ceremony.photo });
  release.organizations.forEach((org, i) => {
    if (org.logo !== undefined) out.push({ path: ['organizations', i, 'logo'], value: org.logo });
  });
  return out;
}

export async function checkAssets(release: Release, releaseFile: string): Promise<FieldIssue[]> {
  const folder = dirname(resolve(releaseFile));
  const issues: FieldIssue[] = [];
  for (const { path, value } of imageFields(release)) {
    const message = await checkImage(folder, value);
    if (message) issues.push({ path, message });
  }
  return issues;
}

/** Undefined when `value` names a usable image inside `folder`, else what is wrong with it. */
export async function checkImage(folder: string, value: string, beside = 'release'): Promise<string | undefined> {
  try {
    return await inspect(folder, value, beside);
  } catch (e) {
    // A folder that vanished or a file that became unreadable between the checks: a problem, not a crash.
    return `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
}

async function inspect(folder: string, value: string, beside: string): Promise<string | undefined> {
  const target = resolve(folder, value);
  if (!isInside(folder, target)) return `must stay beside or below the ${beside} file`;
  let real: string;
  try {
    real = await realpath(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `no such file beside the ${beside}: ${relative(folder, target).split(sep).join('/')}`;
    return `cannot be read (${code ?? (e as Error).message})`;
  }
  // Checked on the real path so a symlink inside the folder cannot point at /etc/passwd.
  if (!isInside(await realpath(folder), real)) return `is a link that leads outside the ${beside} folder`;
  const info = await stat(real);
  if (!info.isFile()) return 'is not a file';
  if (info.size > MAX_IMAGE_BYTES) return `image is too large (${mb(info.size)}; at most ${mb(MAX_IMAGE_BYTES)})`;
  if (info.size === 0) return 'is an empty file, not an image';

  let header: ImageHeader | undefined;
  const handle = await open(real, 'r');
  try {
    header = await readImageHeader(async (position, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    });
  } finally {
    await handle.close();
  }
  if (!header) return 'is not a PNG, JPEG, WebP, GIF, AVIF or SVG image (its content says otherwise, whatever its name)';
  if (header.kind === 'svg') return svgFileProblem(real, info.size);
  if (header.width === undefined || header.height === undefined) return `is a ${header.kind.toUpperCase()} whose size in pixels cannot be read`;
  if (header.width === 0 || header.height === 0) return `is a ${header.kind.toUpperCase()} of ${header.width}×${header.height} pixels, which shows nothing`;
  if (header.width > MAX_IMAGE_SIDE || header.height > MAX_IMAGE_SIDE) {
    return `image is too large (${header.width}×${header.height} pixels; at most ${MAX_IMAGE_SIDE} a side)`;
  }
  return undefined;
}

/**
 * SVG is shown only through <img>, where browsers run no script and load nothing else, so an SVG
 * logo is as inert as a PNG. It is still parsed and refused when it holds scripts, event handlers,
 * foreignObject, external references or DTD declarations (src/node/svg-check.ts): no logo needs
 * them, and refusing keeps the file safe should it ever be opened some other way.
 */
async function svgFileProblem(file: string, size: number): Promise<string | undefined> {
  if (size > MAX_SVG_BYTES) return `SVG is too large (${mb(size)}; at most ${mb(MAX_SVG_BYTES)})`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch {
    return 'is an SVG that is not UTF-8 text';
  }
  // The XML parser loads only for releases that have SVG images: `pressdeck validate` starts faster without it.
  const { svgProblem } = await import('./svg-check');
  return svgProblem(text);
}

function isInside(folder: string, target: string): boolean {
  const rel = relative(folder, target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
