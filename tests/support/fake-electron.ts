/**
 * Stand-in for the `electron` module in unit tests (aliased in vitest.config.ts). Tests of Electron
 * adapters pass their own fakes explicitly; this only stops an accidental import from downloading
 * the Electron binary.
 */
const unavailable = (name: string) =>
  new Proxy({}, { get: () => { throw new Error(`electron.${name} is not available in unit tests: inject a fake instead`); } });

export const app = unavailable('app');
export const BrowserWindow = unavailable('BrowserWindow');
export const ipcMain = unavailable('ipcMain');
export const ipcRenderer = unavailable('ipcRenderer');
export const contextBridge = unavailable('contextBridge');
export const protocol = unavailable('protocol');
export const session = unavailable('session');
export const screen = unavailable('screen');
export const Menu = unavailable('Menu');
export const dialog = unavailable('dialog');
export default { app, BrowserWindow, ipcMain, ipcRenderer, contextBridge, protocol, session, screen, Menu, dialog };
