/**
 * The application menu of briefing mode (kiosk mode has none): File › Export PDF… with
 * Ctrl/Cmd+Shift+E. The template is built by a pure function so it is tested without Electron.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export const EXPORT_PDF_ACCELERATOR = 'CommandOrControl+Shift+E';

export interface MenuActions {
  exportPdf(): void;
}

export function appMenuTemplate(actions: MenuActions, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'export-pdf', label: 'Export PDF…', accelerator: EXPORT_PDF_ACCELERATOR, click: () => actions.exportPdf() },
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = { label: '&View', submenu: [{ role: 'togglefullscreen' }] };
  return platform === 'darwin' ? [{ role: 'appMenu' }, file, view] : [file, view];
}

export function installAppMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(actions)));
}
