/**
 * The main process's start-up decisions, with a recording stand-in for Electron: app.exit() does
 * not stop the script that calls it, so a refused start must not go on to register the protocol,
 * wait for ready, open windows or start the power-save blocker.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
let singleInstance = true;

vi.mock('electron', () => {
  const record = (name: string) => (...args: unknown[]) => void calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  return {
    app: {
      isPackaged: false,
      exit: record('app.exit'),
      quit: record('app.quit'),
      on: record('app.on'),
      getAppPath: () => '/repo',
      requestSingleInstanceLock: () => {
        calls.push('app.requestSingleInstanceLock()');
        return singleInstance;
      },
      whenReady: () => {
        calls.push('app.whenReady()');
        return new Promise(() => {}); // never ready here: only what happens before it counts
      },
    },
    protocol: { registerSchemesAsPrivileged: () => void calls.push('protocol.registerSchemesAsPrivileged()'), handle: record('protocol.handle') },
    powerSaveBlocker: { start: record('powerSaveBlocker.start') },
    BrowserWindow: class { constructor() { calls.push('new BrowserWindow()'); } },
    dialog: {}, ipcMain: {}, Menu: {}, screen: {}, session: {}, net: {},
  };
});

const argv = process.argv;
afterEach(() => {
  process.argv = argv;
  calls.length = 0;
  singleInstance = true;
  vi.resetModules();
  vi.restoreAllMocks();
});

async function startMain(...args: string[]): Promise<string[]> {
  process.argv = ['/e/electron', '/repo', ...args];
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  await import('./main');
  return calls;
}

describe('main process start-up', () => {
  it('exits with 2 on invalid arguments and starts nothing else', async () => {
    expect(await startMain('--kiosq')).toEqual(['app.exit(2)']);
  });

  it('refuses a second kiosk with exit 0 and starts nothing else', async () => {
    singleInstance = false;
    expect(await startMain('--kiosk')).toEqual(['app.requestSingleInstanceLock()', 'app.exit(0)']);
  });

  it('registers app:// before ready and waits for it on a valid start', async () => {
    const started = await startMain('--present');
    expect(started.slice(0, 2)).toEqual(['protocol.registerSchemesAsPrivileged()', 'app.whenReady()']);
    expect(started).not.toContain('app.exit(2)');
  });
}, 60_000); // the first import transforms the whole main process
