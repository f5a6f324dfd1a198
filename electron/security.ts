/**
 * Locks every window down: no navigation away from the app, no new windows, no webviews, no
 * downloads, and of the permissions a page can ask for only the one the product uses. Release URLs
 * are shown and QR-coded, never opened.
 */
import type { Session, WebContents } from 'electron';

export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  // The URL is read from the event itself: the separate `url` argument is deprecated in Electron 45.
  contents.on('will-navigate', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.on('will-redirect', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Full screen (the audience window's F key calls requestFullscreen) from the app's own main frame;
 * every other permission, and full screen for anything else, is refused.
 */
export function permissionAllowed(
  permission: string,
  request: { requestingUrl?: string; isMainFrame?: boolean },
  isAppUrl: (url: string) => boolean,
): boolean {
  return permission === 'fullscreen' && request.isMainFrame === true && isAppUrl(request.requestingUrl ?? '');
}

export function lockDownSession(session: Session, isAppUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(permissionAllowed(permission, details, isAppUrl)));
  // Chromium asks the check handler first and only requests what a check refused: both must agree.
  session.setPermissionCheckHandler((_contents, permission, _origin, details) => permissionAllowed(permission, details, isAppUrl));
  session.on('will-download', (event) => event.preventDefault());
}
