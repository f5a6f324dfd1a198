/**
 * Which file an app:// URL may read. Pure: the protocol handler asks, this answers.
 *   resolveInside('/app/out/renderer', '/assets/x.js') → '/app/out/renderer/assets/x.js'
 *   resolveInside('/app/out/renderer', '/../../etc/passwd') → undefined
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const target = resolve(root, `.${sep}${decoded.replace(/^[/\\]+/, '')}`);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return target;
}

/** Origins whose frames may call the IPC contract: the app's own pages only. */
export function isTrustedOrigin(url: string | undefined, devServerUrl?: string): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'app:' && parsed.host === 'renderer') return true;
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}
