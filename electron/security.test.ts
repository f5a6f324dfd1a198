import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { isTrustedOrigin } from './origins';
import { lockDownSession, permissionAllowed } from './security';

const isAppUrl = (url: string) => isTrustedOrigin(url);
const app = { requestingUrl: 'app://renderer/index.html?mode=briefing', isMainFrame: true };

describe('permissionAllowed', () => {
  it('allows full screen to the app’s own main frame', () => {
    expect(permissionAllowed('fullscreen', app, isAppUrl)).toBe(true);
  });
  it('refuses full screen to anything else', () => {
    expect(permissionAllowed('fullscreen', { ...app, isMainFrame: false }, isAppUrl)).toBe(false);
    expect(permissionAllowed('fullscreen', { requestingUrl: 'app://release/logo.svg', isMainFrame: true }, isAppUrl)).toBe(false);
    expect(permissionAllowed('fullscreen', { requestingUrl: 'https://example.com/', isMainFrame: true }, isAppUrl)).toBe(false);
    expect(permissionAllowed('fullscreen', { isMainFrame: true }, isAppUrl)).toBe(false);
  });
  it('refuses every other permission, even to the app', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'pointerLock', 'keyboardLock', 'automatic-fullscreen', 'window-management', 'unknown']) {
      expect(permissionAllowed(p, app, isAppUrl), p).toBe(false);
    }
  });
});

describe('lockDownSession', () => {
  it('answers requests and checks with the same decision', () => {
    const handlers: { request?: Function; check?: Function } = {};
    const session = {
      setPermissionRequestHandler: (h: Function) => (handlers.request = h),
      setPermissionCheckHandler: (h: Function) => (handlers.check = h),
      on: () => undefined,
    } as unknown as Session;
    lockDownSession(session, isAppUrl);
    const answers: boolean[] = [];
    handlers.request!({}, 'fullscreen', (ok: boolean) => answers.push(ok), app);
    handlers.request!({}, 'media', (ok: boolean) => answers.push(ok), app);
    expect(answers).toEqual([true, false]);
    expect(handlers.check!({}, 'fullscreen', 'app://renderer', app)).toBe(true);
    expect(handlers.check!(null, 'notifications', 'app://renderer', app)).toBe(false);
  });
});

describe('lockDownContents', () => {
  it('cancels navigations and redirects away from the app by the event’s own URL, denies new windows', async () => {
    const { EventEmitter } = await import('node:events');
    const { lockDownContents } = await import('./security');
    let openHandler: (() => { action: string }) | undefined;
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: (h: () => { action: string }) => (openHandler = h) });
    lockDownContents(contents as never, isAppUrl);
    const navigation = (url: string) => ({ url, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } });
    const away = navigation('https://example.com/');
    const home = navigation('app://renderer/index.html?mode=kiosk');
    contents.emit('will-navigate', away);
    contents.emit('will-navigate', home);
    const redirected = navigation('file:///etc/passwd');
    contents.emit('will-redirect', redirected);
    expect([away.defaultPrevented, home.defaultPrevented, redirected.defaultPrevented]).toEqual([true, false, true]);
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });
});
