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
